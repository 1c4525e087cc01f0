"""Any sales report (``pos.services.reports.table``) as an A4/Letter PDF: the title, the
period and currency, the table with its total row, and the report's note."""

from __future__ import annotations

from pathlib import Path

from pos.services.reports.export import cell_text
from pos.services.reports.table import ReportTable
from receipts.pdf_report import ReportColumn, ReportSection, TableReport, report_pdf


def sales_report(table: ReportTable, locale: str) -> TableReport:
    """The PDF's texts, numbers formatted for ``locale``."""
    columns = [
        ReportColumn(c.title, 2.5, wrap=True)
        if c.kind == "text"
        else ReportColumn(c.title, 1.3, align="right")
        for c in table.columns
    ]

    def texts(row: tuple) -> list[str]:  # type: ignore[type-arg]
        return [
            cell_text(v, c, table.currency, locale) for v, c in zip(row, table.columns, strict=True)
        ]

    return TableReport(
        title=table.title,
        columns=columns,
        sections=[
            ReportSection(
                rows=[texts(row) for row in table.rows],
                total=texts(table.total) if table.total else None,
            )
        ],
        details=[("Period", table.period.label()), ("Currency", table.currency)],
        note=table.note,
        empty_text="No sales in this period.",
        landscape=len(columns) > 7,
    )


def save_sales_report_pdf(
    table: ReportTable, path: Path, *, shop_name: str, locale: str, paper: str = "A4"
) -> Path:
    """Write the report's PDF to ``path``."""
    path.write_bytes(report_pdf(sales_report(table, locale), shop_name=shop_name, paper=paper))
    return path
