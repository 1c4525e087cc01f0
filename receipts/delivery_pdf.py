"""The delivery note: a delivery or return to supplier as an A4/Letter PDF, through the
shared tabular report builder."""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services.settings import ShopSettings, get_settings
from pos.services.stock.deliveries import DeliveryDTO
from pos.services.stock.delivery_export import export_delivery_csv, refuse_without_costs
from receipts.pdf_report import ReportColumn, ReportSection, TableReport, report_pdf
from receipts.settings import printer_settings
from receipts.text import format_datetime_local, format_quantity, money_text

COLUMNS = (
    ReportColumn("#", 0.4, align="right"),
    ReportColumn("SKU", 1.4),
    ReportColumn("Product", 3.6, wrap=True),
    ReportColumn("Quantity", 1.2, align="right"),
    ReportColumn("Unit cost", 1.2, align="right"),
    ReportColumn("Total", 1.3, align="right"),
)


def delivery_report(delivery: DeliveryDTO, shop: ShopSettings) -> TableReport:
    """What the delivery note shows, as finished texts."""
    loc, cur = shop.locale, shop.money

    def money(amount: object) -> str:
        return money_text(amount, cur, loc)  # type: ignore[arg-type]

    kind = "Return to supplier" if delivery.is_return else "Delivery"
    title = f"{kind} {delivery.number}" if delivery.number else f"{kind} (draft, not posted)"
    details = [
        ("Supplier", delivery.supplier_name or "—"),
        ("Supplier's reference", delivery.supplier_reference or "—"),
        ("Date", format_date(delivery.delivered_on, "medium", locale=loc)),
    ]
    if delivery.returns_number:
        details.append(("Returns goods of", delivery.returns_number))
    if delivery.posted_at is not None:
        details.append(("Posted", format_datetime_local(delivery.posted_at, loc)))
    if delivery.posted_by:
        details.append(("Posted by", delivery.posted_by))
    if delivery.approved_by:
        details.append(("Approved by", delivery.approved_by))
    rows = [
        [
            str(line.position),
            line.sku,
            line.name,
            format_quantity(line.quantity, line.unit, loc),
            money(line.unit_cost),
            money(line.total),
        ]
        for line in delivery.lines
    ]
    count = len(delivery.lines)
    return TableReport(
        title=title,
        details=details,
        columns=COLUMNS,
        sections=[
            ReportSection(rows=rows, total=["", "", "Total at cost", "", "", money(delivery.total)])
        ],
        summary=[
            ("Lines", str(count)),
            ("Total at cost", money(delivery.total)),
        ],
        note=delivery.note or ("Goods going back to the supplier." if delivery.is_return else ""),
        empty_text="No lines.",
    )


def delivery_pdf(delivery: DeliveryDTO, shop: ShopSettings, *, paper: str | None = None) -> bytes:
    """The delivery note as PDF bytes, on ``paper`` ("A4" or "Letter"; by default the paper
    invoices print on)."""
    chosen = paper or printer_settings(shop.printer).invoice_paper
    return report_pdf(delivery_report(delivery, shop), shop_name=shop.shop_name, paper=chosen)


def save_delivery_file(db: Database, delivery: DeliveryDTO, path: Path) -> Path:
    """Write ``delivery`` to ``path``: a delivery note for .pdf, its lines for .csv.

    Raises:
        InvalidInput: the file name ends in neither .pdf nor .csv.
        NotAllowed: ``delivery`` was read for a user who may not see costs.
    """
    refuse_without_costs(delivery)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        path.write_bytes(delivery_pdf(delivery, get_settings(db)))
    elif suffix == ".csv":
        export_delivery_csv(db, delivery, path)
    else:
        raise InvalidInput(f"Save a delivery as a .pdf or .csv file, not '{path.name}'.")
    return path
