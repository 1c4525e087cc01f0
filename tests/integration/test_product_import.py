"""Importing products from real files made in the test: encodings, delimiters, bad rows."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from pos.db.engine import Database
from pos.db.tables import audit_log, categories, price_changes, products, stock_movements
from pos.domain.barcodes import with_check_digit
from pos.domain.cart import Unit
from pos.services.catalog.import_apply import (
    ImportCancelled,
    ImportHasErrors,
    ImportSummary,
    import_products,
    preview_import,
)
from pos.services.catalog.import_columns import (
    Field,
    guess_mapping,
    remember_mapping,
    remembered_mapping,
)
from pos.services.catalog.import_read import open_table
from pos.services.catalog.import_report import write_bad_rows
from pos.services.catalog.products import get_product, list_tax_rates
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.lookup import search_products
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import owner

HEADER = "SKU,Name,Category,Price,Cost,Tax rate,Barcodes,Unit\n"


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding))
    return path


def run(db: Database, path: Path, actor: Actor, **kwargs: bool) -> ImportSummary:
    table = open_table(path, get_settings(db).locale)
    return import_products(db, table, guess_mapping(table.headers), actor, **kwargs)


def preview(db: Database, path: Path) -> ImportSummary:
    table = open_table(path, get_settings(db).locale)
    return preview_import(db, table, guess_mapping(table.headers))


def product_count(db: Database) -> int:
    with db.read() as uow:
        return int(uow.connection.scalar(select(func.count()).select_from(products)) or 0)


def by_sku(db: Database, sku: str) -> ProductDTO:
    with db.read() as uow:
        product_id = uow.connection.scalar(select(products.c.id).where(products.c.sku == sku))
    assert product_id is not None, sku
    return get_product(db, product_id, Actor(owner(db).id, "Till 1"))  # who sees costs


def test_a_good_file_adds_products_that_the_till_finds(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "good.csv",
        HEADER
        + "tea-1,Green Tea 20 bags,Drinks,2.40,1.10,Standard,4006381333931 | 96385074,each\n"
        + "CHEESE,Comté 200 g,Dairy,4.95,,5,,kg\n"
        + "\n"  # an empty line is skipped
        + "JAM,Apricot Jam,,3,1,Reduced,5000112637922,\n",
    )
    summary = preview(db, path)
    assert (summary.new, summary.updated, summary.unchanged, summary.error_rows) == (3, 0, 0, 0)
    assert summary.new_categories == ("Drinks", "Dairy")
    assert product_count(db) == 0  # the preview wrote nothing
    done = run(db, path, actor)
    assert (done.new, done.written) == (3, True)
    tea = by_sku(db, "TEA-1")
    assert (tea.name, tea.category, tea.price, tea.cost) == (
        "Green Tea 20 bags",
        "Drinks",
        Decimal("2.40"),
        Decimal("1.10"),
    )
    assert (tea.tax_rate.name, tea.barcodes) == ("Standard", ("4006381333931", "96385074"))
    cheese = by_sku(db, "CHEESE")
    assert (cheese.unit, cheese.tax_rate.name, cheese.cost) == (Unit.KG, "Reduced", Decimal(0))
    # The search index follows the import: by name (trigrams too), by SKU.
    assert [hit.sku for hit in search_products(db, "comte")] == ["CHEESE"]
    assert [hit.sku for hit in search_products(db, "pricot")] == ["JAM"]
    assert [hit.sku for hit in search_products(db, "TEA-1")] == ["TEA-1"]
    assert check_database(db) == []
    with db.read() as uow:
        action = uow.connection.scalar(select(audit_log.c.action).order_by(audit_log.c.id.desc()))
    assert action == "products_imported"


def test_bad_rows_stop_the_whole_import_and_say_where(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "bad.csv",
        HEADER
        + "OK-1,Fine product,Drinks,1.00,0.50,Standard,,each\n"
        + "BAD-1,Bad price,Drinks,abc,0.50,Standard,,each\n"
        + "BAD-2,Negative cost,Drinks,1.00,-1,Standard,,each\n"
        + f"BAD-3,{'x' * 121},,1.00,,Standard,4006381333932,each\n"
        + "OK-1,Twice,,1.00,,Standard,,each\n"
        + "BAD-5,Unknown rate,,1.00,,Luxury,,dozen\n",
    )
    with pytest.raises(ImportHasErrors) as raised:
        run(db, path, actor)
    assert product_count(db) == 0
    with db.read() as uow:
        assert uow.connection.scalar(select(func.count()).select_from(categories)) == 0
    summary = raised.value.summary
    assert (summary.new, summary.error_rows, summary.written) == (1, 5, False)
    assert [str(e) for e in summary.errors] == [
        "line 3, Price: 'abc' is not an amount",
        "line 4, Cost: the cost cannot be negative",
        "line 5, Name: product names can have 120 characters at most",
        "line 5, Barcodes: the barcode 4006381333932 is misread or misprinted: its check "
        "digit is wrong. Scan it again or type the number under the bars",
        "line 6, SKU: the SKU OK-1 is on an earlier line too",
        "line 7, Unit: 'dozen' is not a unit: use 'each' or 'kg'",
        "line 7, Tax rate: there is no tax rate 'Luxury': use one of Standard, Reduced, "
        "or a percent",
    ]
    # The bad rows as CSV, with a reason column, to fix and import again.
    report = tmp_path / "bad-rows.csv"
    assert write_bad_rows(open_table(path, "en_IE"), summary.errors, report, "en_IE") == 5
    with report.open(encoding="utf-8-sig", newline="") as saved:
        rows = list(csv.reader(saved))
    assert rows[0] == [*HEADER.strip().split(","), "Reason"]
    assert rows[1][:4] == ["BAD-1", "Bad price", "Drinks", "abc"]
    assert rows[1][-1] == "Price: 'abc' is not an amount"
    assert [r[0] for r in rows[1:]] == ["BAD-1", "BAD-2", "BAD-3", "OK-1", "BAD-5"]
    assert guess_mapping(rows[0])[-1] is None  # the reason column is not imported


def test_good_rows_only_skips_the_bad_ones(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "mixed.csv",
        HEADER
        + "A,First,Snacks,1.00,,Standard,,each\n"
        + "B,Second,Snacks,oops,,Standard,,each\n"
        + "C,Third,Sweets,2.00,,Standard,,each\n",
    )
    summary = run(db, path, actor, good_rows_only=True)
    assert (summary.new, summary.error_rows, summary.written) == (2, 1, True)
    assert product_count(db) == 2
    assert by_sku(db, "C").category == "Sweets"
    assert check_database(db) == []


def test_semicolons_and_decimal_commas_in_a_german_shop(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    update_settings(db, locale="de_DE", actor=actor)
    path = write(
        tmp_path / "artikel.csv",
        "Artikelnummer;Bezeichnung;Warengruppe;Preis;Einkaufspreis;MwSt;EAN;Bestand\n"
        + '"B-1";"Brot; hell";Backwaren;1.234,50;2,5;20 %;4006381333931;12\n'
        + "B-2;Brötchen;Backwaren;0,45;0,2;5;;\n",
    )
    table = open_table(path, "de_DE")
    assert (table.delimiter, table.encoding) == (";", "utf-8")
    mapping = guess_mapping(table.headers)
    assert mapping == (
        Field.SKU,
        Field.NAME,
        Field.CATEGORY,
        Field.PRICE,
        Field.COST,
        Field.TAX_RATE,
        Field.BARCODES,
        Field.ON_HAND,
    )
    summary = import_products(db, table, mapping, actor)
    assert summary.new == 2
    bread = by_sku(db, "B-1")
    assert (bread.name, bread.price, bread.cost) == (
        "Brot; hell",
        Decimal("1234.50"),
        Decimal("2.5"),
    )
    assert (bread.tax_rate.name, bread.on_hand) == ("Standard", Decimal(12))
    assert by_sku(db, "B-2").price == Decimal("0.45")


def test_utf8_with_bom(db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path) -> None:
    path = write(tmp_path / "bom.csv", HEADER + "CAFE,Café crème,,2.40,,Standard,,\n", "utf-8-sig")
    table = open_table(path, "en_IE")
    assert (table.encoding, table.headers[0]) == ("utf-8-sig", "SKU")
    assert "UTF-8 with BOM" in table.description
    assert run(db, path, actor).new == 1
    assert by_sku(db, "CAFE").name == "Café crème"


def test_utf16_unicode_text_from_excel(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    content = HEADER.replace(",", "\t") + "SOBA\t蕎麦 noodles\tAsia\t3.10\t\tReduced\t\teach\n"
    path = write(tmp_path / "unicode.txt", content.replace("\n", "\r\n"), "utf-16")
    table = open_table(path, "en_IE")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert "UTF-16" in table.description
    assert run(db, path, actor).new == 1
    assert by_sku(db, "SOBA").name == "蕎麦 noodles"


def test_legacy_windows_code_page(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "legacy.csv",
        HEADER + "CREME,Crème brûlée,Desserts,€2.40,€1.00,Standard,,each\n",
        "cp1252",
    )
    table = open_table(path, "en_IE")
    assert table.encoding == "cp1252"
    assert table.description == "CSV, Windows-1252 (Western European), comma-separated"
    assert run(db, path, actor).new == 1
    creme = by_sku(db, "CREME")
    assert (creme.name, creme.price, creme.cost) == ("Crème brûlée", Decimal("2.40"), Decimal(1))


def test_xlsx_workbook(db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SKU", "Name", "Price", "Tax rate", "EAN", "Stock", "Favourite"])
    sheet.append(["X-1", "Espresso beans 1 kg", 14.9, 20, 4006381333931, 7, True])
    sheet.append(["X-2", "Filter papers", 2, "Reduced", None, None, False])
    path = tmp_path / "products.xlsx"
    book.save(path)
    table = open_table(path, "de_DE")  # numbers in a workbook are numbers, whatever the locale
    assert table.kind == "xlsx"
    summary = import_products(db, table, guess_mapping(table.headers), actor)
    assert summary.new == 2
    beans = by_sku(db, "X-1")
    assert (beans.price, beans.barcodes, beans.on_hand, beans.favourite) == (
        Decimal("14.9"),
        ("4006381333931",),
        Decimal(7),
        True,
    )
    assert beans.tax_rate.name == "Standard"  # 20 % is the Standard rate


def test_products_are_matched_by_sku_else_by_barcode(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path / "update.csv",
        "SKU,Name,Price,Barcodes\n"
        + "milk,Fresh Milk 1 L,1.30,\n"  # by SKU (any case): the price changes
        + ",,12.50,96385074\n",  # no SKU: found by its barcode, unchanged
    )
    summary = preview(db, path)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 1)
    run(db, path, actor)
    assert get_product(db, milk.id).price == Decimal("1.30")
    assert get_product(db, milk.id).barcodes == milk.barcodes  # an empty cell keeps them
    with db.read() as uow:
        history = uow.connection.execute(
            select(price_changes.c.old_price, price_changes.c.new_price, price_changes.c.user_id)
        ).all()
    assert history == [(Decimal("1.20"), Decimal("1.30"), actor.user_id)]


def test_a_barcode_of_another_product_is_refused(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "clash.csv",
        "SKU,Name,Price,Tax rate,Barcodes\n"
        + "NEW,New thing,1.00,Standard,4006381333931\n"
        + "NEW2,Other,1.00,Standard,96385074|96385074\n"
        + "NEW3,Third,1.00,Standard,96385074\n",
    )
    summary = preview(db, path)
    assert [str(e) for e in summary.errors] == [
        "line 2, Barcodes: the barcode 4006381333931 belongs to 'Fresh Milk 1 L'",
        "line 4, Barcodes: the barcode 96385074 is on an earlier line too",
    ]


def test_tax_rates_by_percent_are_matched_or_made(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "rates.csv",
        "SKU,Name,Price,VAT\nA,One,1.00,20%\nB,Two,1.00,7\nC,Three,1.00,7 %\n",
    )
    summary = preview(db, path)
    assert summary.new_tax_rates == ("7 %",)
    assert len(list_tax_rates(db)) == 2
    run(db, path, actor)
    assert [(r.name, r.percent) for r in list_tax_rates(db)][-1] == ("7 %", Decimal(7))
    assert by_sku(db, "A").tax_rate.name == "Standard"
    assert by_sku(db, "B").tax_rate == by_sku(db, "C").tax_rate


def test_on_hand_sets_stock_through_import_movements(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "stock.csv",
        "SKU,Name,Price,Tax rate,On hand\nMILK,,,,24\nFLOUR,Flour 1 kg,0.99,Reduced,10\n",
    )
    summary = run(db, path, actor)
    assert (summary.new, summary.updated, summary.stock_moves) == (1, 1, 2)
    assert by_sku(db, "MILK").on_hand == Decimal(24)
    # Counting again: only the difference moves.
    write(path, "SKU,On hand\nMILK,20\nFLOUR,10\n")
    assert run(db, path, actor).updated == 1
    with db.read() as uow:
        moves = uow.connection.execute(
            select(stock_movements.c.kind, stock_movements.c.quantity).order_by(
                stock_movements.c.id
            )
        ).all()
    assert moves == [("import", Decimal(24)), ("import", Decimal(10)), ("import", Decimal(-4))]
    assert check_database(db) == []


def sqlite_schema(db: Database) -> set[str]:
    """The names of SQLite's indexes and triggers (empty on PostgreSQL)."""
    with db.read() as uow:
        if uow.dialect.name != "sqlite":
            return set()
        return set(
            uow.connection.scalars(
                text("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")
            )
        )


def test_a_cancel_half_way_writes_nothing(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Big enough (for this test) to drop the indexes for the load: they come back too.
    monkeypatch.setattr("pos.services.catalog.import_indexes.REBUILD_FROM_ROWS", 1000)
    schema = sqlite_schema(db)
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for i in range(5000):
            out.write(
                f"S{i},Soap {i},Soaps,1.00,,Standard,{with_check_digit(f'400{i:09d}')},each\n"
            )
    progress: list[int] = []
    table = open_table(path, "en_IE")
    with pytest.raises(ImportCancelled):
        import_products(
            db,
            table,
            guess_mapping(table.headers),
            actor,
            progress=lambda done, total: progress.append(done),
            cancelled=lambda: len(progress) > 2,  # after some 2,000 rows were written
        )
    assert product_count(db) == 1
    with db.read() as uow:
        assert uow.connection.scalar(select(func.count()).select_from(categories)) == 1
    assert sqlite_schema(db) == schema  # the search trigger and indexes came back
    assert run(db, path, actor).new == 5000
    assert sqlite_schema(db) == schema
    assert [hit.sku for hit in search_products(db, "soap 4999")] == ["S4999"]
    assert check_database(db) == []


def test_a_hundred_thousand_rows(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a hundred thousand rows once, on SQLite; the other import tests run here")
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(
            f"P{i:06d},Product {i},Group {i % 50},{i % 900 + 1}.{i % 100:02d},,Reduced,"
            f"{with_check_digit(f'401{i:09d}')},each\n"
            for i in range(100_000)
        )
    schema = sqlite_schema(db)
    summary = run(db, path, actor)
    assert (summary.new, summary.error_rows) == (100_000, 0)
    assert sqlite_schema(db) == schema  # indexes made again after the load
    assert product_count(db) == 100_000
    assert by_sku(db, "P099999").price == Decimal("100.99")
    assert [hit.sku for hit in search_products(db, "P099999")] == ["P099999"]


def test_the_mapping_is_guessed_and_remembered(db: Database, shop: ShopSettings) -> None:
    headers = ("Code", "Désignation", "Prix de vente", "TVA", "Notes")
    guessed = guess_mapping(headers)
    assert guessed == (Field.SKU, Field.NAME, Field.PRICE, Field.TAX_RATE, None)
    chosen = (Field.SKU, Field.NAME, Field.COST, None, Field.CATEGORY)
    remember_mapping(db, headers, chosen)
    assert guess_mapping(headers, remembered_mapping(db)) == chosen
    assert get_settings(db) == shop  # the shop's own settings are untouched
