"""Exporting products: CSV and .xlsx that import back unchanged (export, import, export)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from pos.db.engine import Database, open_database
from pos.domain.cart import Unit
from pos.services.catalog.export import export_products
from pos.services.catalog.import_apply import import_products, preview_import
from pos.services.catalog.import_columns import guess_mapping
from pos.services.catalog.import_read import open_table
from pos.services.catalog.products import ProductInput, create_product, update_product
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import create_shop, owner
from pos.services.stock.movements import adjust_stock
from tests.conftest import SHOP


@pytest.fixture
def catalog(
    db: Database, actor: Actor, rates: dict[str, int], milk: ProductDTO, wine: ProductDTO
) -> None:
    """Products with what an export must carry: weights, stock below zero, a switched-off
    product, a favourite, two barcodes, reorder figures, a name with a comma and quotes."""
    create_product(
        db,
        ProductInput(
            sku="CHEESE",
            name='Comté "extra", 18 months',
            price=Decimal("24.90"),
            tax_rate_id=rates["Reduced"],
            unit=Unit.KG,
            cost=Decimal("15.5"),
            category="Dairy",
            barcodes=["2100002", "5000112637922"],
            favourite=True,
            reorder_level=Decimal("1.5"),
            reorder_quantity=Decimal("4.25"),
        ),
        actor=actor,
    )
    update_product(db, wine.id, actor=actor, active=False)
    adjust_stock(db, milk.id, Decimal(-3), actor=actor, reason="sold early")


def roundtrip(db: Database, actor: Actor, first: Path) -> None:
    table = open_table(first, get_settings(db).locale)
    summary = import_products(db, table, guess_mapping(table.headers), actor)
    assert (summary.new, summary.updated, summary.error_rows) == (0, 0, 0)


def test_csv_export_import_export_gives_the_same_bytes(
    db: Database, actor: Actor, catalog: None, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert export_products(db, ProductSelection(), first, actor=actor) == 3
    text = first.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == (
        "SKU,Name,Category,Price,Cost,Tax rate,Barcodes,Unit,Reorder level,"
        "Reorder quantity,Favourite,Active,On hand"
    )
    assert 'CHEESE,"Comté ""extra"", 18 months",Dairy,24.90,15.50,Reduced,' in text
    assert ",2100002|5000112637922,kg,1.5,4.25,yes,yes,0" in text
    assert "WINE,Crème de cassis 70 cl,,12.50,0.00,Standard,96385074,each,0,0,no,no,0" in text
    assert "MILK,Fresh Milk 1 L,Dairy,1.20,0.00,Reduced,4006381333931,each,0,0,no,yes,-3" in text
    roundtrip(db, actor, first)
    export_products(db, ProductSelection(), second, actor=actor)
    assert second.read_bytes() == first.read_bytes()


def test_a_new_shop_imports_the_export_and_exports_the_same_file(
    db: Database, actor: Actor, catalog: None, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_products(db, ProductSelection(), first, actor=actor)
    other = open_database(f"sqlite:///{tmp_path}/other.db")
    try:
        create_shop(other, SHOP)
        table = open_table(first, "en_IE")
        other_actor = Actor(owner(other).id, "Till 2")
        summary = import_products(other, table, guess_mapping(table.headers), other_actor)
        assert (summary.new, summary.new_categories) == (3, ("Dairy",))
        export_products(other, ProductSelection(), second, actor=other_actor)
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()


def test_decimal_comma_shops_export_semicolons(
    db: Database, actor: Actor, shop: ShopSettings, catalog: None, tmp_path: Path
) -> None:
    update_settings(db, locale="fr_FR", actor=actor)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_products(db, ProductSelection(), first, actor=actor)
    lines = first.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("SKU;Name;Category;Price;")
    assert ";24,90;15,50;Reduced;2100002|5000112637922;kg;1,5;4,25;yes;yes;0" in lines[3]
    roundtrip(db, actor, first)
    export_products(db, ProductSelection(), second, actor=actor)
    assert second.read_bytes() == first.read_bytes()


def test_xlsx_export_imports_back_unchanged(
    db: Database, actor: Actor, catalog: None, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert export_products(db, ProductSelection(), first, actor=actor) == 3
    roundtrip(db, actor, first)
    export_products(db, ProductSelection(), second, actor=actor)

    def cells(path: Path) -> list[tuple[object, ...]]:
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()

    rows = cells(first)
    assert rows == cells(second)
    cheese = next(r for r in rows if r[0] == "CHEESE")
    assert cheese[3:5] == (24.9, 15.5)  # numbers Excel can sum
    assert cheese[6] == "2100002|5000112637922"


def test_a_filtered_selection_exports_only_its_products(
    db: Database, actor: Actor, catalog: None, tmp_path: Path
) -> None:
    target = tmp_path / "active.csv"
    count = export_products(db, ProductSelection(ProductFilter(active=False)), target, actor=actor)
    assert count == 1
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in lines[1:]] == ["WINE"]
    table = open_table(target, "en_IE")
    assert preview_import(db, table, guess_mapping(table.headers)).unchanged == 1
