"""Saving a whole product from the dialog, removing barcodes, deleting versus deactivating."""

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import audit_log, barcodes, price_changes, products
from pos.domain.errors import InvalidField, InvalidInput, NotFound
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.editing import ProductForm, check_product, save_product
from pos.services.catalog.products import get_product, remove_barcode, set_active
from pos.services.catalog.removal import delete_product, product_usage
from pos.services.dto import Actor, ProductDTO
from pos.services.lookup import find_by_code, search_products
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.stock.movements import receive_stock


def form(rates: dict[str, int], **changes: object) -> ProductForm:
    values: dict[str, object] = {
        "sku": "",
        "name": "Sourdough loaf",
        "price": Decimal("4.20"),
        "tax_rate_ids": (rates["Reduced"],),
        "barcodes": ("4006381333931",),
    }
    values.update(changes)
    return ProductForm(**values)  # type: ignore[arg-type]


def count(db: Database, table: object) -> int:
    with db.read() as uow:
        return uow.connection.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[arg-type]


def audit_actions(db: Database) -> list[str]:
    with db.read() as uow:
        return list(uow.connection.scalars(select(audit_log.c.action).order_by(audit_log.c.id)))


def test_a_new_product_with_barcodes_and_a_made_up_sku(
    db: Database, rates: dict[str, int], actor: Actor, shop: ShopSettings
) -> None:
    saved = save_product(
        db,
        None,
        form(rates, barcodes=("4006381333931", "96385074"), cost=Decimal("1.50"), active=False),
        actor,
    )
    assert saved.sku == "P000001"
    assert saved.barcodes == ("4006381333931", "96385074")
    assert saved.active is False
    # Its cost is logged as a change from zero, with who set it (issue 14).
    assert audit_actions(db)[-2:] == ["product_created", "cost_changed"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"price": Decimal("-1")}, "price", "negative"),
        ({"cost": Decimal("-0.01")}, "cost", "negative"),
        ({"price": Decimal("1.234")}, "price", "decimals"),
        ({"name": "x" * 10_000}, "name", "120 characters"),
        ({"name": "   "}, "name", "needs a name"),
        ({"tax_rate_ids": ()}, "tax_rates", "tax rate"),
        ({"tax_rate_ids": (999,)}, "tax_rates", "tax rates"),
        ({"tax_rate_ids": (1, 1)}, "tax_rates", "chosen twice"),
        ({"barcodes": ("4006381333932",)}, "barcodes", "check digit"),
        ({"barcodes": ("96385074", "96385074")}, "barcodes", "twice"),
        ({"reorder_level": Decimal(-1)}, "reorder_level", "negative"),
        ({"reorder_quantity": Decimal(-1)}, "reorder_quantity", "negative"),
        ({"category": "c" * 81}, "category", "80 characters"),
        ({"sku": "x" * 41}, "sku", "40 characters"),
    ],
)
def test_bad_input_names_its_field_and_saves_nothing(
    db: Database,
    rates: dict[str, int],
    actor: Actor,
    changes: dict[str, object],
    field: str,
    words: str,
) -> None:
    with pytest.raises(InvalidField, match=words) as refused:
        save_product(db, None, form(rates, **changes), actor)
    assert refused.value.field == field
    assert count(db, products) == 0
    assert count(db, barcodes) == 0


def test_every_refused_field_is_named_at_once(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    bad = form(rates, name="", price=Decimal(-1), tax_rate_ids=(), barcodes=("12345670", "x y"))
    with pytest.raises(InvalidField) as refused:
        save_product(db, None, bad, actor)
    assert refused.value.field == "name"
    assert list(refused.value.problems) == ["name", "price", "tax_rates", "barcodes"]
    assert "'x y' cannot be a barcode" in refused.value.problems["barcodes"]
    with pytest.raises(InvalidField):
        check_product(db, None, bad)
    check_product(db, None, form(rates))  # a good form passes, and nothing is written
    assert count(db, products) == 0


def test_a_barcode_or_sku_on_another_product_is_refused_naming_it(
    db: Database, rates: dict[str, int], actor: Actor, milk: ProductDTO
) -> None:
    with pytest.raises(InvalidField, match="Fresh Milk 1 L") as refused:
        save_product(db, None, form(rates), actor)
    assert refused.value.field == "barcodes"
    with pytest.raises(InvalidField, match="Fresh Milk 1 L") as refused:
        save_product(db, None, form(rates, sku="milk", barcodes=()), actor)
    assert refused.value.field == "sku"
    assert count(db, products) == 1


def test_an_edit_changes_details_and_barcodes_together(
    db: Database, rates: dict[str, int], actor: Actor, milk: ProductDTO, shop: ShopSettings
) -> None:
    edit = form(
        rates,
        sku="MILK",
        name="Milk 1 L",
        price=Decimal("1.35"),
        category="Dairy",
        barcodes=("96385074",),
        reorder_level=Decimal(6),
    )
    saved = save_product(db, milk.id, edit, actor)
    assert (saved.name, saved.price, saved.barcodes, saved.reorder_level) == (
        "Milk 1 L",
        Decimal("1.35"),
        ("96385074",),
        Decimal(6),
    )
    assert find_by_code(db, "96385074", shop).product_id == milk.id
    assert count(db, price_changes) == 1
    assert audit_actions(db)[-3:] == ["product_changed", "barcode_removed", "barcode_added"]


def test_an_edit_refused_on_a_barcode_keeps_everything_as_it_was(
    db: Database, rates: dict[str, int], actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    edit = form(rates, sku="MILK", price=Decimal("9.99"), barcodes=("96385074",))
    with pytest.raises(InvalidField, match="Crème de cassis"):
        save_product(db, milk.id, edit, actor)
    assert get_product(db, milk.id, actor) == milk
    assert count(db, price_changes) == 0


def test_saving_an_unchanged_product_logs_nothing(
    db: Database, rates: dict[str, int], actor: Actor, milk: ProductDTO
) -> None:
    before = audit_actions(db)
    same = form(
        rates,
        sku="MILK",
        name=milk.name,
        price=milk.price,
        category="Dairy",
        barcodes=milk.barcodes,
    )
    assert save_product(db, milk.id, same, actor) == milk
    assert audit_actions(db) == before


def test_remove_barcode_is_logged_and_refuses_a_code_it_lacks(
    db: Database, actor: Actor, milk: ProductDTO, shop: ShopSettings
) -> None:
    assert remove_barcode(db, milk.id, "4006381333931", actor).barcodes == ()
    assert audit_actions(db)[-1] == "barcode_removed"
    with pytest.raises(NotFound):
        remove_barcode(db, milk.id, "4006381333931", actor)


def test_a_product_that_never_moved_is_deleted_with_its_barcodes(
    db: Database, actor: Actor, milk: ProductDTO
) -> None:
    assert product_usage(db, milk.id).can_delete
    delete_product(db, milk.id, actor)
    assert count(db, products) == 0
    assert count(db, barcodes) == 0
    with db.read() as uow:
        details = uow.connection.scalar(
            select(audit_log.c.details).where(audit_log.c.action == "product_deleted")
        )
    assert json.loads(details)["sku"] == "MILK"
    with pytest.raises(NotFound):
        delete_product(db, milk.id, actor)


def test_a_product_with_stock_movements_is_kept_and_can_be_deactivated(
    db: Database, actor: Actor, milk: ProductDTO, shop: ShopSettings
) -> None:
    receive_stock(db, milk.id, Decimal(6), actor=actor)
    with pytest.raises(InvalidInput, match="Deactivate it instead") as refused:
        delete_product(db, milk.id, actor)
    assert "stock has moved" in str(refused.value)
    assert count(db, products) == 1
    set_active(db, milk.id, False, actor=actor)
    assert search_products(db, "fresh") == []  # gone from the till's search
    assert audit_actions(db)[-1] == "product_changed"


def test_a_repriced_product_is_kept(
    db: Database, rates: dict[str, int], actor: Actor, milk: ProductDTO
) -> None:
    save_product(db, milk.id, form(rates, sku="MILK", name=milk.name, price=Decimal(2)), actor)
    usage = product_usage(db, milk.id)
    assert (usage.can_delete, usage.reasons()) == (False, ["its price has been changed"])
    with pytest.raises(InvalidInput, match="price has been changed"):
        delete_product(db, milk.id, actor)


def test_a_product_in_a_cart_then_sold_is_kept(
    db: Database, actor: Actor, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    till = CartSession(db, "Till 1", cashier)
    till.scan("96385074")
    assert product_usage(db, wine.id).reasons() == ["it is in a cart at Till 1"]
    with pytest.raises(InvalidInput, match="in a cart at Till 1"):
        delete_product(db, wine.id, actor)
    till.pay([Tender(PaymentMethod.CARD, Decimal("12.50"))])
    usage = product_usage(db, wine.id)
    assert usage.reasons() == ["it has been sold", "its stock has moved"]
    assert product_usage(db, milk.id).can_delete


def test_several_tax_rates_are_saved_in_the_order_checked(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    stacked = (rates["Reduced"], rates["Standard"])
    saved = save_product(db, None, form(rates, tax_rate_ids=stacked), actor)
    assert tuple(rate.id for rate in saved.tax_rates) == stacked
    again = save_product(db, saved.id, form(rates, tax_rate_ids=stacked[:1], sku=saved.sku), actor)
    assert [rate.name for rate in again.tax_rates] == ["Reduced"]
    save_product(db, saved.id, form(rates, tax_rate_ids=stacked, sku=saved.sku), actor)
    delete_product(db, saved.id, actor)  # its further rates go with it
    with pytest.raises(NotFound):
        get_product(db, saved.id)
