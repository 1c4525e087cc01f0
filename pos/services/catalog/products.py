"""The catalog's back office: creating and editing products, barcodes and categories.

Selling reads the catalog through ``pos.services.lookup`` and ``pos.services.selling.quick_picks``
in Core; this module uses the typed ORM models.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.models import Barcode, Category, Product, TaxRate
from pos.db.uow import UnitOfWork
from pos.domain.barcodes import normalize_barcode
from pos.domain.cart import Unit, check_amount
from pos.domain.errors import DuplicateBarcode, DuplicateSku, InvalidInput, NotFound
from pos.domain.money import Currency
from pos.services import audit
from pos.services.catalog.categories import category_id_for_name
from pos.services.catalog.internal_codes import next_sku
from pos.services.catalog.product_taxes import check_rate_ids, further_rates, set_further_rates
from pos.services.catalog.rules import (
    check_max_level,
    check_name,
    check_reorder,
    check_supplier,
    normalize_sku,
    record_price_change,
)
from pos.services.dto import Actor, CategoryDTO, ProductDTO, TaxRateDTO
from pos.services.lookup import fold
from pos.services.settings import read_settings
from pos.services.shop import check_tax_rate
from pos.services.staff.permissions import Permission, authorized, sees_costs


@dataclass(frozen=True)
class ProductInput:
    """What is typed in to create a product.

    ``tax_rate_id`` is the product's rate. A product taxed at several rates on the same net
    price (GST and QST) gives them all, in order, in ``tax_rate_ids``; the first of them is
    ``tax_rate_id``.
    """

    sku: str
    name: str
    price: Decimal
    tax_rate_id: int
    unit: Unit = Unit.EACH
    cost: Decimal = Decimal(0)
    category: str | None = None
    barcodes: Sequence[str] = field(default_factory=tuple)
    favourite: bool = False
    reorder_level: Decimal = Decimal(0)
    reorder_quantity: Decimal = Decimal(0)
    tax_rate_ids: tuple[int, ...] = ()


# --- tax rates and categories -------------------------------------------------------------


def create_tax_rate(db: Database, name: str, percent: Decimal, *, actor: Actor) -> TaxRateDTO:
    """Add a tax rate (CHANGE_SETTINGS, as in the settings' tax rates)."""
    name, percent = check_tax_rate(name, percent)
    with db.write() as uow:
        authorized(uow, actor, Permission.CHANGE_SETTINGS)
        if uow.session.scalar(select(TaxRate.id).where(TaxRate.name == name)):
            raise InvalidInput(f"There is already a tax rate called '{name}'.")
        rate = TaxRate(name=name, percent=percent)
        uow.session.add(rate)
        uow.commit()
        return TaxRateDTO(rate.id, rate.name, rate.percent)


def list_tax_rates(db: Database) -> list[TaxRateDTO]:
    """The active tax rates, in the order they were made."""
    with db.read() as uow:
        rows = uow.session.scalars(select(TaxRate).where(TaxRate.active).order_by(TaxRate.id))
        return [TaxRateDTO(r.id, r.name, r.percent) for r in rows]


def list_categories(db: Database) -> list[CategoryDTO]:
    """Every category, by name."""
    with db.read() as uow:
        rows = uow.session.scalars(select(Category).order_by(Category.name))
        return [CategoryDTO(c.id, c.name, c.colour) for c in rows]


# --- products ------------------------------------------------------------------------------


def _currency(uow: UnitOfWork) -> Currency:
    return read_settings(uow).money


def _rate_ids(uow: UnitOfWork, first: int | None, all_ids: Sequence[int] | None) -> tuple[int, ...]:
    """The product's rates from ``tax_rate_id`` and ``tax_rate_ids`` (either or both), checked.

    ``tax_rate_id`` alone makes that rate the product's only one.
    """
    ids = tuple(all_ids) if all_ids else () if first is None else (first,)
    if first is not None and ids and ids[0] != first:
        raise InvalidInput("The product's first tax rate must head its list of rates.")
    return check_rate_ids(uow, ids)


def add_barcodes(uow: UnitOfWork, product_id: int, codes: Iterable[str]) -> None:
    """Give a product these codes, each checked and refused if on a product already."""
    for raw in codes:
        code = normalize_barcode(raw)
        holder = uow.session.scalar(
            select(Product.name)
            .join(Barcode, Barcode.product_id == Product.id)
            .where(Barcode.code == code)
        )
        if holder is not None:
            raise DuplicateBarcode(f"The barcode {code} already belongs to '{holder}'.")
        uow.session.add(Barcode(code=code, product_id=product_id))
    uow.session.flush()


def ensure_sku_free(uow: UnitOfWork, sku: str, product_id: int | None = None) -> None:
    """DuplicateSku naming the holder, unless ``sku`` is free or ``product_id``'s own."""
    holder = uow.session.execute(select(Product.id, Product.name).where(Product.sku == sku)).first()
    if holder is not None and holder.id != product_id:
        raise DuplicateSku(f"The SKU {sku} already belongs to '{holder.name}'.")


def create_product(db: Database, data: ProductInput, *, actor: Actor) -> ProductDTO:
    """Add a product with its barcodes (EDIT_PRODUCTS). Nothing is written if any value is
    refused.

    A product given no SKU gets the next free one (``P000124``).
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        product_id = insert_product(uow, data)
        audit.record(
            uow,
            "product_added",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            product_id=product_id,
        )
        uow.commit()
        return product_for(uow, product_id, actor)


def insert_product(uow: UnitOfWork, data: ProductInput) -> int:
    """``create_product`` inside an open unit of work: checks, adds, returns the new id."""
    name = check_name(data.name)
    sku = normalize_sku(data.sku) if data.sku.strip() else next_sku(uow)
    unit = Unit(data.unit)
    money = _currency(uow)
    check_amount(data.price, money)
    check_amount(data.cost, money, "cost")
    check_reorder(data.reorder_level, data.reorder_quantity)
    rate_ids = _rate_ids(uow, data.tax_rate_id, data.tax_rate_ids)
    ensure_sku_free(uow, sku)
    now = utcnow()
    product = Product(
        sku=sku,
        name=name,
        search_key=fold(name),
        category_id=category_id_for_name(uow, data.category),
        unit=unit.value,
        price=data.price,
        cost=data.cost,
        tax_rate_id=rate_ids[0],
        favourite=data.favourite,
        reorder_level=data.reorder_level,
        reorder_quantity=data.reorder_quantity,
        on_hand=Decimal(0),
        created_at=now,
        updated_at=now,
    )
    uow.session.add(product)
    uow.session.flush()
    if len(rate_ids) > 1:
        set_further_rates(uow, [product.id], rate_ids[1:])
    add_barcodes(uow, product.id, data.barcodes)
    return product.id


_EDITABLE = {
    "sku",
    "name",
    "price",
    "cost",
    "tax_rate_id",
    "tax_rate_ids",
    "category",
    "favourite",
    "reorder_level",
    "reorder_quantity",
    "unit",
    "active",
    "supplier_id",
    "max_level",
}


def update_product(db: Database, product_id: int, *, actor: Actor, **changes: Any) -> ProductDTO:
    """Change some of a product's details, as one logged unit of work.

    A new price goes into the product's price history (old, new, when, who). Completed
    sales keep what they sold. ``tax_rate_ids`` gives all the product's rates in order;
    ``tax_rate_id`` alone makes that rate its only one.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        apply_changes(uow, product_id, actor, changes)
        uow.commit()
        return product_for(uow, product_id, actor)


def apply_changes(
    uow: UnitOfWork, product_id: int, actor: Actor, changes: Mapping[str, Any]
) -> None:
    """``update_product`` inside an open unit of work: checks, changes, logs."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise InvalidInput(f"These cannot be changed here: {', '.join(sorted(unknown))}.")
    product = _product(uow, product_id)
    money = _currency(uow)
    old_price = product.price
    if "name" in changes:
        product.name = check_name(changes["name"])
        product.search_key = fold(product.name)
    if "sku" in changes:
        product.sku = normalize_sku(changes["sku"])
        ensure_sku_free(uow, product.sku, product.id)
    if "price" in changes:
        product.price = check_amount(changes["price"], money)
    if "cost" in changes:
        product.cost = check_amount(changes["cost"], money, "cost")
    if "tax_rate_id" in changes or "tax_rate_ids" in changes:
        rate_ids = _rate_ids(uow, changes.get("tax_rate_id"), changes.get("tax_rate_ids"))
        product.tax_rate_id = rate_ids[0]
        set_further_rates(uow, [product_id], rate_ids[1:])
    if "category" in changes:
        product.category_id = category_id_for_name(uow, changes["category"])
    if "unit" in changes:
        product.unit = Unit(changes["unit"]).value
    if "favourite" in changes:
        product.favourite = bool(changes["favourite"])
    if "reorder_level" in changes or "reorder_quantity" in changes:
        level = changes.get("reorder_level", product.reorder_level)
        quantity = changes.get("reorder_quantity", product.reorder_quantity)
        check_reorder(level, quantity)
        product.reorder_level, product.reorder_quantity = level, quantity
    if "active" in changes:
        product.active = bool(changes["active"])
    if "supplier_id" in changes:
        product.supplier_id = check_supplier(uow, changes["supplier_id"])
    if "max_level" in changes:
        product.max_level = check_max_level(changes["max_level"], product.reorder_level)
    now = product.updated_at = utcnow()
    if product.price != old_price:
        record_price_change(uow, product_id, old_price, product.price, actor, now)
    audit.record(
        uow,
        "product_changed",
        actor.user_id,
        actor.till,
        approver_id=actor.approver_id,
        product_id=product_id,
        **changes,
    )
    uow.session.flush()


def set_active(db: Database, product_id: int, active: bool, *, actor: Actor) -> ProductDTO:
    """Stop (or resume) selling a product: it leaves (or rejoins) the till and search, and
    stays in reports. A product that has moved is never deleted: sales point at it.
    Logged as done by ``actor`` (EDIT_PRODUCTS)."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        _product(uow, product_id)
        uow.session.execute(
            update(Product)
            .where(Product.id == product_id)
            .values(active=active, updated_at=utcnow())
        )
        audit.record(
            uow,
            "product_changed",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            product_id=product_id,
            active=active,
        )
        uow.commit()
        return product_for(uow, product_id, actor)


def add_barcode(db: Database, product_id: int, code: str, *, actor: Actor) -> ProductDTO:
    """Give a product another barcode (EDIT_PRODUCTS; logged as done by ``actor``)."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        _product(uow, product_id)
        try:
            add_barcodes(uow, product_id, [code])
        except IntegrityError:
            raise DuplicateBarcode(
                f"The barcode {code} was just given to another product."
            ) from None
        audit.record(
            uow,
            "barcode_added",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            product_id=product_id,
            code=normalize_barcode(code),
        )
        uow.commit()
        return product_for(uow, product_id, actor)


def remove_barcode(db: Database, product_id: int, code: str, actor: Actor) -> ProductDTO:
    """Take a barcode off a product, as one logged unit of work.

    Raises:
        NotFound: the product does not carry that code.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        _product(uow, product_id)
        drop_barcode(uow, product_id, code, actor)
        uow.commit()
        return product_for(uow, product_id, actor)


def drop_barcode(uow: UnitOfWork, product_id: int, code: str, actor: Actor) -> None:
    """``remove_barcode`` inside an open unit of work."""
    stored = code.strip()
    removed = uow.session.execute(
        delete(Barcode).where(Barcode.code == stored, Barcode.product_id == product_id)
    )
    if not removed.rowcount:  # type: ignore[attr-defined]
        raise NotFound(f"This product has no barcode {stored}.")
    audit.record(
        uow,
        "barcode_removed",
        actor.user_id,
        actor.till,
        approver_id=actor.approver_id,
        product_id=product_id,
        code=stored,
    )


def get_product(db: Database, product_id: int, actor: Actor | None = None) -> ProductDTO:
    """One product, with its barcodes, as ``actor`` may see it: its cost only for a user
    who may see costs (SEE_COSTS), None for anyone else (and when no one is named)."""
    with db.read() as uow:
        return product_for(uow, product_id, actor)


def product_for(uow: UnitOfWork, product_id: int, actor: Actor | None) -> ProductDTO:
    """``product_dto`` as ``actor`` may see it: no cost (None) without SEE_COSTS."""
    product = product_dto(uow, product_id)
    if actor is not None and sees_costs(uow, actor):
        return product
    return replace(product, cost=None)


def _product(uow: UnitOfWork, product_id: int) -> Product:
    product = uow.session.get(Product, product_id)
    if product is None:
        raise NotFound("That product does not exist.")
    return product


def product_dto(uow: UnitOfWork, product_id: int) -> ProductDTO:
    """A product's DTO read inside an open unit of work, cost included (for the services'
    own use: what they hand out goes through ``product_for``)."""
    row = uow.session.execute(
        select(Product, TaxRate, Category.name)
        .join(TaxRate, TaxRate.id == Product.tax_rate_id)
        .outerjoin(Category, Category.id == Product.category_id)
        .where(Product.id == product_id)
    ).first()
    if row is None:
        raise NotFound("That product does not exist.")
    product, rate, category = row
    first = TaxRateDTO(rate.id, rate.name, rate.percent)
    further = further_rates(uow, [product_id]).get(product_id, ())
    codes = uow.session.scalars(
        select(Barcode.code).where(Barcode.product_id == product_id).order_by(Barcode.code)
    )
    return ProductDTO(
        id=product.id,
        sku=product.sku,
        name=product.name,
        category=category,
        unit=Unit(product.unit),
        price=product.price,
        cost=product.cost,
        tax_rate=first,
        active=product.active,
        favourite=product.favourite,
        reorder_level=product.reorder_level,
        on_hand=product.on_hand,
        barcodes=tuple(codes),
        reorder_quantity=product.reorder_quantity,
        tax_rates=(first, *further),
        supplier_id=product.supplier_id,
        max_level=product.max_level,
    )
