"""The headless end-of-day commands: ``open-shift``, ``cash``, ``x-report``, ``z-report``
and ``shift-report`` (a past report again). They act as the shop's owner at ``--till``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pos.services.database import Database

if TYPE_CHECKING:  # loaded only when an end-of-day command runs
    from pos.services.cashup.drawer import DrawerCount
    from pos.services.cashup.reports import ShiftReportDTO
    from pos.services.settings import ShopSettings


def add_cashup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The end-of-day subcommands."""
    opening = commands.add_parser(
        "open-shift", help="open this till's shift with the float in the drawer"
    )
    opening.add_argument("--float", dest="opening_float", default="0", metavar="AMOUNT")
    cash = commands.add_parser(
        "cash", help="put cash into the drawer or take it out, outside a sale"
    )
    cash.add_argument("direction", choices=("in", "out"))
    cash.add_argument("amount", metavar="AMOUNT")
    cash.add_argument("--reason", choices=("change", "supplier", "bank", "other"), default="other")
    cash.add_argument("--note", default="", help="why (needed with --reason other)")
    x = commands.add_parser("x-report", help="the shift's figures so far (changes nothing)")
    _outputs(x)
    z = commands.add_parser(
        "z-report", help="close this till's shift with the cash counted: its Z report"
    )
    counted = z.add_mutually_exclusive_group(required=True)
    counted.add_argument("--counted", metavar="AMOUNT", help="the cash counted, as one amount")
    counted.add_argument(
        "--pieces", metavar="VALUE=COUNT,...", help="the cash counted by note and coin: 20=4,1=3"
    )
    z.add_argument(
        "--checked",
        action="append",
        choices=("card", "mobile", "other"),
        default=[],
        metavar="TENDER",
        help="a total checked against the card terminal's or the phone's (card, mobile, "
        "other; once each); the Z prints the others as not checked",
    )
    _outputs(z)
    again = commands.add_parser("shift-report", help="a past X or Z report again, as a copy")
    again.add_argument("number", metavar="NUMBER", help="e.g. Z000012")
    _outputs(again)


def _outputs(command: argparse.ArgumentParser) -> None:
    command.add_argument("--pdf", type=Path, metavar="FILE", help="also save it as a PDF")
    command.add_argument(
        "--print", dest="send_to_printer", action="store_true", help="also print it"
    )


def _actor(db: Database, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pos.services.dto import Actor
    from pos.services.shop import owner

    return Actor(owner(db).id, args.till)


def cmd_open_shift(db: Database, args: argparse.Namespace) -> int:
    from pos.services.cashup.shifts import open_shift

    shift = open_shift(db, _actor(db, args), args.opening_float)
    print(f"{shift.till}'s shift is open with {shift.opening_float} in the drawer.")
    return 0


def cmd_cash(db: Database, args: argparse.Namespace) -> int:
    from pos.services.cashup.shifts import CashDirection, CashReason, move_cash

    moved = move_cash(
        db,
        _actor(db, args),
        CashDirection(args.direction),
        args.amount,
        CashReason(args.reason),
        args.note,
    )
    print(f"Cash {moved.direction.value}: {moved.amount} ({moved.reason.value}).")
    return 0


def cmd_x_report(db: Database, args: argparse.Namespace) -> int:
    from pos.services.cashup.reports import x_report

    return _show(db, x_report(db, _actor(db, args)), args)


def cmd_z_report(db: Database, args: argparse.Namespace) -> int:
    from pos.services.cashup.reports import close_shift
    from pos.services.settings import get_settings

    counted = _counted(get_settings(db), args)
    report = close_shift(db, _actor(db, args), counted, checked=args.checked)
    return _show(db, report, args)


def cmd_shift_report(db: Database, args: argparse.Namespace) -> int:
    from pos.services.cashup.reports import get_report

    return _show(db, get_report(db, args.number), args)


def _counted(settings: ShopSettings, args: argparse.Namespace) -> DrawerCount:
    from pos.domain.errors import InvalidInput
    from pos.services.cashup.drawer import count_as_amount, count_by_pieces

    if args.counted is not None:
        return count_as_amount(settings, args.counted)
    counts: dict[Decimal, str] = {}
    for part in args.pieces.split(","):
        value, _, many = part.partition("=")
        try:
            counts[Decimal(value.strip())] = many
        except ArithmeticError:
            raise InvalidInput(f"'{part}' is not VALUE=COUNT (for example 20=4).") from None
    return count_by_pieces(settings, counts)


def _show(db: Database, report: ShiftReportDTO, args: argparse.Namespace) -> int:
    """Print the report as text; save and print it when asked. A failed PDF or printer
    is said plainly: the report itself is stored and can be made again."""
    from pos.services.settings import get_settings
    from receipts.shift_report import build_shift_report

    shop = get_settings(db)
    print(build_shift_report(report, shop).plain_text())
    if args.pdf is not None:
        from receipts.pdf import save_pdf, shift_report_pdf_for

        print(f"Saved to {save_pdf(shift_report_pdf_for(report, shop), args.pdf)}")
    if args.send_to_printer:
        from receipts.escpos_printer import print_shift_report

        print_shift_report(report, shop)
    return 0


CASHUP_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "open-shift": cmd_open_shift,
    "cash": cmd_cash,
    "x-report": cmd_x_report,
    "z-report": cmd_z_report,
    "shift-report": cmd_shift_report,
}
