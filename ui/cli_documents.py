"""The headless receipt and invoice commands: ``receipt``, ``invoice``, ``test-print``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pos.services.database import Database


def add_document_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``receipt``, ``invoice`` and ``test-print`` subcommands."""
    receipt_cmd = commands.add_parser(
        "receipt", help="reprint a receipt: as text, to a PDF file, or on the receipt printer"
    )
    receipt_cmd.add_argument("number", metavar="NUMBER", help="receipt number, e.g. S000042")
    target = receipt_cmd.add_mutually_exclusive_group()
    target.add_argument("--pdf", type=Path, metavar="FILE", help="save an 80 mm PDF as FILE")
    target.add_argument("--print", action="store_true", help="print on the receipt printer")
    invoice_cmd = commands.add_parser(
        "invoice", help="save the invoice for a sale as a PDF (issued on first use)"
    )
    invoice_cmd.add_argument(
        "number", metavar="NUMBER", help="receipt number (S000042) or invoice number (I000007)"
    )
    invoice_cmd.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    invoice_cmd.add_argument("--buyer-name", default="", help="needed for a new invoice")
    invoice_cmd.add_argument("--buyer-address", default="", help="use \\n between lines")
    invoice_cmd.add_argument("--buyer-tax-id", default="")
    commands.add_parser(
        "test-print", help="print a test page on the receipt printer and open the drawer"
    )


def cmd_receipt(db: Database, args: argparse.Namespace) -> int:
    from pos.services.selling.records import get_sale
    from pos.services.settings import get_settings
    from receipts.escpos_printer import print_receipt
    from receipts.layout import build_receipt
    from receipts.pdf import receipt_pdf_for, save_pdf
    from receipts.settings import printer_settings

    sale, shop = get_sale(db, args.number), get_settings(db)
    # Whatever the command line prints comes after the sale: it is always a copy.
    if args.pdf:
        target = save_pdf(receipt_pdf_for(sale, shop, reprint=True), args.pdf)
        print(f"Receipt {sale.number} saved to {target}")
    elif args.print:
        print_receipt(sale, shop, reprint=True)
        print(f"Receipt {sale.number} sent to the printer")
    else:
        width = printer_settings(shop.printer).width
        print(build_receipt(sale, shop, width=width, reprint=True).plain_text())
    return 0


def cmd_invoice(db: Database, args: argparse.Namespace) -> int:
    from pos.services.dto import Actor
    from pos.services.selling.invoices import Buyer, invoice_for
    from pos.services.settings import get_settings
    from pos.services.shop import owner
    from receipts.pdf import invoice_pdf_for, save_pdf

    given = (args.buyer_name, args.buyer_address, args.buyer_tax_id)
    buyer = (
        Buyer(args.buyer_name, args.buyer_address.replace("\\n", "\n"), args.buyer_tax_id)
        if any(given)
        else None
    )
    invoice = invoice_for(db, args.number, buyer, actor=Actor(owner(db).id, args.till))
    target = save_pdf(invoice_pdf_for(invoice, get_settings(db)), args.pdf)
    print(f"Invoice {invoice.number} for receipt {invoice.sale.number} saved to {target}")
    return 0


def cmd_test_print(db: Database, args: argparse.Namespace) -> int:
    from pos.services.settings import get_settings
    from receipts.escpos_printer import print_test_page

    shop = get_settings(db)
    print_test_page(shop)
    print(f"Test page sent to {shop.printer.get('connection', '')}")
    return 0


DOCUMENT_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "receipt": cmd_receipt,
    "invoice": cmd_invoice,
    "test-print": cmd_test_print,
}
