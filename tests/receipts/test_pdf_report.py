"""The tabular report PDF: every row comes out, long sections flow over pages, totals print."""

from __future__ import annotations

import io

from pypdf import PdfReader

from receipts.pdf_pages import MARGIN
from receipts.pdf_report import CHUNK, ReportColumn, ReportSection, TableReport, report_pdf

COLUMNS = [
    ReportColumn("SKU"),
    ReportColumn("Product", 3, wrap=True),
    ReportColumn("Quantity", align="right"),
    ReportColumn("Value", align="right"),
]


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_report_shows_its_details_sections_totals_and_summary() -> None:
    report = TableReport(
        title="Delivery D000012",
        details=[("Supplier", "Dairy & Co"), ("Date", "3 Dec 2026")],
        columns=COLUMNS,
        sections=[
            ReportSection(
                heading="Dairy",
                rows=[["MILK", "Fresh Milk 1 L", "12", "€8.40"], ["BUT", "Butter", "2", "€3.00"]],
                total=["", "Total", "14", "€11.40"],
            )
        ],
        summary=[("Total at cost", "€11.40")],
    )
    text = text_of(report_pdf(report, shop_name="Corner Shop"))
    for expected in (
        "Corner Shop",
        "Delivery D000012",
        "Dairy & Co",
        "Fresh Milk 1 L",
        "€8.40",
        "Total at cost",
        "€11.40",
        "Page 1 of 1",
    ):
        assert expected in text


def test_a_long_report_flows_over_pages_with_every_row() -> None:
    rows = [[f"SKU{n:05d}", f"Product {n}", str(n), "€1.00"] for n in range(CHUNK * 2 + 7)]
    report = TableReport(title="Count", columns=COLUMNS, sections=[ReportSection(rows=rows)])
    data = report_pdf(report, shop_name="", paper="Letter")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 10
    text = text_of(data)
    assert all(f"SKU{n:05d}" in text for n in range(len(rows)))
    assert text.count("Quantity") >= len(reader.pages)  # the titles repeat on every page


def test_an_empty_report_says_so_and_is_byte_stable() -> None:
    report = TableReport(
        title="Reorder list",
        columns=COLUMNS,
        sections=[ReportSection(rows=[])],
        empty_text="No product is low.",
    )
    first = report_pdf(report, shop_name="Corner Shop")
    assert "No product is low." in text_of(first)
    assert report_pdf(report, shop_name="Corner Shop") == first


def test_a_long_bold_total_stays_inside_its_own_column() -> None:
    """Nine narrow columns of big amounts: each amount, the bold total above all, starts
    inside its own column instead of running into the one before it."""
    columns = [ReportColumn("Day", 1.0)] + [
        ReportColumn(f"Figure {n}", 1.0, align="right") for n in range(8)
    ]
    report = TableReport(
        title="Sales by day",
        columns=columns,
        sections=[
            ReportSection(
                rows=[["3 Mar", *["25 274 901,35 €"] * 8]],
                total=["Total", *["125 274 901,35 €"] * 8],
            )
        ],
        landscape=True,
    )
    rows: dict[float, list[float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip().endswith("€"):
            rows.setdefault(round(tm[5] + cm[5]), []).append(tm[4] + cm[4])

    page = PdfReader(io.BytesIO(report_pdf(report, shop_name=""))).pages[0]
    page.extract_text(visitor_text=visit)
    column = (float(page.mediabox.width) - 2 * MARGIN) / len(columns)
    assert sorted(len(starts) for starts in rows.values()) == [8, 8]
    for starts in rows.values():
        for number, start in enumerate(sorted(starts), start=1):
            assert start >= MARGIN + number * column, (number, start)
