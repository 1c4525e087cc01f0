"""The headless staff commands: ``shoptill users`` and ``shoptill reset-pin USER``.

``reset-pin`` is the owner's way back in when the PIN and the recovery code are both lost:
it needs the database itself (the shop's own machine, or the server's password), so
whoever can run it owns the shop already. It never prints the PIN. Never imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from pos.domain.errors import InvalidInput
from pos.services.database import Database


def add_staff_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``users`` and ``reset-pin`` subcommands."""
    commands.add_parser(
        "users",
        help="list the staff: name, role, active, has a PIN, locked",
        description="List everyone on the staff, with their role, whether they are active, "
        "have a PIN, and are locked out for too many wrong PINs.",
    )
    reset = commands.add_parser(
        "reset-pin",
        help="give USER a new PIN (when the owner forgot it), unlocking them",
        description="Give the staff member USER (their name) a new PIN, asked twice, and "
        "lift any lock for wrong PINs. For an owner who forgot the PIN and lost the "
        "recovery code: it works on the shop's own machine, where the database is.",
    )
    reset.add_argument("user", metavar="USER", help="the staff member's name, e.g. Alex")
    reset.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the new PIN from the first line of standard input (for scripts)",
    )


def cmd_users(db: Database, args: argparse.Namespace) -> int:
    from pos.services.staff.users import list_staff

    staff = list_staff(db)
    width = max([len("Name"), *(len(m.name) for m in staff)])
    print(f"{'Name':<{width}}  {'Role':<8}  {'Active':<6}  {'PIN':<3}  Locked")
    for m in staff:
        until = m.locked_until
        locked = "no" if until is None else until.astimezone().strftime("until %H:%M")
        print(
            f"{m.name:<{width}}  {m.role:<8}  {_yes(m.active):<6}  {_yes(m.has_pin):<3}  {locked}"
        )
    return 0


def cmd_reset_pin(db: Database, args: argparse.Namespace) -> int:
    from pos.services.staff.reset import reset_pin

    pin = _read_pin(args.pin_stdin)
    member = reset_pin(db, args.user, pin, till=args.till)
    print(f"{member.name} has a new PIN and is not locked out.")
    return 0


def _read_pin(from_stdin: bool) -> str:
    """The new PIN: one line of standard input, or typed twice without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New PIN (4 to 8 digits): ")
    again = getpass.getpass("The same PIN again: ")
    if first != again:
        raise InvalidInput("The two PINs are not the same: nothing was changed.")
    return first


def _yes(value: bool) -> str:
    return "yes" if value else "no"


STAFF_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "users": cmd_users,
    "reset-pin": cmd_reset_pin,
}
