"""An X or Z report on paper: laid out like a receipt, for 58 and 80 mm printers.

The same layout goes to the thermal printer (ESC/POS) and to an 80 mm PDF
(``receipts.pdf_receipt``): what the shop files is what it printed. Figures come from the
stored report, never worked out again; a reprint says COPY at the top and the bottom.
"""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal

from pos.domain.cart import Unit
from pos.domain.money import ZERO, Currency, currency
from pos.services.cashup.figures import WhoDid
from pos.services.cashup.reports import ShiftReportDTO
from pos.services.settings import ShopSettings
from receipts.layout import COPY_MARK, Code, Receipt, ReceiptBuilder
from receipts.text import format_datetime_local, format_percent, format_quantity, money_text

_TENDERS = {"cash": "Cash", "card": "Card", "mobile": "Mobile money", "other": "Other"}
#: What a non-cash tender's total is checked against at closing.
AGAINST = {"card": "Terminal's total", "mobile": "Phone's total"}
CHECKED, NOT_CHECKED = "checked", "not checked"


def build_shift_report(
    report: ShiftReportDTO, shop: ShopSettings, *, width: int = 42, tz: tzinfo | None = None
) -> Receipt:
    """Lay out ``report`` for a printer of ``width`` characters per line."""
    cur, loc = currency(report.currency), shop.locale
    f = report.figures
    b = ReceiptBuilder(width)

    def money(amount: Decimal) -> str:
        return money_text(amount, cur, loc)

    b.centered(shop.shop_name or "Shift report", bold=True, tall=True)
    if report.copy:
        b.centered(COPY_MARK, bold=True)
    b.rule()
    title = "Z REPORT (shift closed)" if report.kind == "Z" else "X REPORT (shift so far)"
    b.pair(title, report.number, bold=True)
    b.pair("Till", f.till)
    b.pair("From", format_datetime_local(f.period_start, loc, tz))
    b.pair("To", format_datetime_local(f.period_end, loc, tz))
    b.pair("Cashiers", ", ".join(f.cashiers) or "-")
    b.pair("Made by", report.made_by or "-")
    if report.approved_by:
        b.pair("Approved by", report.approved_by)
    b.rule()
    b.pair(f"Sales ({f.sales_count:,}) before discounts", money(f.gross))
    b.pair("Discounts", money(-f.discounts))
    b.pair("Charged (tax included)", money(f.sales_total))
    b.pair(f"Refunds ({f.refunds_count:,})", money(-f.refunds))
    b.pair("NET", money(f.net), bold=True, tall=True)
    if f.rounding != ZERO:
        b.pair("Cash rounding", money(f.rounding))
    if f.taxes:
        b.rule()
        rows = [
            [f"{t.name} {format_percent(t.percent, loc)}", money(t.net), money(t.tax)]
            for t in f.taxes
        ]
        b.table(["Tax rate", "Net", "Tax"], rows)
    b.rule()
    b.text("Payments", bold=True)
    checks = {check.method: check.checked for check in report.tender_checks}
    for tender in f.tenders:
        label = f"{_TENDERS.get(tender.method, tender.method)} ({tender.payments:,})"
        if tender.references:
            label += f", {tender.references:,} ref."
        b.pair(label, money(tender.amount), hang=" ")
        if tender.method in checks:
            against = AGAINST.get(tender.method, "Records' total")
            b.pair(f"  {against}", CHECKED if checks[tender.method] else NOT_CHECKED, hang="  ")
    _drawer(b, report, cur, loc)
    _who(b, "Voids", f.voids)
    _who(b, "No-sale openings", f.no_sales)
    if f.top_products:
        b.rule()
        b.text("Top products", bold=True)
        for product in f.top_products:
            quantity = format_quantity(product.quantity, Unit(product.unit), loc)
            b.pair(f"{product.name} x {quantity}", money(product.amount), hang="  ")
    if report.seal:
        b.rule()
        b.text("Audit log seal:")
        for start in range(0, len(report.seal), width):
            b.text(report.seal[start : start + width])
    b.rule()
    b.elements.append(Code(report.number))
    if report.copy:
        b.centered(COPY_MARK, bold=True)
    return Receipt(width, report.number, report.copy, tuple(b.elements))


def _drawer(b: ReceiptBuilder, report: ShiftReportDTO, cur: Currency, loc: str) -> None:
    f = report.figures

    def money(amount: Decimal) -> str:
        return money_text(amount, cur, loc)

    b.rule()
    b.text("Cash drawer", bold=True)
    b.pair("Float", money(f.opening_float))
    b.pair("Cash sales", money(f.cash_sales))
    b.pair("Cash refunds", money(-f.cash_refunds))
    b.pair("Cash in", money(f.cash_in))
    b.pair("Cash out", money(-f.cash_out))
    b.pair("Expected in the drawer", money(f.expected_cash), bold=True)
    counted = report.counted
    if counted is None:
        return
    first = report.first_count
    if first is not None:
        # Counted again after the first blind count: the owner sees both.
        b.pair("First count (blind)", money(first), bold=True)
        b.pair(
            f"  {_verdict(first - f.expected_cash)} at first count", money(first - f.expected_cash)
        )
    for value, many in counted.pieces:
        if many:
            b.pair(f"  {many:,} x {money(value)}", money(value * many))
    label = "Counted (recounted)" if report.recounted else "Counted"
    b.pair(label, money(counted.total), bold=True)
    difference = report.over_short or ZERO
    b.pair(_verdict(difference), money(difference), bold=True, tall=True)


def _verdict(difference: Decimal) -> str:
    return "Over" if difference > ZERO else "Short" if difference < ZERO else "Right"


def _who(b: ReceiptBuilder, what: str, people: tuple[WhoDid, ...]) -> None:
    total = sum(p.times for p in people)
    b.pair(what, f"{total:,}")
    for person in people:
        b.pair(f"  {person.name}", f"{person.times:,}")
