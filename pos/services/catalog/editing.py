"""The product dialog's save: a whole product (details and barcode changes) as one unit of
work, or nothing. Every refusal names its field (``InvalidField``), so the dialog shows it
there; all of them at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pos.db.engine import Database
from pos.db.models import Barcode, Product
from pos.db.uow import UnitOfWork
from pos.domain.barcodes import normalize_barcode
from pos.domain.cart import Unit, check_amount
from pos.domain.errors import DuplicateBarcode, InvalidField, InvalidInput
from pos.services import audit
from pos.services.catalog import products as catalog
from pos.services.catalog.categories import check_category_name
from pos.services.catalog.product_taxes import check_rate_ids
from pos.services.catalog.rules import (
    check_max_level,
    check_name,
    check_reorder,
    check_supplier,
    cost_approver,
    normalize_sku,
    record_cost_change,
)
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorized

ZERO = Decimal(0)


@dataclass(frozen=True)
class ProductForm:
    """Everything the product dialog holds. An empty ``sku`` asks for one to be made up;
    ``barcodes`` is the whole list the product should carry after the save. ``cost`` None
    keeps the stored cost (zero for a new product): the dialog of a user who may not see
    costs shows none, and its save must not change one."""

    sku: str
    name: str
    price: Decimal
    tax_rate_ids: tuple[int, ...]
    unit: Unit = Unit.EACH
    cost: Decimal | None = ZERO
    category: str | None = None
    barcodes: tuple[str, ...] = field(default_factory=tuple)
    favourite: bool = False
    active: bool = True
    reorder_level: Decimal = ZERO
    reorder_quantity: Decimal = ZERO
    #: The usual supplier (None: none) and the level to reorder up to (0: none).
    supplier_id: int | None = None
    max_level: Decimal = ZERO


def tax_fields(tax_rate_ids: Sequence[int]) -> dict[str, Any]:
    """The product's tax fields for the rates checked in the form, in their order (the
    first is the product's ``tax_rate_id``; GST and QST are checked together).

    Raises:
        InvalidInput: no rate is checked.
    """
    if not tax_rate_ids:
        raise InvalidInput("Choose the tax rate this product is sold at.")
    return {"tax_rate_id": tax_rate_ids[0], "tax_rate_ids": tuple(tax_rate_ids)}


class FieldChecks:
    """Runs each field's checks and keeps every refusal, so a form shows them all at once."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}

    @contextmanager
    def field(self, name: str) -> Iterator[None]:
        """Keep a refusal inside the block as the problem of the form's field ``name``."""
        try:
            yield
        except InvalidInput as error:
            self.problems.setdefault(name, error.message)

    def raise_any(self) -> None:
        """Raise every problem kept, naming the first field; nothing if all was well."""
        if self.problems:
            field, message = next(iter(self.problems.items()))
            raise InvalidField(field, message, dict(self.problems))


def save_product(
    db: Database, product_id: int | None, form: ProductForm, actor: Actor
) -> ProductDTO:
    """Create a product (``product_id`` None) or change one, with its barcodes, all or
    nothing, logged as done by ``actor``. A price change goes into the price history.

    Raises:
        InvalidField: values are refused: each field and a plain reason. Nothing is written.
        NotAllowed: the user may not edit products, or sets a cost without being allowed
            to see costs (SEE_COSTS; a cost of None keeps the stored one).
    """
    with db.write() as uow:
        asked = actor
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        checked = _checked(uow, product_id, form)
        old_cost = _cost_before_change(uow, product_id, form.cost)
        # Whoever may not see a cost may not set one either (it would tell them), unless a
        # manager approves; the change is logged with whoever approved it.
        approver = None if old_cost is None else cost_approver(uow, asked, actor)
        try:
            if product_id is None:
                product_id = _create(uow, form, checked, actor)
            else:
                _update(uow, product_id, form, checked, actor)
        except IntegrityError:
            # Another till took the SKU or a barcode between the checks and the write.
            raise InvalidInput(
                "Another till has just given this SKU or a barcode to a product. Save again "
                "to see which."
            ) from None
        if old_cost is not None and form.cost is not None:
            record_cost_change(uow, product_id, old_cost, form.cost, actor, approver)
        uow.commit()
        return catalog.product_for(uow, product_id, asked)


def _cost_before_change(
    uow: UnitOfWork, product_id: int | None, cost: Decimal | None
) -> Decimal | None:
    """The product's cost before the form changes it (zero for a new product); None when
    the form leaves the cost as it is."""
    if cost is None:
        return None
    if product_id is None:
        return None if cost == ZERO else ZERO
    before = uow.session.scalar(select(Product.cost).where(Product.id == product_id))
    return None if before == cost else before


@dataclass(frozen=True)
class _Checked:
    name: str
    sku: str
    category: str | None
    taxes: dict[str, Any]
    barcodes: tuple[str, ...]


def check_product(db: Database, product_id: int | None, form: ProductForm) -> None:
    """Check a form without saving it (the dialog does when some of it is not even a number).

    Raises:
        InvalidField: every field refused, with its reason.
    """
    with db.read() as uow:
        _checked(uow, product_id, form)


def _checked(uow: UnitOfWork, product_id: int | None, form: ProductForm) -> _Checked:
    """Every field checked, in the form's order; all refusals raised together."""
    if product_id is not None:
        catalog.product_dto(uow, product_id)  # NotFound if it was deleted meanwhile
    money = read_settings(uow).money
    checks = FieldChecks()
    sku, name, category = "", "", None
    taxes: dict[str, Any] = {}
    codes: tuple[str, ...] = ()
    with checks.field("sku"):
        sku = normalize_sku(form.sku) if form.sku.strip() else ""
        if sku:
            catalog.ensure_sku_free(uow, sku, product_id)
    with checks.field("name"):
        name = check_name(form.name)
    with checks.field("category"):
        typed = (form.category or "").strip()
        category = check_category_name(typed) if typed else None
    with checks.field("price"):
        check_amount(form.price, money)
    if form.cost is not None:
        with checks.field("cost"):
            check_amount(form.cost, money, "cost")
    with checks.field("tax_rates"):
        taxes = tax_fields(form.tax_rate_ids)
        check_rate_ids(uow, form.tax_rate_ids)
    with checks.field("reorder_level"):
        check_reorder(form.reorder_level, ZERO)
    with checks.field("reorder_quantity"):
        check_reorder(ZERO, form.reorder_quantity)
    with checks.field("max_level"):
        check_max_level(form.max_level, form.reorder_level)
    with checks.field("supplier"):
        check_supplier(uow, form.supplier_id)
    with checks.field("barcodes"):
        codes = _checked_barcodes(uow, product_id, form.barcodes)
    checks.raise_any()
    return _Checked(name, sku, category, taxes, codes)


def _checked_barcodes(
    uow: UnitOfWork, product_id: int | None, raw: Sequence[str]
) -> tuple[str, ...]:
    codes: list[str] = []
    for text in raw:
        code = normalize_barcode(text)
        if code in codes:
            raise DuplicateBarcode(f"The barcode {code} is in the list twice.")
        holder = uow.session.execute(
            select(Product.id, Product.name)
            .join(Barcode, Barcode.product_id == Product.id)
            .where(Barcode.code == code)
        ).first()
        if holder is not None and holder.id != product_id:
            raise DuplicateBarcode(f"The barcode {code} already belongs to '{holder.name}'.")
        codes.append(code)
    return tuple(codes)


def _create(uow: UnitOfWork, form: ProductForm, checked: _Checked, actor: Actor) -> int:
    data = catalog.ProductInput(
        sku=checked.sku,
        name=checked.name,
        price=form.price,
        unit=form.unit,
        cost=ZERO if form.cost is None else form.cost,
        category=checked.category,
        barcodes=checked.barcodes,
        favourite=form.favourite,
        reorder_level=form.reorder_level,
        reorder_quantity=form.reorder_quantity,
        **checked.taxes,
    )
    product_id = catalog.insert_product(uow, data)
    product = uow.session.get(Product, product_id)
    assert product is not None
    product.active = form.active
    product.supplier_id = form.supplier_id
    product.max_level = form.max_level
    audit.record(
        uow,
        "product_created",
        actor.user_id,
        actor.till,
        approver_id=actor.approver_id,
        product_id=product_id,
        sku=product.sku,
        name=product.name,
        price=form.price,
        barcodes=list(checked.barcodes),
    )
    return product_id


def _update(
    uow: UnitOfWork, product_id: int, form: ProductForm, checked: _Checked, actor: Actor
) -> None:
    before = catalog.product_dto(uow, product_id)
    wanted: dict[str, Any] = {
        "name": checked.name,
        "category": checked.category,
        "unit": Unit(form.unit),
        "price": form.price,
        "cost": before.cost if form.cost is None else form.cost,
        "favourite": form.favourite,
        "active": form.active,
        "reorder_level": form.reorder_level,
        "reorder_quantity": form.reorder_quantity,
        "supplier_id": form.supplier_id,
        "max_level": form.max_level,
    }
    if checked.sku:
        wanted["sku"] = checked.sku
    wanted.update(checked.taxes)
    now = {name: _current(before, name) for name in wanted}
    changes = {name: value for name, value in wanted.items() if value != now[name]}
    if changes:
        catalog.apply_changes(uow, product_id, actor, changes)
    for code in before.barcodes:
        if code not in checked.barcodes:
            catalog.drop_barcode(uow, product_id, code, actor)
    added = [code for code in checked.barcodes if code not in before.barcodes]
    if added:
        uow.session.flush()  # the removals first: a code may move to another product later
        catalog.add_barcodes(uow, product_id, added)
        for code in added:
            audit.record(
                uow,
                "barcode_added",
                actor.user_id,
                actor.till,
                approver_id=actor.approver_id,
                product_id=product_id,
                code=code,
            )


def _current(product: ProductDTO, name: str) -> Any:
    if name == "tax_rate_id":
        return product.tax_rate.id
    if name == "tax_rate_ids":
        return tuple(rate.id for rate in product.tax_rates)
    return getattr(product, name)


@dataclass(frozen=True, slots=True)
class BarcodeOwner:
    """The product a barcode is on."""

    product_id: int
    name: str


def barcode_owner(db: Database, code: str) -> BarcodeOwner | None:
    """Which product carries ``code`` (in its stored form), active or not; None if none."""
    with db.read() as uow:
        row = uow.session.execute(
            select(Product.id, Product.name)
            .join(Barcode, Barcode.product_id == Product.id)
            .where(Barcode.code == code)
        ).first()
        return None if row is None else BarcodeOwner(row.id, row.name)
