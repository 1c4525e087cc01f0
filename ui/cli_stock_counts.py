"""The headless stock count commands: ``shoptill count-sheet FILE.pdf`` and
``shoptill export-count NUMBER FILE``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pos.services.database import Database


def add_count_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``count-sheet`` and ``export-count`` subcommands."""
    sheet = commands.add_parser(
        "count-sheet",
        help="save a stock count sheet (shelf order, barcodes, boxes to write in) as a PDF",
        description="Save a count sheet: the active products by category and name, each "
        "with its barcode and a box to write the count in. With no --category, every "
        "active product is listed.",
    )
    sheet.add_argument("file", type=Path, metavar="FILE.pdf", help="the PDF to write")
    sheet.add_argument(
        "--category", action="extend", nargs="+", default=[], metavar="NAME", help="categories"
    )
    sheet.add_argument(
        "--blind", action="store_true", help="leave out the stock the system expects"
    )
    export = commands.add_parser(
        "export-count",
        help="save a posted stock count's variance report as PDF or CSV",
        description="Save the variance report of posted count NUMBER (C000003): expected, "
        "counted and variance of each line, in units and at cost, biggest losses first. "
        "FILE ending in .pdf gives a PDF, in .csv a CSV.",
    )
    export.add_argument("number", metavar="NUMBER", help="the count's number, e.g. C000003")
    export.add_argument("file", type=Path, metavar="FILE", help="a .pdf or .csv file")


def cmd_count_sheet(db: Database, args: argparse.Namespace) -> int:
    from pos.services.settings import get_settings
    from pos.services.stock.counts_sheet import category_ids_by_name
    from receipts.count_sheet_pdf import save_count_sheet

    chosen = category_ids_by_name(db, args.category) if args.category else None
    title = "Count sheet: " + ", ".join(args.category) if args.category else "Count sheet"
    target, listed = save_count_sheet(
        db, args.file, get_settings(db), category_ids=chosen, title=title, blind=args.blind
    )
    print(f"Count sheet of {listed:,} product{'' if listed == 1 else 's'} saved to {target}")
    return 0


def cmd_export_count(db: Database, args: argparse.Namespace) -> int:
    from pos.services.dto import Actor
    from pos.services.settings import get_settings
    from pos.services.shop import owner
    from pos.services.stock.counts_export import count_by_number
    from receipts.count_variance_pdf import export_count_file

    count = count_by_number(db, args.number)
    # The command line acts as the owner (it needs the database file: the shop's own).
    actor = Actor(owner(db).id, args.till)
    lines = export_count_file(db, count.id, args.file, get_settings(db), actor)
    print(f"Count {count.number} ({lines:,} lines) saved to {args.file.expanduser().resolve()}")
    return 0


COUNT_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "count-sheet": cmd_count_sheet,
    "export-count": cmd_export_count,
}
