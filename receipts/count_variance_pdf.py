"""The variance report of a stock count: expected, counted, variance in units and at cost.

Lines come biggest losses first, as the review shows them; the summary gives the losses,
the gains and the net at cost. A count still open prints as a preview ("not posted").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pos.db.engine import Database
from pos.domain.cart import format_quantity
from pos.domain.errors import InvalidInput, ShopError
from pos.domain.money import round_money
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.counts_export import all_lines, export_variance_csv
from pos.services.stock.counts_review import count_people, review_totals
from pos.services.stock.counts_start import get_count
from receipts.pdf import save_pdf
from receipts.pdf_report import ReportColumn, ReportSection, TableReport, report_pdf
from receipts.settings import printer_settings
from receipts.text import format_datetime_local, money_text

COLUMNS = (
    ReportColumn("SKU", 1.2),
    ReportColumn("Product", 3, wrap=True),
    ReportColumn("Expected", 0.9, align="right"),
    ReportColumn("Counted", 0.9, align="right"),
    ReportColumn("Variance", 0.9, align="right"),
    ReportColumn("Unit cost", 1, align="right"),
    ReportColumn("Value", 1.1, align="right"),
)
_UNCOUNTED = {"keep": "left unchanged", "zero": "counted as zero"}


def signed(quantity: Decimal) -> str:
    """A variance with its sign: '-3', '+1.25', '0'."""
    text = format_quantity(quantity)
    return f"+{text}" if quantity > 0 else text


def variance_report(
    db: Database, count_id: int, shop: ShopSettings, actor: Actor | None = None
) -> TableReport:
    """The report's contents, every figure formatted for the shop. Costs and values are
    left blank unless ``actor`` may see costs (SEE_COSTS)."""
    count = get_count(db, count_id)
    totals = review_totals(db, count_id, actor)
    people = count_people(db, count_id)
    money, locale = shop.money, shop.locale

    def cash(amount: Decimal | None) -> str:
        if amount is None:
            return ""
        return money_text(round_money(amount, money), money, locale)

    rows = [
        [
            line.sku,
            line.name,
            format_quantity(line.expected),
            format_quantity(line.counted),
            signed(line.variance),
            cash(line.unit_cost),
            cash(line.variance_value),
        ]
        for line in all_lines(db, count_id, actor)
    ]
    title = f"Stock count {count.number}" if count.number else "Stock count (not posted)"
    details = [
        ("Count", count.name),
        (
            "Started",
            f"{format_datetime_local(count.created_at, locale)} by "
            f"{count.created_by or 'unknown'} at {count.till}",
        ),
    ]
    if count.posted_at is not None:
        details.append(("Posted", format_datetime_local(count.posted_at, locale)))
        if people.posted_by:
            details.append(("Posted by", people.posted_by))
        if people.approved_by:
            details.append(("Approved by", people.approved_by))
        details.append(
            (
                "Not counted",
                f"{totals.uncounted} products, {_UNCOUNTED.get(count.uncounted or '', '')}",
            )
        )
    else:
        if people.approved_by:  # who let it be started
            details.append(("Approved by", people.approved_by))
        details.append(("Not counted yet", f"{totals.uncounted} products in its scope"))
    return TableReport(
        title=title,
        details=details,
        columns=COLUMNS,
        sections=[ReportSection(rows=rows)],
        summary=[
            ("Lines", str(totals.lines)),
            ("Lines with a variance", str(totals.lines_with_variance)),
            ("Losses at cost", cash(totals.loss)),
            ("Gains at cost", cash(totals.gain)),
            ("Net at cost", cash(totals.net)),
        ],
        empty_text="Nothing has been counted.",
    )


def variance_report_pdf(
    db: Database, count_id: int, shop: ShopSettings, paper: str = "A4", actor: Actor | None = None
) -> bytes:
    """The variance report as PDF bytes (costs only for an ``actor`` who may see them)."""
    report = variance_report(db, count_id, shop, actor)
    return report_pdf(report, shop_name=shop.shop_name, paper=paper)


def export_count_file(
    db: Database, count_id: int, path: Path, shop: ShopSettings, actor: Actor | None = None
) -> int:
    """Save the count's variance report to ``path``: a PDF or a CSV by its extension.
    Returns how many lines it holds. Costs and values only for an ``actor`` who may see
    costs (SEE_COSTS): for anyone else those columns are blank.

    Raises:
        InvalidInput: the extension is neither .pdf nor .csv.
        ShopError: the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            return export_variance_csv(db, count_id, path, shop, actor)
        except OSError as error:
            raise ShopError(
                f"The file could not be saved as {path}: {error.strerror or error}."
            ) from error
    if suffix == ".pdf":
        paper = printer_settings(shop.printer).invoice_paper
        save_pdf(variance_report_pdf(db, count_id, shop, paper, actor), path)
        return get_count(db, count_id).lines
    raise InvalidInput(f"Save the count as a .pdf or a .csv file, not '{path.name}'.")
