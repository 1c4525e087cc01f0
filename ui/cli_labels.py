"""The headless shelf-labels command: ``shoptill labels FILE.pdf``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pos.services.database import Database

LAYOUT_NAMES = ("a4-3x7", "a4-3x8", "a4-4x10", "a4-5x13", "letter-3x10", "custom")


def add_label_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``labels`` subcommand."""
    labels = commands.add_parser(
        "labels",
        help="save shelf labels (name, price, barcode) as a PDF sheet",
        description="Save shelf labels for the shop's active products as a PDF of label "
        "sheets. With no --search, --category or --sku, every active product gets labels.",
    )
    labels.add_argument("file", type=Path, metavar="FILE.pdf", help="the PDF to write")
    labels.add_argument(
        "--layout",
        choices=LAYOUT_NAMES,
        help="the label sheet (default: a4-3x7, or custom with --custom)",
    )
    labels.add_argument(
        "--custom",
        metavar="WxH,...",
        help="label size in mm and optionally paper=, columns=, rows=, left=, top=, gap-x=, "
        "gap-y=, gap=; e.g. 50x30,paper=letter,columns=4,gap=2",
    )
    labels.add_argument(
        "--copies",
        default="1",
        metavar="1|on-hand|N",
        help="labels per product: 1, one per piece in stock (on-hand), or N (default: 1)",
    )
    labels.add_argument(
        "--start", type=int, default=1, metavar="N", help="first free label on the sheet"
    )
    labels.add_argument("--search", default="", metavar="TEXT", help="as the till's search")
    labels.add_argument(
        "--category", action="extend", nargs="+", default=[], metavar="NAME", help="categories"
    )
    labels.add_argument("--sku", action="extend", nargs="+", default=[], metavar="SKU")
    labels.add_argument(
        "--outlines",
        action="store_true",
        help="draw each label's edge (a test print on plain paper, to hold against a sheet)",
    )


def cmd_labels(db: Database, args: argparse.Namespace) -> int:
    from pos.domain.errors import InvalidInput
    from pos.services.catalog.labels import parse_copies, selection_by_names
    from receipts.label_sheets import LAYOUTS, parse_custom
    from receipts.labels import save_labels

    layout_name = args.layout or ("custom" if args.custom else "a4-3x7")
    if layout_name == "custom":
        if not args.custom:
            raise InvalidInput("A custom layout needs its size: --custom 50x30 (in millimetres).")
        layout = parse_custom(args.custom)
    elif args.custom:
        raise InvalidInput(
            f"--custom sets a custom layout: it cannot go with --layout {layout_name}."
        )
    else:
        layout = LAYOUTS[layout_name]
    copies = parse_copies(args.copies)
    selection = selection_by_names(
        db, text=args.search, category_names=args.category, skus=args.sku
    )
    made = save_labels(
        db, selection, copies, layout, args.file, start=args.start, outline=args.outlines
    )
    print(
        f"{_count(made.labels, 'label')} on {_count(made.pages, 'sheet')} "
        f"({layout.describe()}) saved to {made.path}"
    )
    if made.without_bars:
        print(
            f"Note: {_count(made.without_bars, 'label')} show the code as text only, "
            "without bars: the code is too long to scan on this label size, or has "
            "letters a barcode cannot carry."
        )
    return 0


def _count(number: int, thing: str) -> str:
    return f"{number:,} {thing}" if number == 1 else f"{number:,} {thing}s"


LABEL_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "labels": cmd_labels,
}
