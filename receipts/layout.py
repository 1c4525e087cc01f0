"""The printer-neutral receipt: what goes on the paper, line by line, at a given width.

One layout feeds the thermal printer (``receipts.escpos_render``) and the 80 mm receipt PDF
(``receipts.pdf_receipt``), so the two can never disagree. Every text line already fits the
width in characters; long product names are wrapped here, never cut by the printer.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from enum import StrEnum

from pos.domain.cart import Unit
from pos.domain.money import ZERO, Currency, currency
from pos.services.dto import SaleDTO, SaleLineDTO
from pos.services.settings import ShopSettings
from receipts.text import format_datetime_local, format_percent, format_quantity, money_text


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Text:
    """One printed line. ``tall`` is double height: the width in characters stays the same."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    tall: bool = False


@dataclass(frozen=True, slots=True)
class Code:
    """The document number as a scannable code (Code 128 or QR, a printer setting)."""

    data: str


@dataclass(frozen=True, slots=True)
class Logo:
    path: str


Element = Text | Code | Logo


@dataclass(frozen=True, slots=True)
class Receipt:
    """A receipt laid out for ``width`` characters per line."""

    width: int
    number: str
    copy: bool
    elements: tuple[Element, ...]

    def plain_text(self) -> str:
        """The receipt as plain text, codes shown as ``[S000042]``: for logs and tests."""
        out = []
        for element in self.elements:
            if isinstance(element, Text):
                out.append(_aligned(element.text, element.align, self.width))
            elif isinstance(element, Code):
                out.append(_aligned(f"[{element.data}]", Align.CENTER, self.width))
        return "\n".join(out)


COPY_MARK = "*** COPY ***"


def _aligned(text: str, align: Align, width: int) -> str:
    if align is Align.CENTER:
        return text.center(width).rstrip()
    if align is Align.RIGHT:
        return text.rjust(width)
    return text


class ReceiptBuilder:
    """Collects a paper document's elements (a receipt, a Z report); its helpers keep
    every line within the width."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.elements: list[Element] = []

    def text(self, text: str, **style: bool) -> None:
        self.elements.append(Text(text, **style))  # type: ignore[arg-type]

    def centered(self, text: str, *, bold: bool = False, tall: bool = False) -> None:
        for line in textwrap.wrap(text, self.width) or [""]:
            self.elements.append(Text(line, Align.CENTER, bold, tall))

    def rule(self) -> None:
        self.elements.append(Text("-" * self.width))

    def pair(
        self, left: str, right: str, *, bold: bool = False, tall: bool = False, hang: str = ""
    ) -> None:
        """``left`` wrapped on the left (later lines indented by ``hang``), ``right`` flush
        right on the first line."""
        room = max(self.width - len(right) - 2, self.width // 3)
        if len(left) <= room:
            lines = [left]  # the common case: no need to wrap
        else:
            lines = textwrap.wrap(left, room, subsequent_indent=hang) or [""]
        if len(right) > self.width - len(lines[0]) - 1:
            # A very long amount gets a line of its own rather than overflowing.
            self.text(lines[0], bold=bold, tall=tall)
            lines[0] = ""
        first = lines[0].ljust(self.width - len(right)) + right
        self.elements.append(Text(first, bold=bold, tall=tall))
        for rest in lines[1:]:
            self.elements.append(Text(rest, bold=bold, tall=tall))

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """Labels left, amounts right-aligned in equal columns as wide as the widest amount.

        A label that does not fit beside its amounts goes on a line of its own, so nothing
        is ever cut off, even at 32 characters.
        """
        cells = [cell for row in [header, *rows] for cell in row[1:]]
        share = max(len(cell) for cell in cells) + (2 if self.width >= 40 else 1)
        room = self.width - share * (len(header) - 1)
        for label, *amounts in [header, *rows]:
            if room < 1:
                self.text(label)
                for amount in amounts:
                    self.text(amount.rjust(self.width))
                continue
            if len(label) > room - 1:
                self.text(label)
                label = ""
            self.text(label.ljust(room) + "".join(a.rjust(share) for a in amounts))


def build_receipt(
    sale: SaleDTO,
    shop: ShopSettings,
    *,
    width: int = 42,
    reprint: bool = False,
    logo: str = "",
    tz: tzinfo | None = None,
) -> Receipt:
    """Lay out ``sale`` (a sale or a refund) for a printer of ``width`` characters.

    Args:
        sale: the completed document.
        shop: the shop's name, address, tax ID, locale and footer.
        width: characters per line (32 on 58 mm paper, 42 or 48 on 80 mm).
        reprint: print "COPY" at the top and bottom: the customer already has the original.
        logo: path of an image printed above the shop name, or empty.
        tz: the time zone for the date printed; the till's own when None.
    """
    cur, loc = currency(sale.currency), shop.locale
    b = ReceiptBuilder(width)
    if logo:
        b.elements.append(Logo(logo))
    _header(b, sale, shop, reprint, tz)
    b.rule()
    for line in sale.lines:
        _line(b, line, cur, loc)
    b.rule()
    _totals(b, sale, cur, loc)
    b.rule()
    _tax_table(b, sale, cur, loc)
    if shop.receipt_footer.strip():
        b.rule()
        for paragraph in shop.receipt_footer.splitlines():
            b.centered(paragraph)
    b.elements.append(Code(sale.number))
    if reprint:
        b.centered(COPY_MARK, bold=True)
    return Receipt(width, sale.number, reprint, tuple(b.elements))


def _header(
    b: ReceiptBuilder, sale: SaleDTO, shop: ShopSettings, reprint: bool, tz: tzinfo | None
) -> None:
    b.centered(shop.shop_name or "Receipt", bold=True, tall=True)
    for line in shop.address.splitlines():
        b.centered(line)
    if shop.tax_id:
        b.centered(f"Tax ID: {shop.tax_id}")
    if reprint:
        b.centered(COPY_MARK, bold=True)
    b.rule()
    b.pair("Refund" if sale.is_refund else "Receipt", sale.number, bold=True)
    if sale.original_number:
        b.pair("Refund of receipt", sale.original_number)
    b.pair("Date", format_datetime_local(sale.created_at, shop.locale, tz))
    b.pair("Cashier", sale.cashier)
    if sale.approver:
        b.pair("Approved by", sale.approver)
    b.pair("Till", sale.till)


def _line(b: ReceiptBuilder, line: SaleLineDTO, cur: Currency, loc: str) -> None:
    # A hanging indent shows where a long name ends and the next item begins.
    b.pair(line.name, money_text(line.base, cur, loc), hang=" ")
    if line.quantity != Decimal(1) or line.unit is Unit.KG:
        qty = format_quantity(line.quantity, line.unit, loc)
        b.text(f"  {qty} x {money_text(line.unit_price, cur, loc)}")
    if line.line_discount != ZERO:
        b.pair("  Discount", money_text(-line.line_discount, cur, loc))


def _totals(b: ReceiptBuilder, sale: SaleDTO, cur: Currency, loc: str) -> None:
    def money(amount: Decimal) -> str:
        return money_text(amount, cur, loc)

    line_discounts = sum((line.line_discount for line in sale.lines), ZERO)
    cart_discount = sale.discount - line_discounts
    if sale.discount != ZERO:
        b.pair("Subtotal", money(sale.subtotal))
        if line_discounts != ZERO:
            b.pair("Item discounts", money(-line_discounts))
        if cart_discount != ZERO:
            b.pair("Discount on the total", money(-cart_discount))
    if sale.tax_mode == "exclusive":
        b.pair("Net", money(sale.net))
        b.pair("Tax", money(sale.tax))
    b.pair("REFUND TOTAL" if sale.is_refund else "TOTAL", money(sale.total), bold=True, tall=True)
    if sale.rounding != ZERO:
        b.pair("Cash rounding", money(sale.rounding))
        b.pair("To pay" if not sale.is_refund else "To pay back", money(sale.amount_due))
    for payment in sale.payments:
        label = payment.method.value.capitalize()
        if payment.reference:
            label += f" ({payment.reference})"
        b.pair(label, money(payment.amount))
        if payment.tendered != payment.amount:
            b.pair("  Tendered", money(payment.tendered))
    if sale.change != ZERO:
        b.pair("CHANGE", money(sale.change), bold=True)


def has_stacked_taxes(sale: SaleDTO) -> bool:
    """Whether a line of ``sale`` is taxed at several rates (GST and QST)."""
    return any(len(line.taxes) > 1 for line in sale.lines)


def _tax_table(b: ReceiptBuilder, sale: SaleDTO, cur: Currency, loc: str) -> None:
    """One line per rate: what it was charged on, its tax and, when every line has one
    rate, the gross. With stacked rates a net is taxed at each of them, so a gross per rate
    would add up to more than was paid: the column is left off."""
    columns = ("net", "tax") if has_stacked_taxes(sale) else ("net", "tax", "gross")
    rows = [
        [
            f"{rate.tax_name} {format_percent(rate.tax_percent, loc)}",
            *(money_text(getattr(rate, column), cur, loc) for column in columns),
        ]
        for rate in sale.taxes
    ]
    b.table(["Tax rate", *(column.capitalize() for column in columns)], rows)
