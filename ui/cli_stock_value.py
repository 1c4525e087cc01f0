"""The headless stock value command: ``shoptill stock-value [--date D] [--out FILE]``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pos.services.database import Database

if TYPE_CHECKING:  # the command imports the stock value only when it runs
    from pos.services.stock.value import StockValue


def add_stock_value_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """The ``stock-value`` subcommand."""
    command = commands.add_parser(
        "stock-value",
        help="the stock's value at cost, by category, at the end of a day (default: today)",
        description="The stock held at the end of a day, valued at cost, by category and in "
        "total: printed as a table, or saved as CSV or PDF with --out.",
    )
    command.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the day (default: today), e.g. 2025-12-31"
    )
    command.add_argument(
        "--out", type=Path, metavar="FILE", help="save to FILE.csv or FILE.pdf instead"
    )


def cmd_stock_value(db: Database, args: argparse.Namespace) -> int:
    from pos.domain.errors import InvalidInput
    from pos.services.dto import Actor
    from pos.services.settings import get_settings
    from pos.services.shop import owner
    from pos.services.stock.value import stock_value
    from pos.services.stock.value_dates import parse_day

    out: Path | None = args.out
    if out is not None and out.suffix.lower() not in (".csv", ".pdf"):
        raise InvalidInput("Save the stock value as a .csv or a .pdf file.")
    value = stock_value(
        db, parse_day(args.date) if args.date else None, actor=Actor(owner(db).id, args.till)
    )
    settings = get_settings(db)
    if out is None:
        print(value_table(value, settings.locale))
        return 0
    if out.suffix.lower() == ".csv":
        from pos.services.stock.value_export import save_value_csv

        save_value_csv(value, out)
    else:
        from receipts.stock_value_pdf import save_value_pdf

        save_value_pdf(value, out, shop_name=settings.shop_name, locale=settings.locale)
    print(f"Stock value at the end of {value.on.isoformat()} saved to {out}")
    return 0


def value_table(value: StockValue, locale: str) -> str:
    """The stock value as a text table, money in the shop's format."""
    from pos.domain.money import currency, format_money
    from pos.services.stock.value_export import quantity_text

    money = currency(value.currency)
    rows = [("Category", "Products", "Quantity", "Value")]
    rows += [
        (c.name, f"{c.products:,}", quantity_text(c.quantity), format_money(c.value, money, locale))
        for c in value.categories
    ]
    rows.append(
        (
            "Total",
            f"{value.products:,}",
            quantity_text(value.quantity),
            format_money(value.value, money, locale),
        )
    )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"Stock value at the end of {value.on.isoformat()} ({value.currency})"]
    for index, row in enumerate(rows):
        if index == len(rows) - 1:
            lines.append("-" * (sum(widths) + 6))
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
    if value.below_zero:
        lines.append(f"{value.below_zero:,} products are below zero and count negative.")
    return "\n".join(lines)


STOCK_VALUE_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "stock-value": cmd_stock_value,
}
