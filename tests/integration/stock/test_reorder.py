"""The reorder list: which products are low, how much to order, grouped by supplier; a
product's usual supplier and maximum level set by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import suppliers
from pos.domain.cart import Unit
from pos.domain.errors import InvalidField, InvalidInput
from pos.services.catalog.editing import ProductForm, save_product
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    get_product,
    set_active,
    update_product,
)
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.shop import owner
from pos.services.stock.movements import receive_stock
from pos.services.stock.reorder import (
    NO_SUPPLIER,
    count_low,
    reorder_list,
    suggested_quantity,
    supplier_choices,
)

D = Decimal


def add_supplier(db: Database, name: str, active: bool = True) -> int:
    with db.write() as uow:
        made = uow.connection.execute(
            insert(suppliers).returning(suppliers.c.id),
            {"name": name, "phone": "01 234", "active": active},
        ).scalar_one()
        uow.commit()
        return int(made)


def product(
    db: Database,
    rates: dict[str, int],
    sku: str,
    *,
    level: str,
    quantity: str = "0",
    unit: Unit = Unit.EACH,
    cost: str = "1.00",
) -> ProductDTO:
    return create_product(
        db,
        ProductInput(
            sku=sku,
            name=f"Product {sku}",
            price=D("9.99"),
            cost=D(cost),
            unit=unit,
            tax_rate_id=rates["Standard"],
            reorder_level=D(level),
            reorder_quantity=D(quantity),
        ),
        actor=Actor(owner(db).id, "Till 1"),
    )


@pytest.mark.parametrize(
    ("unit", "on_hand", "level", "top", "quantity", "expected"),
    [
        (Unit.EACH, "3", "5", "20", "6", "17"),  # up to the maximum
        (Unit.EACH, "-2", "5", "20", "6", "22"),  # oversold: the deficit too
        (Unit.EACH, "3", "5", "0", "6", "6"),  # the reorder quantity
        (Unit.EACH, "3", "5", "0", "0", "2"),  # up to the reorder level
        (Unit.EACH, "5", "5", "0", "0", "1"),  # at the level: one at least
        (Unit.EACH, "2.5", "5", "0", "0", "3"),  # pieces round up
        (Unit.KG, "1.2", "5", "0", "0", "3.8"),
        (Unit.KG, "4.5", "5", "0", "0", "1"),  # at least one kg
        (Unit.KG, "0.25", "2", "10.5", "0", "10.25"),
    ],
)
def test_suggested_quantities(
    unit: Unit, on_hand: str, level: str, top: str, quantity: str, expected: str
) -> None:
    got = suggested_quantity(unit, D(on_hand), D(level), D(top), D(quantity))
    assert got == D(expected)


def test_low_products_grouped_by_supplier_with_values(
    db: Database, shop: ShopSettings, actor: Actor, rates: dict[str, int]
) -> None:
    dairy = add_supplier(db, "Dairy Co")
    bakery = add_supplier(db, "Bakery Ltd")
    milk = product(db, rates, "MILK", level="12", quantity="24", cost="0.70")
    bread = product(db, rates, "BREAD", level="5", cost="1.10")
    flour = product(db, rates, "FLOUR", level="3", quantity="10", cost="0.50")
    plenty = product(db, rates, "PLENTY", level="2")
    unwatched = product(db, rates, "NOLEVEL", level="0")  # on hand 0, level 0: not watched
    gone = product(db, rates, "GONE", level="4")
    receive_stock(db, plenty.id, D(10), actor=actor)
    receive_stock(db, milk.id, D(12), actor=actor)  # at the level
    set_active(db, gone.id, False, actor=actor)
    update_product(db, milk.id, actor=actor, supplier_id=dairy)
    update_product(db, bread.id, actor=actor, supplier_id=bakery, max_level=D(20))

    listed = reorder_list(db, actor=actor)
    assert [
        (g.supplier, [(ln.sku, ln.suggested, ln.value) for ln in g.lines]) for g in listed.groups
    ] == [
        ("Bakery Ltd", [("BREAD", D(20), D(22))]),
        ("Dairy Co", [("MILK", D(24), D("16.8"))]),
        (NO_SUPPLIER, [("FLOUR", D(10), D(5))]),
    ]
    assert (listed.line_count, listed.supplier_count, listed.without_supplier) == (3, 2, 1)
    assert listed.value == D("43.8")
    assert count_low(db) == 3
    only = reorder_list(db, supplier_id=dairy, actor=actor)
    assert [g.supplier for g in only.groups] == ["Dairy Co"]
    assert unwatched.id not in {ln.product_id for g in listed.groups for ln in g.lines}
    receive_stock(db, flour.id, D(4), actor=actor)
    assert count_low(db) == 2


def test_supplier_and_max_level_set_by_hand(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, rates: dict[str, int]
) -> None:
    dairy = add_supplier(db, "Dairy Co")
    add_supplier(db, "Old Farm", active=False)
    assert [(c.id, c.name) for c in supplier_choices(db)] == [(dairy, "Dairy Co")]
    update_product(db, milk.id, actor=actor, reorder_level=D(6))
    form = ProductForm(
        sku="MILK",
        name="Fresh Milk 1 L",
        price=D("1.20"),
        tax_rate_ids=(rates["Reduced"],),
        reorder_level=D(6),
        supplier_id=dairy,
        max_level=D(24),
        barcodes=("4006381333931",),
        category="Dairy",
    )
    saved = save_product(db, milk.id, form, actor)
    assert (saved.supplier_id, saved.max_level) == (dairy, D(24))
    with pytest.raises(InvalidField) as refused:
        save_product(db, milk.id, ProductForm(**{**form.__dict__, "max_level": D(3)}), actor)
    assert refused.value.problems == {
        "max_level": "The maximum level is below the reorder level: stock would be ordered up "
        "to less than the level that calls for an order. Raise it, or leave it at 0."
    }
    with pytest.raises(InvalidField) as missing:
        save_product(db, milk.id, ProductForm(**{**form.__dict__, "supplier_id": 999}), actor)
    assert missing.value.problems == {"supplier": "That supplier no longer exists. Pick another."}
    with pytest.raises(InvalidInput, match="cannot be negative"):
        update_product(db, milk.id, actor=actor, max_level=D(-1))
    new = save_product(
        db, None, ProductForm(**{**form.__dict__, "sku": "MILK2", "barcodes": ()}), actor
    )
    assert (new.supplier_id, new.max_level) == (dairy, D(24))
    cleared = update_product(db, milk.id, actor=actor, supplier_id=None)
    assert cleared.supplier_id is None
    assert get_product(db, milk.id).max_level == D(24)


def test_the_low_count_and_the_list_read_the_low_stock_index(
    db: Database, shop: ShopSettings, milk: ProductDTO, actor: Actor
) -> None:
    from tests.integration.test_query_plans import plans

    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    for action in (lambda: count_low(db), lambda: reorder_list(db, actor=actor)):
        found = [plan for plan in plans(db, action) if "products" in plan]  # not the check's
        assert "USING INDEX ix_products_low_stock" in found[0], found
