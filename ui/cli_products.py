"""The headless product commands: ``import-products`` and ``export-products``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pos.services.database import Database

if TYPE_CHECKING:  # the commands import the catalog (and the ORM) only when they run
    from pos.services.catalog.import_apply import ImportSummary


def add_product_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``import-products`` and ``export-products`` subcommands."""
    import_cmd = commands.add_parser(
        "import-products",
        help="add and update products from a CSV or .xlsx file (all or nothing)",
        description="Add and update products from a CSV or .xlsx file. Columns are matched "
        "by their headers (as the import wizard last matched them). If any row is bad, "
        "nothing is imported and the bad rows are listed, unless --good-rows-only is given.",
    )
    import_cmd.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    import_cmd.add_argument(
        "--dry-run", action="store_true", help="only say what would happen; change nothing"
    )
    import_cmd.add_argument(
        "--good-rows-only", action="store_true", help="import the good rows, skip the bad ones"
    )
    import_cmd.add_argument(
        "--bad-rows",
        type=Path,
        metavar="CSV",
        help="save the bad rows, with a reason column, to this CSV file to fix them",
    )
    export_cmd = commands.add_parser(
        "export-products",
        help="save every product to a CSV or .xlsx file (the format the import reads)",
    )
    export_cmd.add_argument(
        "file", type=Path, metavar="FILE", help="a .csv or .xlsx file (format by extension)"
    )


def cmd_import_products(db: Database, args: argparse.Namespace) -> int:
    from pos.services.catalog.import_apply import (
        ImportHasErrors,
        import_products,
        preview_import,
    )
    from pos.services.catalog.import_columns import guess_mapping, remembered_mapping
    from pos.services.catalog.import_read import open_table
    from pos.services.catalog.import_report import write_bad_rows
    from pos.services.dto import Actor
    from pos.services.settings import get_settings
    from pos.services.shop import owner

    locale = get_settings(db).locale
    table = open_table(args.file, locale)
    mapping = guess_mapping(table.headers, remembered_mapping(db))
    print(f"Reading {table.path.name}: {table.description}")
    columns = ", ".join(
        f"{header or '?'} -> {field.value if field else '(not imported)'}"
        for header, field in zip(table.headers, mapping, strict=False)
    )
    print(f"Columns: {columns}")
    summary: ImportSummary
    failed = False
    if args.dry_run:
        summary = preview_import(db, table, mapping)
        failed = bool(summary.error_rows)
    else:
        actor = Actor(owner(db).id, args.till)
        try:
            summary = import_products(db, table, mapping, actor, good_rows_only=args.good_rows_only)
        except ImportHasErrors as error:
            summary, failed = error.summary, True
    for problem in summary.errors:
        print(problem, file=sys.stderr)
    if args.bad_rows and summary.errors:
        count = write_bad_rows(table, summary.errors, args.bad_rows, locale)
        print(f"{count} bad row(s) saved to {args.bad_rows}")
    print(_counts(summary, dry_run=args.dry_run))
    if failed:
        print(
            f"shoptill: {summary.error_rows} row(s) have problems (listed above): "
            "nothing was imported. Fix them, or use --good-rows-only.",
            file=sys.stderr,
        )
        return 1
    return 0


def _counts(summary: ImportSummary, *, dry_run: bool) -> str:
    head = "Dry run, nothing written: would be" if dry_run else "Imported:"
    if not dry_run and not summary.written:
        head = "Nothing written. The file has"
    lines = [
        f"{head} {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.error_rows} with errors."
    ]
    if summary.new_categories:
        lines.append(f"New categories: {', '.join(summary.new_categories)}")
    if summary.new_tax_rates:
        lines.append(f"New tax rates: {', '.join(summary.new_tax_rates)}")
    if summary.stock_moves:
        lines.append(f"Stock set for {summary.stock_moves} product(s) (import movements).")
    return "\n".join(lines)


def cmd_export_products(db: Database, args: argparse.Namespace) -> int:
    from pos.services.catalog.export import export_products
    from pos.services.catalog.selection import ProductSelection
    from pos.services.dto import Actor
    from pos.services.shop import owner

    count = export_products(db, ProductSelection(), args.file, actor=Actor(owner(db).id, args.till))
    print(f"{count} product(s) exported to {args.file}")
    return 0


PRODUCT_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "import-products": cmd_import_products,
    "export-products": cmd_export_products,
}
