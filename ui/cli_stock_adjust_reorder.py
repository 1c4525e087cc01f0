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


def cmd_export_adjustment(db: Database, args: argparse.Namespace) -> int:
    from pos.services.stock.adjustment_records import export_adjustment

    count = export_adjustment(db, args.number, args.file)
    print(f"Adjustment {args.number.strip().upper()}: {count} line(s) saved to {args.file}")
    return 0


ADJUST_REORDER_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "export-adjustment": cmd_export_adjustment,
}
