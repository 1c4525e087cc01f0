"""The headless delivery command: ``shoptill export-delivery NUMBER FILE``. Never imports Qt."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pos.services.database import Database


def add_delivery_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``export-delivery`` subcommand."""
    export = commands.add_parser(
        "export-delivery",
        help="save a posted delivery or return to supplier as a PDF delivery note or a CSV",
        description="Save delivery NUMBER (D000012, or DR000003 for a return to supplier) "
        "to FILE: a delivery note when FILE ends in .pdf, its lines when it ends in .csv.",
    )
    export.add_argument("number", metavar="NUMBER", help="the delivery's number, e.g. D000012")
    export.add_argument("file", type=Path, metavar="FILE", help="a .pdf or .csv file to write")


def cmd_export_delivery(db: Database, args: argparse.Namespace) -> int:
    from pos.services.dto import Actor
    from pos.services.shop import owner
    from pos.services.stock.deliveries import find_delivery
    from receipts.delivery_pdf import save_delivery_file

    # The command line acts as the owner (it needs the database file: the shop's own).
    delivery = find_delivery(db, args.number, Actor(owner(db).id, args.till))
    saved = save_delivery_file(db, delivery, args.file)
    kind = "Return to supplier" if delivery.is_return else "Delivery"
    lines = len(delivery.lines)
    print(f"{kind} {delivery.number} ({lines} line{'s' if lines != 1 else ''}) saved to {saved}")
    return 0


DELIVERY_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "export-delivery": cmd_export_delivery,
}
