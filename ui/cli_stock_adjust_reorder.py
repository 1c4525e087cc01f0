"""The headless adjustment and reorder commands: ``export-adjustment``, ``reorder-list``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pos.services.database import Database


def add_adjust_reorder_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """The ``export-adjustment`` and ``reorder-list`` subcommands."""
    export_cmd = commands.add_parser(
        "export-adjustment", help="save a stock adjustment (e.g. A000012) to a CSV file"
    )
    export_cmd.add_argument("number", metavar="NUMBER", help="adjustment number, e.g. A000012")
    export_cmd.add_argument("file", type=Path, metavar="FILE", help="the .csv file to write")
    reorder_cmd = commands.add_parser(
        "reorder-list",
        help="save the products to reorder, by supplier, as a PDF order sheet or a CSV file",
    )
    reorder_cmd.add_argument(
        "file", type=Path, metavar="FILE", help="a .pdf or .csv file (format by extension)"
    )
    reorder_cmd.add_argument(
        "--supplier", metavar="NAME", help="only this supplier's products (its name)"
    )


def cmd_export_adjustment(db: Database, args: argparse.Namespace) -> int:
    from pos.services.dto import Actor
    from pos.services.shop import owner
    from pos.services.stock.adjustment_records import export_adjustment

    # The command line acts as the owner (it needs the database file: the shop's own).
    count = export_adjustment(db, args.number, args.file, actor=Actor(owner(db).id, args.till))
    print(f"Adjustment {args.number.strip().upper()}: {count} line(s) saved to {args.file}")
    return 0


def cmd_reorder_list(db: Database, args: argparse.Namespace) -> int:
    from pos.domain.errors import InvalidInput
    from pos.services.dto import Actor
    from pos.services.shop import owner
    from pos.services.stock.reorder import reorder_list, supplier_choices

    suffix = args.file.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise InvalidInput(f"Save the reorder list as a .pdf or .csv file, not '{args.file.name}'.")
    supplier_id = None
    if args.supplier:
        wanted = args.supplier.strip().casefold()
        found = [c for c in supplier_choices(db) if c.name.casefold() == wanted]
        if not found:
            raise InvalidInput(f"There is no supplier called '{args.supplier}'.")
        supplier_id = found[0].id
    listing = reorder_list(db, supplier_id, actor=Actor(owner(db).id, args.till))
    if suffix == ".csv":
        from pos.services.stock.reorder_export import write_reorder_csv

        write_reorder_csv(db, listing, args.file)
    else:
        from datetime import UTC, datetime

        from pos.services.settings import get_settings
        from receipts.pdf import save_pdf
        from receipts.reorder_pdf import order_sheet_pdf

        save_pdf(order_sheet_pdf(listing, get_settings(db), at=datetime.now(UTC)), args.file)
    print(
        f"{listing.line_count} product(s) to reorder ({listing.supplier_count} supplier(s), "
        f"{listing.without_supplier} with no supplier) saved to {args.file}"
    )
    return 0


ADJUST_REORDER_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "export-adjustment": cmd_export_adjustment,
    "reorder-list": cmd_reorder_list,
}
