"""The reorder list as a PDF order sheet: one section per supplier (with its phone, to call
the order in), each product with its stock, its level and how much to order, and the value
at cost; a total per supplier and for the whole sheet."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pos.domain.cart import Unit, format_quantity
from pos.domain.money import format_money, round_money
from pos.services.settings import ShopSettings
from pos.services.stock.reorder import ReorderList
from receipts.pdf_report import ReportColumn, ReportSection, TableReport, report_pdf
from receipts.settings import printer_settings

COLUMNS = (
    ReportColumn("SKU", 1.2),
    ReportColumn("Product", 3.0, wrap=True),
    ReportColumn("On hand", 1.1, align="right"),
    ReportColumn("Reorder at", 1.2, align="right"),
    ReportColumn("Order", 1.0, align="right"),
    ReportColumn("Unit cost", 1.1, align="right"),
    ReportColumn("Value", 1.2, align="right"),
)


def _quantity(value: Decimal, unit: Unit) -> str:
    shown = format_quantity(value)
    return f"{shown} kg" if unit is Unit.KG else shown


def order_sheet(listing: ReorderList, shop: ShopSettings, *, at: datetime) -> TableReport:
    """The order sheet's contents, every figure written the shop's way."""
    cur = shop.money

    def money(amount: Decimal | None) -> str:
        # None: read for a user who may not see costs; the column stays blank.
        return "" if amount is None else format_money(round_money(amount, cur), cur, shop.locale)

    sections = []
    for group in listing.groups:
        heading = f"Supplier: {group.supplier}"
        if group.phone:
            heading += f"  ·  phone {group.phone}"
        rows = [
            [
                line.sku,
                line.name,
                _quantity(line.on_hand, line.unit),
                _quantity(line.reorder_level, line.unit),
                _quantity(line.suggested, line.unit),
                money(line.cost),
                money(line.value),
            ]
            for line in group.lines
        ]
        total = ["", f"{len(group.lines)} product(s)", "", "", "", "Total", money(group.value)]
        sections.append(ReportSection(rows=rows, heading=heading, total=total))
    return TableReport(
        title="Order sheet",
        columns=COLUMNS,
        sections=sections,
        details=[
            ("Made", at.astimezone().strftime("%Y-%m-%d %H:%M")),
            ("Suppliers", str(len(listing.groups))),
            ("Products to order", str(listing.line_count)),
        ],
        summary=[("Total at cost", money(listing.value))],
        note=(
            "Products at or below their reorder level. Order: up to the maximum level, "
            "else the reorder quantity, else back up to the reorder level."
        ),
        empty_text="No product is at or below its reorder level: nothing to order.",
    )


def order_sheet_pdf(listing: ReorderList, shop: ShopSettings, *, at: datetime) -> bytes:
    """The order sheet as PDF bytes, on the shop's invoice paper (A4 or Letter)."""
    paper = printer_settings(shop.printer).invoice_paper
    return report_pdf(order_sheet(listing, shop, at=at), shop_name=shop.shop_name, paper=paper)
