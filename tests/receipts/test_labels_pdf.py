"""Shelf-label PDFs read back: every barcode decoded by zbarimg, names and prices as text,
labels where the sheet has them, long names kept inside their label."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput, ShopError
from pos.services.catalog.labels import (
    Copies,
    CopiesMode,
    LabelBarcode,
    LabelData,
    Symbology,
)
from pos.services.catalog.products import ProductInput, create_product
from pos.services.catalog.selection import ProductSelection
from pos.services.dto import Actor, ProductDTO
from receipts.label_sheets import LAYOUTS, SheetLayout, parse_custom
from receipts.labels import draw_labels, save_labels
from tests.receipts.label_scan import scan_labels

ALL = ProductSelection()
#: What a scanner reads off milk, wine, apples, cola and bread's labels, in that order.
SCANNED = [
    ["EAN-13:4006381333931"],
    ["EAN-8:96385074"],
    ["CODE-128:2100001"],
    ["UPC-A:036000291452"],
    ["CODE-128:BREAD-42"],
]
SHEETS = {**LAYOUTS, "custom": parse_custom("45x28,paper=letter,gap=3")}


@pytest.fixture
def products(
    db: Database,
    rates: dict[str, int],
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    actor: Actor,
) -> list[ProductDTO]:
    """Milk (EAN-13), wine (EAN-8), apples (weighed, in-store code), cola (UPC-A), bread
    (no barcode: its SKU is printed)."""
    cola = create_product(
        db,
        ProductInput(
            "COLA", "Cola 12 fl oz", Decimal("0.99"), rates["Standard"], barcodes=["036000291452"]
        ),
        actor=actor,
    )
    bread = create_product(
        db,
        ProductInput("BREAD-42", "Хлеб бородинский", Decimal("3.10"), rates["Reduced"]),
        actor=actor,
    )
    return [milk, wine, apples, cola, bread]


def label(name: str = "Tea", code: LabelBarcode | None = None, copies: int = 1) -> LabelData:
    barcode = code or LabelBarcode("4006381333931", Symbology.EAN13)
    return LabelData(1, "TEA", name, "€1,234.56", Unit.EACH, False, barcode, copies)


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("sheet", list(SHEETS))
def test_every_barcode_scans_on_every_sheet(
    db: Database, products: list[ProductDTO], sheet: str, tmp_path: Path
) -> None:
    layout = SHEETS[sheet]
    made = save_labels(db, ALL, Copies(), layout, tmp_path / "labels.pdf")
    assert (made.labels, made.pages, made.without_bars) == (5, 1, 0)
    (page,) = scan_labels(made.path.read_bytes(), layout, tmp_path)  # type: ignore[union-attr]
    assert page == SCANNED + [[]] * (layout.per_sheet - 5)


def test_names_prices_and_units_are_text_in_the_pdf(
    db: Database, products: list[ProductDTO], tmp_path: Path
) -> None:
    made = save_labels(db, ALL, Copies(CopiesMode.FIXED, 3), LAYOUTS["a4-3x7"], tmp_path / "l.pdf")
    (text,) = pages_text(made.path.read_bytes())  # type: ignore[union-attr]
    text = " ".join(text.split())  # the unit is a text run of its own
    for expected in (
        "Fresh Milk 1 L",
        "€1.20",
        "Crème de cassis 70 cl",
        "€12.50",
        "Äpfel Braeburn (loose)",
        "€2.99 / kg",
        "Хлеб бородинский",
        "€3.10",
    ):
        assert text.count(expected) == 3, expected  # each product drawn once, placed thrice
    assert text.count("/ kg") == 3  # only the weighed item is priced per kilogram


def test_sheets_fill_along_rows_from_the_start_label(
    db: Database, products: list[ProductDTO], tmp_path: Path
) -> None:
    layout = LAYOUTS["a4-3x7"]
    copies = Copies(CopiesMode.FIXED, 5)
    made = save_labels(db, ALL, copies, layout, tmp_path / "l.pdf", start=19)
    assert (made.labels, made.pages) == (25, 3)
    first, second, third = scan_labels(made.path.read_bytes(), layout, tmp_path)  # type: ignore[union-attr]
    in_order = [code for code in SCANNED for _ in range(5)]
    assert first == [[]] * 18 + in_order[:3]  # labels 1-18 were used before
    assert second == in_order[3:24]
    assert third == in_order[24:] + [[]] * 20


@pytest.mark.parametrize("sheet", list(SHEETS))
def test_a_full_sheet_holds_its_labels_and_the_next_starts_a_page(sheet: str) -> None:
    layout = SHEETS[sheet]
    data, made = draw_labels([[label(copies=layout.per_sheet + 1)]], layout)
    assert made.pages == 2
    assert [text.count("€1,234.56") for text in pages_text(data)] == [layout.per_sheet, 1]


def test_the_same_labels_give_the_same_bytes() -> None:
    batches = [[label("Grüße"), label("Łódź", copies=2)]]
    assert (
        draw_labels(batches, LAYOUTS["a4-4x10"])[0] == draw_labels(batches, LAYOUTS["a4-4x10"])[0]
    )


def text_positions(data: bytes) -> list[tuple[str, float, float]]:
    """Each piece of text on the first page with where it starts, in points."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text, x, y))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("sheet", ["a4-5x13", "a4-3x7", "letter-3x10"])
def test_a_10000_character_name_stays_inside_its_label(sheet: str, tmp_path: Path) -> None:
    layout = SHEETS[sheet]
    words = "Bio Vollkornbrot mit Sonnenblumenkernen " * 250  # 10,000 characters
    one_word = "Ä" * 10_000  # nowhere to break but between letters
    batch = [label(words[:10_000]), label(one_word), label("Tea")]
    data, made = draw_labels([batch], layout)
    assert made.pages == 1
    (page,) = scan_labels(data, layout, tmp_path)
    assert page[:3] == [["EAN-13:4006381333931"]] * 3  # the barcodes were not pushed off
    text = pages_text(data)[0]
    assert text.count("…") == 2 and text.count("€1,234.56") == 3
    for _, x, y in text_positions(data):
        assert any(
            left <= x < left + layout.label_width and bottom <= y < bottom + layout.label_height
            for left, bottom in map(layout.origin, range(3))
        ), (x, y)


def test_codes_too_long_for_bars_are_printed_as_text(tmp_path: Path) -> None:
    long_sku = LabelBarcode("SUPPLIER-PART-0123456789-ABCDEFGHIJKLMNO", Symbology.CODE128)
    no_bars = LabelData(2, "BRÖT", "Brötchen", "€0.40", Unit.EACH, False, None, 2)
    data, made = draw_labels([[label(code=long_sku), no_bars]], LAYOUTS["a4-5x13"])
    assert made.without_bars == 3
    (page,) = scan_labels(data, LAYOUTS["a4-5x13"], tmp_path)
    assert page[:3] == [[], [], []]
    text = pages_text(data)[0]
    assert "SUPPLIER-PART" in text and text.count("BRÖT") == 2
    # On a wide label the same code fits as bars and scans.
    data, made = draw_labels([[label(code=long_sku)]], parse_custom("100x30"))
    assert made.without_bars == 0


def test_start_must_be_on_the_sheet() -> None:
    with pytest.raises(InvalidInput, match="Start at a label from 1 to 65"):
        draw_labels([[label()]], LAYOUTS["a4-5x13"], start=66)
    with pytest.raises(InvalidInput, match="from 1 to 21"):
        draw_labels([[label()]], LAYOUTS["a4-3x7"], start=0)


def test_custom_sheets_from_the_command_line_spelling() -> None:
    layout = parse_custom("50x30")
    assert (layout.paper, layout.columns, layout.rows) == ("a4", 4, 9)
    centred = parse_custom("50x30,columns=3,rows=2,gap=5")
    assert round(centred.left / 72 * 25.4, 2) == 25  # (210 - 3 x 50 - 2 x 5) / 2
    assert parse_custom("66.7x25.4,paper=Letter").paper == "letter"
    for bad, says in (
        ("50", "width x height"),
        ("50x", "label height ''"),
        ("abcx30", "label width 'abc'"),
        ("50x30,colour=red", "not a label setting"),
        ("50x30,columns=0", "whole number, 1 to 100"),
        ("250x30", "A label 250 mm wide does not fit across A4"),
        ("50x30,columns=5", "5 labels side by side"),
        ("50x30,rows=3,top=280", "do not fit down A4"),
        ("10x10", "at least 20 x 12 mm"),
        ("50x30,paper=a3", "use A4 or Letter"),
        ("50x30,left=nan", "not a size in millimetres"),
    ):
        with pytest.raises(InvalidInput, match=says):
            parse_custom(bad)


def test_a_folder_that_does_not_exist_is_a_message(
    db: Database, products: list[ProductDTO], tmp_path: Path
) -> None:
    with pytest.raises(ShopError, match="could not be saved"):
        save_labels(db, ALL, Copies(), LAYOUTS["a4-3x7"], tmp_path / "no" / "l.pdf")


def test_no_labels_is_refused_before_a_file_is_written(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "l.pdf"
    with pytest.raises(InvalidInput, match="no labels to print"):
        save_labels(db, ALL, Copies(), LAYOUTS["a4-3x7"], target)
    assert not target.exists()


def test_layouts_are_real_label_sheets() -> None:
    mm = 72 / 25.4

    def size(layout: SheetLayout) -> tuple[float, float]:
        return round(layout.label_width / mm, 1), round(layout.label_height / mm, 1)

    assert size(LAYOUTS["a4-3x7"]) == (63.5, 38.1)
    assert size(LAYOUTS["a4-3x8"]) == (63.5, 33.9)
    assert size(LAYOUTS["a4-4x10"]) == (48.5, 25.4)
    assert size(LAYOUTS["a4-5x13"]) == (38.1, 21.2)
    assert (LAYOUTS["letter-3x10"].label_width, LAYOUTS["letter-3x10"].label_height) == (189, 72)
    for layout in LAYOUTS.values():
        # Centred on the paper: the margins left and right, and top and bottom, match.
        right = layout.page_size[0] - layout.origin(layout.columns - 1)[0] - layout.label_width
        bottom = layout.origin(layout.per_sheet - 1)[1]
        assert abs(right - layout.left) < 0.5 and abs(bottom - layout.top) < 0.5, layout.name
