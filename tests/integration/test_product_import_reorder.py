"""A products file's Supplier and Max level columns: the usual supplier found by name (an
unknown name is an error on its line, no supplier is made), the max level checked against
the reorder level, as the product dialog checks them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import products, suppliers
from pos.services.catalog.import_apply import ImportHasErrors, import_products, preview_import
from pos.services.catalog.import_columns import Field, guess_mapping
from pos.services.catalog.import_read import open_table
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    get_product,
    update_product,
)
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings
from pos.services.stock.suppliers import add_supplier
from tests.integration.test_product_import import by_sku, write

D = Decimal
HEADER = "SKU,Name,Price,Tax rate,Reorder level,Max level,Supplier\n"


def run(db: Database, path: Path, actor: Actor) -> None:
    table = open_table(path, get_settings(db).locale)
    import_products(db, table, guess_mapping(table.headers), actor)


def errors(db: Database, path: Path) -> list[str]:
    table = open_table(path, get_settings(db).locale)
    return [str(e) for e in preview_import(db, table, guess_mapping(table.headers)).errors]


@pytest.fixture
def dairy_co(db: Database, shop: ShopSettings, actor: Actor) -> int:
    add_supplier(db, "Bakery Bros", actor=actor)
    return add_supplier(db, "Dairy Co", actor=actor).id


def supplier_count(db: Database) -> int:
    with db.read() as uow:
        return int(uow.connection.scalar(select(func.count()).select_from(suppliers)) or 0)


def test_the_columns_are_guessed_in_english_and_german() -> None:
    assert guess_mapping(["SKU", "Supplier", "Max level"]) == (
        Field.SKU,
        Field.SUPPLIER,
        Field.MAX_LEVEL,
    )
    assert guess_mapping(["Artikelnummer", "Lieferant", "Höchstbestand"]) == (
        Field.SKU,
        Field.SUPPLIER,
        Field.MAX_LEVEL,
    )


def test_new_and_updated_products_get_their_supplier_and_max_level(
    db: Database, actor: Actor, dairy_co: int, milk: ProductDTO, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "reorder.csv",
        HEADER
        + "BUTTER,Butter 250 g,2.10,Reduced,5,20,dairy co\n"  # letter case aside
        + "MILK,,,,,24,  Dairy   Co \n"  # the milk: its max level and supplier only
        + "YOG,Yoghurt,0.90,Reduced,4,,\n",  # no max level, no supplier
    )
    run(db, path, actor)
    butter = by_sku(db, "BUTTER")
    assert (butter.supplier_id, butter.reorder_level, butter.max_level) == (
        dairy_co,
        Decimal(5),
        Decimal(20),
    )
    milk_now = get_product(db, milk.id, actor)
    assert (milk_now.supplier_id, milk_now.max_level) == (dairy_co, Decimal(24))
    assert milk_now.price == milk.price and milk_now.name == milk.name  # left as they were
    yoghurt = by_sku(db, "YOG")
    assert (yoghurt.supplier_id, yoghurt.max_level) == (None, Decimal(0))
    # The same file again changes nothing.
    table = open_table(path, get_settings(db).locale)
    again = preview_import(db, table, guess_mapping(table.headers))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)


def test_an_unknown_supplier_is_an_error_on_its_line_and_nothing_is_made(
    db: Database, actor: Actor, dairy_co: int, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "typo.csv",
        HEADER
        + "BUTTER,Butter 250 g,2.10,Reduced,5,20,Dairy Co\n"
        + "CREAM,Cream 200 ml,1.40,Reduced,2,6,Diary Co\n",
    )
    assert errors(db, path) == [
        "line 3, Supplier: there is no supplier called 'Diary Co': check the spelling, or "
        "add the supplier first (Suppliers… on the Stock screen's Deliveries tab)"
    ]
    with pytest.raises(ImportHasErrors):
        run(db, path, actor)
    assert supplier_count(db) == 2
    with db.read() as uow:
        assert uow.connection.scalar(select(func.count()).select_from(products)) == 0


def test_a_max_level_below_the_reorder_level_is_an_error(
    db: Database, actor: Actor, rates: dict[str, int], dairy_co: int, tmp_path: Path
) -> None:
    eggs = create_product(
        db,
        ProductInput(
            "EGGS", "Eggs 6", Decimal("2.50"), rates["Reduced"], reorder_level=Decimal(10)
        ),
        actor=actor,
    )
    update_product(db, eggs.id, actor=actor, max_level=Decimal(30))
    path = write(
        tmp_path / "levels.csv",
        HEADER
        + "BUTTER,Butter 250 g,2.10,Reduced,10,5,\n"  # max below the row's own level
        + "EGGS,,,,,8,\n"  # max below the product's level of 10
        + "EGGS2,Eggs 12,4.50,Reduced,10,0,\n"  # 0: no max level, fine
        + "CREAM,Cream,1.40,Reduced,2,-3,\n"
        + "FLOUR,Flour,1.10,Reduced,2,7.5,\n",  # sold by the piece: whole pieces
    )
    assert errors(db, path) == [
        "line 2, Max level: the max level 5 is below the reorder level 10: raise it, or "
        "leave it at 0 for none",
        "line 3, Max level: the max level 8 is below the reorder level 10: raise it, or "
        "leave it at 0 for none",
        "line 5, Max level: the max level cannot be negative (0 means none)",
        "line 6, Max level: 7.5 is not a whole number of pieces",
    ]
    # A reorder level raised above the product's max level is said at the reorder level.
    raised = write(tmp_path / "raised.csv", "SKU,Reorder level\nEGGS,40\n")
    assert errors(db, raised) == [
        "line 2, Reorder level: the max level 30 is below the reorder level 40: raise it, or "
        "leave it at 0 for none"
    ]
    assert get_product(db, eggs.id, actor).max_level == Decimal(30)
