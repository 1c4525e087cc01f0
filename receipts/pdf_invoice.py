"""The A4 or Letter invoice as a PDF (ReportLab platypus), in the shop's language and money.

Long invoices flow over several pages; the line table repeats its header on each page and
every page says "Page N of M" with the invoice number. ReportLab runs in invariant mode so
the same invoice always gives the same bytes.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pos.domain.cart import Unit
from pos.domain.money import ZERO, currency
from pos.services.dto import SaleLineDTO
from pos.services.selling.invoices import InvoiceDTO
from pos.services.settings import ShopSettings
from receipts.fonts import SANS, SANS_BOLD, register_fonts
from receipts.layout import has_stacked_taxes
from receipts.pdf_pages import MARGIN, PAPERS, grid_style, numbered_canvas, paragraph, text_styles
from receipts.text import format_datetime_local, format_percent, format_quantity, money_text

log = logging.getLogger(__name__)


def invoice_pdf(
    invoice: InvoiceDTO, shop: ShopSettings, *, paper: str = "A4", logo: str = ""
) -> bytes:
    """The invoice as PDF bytes.

    Args:
        invoice: the issued invoice, with its sale.
        shop: the seller's details, locale and footer.
        paper: "A4" or "Letter".
        logo: path of the shop's logo image, or empty.
    """
    register_fonts()
    styles = text_styles()
    sale = invoice.sale
    cur, loc = currency(sale.currency), shop.locale

    def money(amount: Decimal) -> str:
        return money_text(amount, cur, loc)

    out = io.BytesIO()
    title = "Credit note" if sale.is_refund else "Invoice"
    doc = BaseDocTemplate(
        out,
        pagesize=PAPERS[paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{title} {invoice.number}",
        author=shop.shop_name or "ShopTill",
        invariant=1,
    )
    # No frame padding: tables then span exactly the text width between the margins.
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    story: list[Flowable] = [
        _heading(invoice, shop, styles, title, logo, doc.width),
        Spacer(1, 8 * mm),
        _lines_table(invoice, styles, money, loc, doc.width),
        Spacer(1, 6 * mm),
        _totals_table(invoice, styles, money, doc.width),
        Spacer(1, 6 * mm),
        _tax_table(invoice, styles, money, loc, doc.width),
    ]
    if shop.receipt_footer.strip():
        story += [Spacer(1, 8 * mm), paragraph(shop.receipt_footer, styles["body"])]
    footer = f"{shop.shop_name} · {title} {invoice.number}".strip(" ·")
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return out.getvalue()


def _heading(
    invoice: InvoiceDTO,
    shop: ShopSettings,
    styles: dict[str, ParagraphStyle],
    title: str,
    logo: str,
    width: float,
) -> Table:
    sale = invoice.sale
    seller: list[Flowable] = []
    if logo:
        try:
            reader = ImageReader(logo)
            w, h = reader.getSize()
            scale = min(60 * mm / w, 20 * mm / h)
            seller += [Image(logo, w * scale, h * scale, hAlign="LEFT"), Spacer(1, 3 * mm)]
        except OSError as error:
            log.warning("logo %s left off the invoice: %s", logo, error)
    seller += [paragraph(shop.shop_name, styles["shop"]), paragraph(shop.address, styles["body"])]
    if shop.tax_id:
        seller.append(paragraph(f"Tax ID: {shop.tax_id}", styles["body"]))
    seller += [Spacer(1, 6 * mm), paragraph("Bill to", styles["bold"])]
    seller += [
        paragraph(invoice.buyer.name, styles["body"]),
        paragraph(invoice.buyer.address, styles["body"]),
    ]
    if invoice.buyer.tax_id:
        seller.append(paragraph(f"Tax ID: {invoice.buyer.tax_id}", styles["body"]))
    facts = [
        (f"{title} number", invoice.number),
        (f"{title} date", format_datetime_local(invoice.created_at, shop.locale)),
        ("Receipt", sale.number),
        ("Sale date", format_datetime_local(sale.created_at, shop.locale)),
    ]
    if sale.original_number:
        facts.append(("Refund of receipt", sale.original_number))
    facts += _people(invoice)
    details: list[Flowable] = [paragraph(title.upper(), styles["title"]), Spacer(1, 3 * mm)]
    details.append(
        Table(
            [[paragraph(k, styles["small"]), paragraph(v, styles["bold"])] for k, v in facts],
            colWidths=[32 * mm, 45 * mm],
            style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
    )
    return Table(
        [[seller, details]],
        colWidths=[width - 80 * mm, 80 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )


def _people(invoice: InvoiceDTO) -> list[tuple[str, str]]:
    """Who rang the sale up and, when someone else did, who issued the invoice; and the
    manager whose PIN allowed issuing it. The shop's own paper trail (issue 14)."""
    cashier = invoice.sale.cashier
    people = [("Cashier", cashier)] if cashier else []
    if invoice.issued_by and invoice.issued_by != cashier:
        people.append(("Issued by", invoice.issued_by))
    if invoice.approved_by:
        people.append(("Approved by", invoice.approved_by))
    return people


def _lines_table(
    invoice: InvoiceDTO,
    styles: dict[str, ParagraphStyle],
    money: Callable[[Decimal], str],
    loc: str,
    width: float,
) -> Table:
    header = ["#", "Description", "Quantity", "Unit price", "Discount", "Tax", "Amount"]
    rows: list[list[Any]] = [
        [paragraph(h, styles["bold"]) if i < 2 else h for i, h in enumerate(header)]
    ]
    for line in invoice.sale.lines:
        rows.append(
            [
                str(line.line_no),
                paragraph(line.name, styles["body"]),
                format_quantity(line.quantity, line.unit, loc)
                if line.unit is Unit.KG or line.quantity != 1
                else "1",
                money(line.unit_price),
                money(-line.line_discount) if line.line_discount != ZERO else "",
                _rates_cell(line, loc),
                money(line.base - line.line_discount),
            ]
        )
    fixed = [10 * mm, 0, 20 * mm, 24 * mm, 22 * mm, 15 * mm, 26 * mm]
    fixed[1] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("FONTNAME", (2, 0), (-1, 0), SANS_BOLD)]))
    return table


def _rates_cell(line: SaleLineDTO, loc: str) -> str:
    """A line's tax rate, or its rates one under the other (GST 5 %, QST 9.975 %).

    Plain text lines, not a paragraph: a paragraph would wrap "9.975 %" in this narrow column.
    """
    return "\n".join(format_percent(tax.tax_percent, loc) for tax in line.taxes)


def _totals_table(
    invoice: InvoiceDTO,
    styles: dict[str, ParagraphStyle],
    money: Callable[[Decimal], str],
    width: float,
) -> Table:
    sale = invoice.sale
    rows: list[tuple[str, str]] = []
    line_discounts = sum((line.line_discount for line in sale.lines), ZERO)
    after_lines = sale.subtotal - line_discounts
    rows.append(("Subtotal", money(after_lines)))
    if sale.discount != line_discounts:
        rows.append(("Discount on the total", money(-(sale.discount - line_discounts))))
    rows.append(("Net", money(sale.net)))
    rows.append(("Tax", money(sale.tax)))
    total_row = len(rows)
    rows.append(("Total", money(sale.total)))
    if sale.rounding != ZERO:
        rows.append(("Cash rounding", money(sale.rounding)))
        rows.append(("Amount due", money(sale.amount_due)))
    for payment in sale.payments:
        label = f"Paid by {payment.method.value}"
        if payment.reference:
            label += f" ({payment.reference})"
        rows.append((label, money(payment.amount)))
    if sale.change != ZERO:
        rows.append(("Change given", money(sale.change)))
    table = Table(rows, colWidths=[45 * mm, 30 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (0, total_row), (-1, total_row), SANS_BOLD),
                ("FONTSIZE", (0, total_row), (-1, total_row), 11),
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.6, colors.black),
                ("LINEBELOW", (0, total_row), (-1, total_row), 0.6, colors.black),
            ]
        )
    )
    return table


def _tax_table(
    invoice: InvoiceDTO,
    styles: dict[str, ParagraphStyle],
    money: Callable[[Decimal], str],
    loc: str,
    width: float,
) -> Table:
    # One row per rate. With stacked rates (GST and QST on the same net) a gross per rate
    # would add up to more than was paid, so that column is left off, as on the receipt.
    columns = ("net", "tax") if has_stacked_taxes(invoice.sale) else ("net", "tax", "gross")
    rows: list[list[Any]] = [["Tax rate", "", *(c.capitalize() for c in columns)]]
    for rate in invoice.sale.taxes:
        rows.append(
            [
                rate.tax_name,
                format_percent(rate.tax_percent, loc),
                *(money(getattr(rate, column)) for column in columns),
            ]
        )
    widths = [35 * mm, 15 * mm, *([25 * mm] * len(columns))]
    table = Table(rows, colWidths=widths, hAlign="RIGHT")
    table.setStyle(TableStyle([*grid_style(), ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD)]))
    return table
