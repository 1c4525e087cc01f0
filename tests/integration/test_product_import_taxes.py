"""Stacked taxes (GST + QST) in products files: exported in one column, imported back."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from pos.db.engine import Database
from pos.services.catalog.export import export_products
from pos.services.catalog.import_apply import (
    ImportHasErrors,
    ImportSummary,
    import_products,
    preview_import,
)
from pos.services.catalog.import_columns import guess_mapping
from pos.services.catalog.import_read import open_table
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    create_tax_rate,
    get_product,
    list_tax_rates,
)
from pos.services.catalog.selection import ProductSelection
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings
from tests.integration.test_product_import import by_sku, write


@pytest.fixture
def quebec(db: Database, rates: dict[str, int], actor: Actor) -> dict[str, int]:
    """The shop's rates with Canada's GST (5 %) and Quebec's QST (9.975 %) beside them."""
    for name, percent in (("GST", "5"), ("QST", "9.975")):
        rates[name] = create_tax_rate(db, name, Decimal(percent), actor=actor).id
    return rates


@pytest.fixture
def poutine(db: Database, quebec: dict[str, int], actor: Actor) -> ProductDTO:
    """A product taxed twice on the same net price."""
    return create_product(
        db,
        ProductInput(
            sku="POUTINE",
            name="Poutine, large",
            price=Decimal("9.50"),
            tax_rate_id=quebec["GST"],
            tax_rate_ids=(quebec["GST"], quebec["QST"]),
            category="Hot food",
            barcodes=["5000112637922"],
        ),
        actor=actor,
    )


def names(product: ProductDTO) -> tuple[str, ...]:
    return tuple(rate.name for rate in product.tax_rates)


def run(db: Database, path: Path, actor: Actor, **kwargs: bool) -> ImportSummary:
    table = open_table(path, get_settings(db).locale)
    return import_products(db, table, guess_mapping(table.headers), actor, **kwargs)


def preview(db: Database, path: Path) -> ImportSummary:
    table = open_table(path, get_settings(db).locale)
    return preview_import(db, table, guess_mapping(table.headers))


def test_export_writes_every_rate_of_a_product_in_the_tax_column(
    db: Database, actor: Actor, poutine: ProductDTO, milk: ProductDTO, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_products(db, ProductSelection(), first, actor=actor)
    lines = first.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[5] == "Tax rate"  # still one column
    poutine_line = 'POUTINE,"Poutine, large",Hot food,9.50,0.00,GST + QST,5000112637922,each'
    assert any(line.startswith(poutine_line) for line in lines)
    assert any(line.startswith("MILK,Fresh Milk 1 L,Dairy,1.20,0.00,Reduced,") for line in lines)
    # Export, import, export: the same bytes, and nothing changes on the way.
    summary = run(db, first, actor)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 0, 2)
    export_products(db, ProductSelection(), second, actor=actor)
    assert second.read_bytes() == first.read_bytes()
    assert names(get_product(db, poutine.id)) == ("GST", "QST")


def test_xlsx_round_trip_keeps_stacked_rates(
    db: Database, actor: Actor, poutine: ProductDTO, milk: ProductDTO, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_products(db, ProductSelection(), first, actor=actor)
    summary = run(db, first, actor)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 0, 2)
    export_products(db, ProductSelection(), second, actor=actor)

    def cells(path: Path) -> list[tuple[object, ...]]:
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()

    rows = cells(first)
    assert rows == cells(second)
    assert next(r for r in rows if r[0] == "POUTINE")[5] == "GST + QST"


def test_import_creates_and_updates_products_with_stacked_rates(
    db: Database, shop: ShopSettings, actor: Actor, quebec: dict[str, int], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "quebec.csv",
        "SKU,Name,Price,Tax rate\n"
        + "A,Maple syrup,8.00,GST + QST\n"
        + "B,Tourtière,12.00,gst+qst\n"  # any case, any spacing round the '+'
        + "C,Bagels,4.00,5% + 9.975%\n"  # by percent: 5 % is the first rate of 5 %
        + "D,Cider,6.00,GST + 7 %\n"  # a percent the shop has no rate for: a new rate
        + "E,Bread,2.00,Reduced\n",
    )
    summary = preview(db, path)
    assert (summary.new, summary.error_rows, summary.new_tax_rates) == (5, 0, ("7 %",))
    assert len(list_tax_rates(db)) == 4  # the preview made nothing
    assert run(db, path, actor).new == 5
    assert names(by_sku(db, "A")) == ("GST", "QST")
    assert by_sku(db, "A").tax_rate.name == "GST"
    assert names(by_sku(db, "B")) == ("GST", "QST")
    assert names(by_sku(db, "C")) == ("Reduced", "QST")
    assert names(by_sku(db, "D")) == ("GST", "7 %")
    assert names(by_sku(db, "E")) == ("Reduced",)
    # The same file again changes nothing: the whole set of rates is compared.
    again = run(db, path, actor)
    assert (again.new, again.updated, again.unchanged, again.new_tax_rates) == (0, 0, 5, ())
    # Rates stacked, unstacked, reordered: each an update.
    write(path, "SKU,Tax rate\nA,GST\nE,GST + QST\nB,QST + GST\nC,Reduced + QST\n")
    summary = run(db, path, actor)
    assert (summary.updated, summary.unchanged) == (3, 1)
    assert names(by_sku(db, "A")) == ("GST",)
    assert names(by_sku(db, "E")) == ("GST", "QST")
    assert names(by_sku(db, "B")) == ("QST", "GST")
    assert names(by_sku(db, "C")) == ("Reduced", "QST")


def test_a_rate_named_with_a_plus_is_one_rate(
    db: Database, shop: ShopSettings, actor: Actor, quebec: dict[str, int], tmp_path: Path
) -> None:
    create_tax_rate(db, "GST+PST", Decimal(12), actor=actor)
    path = write(
        tmp_path / "plus.csv",
        "SKU,Name,Price,Tax rate\nA,One,1.00,GST+PST\nB,Two,1.00,GST+PST + QST\n",
    )
    assert run(db, path, actor).new == 2
    assert names(by_sku(db, "A")) == ("GST+PST",)
    assert names(by_sku(db, "B")) == ("GST+PST", "QST")


def test_bad_stacked_rates_are_line_errors(
    db: Database, shop: ShopSettings, actor: Actor, poutine: ProductDTO, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "bad.csv",
        "SKU,Name,Price,Tax rate\n"
        + "A,One,1.00,GST + abc%\n"
        + "B,Two,1.00,GST + GST\n"
        + "C,Three,1.00,5 % + Reduced\n"
        + "D,Four,1.00,GST +\n"
        + "E,Five,1.00,GST + QST + Standard + Reduced + 7\n"
        + "POUTINE,,,QST + QST\n",
    )
    with pytest.raises(ImportHasErrors) as raised:
        run(db, path, actor)
    assert [str(e) for e in raised.value.summary.errors] == [
        "line 2, Tax rate: there is no tax rate 'abc%': use one of Standard, Reduced, GST, "
        "QST, or a percent",
        "line 3, Tax rate: the tax rate 'GST' is given twice: a rate is charged once",
        "line 4, Tax rate: the tax rate 'Reduced' is given twice: a rate is charged once",
        "line 5, Tax rate: 'GST +' has a '+' with no tax rate after it",
        "line 6, Tax rate: a product can carry 4 tax rates at most",
        "line 7, Tax rate: the tax rate 'QST' is given twice: a rate is charged once",
    ]
    assert names(get_product(db, poutine.id)) == ("GST", "QST")  # nothing changed
    assert len(list_tax_rates(db)) == 4
