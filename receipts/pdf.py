"""PDF documents: a sale's 80 mm receipt and A4/Letter invoice, a shift's X or Z report
(80 mm, as printed), and saving them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pos.domain.errors import ShopError
from pos.services.cashup.reports import ShiftReportDTO
from pos.services.dto import SaleDTO
from pos.services.selling.invoices import InvoiceDTO
from pos.services.settings import ShopSettings
from receipts.layout import build_receipt
from receipts.pdf_invoice import invoice_pdf
from receipts.pdf_receipt import receipt_pdf
from receipts.settings import printer_settings
from receipts.shift_report import build_shift_report

__all__ = [
    "invoice_pdf",
    "invoice_pdf_for",
    "receipt_pdf",
    "receipt_pdf_for",
    "save_pdf",
    "shift_report_pdf_for",
]


def receipt_pdf_for(sale: SaleDTO, shop: ShopSettings, *, reprint: bool = False) -> bytes:
    """The receipt PDF, laid out exactly as the shop's receipt printer would print it."""
    settings = printer_settings(shop.printer)
    receipt = build_receipt(sale, shop, width=settings.width, reprint=reprint, logo=settings.logo)
    return receipt_pdf(receipt, code=settings.code)


def shift_report_pdf_for(report: ShiftReportDTO, shop: ShopSettings) -> bytes:
    """An X or Z report as an 80 mm PDF, laid out exactly as the receipt printer prints it."""
    settings = printer_settings(shop.printer)
    return receipt_pdf(build_shift_report(report, shop, width=settings.width), code=settings.code)


def invoice_pdf_for(invoice: InvoiceDTO, shop: ShopSettings) -> bytes:
    """The invoice PDF on the shop's invoice paper (A4 or Letter), with its logo."""
    settings = printer_settings(shop.printer)
    return invoice_pdf(invoice, shop, paper=settings.invoice_paper, logo=settings.logo)


def save_pdf(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` whole or not at all (a half-written PDF helps no one).

    Raises:
        ShopError: the folder does not exist or cannot be written to.
    """
    target = path.expanduser().resolve()
    try:
        fd, temp = tempfile.mkstemp(prefix=".shoptill-", suffix=".pdf", dir=target.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except OSError as error:
        raise ShopError(
            f"The PDF could not be saved as {target}: {error.strerror or error}. "
            "Check the folder exists and you may write to it."
        ) from error
    return target
