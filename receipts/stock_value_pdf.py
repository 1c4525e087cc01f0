"""The stock value as an A4/Letter PDF: one row per category, the total, and how the
figures were made (the accountant's year-end sheet)."""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date

from pos.domain.cart import Unit
from pos.domain.money import currency
from pos.services.stock.value import StockValue
from receipts.pdf_report import ReportColumn, ReportSection, TableReport, report_pdf
from receipts.text import format_quantity, money_text

COLUMNS = (
    ReportColumn("Category", 3, wrap=True),
    ReportColumn("Products in stock", 1.3, align="right"),
    ReportColumn("Quantity", 1.3, align="right"),
    ReportColumn("Value at cost", 1.6, align="right"),
)
NOTE = (
    "Quantity: every stock movement made up to midnight at the end of the day (this "
    "computer's clock). Cost: the unit cost recorded by each product's last movement up to "
    "that day (a delivery records its cost); the product's cost where none was recorded "
    "(movements from before ShopTill kept costs). Stock below zero is counted at its "
    "negative value."
)


def value_report(value: StockValue, locale: str) -> TableReport:
    """The report's texts, formatted for ``locale``."""
    money = currency(value.currency)
    rows = [
        [
            c.name,
            f"{c.products:,}",
            format_quantity(c.quantity, Unit.EACH, locale),
            money_text(c.value, money, locale),
        ]
        for c in value.categories
    ]
    total = [
        "Total",
        f"{value.products:,}",
        format_quantity(value.quantity, Unit.EACH, locale),
        money_text(value.value, money, locale),
    ]
    day = format_date(value.on, "long", locale=locale)
    details = [("Date", f"{day}, end of day"), ("Currency", value.currency)]
    if value.below_zero:
        details.append(("Below zero", f"{value.below_zero:,} products (counted negative)"))
    return TableReport(
        title=f"Stock value at {day}",
        columns=COLUMNS,
        sections=[ReportSection(rows=rows, total=total)],
        details=details,
        summary=[("Stock value", money_text(value.value, money, locale))],
        note=NOTE,
        empty_text="No stock was held at the end of that day.",
    )


def save_value_pdf(
    value: StockValue, path: Path, *, shop_name: str, locale: str, paper: str = "A4"
) -> Path:
    """Write the stock value PDF to ``path``."""
    path.write_bytes(report_pdf(value_report(value, locale), shop_name=shop_name, paper=paper))
    return path
