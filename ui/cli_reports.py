"""The headless sales reports: ``shoptill report sales --by product --from D --to D
[FILE.csv|FILE.xlsx|FILE.pdf]``. Without a file the report is printed as a text table.
They act as the shop's owner at ``--till``; days are the shop's (this computer's) days."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pos.services.database import Database

BY = (
    "totals",
    "product",
    "category",
    "cashier",
    "tender",
    "day",
    "week",
    "month",
    "hour",
    "weekday",
    "tax",
    "top",
    "bottom",
    "margin",
)
SUFFIXES = (".csv", ".xlsx", ".pdf")


def add_report_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    global_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The ``report`` command and its ``sales`` report; ``global_options`` adds ``--db``,
    ``--till`` ... to the report itself, so that they may come after it too."""
    report = commands.add_parser(
        "report", help="sales reports over a period (see: report sales -h)"
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    sales = kinds.add_parser(
        "sales",
        help="sales less refunds over a period, cut by product, category, day ...",
        description="Sales less refunds from --from to --to (both days included, this "
        "computer's days), printed as a table, or saved as CSV, Excel or PDF when FILE is "
        "given. Example: shoptill report sales --by product --from 2026-03-01 "
        "--to 2026-03-31 march.csv",
    )
    sales.add_argument("--by", choices=BY, default="totals", help="what to cut the sales by")
    sales.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="the first day")
    sales.add_argument(
        "--to", dest="last", metavar="YYYY-MM-DD", help="the last day (default: the first)"
    )
    sales.add_argument(
        "--period",
        choices=("day", "week", "month", "year"),
        help="instead of --from/--to: the day, week, month or year holding --on",
    )
    sales.add_argument("--on", metavar="YYYY-MM-DD", help="with --period (default: today)")
    sales.add_argument(
        "--compare", action="store_true", help="add the previous period's figures beside"
    )
    sales.add_argument("--top", type=int, default=10, metavar="N", help="for --by top/bottom")
    sales.add_argument(
        "--rank", choices=("amount", "quantity"), default="amount", help="for --by top/bottom"
    )
    sales.add_argument(
        "--margin-by",
        choices=("product", "category", "day", "week", "month"),
        default="product",
        help="for --by margin",
    )
    sales.add_argument(
        "--tax-by", choices=("day", "week", "month", "year"), default="month", help="for --by tax"
    )
    sales.add_argument("file", nargs="?", type=Path, metavar="FILE", help="save it here instead")
    global_options(sales)


def _period(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pos.domain.errors import InvalidInput
    from pos.services.reports.period import PeriodKind, custom, preset
    from pos.services.stock.value_dates import local_today, parse_day

    if args.period is not None:
        if args.first or args.last:
            raise InvalidInput("Give either --period or --from/--to, not both.")
        return preset(PeriodKind(args.period), parse_day(args.on) if args.on else local_today())
    if not args.first:
        raise InvalidInput("Say which days: --from YYYY-MM-DD [--to YYYY-MM-DD], or --period.")
    first = parse_day(args.first)
    return custom(first, parse_day(args.last) if args.last else first)


def cmd_report(db: Database, args: argparse.Namespace) -> int:
    from pos.domain.errors import InvalidInput
    from pos.services.dto import Actor
    from pos.services.reports.buckets import TimeGroup
    from pos.services.reports.cells import period_text, title_text
    from pos.services.reports.export import save_csv, save_xlsx, text_table
    from pos.services.reports.products import Ranking
    from pos.services.reports.table import ReportBy, ReportRequest, build_table
    from pos.services.settings import get_settings
    from pos.services.shop import owner

    out: Path | None = args.file
    if out is not None and out.suffix.lower() not in SUFFIXES:
        raise InvalidInput(f"Save the report as a .csv, .xlsx or .pdf file, not '{out.name}'.")
    request = ReportRequest(
        ReportBy(args.by),
        _period(args),
        compare=args.compare,
        count=args.top,
        ranking=Ranking(args.rank),
        margin_by=args.margin_by,
        tax_by=TimeGroup(args.tax_by),
    )
    shop = get_settings(db)
    # Worded in plain English (pos.services.reports.words.ENGLISH), numbers and days in the
    # shop's locale.
    table = build_table(db, Actor(owner(db).id, args.till), request)
    if out is None:
        print(text_table(table, shop.locale))
        return 0
    suffix = out.suffix.lower()
    if suffix == ".csv":
        save_csv(table, out, shop)
    elif suffix == ".xlsx":
        save_xlsx(table, out, locale=shop.locale)
    else:
        from receipts.sales_report_pdf import save_sales_report_pdf

        save_sales_report_pdf(table, out, shop_name=shop.shop_name, locale=shop.locale)
    print(f"{title_text(table)}, {period_text(table.period, shop.locale)}, saved to {out}")
    return 0


REPORT_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "report": cmd_report,
}
