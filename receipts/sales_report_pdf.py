"""Any sales report (``pos.services.reports.table``) as an A4/Letter PDF: the title, the
period and currency, the table with its total row, and the report's note, worded by the
``Words`` given (the screen's translated ones; English by default)."""

from __future__ import annotations

from pathlib import Path

from pos.services.reports.cells import (
    cell_text,
    headings,
    note_text,
    period_text,
    title_text,
)
from pos.services.reports.table import NUMBER_KINDS, ReportTable
from pos.services.reports.words import ENGLISH, Words
from receipts.pdf_report import ReportColumn, ReportSection, TableReport, report_pdf


def sales_report(table: ReportTable, locale: str, words: Words = ENGLISH) -> TableReport:
    """The PDF's texts, numbers and dates formatted for ``locale``."""
    columns = [
        ReportColumn(heading, 1.3, align="right")
        if c.kind in NUMBER_KINDS
        else ReportColumn(heading, 2.5 if c.kind == "text" else 1.5, wrap=True)
        for c, heading in zip(table.columns, headings(table, words), strict=True)
    ]

    def texts(row: tuple) -> list[str]:  # type: ignore[type-arg]
        return [
            cell_text(v, c, table.currency, locale, words)
            for v, c in zip(row, table.columns, strict=True)
        ]

    return TableReport(
        title=title_text(table, words),
        columns=columns,
        sections=[
            ReportSection(
                rows=[texts(row) for row in table.rows],
                total=texts(table.total) if table.total else None,
            )
        ],
        details=[
            (words.phrases["period_name"], period_text(table.period, locale, words)),
            (words.phrases["currency"], table.currency),
        ],
        note=note_text(table, words),
        empty_text=words.phrases["no_sales"],
        landscape=len(columns) > 7,
    )


def save_sales_report_pdf(
    table: ReportTable,
    path: Path,
    *,
    shop_name: str,
    locale: str,
    paper: str = "A4",
    words: Words = ENGLISH,
) -> Path:
    """Write the report's PDF to ``path``."""
    report = sales_report(table, locale, words)
    path.write_bytes(report_pdf(report, shop_name=shop_name, paper=paper))
    return path
