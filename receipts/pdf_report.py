"""A tabular report as an A4/Letter PDF: a title, a few detail lines, one or more sections
of rows with an optional total row, and a summary. Delivery notes, variance reports, order
sheets and stock value are all this shape.

Long sections flow over pages with the column titles repeated. Rows go into tables of at
most ``CHUNK`` rows: ReportLab splits one huge table across pages in quadratic time, and a
count of 100,000 lines must still print in seconds. (Where a new table starts mid-page, its
column titles show there too: one extra header row every ``CHUNK`` rows.)

Usage::

    report = TableReport(
        title="Delivery D000012",
        details=[("Supplier", "Dairy Co"), ("Date", "3 Dec 2026")],
        columns=[ReportColumn("SKU"), ReportColumn("Product", 3, wrap=True),
                 ReportColumn("Quantity", align="right"), ReportColumn("Cost", align="right")],
        sections=[ReportSection(rows=[["MILK", "Fresh Milk 1 L", "12", "€0.70"]],
                                total=["", "Total", "12", "€8.40"])],
    )
    pdf_bytes = report_pdf(report, shop_name="Corner Shop")
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from receipts.fonts import SANS, SANS_BOLD, register_fonts
from receipts.pdf_pages import MARGIN, PAPERS, grid_style, numbered_canvas, paragraph, text_styles

#: Rows per ReportLab table; each repeats the column titles when it starts a page.
CHUNK = 400
_ALIGN = {"left": "LEFT", "right": "RIGHT", "center": "CENTER"}


@dataclass(frozen=True, slots=True)
class ReportColumn:
    """One column: its title, its share of the page width, its alignment.

    ``wrap`` lets long text (product names) run onto more lines instead of being clipped;
    it costs a paragraph per cell, so only text columns should ask for it.
    """

    title: str
    width: float = 1.0
    align: Literal["left", "right", "center"] = "left"
    wrap: bool = False


@dataclass(frozen=True, slots=True)
class ReportSection:
    """A run of rows, under a heading ("Dairy", "Supplier: Dairy Co") or none."""

    rows: Sequence[Sequence[str]]
    heading: str = ""
    total: Sequence[str] | None = None


@dataclass(frozen=True, slots=True)
class TableReport:
    """Everything a tabular report shows, as finished texts (money and dates formatted)."""

    title: str
    columns: Sequence[ReportColumn]
    sections: Sequence[ReportSection]
    #: Label and value pairs under the title: supplier, date, who, the document's number.
    details: Sequence[tuple[str, str]] = ()
    #: Label and value pairs after the last section: grand totals.
    summary: Sequence[tuple[str, str]] = ()
    note: str = ""
    #: Shown instead of the sections when they hold no rows at all.
    empty_text: str = "Nothing to show."
    landscape: bool = False
    extra: Sequence[Flowable] = field(default_factory=tuple)


def report_pdf(report: TableReport, *, shop_name: str, paper: str = "A4") -> bytes:
    """The report as PDF bytes, on ``paper`` ("A4" or "Letter")."""
    register_fonts()
    styles = text_styles()
    size = PAPERS[paper]
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=turned(size) if report.landscape else size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=report.title,
        author=shop_name or "ShopTill",
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    story: list[Flowable] = []
    if shop_name:
        story.append(paragraph(shop_name, styles["shop"]))
    story += [paragraph(report.title, styles["title"]), Spacer(1, 3 * mm)]
    if report.details:
        story += [_pairs(report.details, doc.width), Spacer(1, 5 * mm)]
    widths = _widths(report.columns, doc.width)
    if not any(section.rows for section in report.sections):
        story.append(paragraph(report.empty_text, styles["body"]))
    for section in report.sections:
        if section.heading:
            story += [Spacer(1, 3 * mm), paragraph(section.heading, styles["bold"])]
        story += _section_tables(report.columns, section, widths, styles)
    if report.summary:
        story += [Spacer(1, 5 * mm), _pairs(report.summary, doc.width, bold=True)]
    if report.note:
        story += [Spacer(1, 5 * mm), paragraph(report.note, styles["body"])]
    story += list(report.extra)
    footer = f"{shop_name} · {report.title}".strip(" ·")
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return out.getvalue()


def _widths(columns: Sequence[ReportColumn], width: float) -> list[float]:
    total = sum(column.width for column in columns)
    return [width * column.width / total for column in columns]


def _pairs(pairs: Sequence[tuple[str, str]], width: float, *, bold: bool = False) -> Table:
    """Label: value lines, the labels in bold."""
    table = Table([list(pair) for pair in pairs], colWidths=[width * 0.3, width * 0.7])
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (0, -1), SANS_BOLD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    if bold:
        style.append(("FONTNAME", (1, 0), (1, -1), SANS_BOLD))
    table.setStyle(TableStyle(style))
    return table


def _section_tables(
    columns: Sequence[ReportColumn],
    section: ReportSection,
    widths: list[float],
    styles: dict[str, Any],
) -> list[Flowable]:
    header: list[Any] = [column.title for column in columns]
    rows: list[list[Any]] = [_cells(columns, row, styles) for row in section.rows]
    if section.total is not None:
        rows.append(list(section.total))
    sizes = _fitting_sizes(columns, header, rows, widths, bold_last=section.total is not None)
    tables: list[Flowable] = []
    for start in range(0, max(len(rows), 1), CHUNK):
        chunk = rows[start : start + CHUNK]
        if not chunk:
            break
        table = Table([header, *chunk], colWidths=widths, repeatRows=1)
        style: list[tuple[Any, ...]] = [
            *grid_style(first_right=len(columns)),
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
        ]
        for index, column in enumerate(columns):
            style.append(("ALIGN", (index, 0), (index, -1), _ALIGN[column.align]))
            if sizes[index] != BODY_SIZE:
                style.append(("FONTSIZE", (index, 0), (index, -1), sizes[index]))
        if section.total is not None and start + len(chunk) == len(rows):
            last = len(chunk)
            style += [
                ("FONTNAME", (0, last), (-1, last), SANS_BOLD),
                ("LINEABOVE", (0, last), (-1, last), 0.6, colors.black),
            ]
        table.setStyle(TableStyle(style))
        tables.append(table)
    return tables


#: The table's type size (``grid_style``), and the least a column shrinks to for a long
#: amount; ReportLab's cell padding, left and right.
BODY_SIZE, LEAST_SIZE, PADDING = 9.0, 6.0, 12.0


def _fitting_sizes(
    columns: Sequence[ReportColumn],
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    bold_last: bool,
) -> list[float]:
    """The type size of each column: smaller where an unwrapped text (an amount, above all
    the bold total) would run into the next column at the body size."""
    sizes = []
    for index, column in enumerate(columns):
        if column.wrap:
            sizes.append(BODY_SIZE)
            continue
        texts = [(header[index], SANS_BOLD)] + [
            (str(row[index]), SANS_BOLD if bold_last and n == len(rows) - 1 else SANS)
            for n, row in enumerate(rows)
        ]
        widest = max(stringWidth(text, font, BODY_SIZE) for text, font in texts)
        room = widths[index] - PADDING
        fit = BODY_SIZE if widest <= room else BODY_SIZE * room / widest
        sizes.append(max(LEAST_SIZE, round(fit * 4) / 4 if fit < BODY_SIZE else BODY_SIZE))
    return sizes


def _cells(
    columns: Sequence[ReportColumn], row: Sequence[str], styles: dict[str, Any]
) -> list[Any]:
    cells: list[Any] = []
    for column, text in zip(columns, row, strict=True):
        cells.append(paragraph(text, styles["body"]) if column.wrap else text)
    return cells
