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
from ui.cli_cashup import CASHUP_COMMANDS, add_cashup_commands
from ui.cli_documents import DOCUMENT_COMMANDS, add_document_commands
from ui.cli_labels import LABEL_COMMANDS, add_label_commands
from ui.cli_products import PRODUCT_COMMANDS, add_product_commands
from ui.cli_reports import REPORT_COMMANDS, add_report_commands
from ui.cli_staff import STAFF_COMMANDS, add_staff_commands
from ui.cli_stock_adjust_reorder import ADJUST_REORDER_COMMANDS, add_adjust_reorder_commands
from ui.cli_stock_counts import COUNT_COMMANDS, add_count_commands
from ui.cli_stock_deliveries import DELIVERY_COMMANDS, add_delivery_commands
from ui.cli_stock_value import STOCK_VALUE_COMMANDS, add_stock_value_commands

log = logging.getLogger(__name__)
DEFAULT_TILL = "Till 1"


def build_parser() -> argparse.ArgumentParser:
    """The ``shoptill`` argument parser. No command means: open the window."""
    parser = argparse.ArgumentParser(
        prog="shoptill",
        description="ShopTill point of sale. Run without a command to open the till.",
    )
    add_global_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        help="create the demo shop (about 200 products) in its own demo.db, or in --db if given",
    )
    demo.add_argument("--open", action="store_true", help="then open the till on it")
    commands.add_parser("check", help="verify the database, stock ledger and numbering")
    backup_cmd = commands.add_parser("backup", help="copy the live database to DEST")
    backup_cmd.add_argument("dest", type=Path, metavar="DEST")
    add_document_commands(commands)
    add_label_commands(commands)
    add_count_commands(commands)
    add_product_commands(commands)
    add_delivery_commands(commands)
    add_adjust_reorder_commands(commands)
    add_stock_value_commands(commands)
    add_cashup_commands(commands)
    add_report_commands(commands, lambda nested: add_global_options(nested, defaults=False))
    add_staff_commands(commands)
    # The same options after the command too (``shoptill check --db URL``); given there they
    # win, left out they keep the value (or default) from before the command.
    for command in commands.choices.values():
        add_global_options(command, defaults=False)
    return parser


def add_global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """``--db``, ``--till`` and ``--verbose``: with their defaults, or none (suppressed)."""

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument(
        "--db",
        metavar="URL",
        default=default(os.environ.get("SHOPTILL_DB")),
        help="database URL (default: shoptill.db in your data folder; or $SHOPTILL_DB), "
        "e.g. sqlite:////home/me/shop.db or postgresql+psycopg://user:pw@server/shop",
    )
    parser.add_argument(
        "--till",
        default=default(os.environ.get("SHOPTILL_TILL", DEFAULT_TILL)),
        help="this till's name, printed on receipts (default: %(default)s)"
        if defaults
        else "this till's name, printed on receipts",
    )
    parser.add_argument(
        "--verbose", action="store_true", default=default(False), help="log more detail"
    )


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from pos.services.demo import create_demo_shop, holds_demo_shop  # this command's alone

    if holds_demo_shop(db):
        print(f"The demo shop is ready in {db.url}")
        return 0
    count = create_demo_shop(db)
    print(f"Demo shop created with {count} products in {db.url}")
    if not args.open:
        print(f"Open it with: shoptill --db {db.url}")
    return 0


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    from pos.services.health import check_database  # this command's alone

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
    **DOCUMENT_COMMANDS,
    **LABEL_COMMANDS,
    **PRODUCT_COMMANDS,
    **COUNT_COMMANDS,
    **DELIVERY_COMMANDS,
    **ADJUST_REORDER_COMMANDS,
    **STOCK_VALUE_COMMANDS,
    **CASHUP_COMMANDS,
    **REPORT_COMMANDS,
    **STAFF_COMMANDS,
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
