"""The headless commands: ``shoptill demo``, ``check``, ``backup`` ... Never imports Qt."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from pos.domain.errors import ShopError
from pos.services.database import Database, backup, demo_database_url, open_database
from pos.services.demo import create_demo_shop, holds_demo_shop
from pos.services.health import check_database

log = logging.getLogger(__name__)
DEFAULT_TILL = "Till 1"


def build_parser() -> argparse.ArgumentParser:
    """The ``shoptill`` argument parser. No command means: open the window."""
    parser = argparse.ArgumentParser(
        prog="shoptill",
        description="ShopTill point of sale. Run without a command to open the till.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get("SHOPTILL_DB"),
        help="database URL (default: shoptill.db in your data folder; or $SHOPTILL_DB), "
        "e.g. sqlite:////home/me/shop.db or postgresql+psycopg://user:pw@server/shop",
    )
    parser.add_argument(
        "--till",
        default=os.environ.get("SHOPTILL_TILL", DEFAULT_TILL),
        help="this till's name, printed on receipts (default: %(default)s)",
    )
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        help="create the demo shop (about 200 products) in its own demo.db, or in --db if given",
    )
    demo.add_argument("--open", action="store_true", help="then open the till on it")
    commands.add_parser("check", help="verify the database, stock ledger and numbering")
    backup_cmd = commands.add_parser("backup", help="copy the live database to DEST")
    backup_cmd.add_argument("dest", type=Path, metavar="DEST")
    return parser


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    if holds_demo_shop(db):
        print(f"The demo shop is ready in {db.url}")
        return 0
    count = create_demo_shop(db)
    print(f"Demo shop created with {count} products in {db.url}")
    if not args.open:
        print(f"Open it with: shoptill --db {db.url}")
    return 0


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    problems = check_database(db)
    if not problems:
        print("All good: database intact, stock ledger matches, numbering has no gaps.")
        return 0
    print(f"{len(problems)} problem(s) found:")
    for problem in problems:
        print(f"  - {problem}")
    return 1


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    target = backup(db, args.dest)
    print(f"Backup written to {target}")
    return 0


COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
}


def run(args: argparse.Namespace) -> int:
    """Run one headless command; shop errors become a message and exit code 1."""
    url = args.db or (demo_database_url() if args.command == "demo" else None)
    try:
        db = open_database(url)
    except ShopError as error:
        print(f"shoptill: {error}", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](db, args)
    except ShopError as error:
        print(f"shoptill: {error}", file=sys.stderr)
        log.warning("%s failed: %s", args.command, error)
        return 1
    finally:
        db.close()


# --- receipts and invoices -------------------------------------------------------------------
# Added after the core commands so the two can change without stepping on each other: the
# core parser is built first, then these subcommands join it.


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
    from pos.services.records import get_sale
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
    from pos.services.invoices import Buyer, invoice_for
    from pos.services.settings import get_settings
    from receipts.pdf import invoice_pdf_for, save_pdf

    given = (args.buyer_name, args.buyer_address, args.buyer_tax_id)
    buyer = (
        Buyer(args.buyer_name, args.buyer_address.replace("\\n", "\n"), args.buyer_tax_id)
        if any(given)
        else None
    )
    invoice = invoice_for(db, args.number, buyer)
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


COMMANDS.update({"receipt": cmd_receipt, "invoice": cmd_invoice, "test-print": cmd_test_print})
_build_core_parser = build_parser


def build_parser() -> argparse.ArgumentParser:  # type: ignore[no-redef]
    """The ``shoptill`` argument parser, with the receipt and invoice commands."""
    parser = _build_core_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            add_document_commands(action)
    return parser
