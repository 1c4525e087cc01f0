"""A till's shift: opened with a float in the drawer, with cash put in and taken out.

Every sale and refund belongs to its till's open shift (``shift_for_sale``). The till asks
for the float when a shift begins; should a sale come first (the command line, a till
that skipped the question), the sale opens the shift itself with an empty drawer, so
that no sale ever waits for paperwork.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, bindparam, insert, literal_column, select
from sqlalchemy.exc import IntegrityError

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import cash_movements, shifts, users
from pos.db.uow import UnitOfWork
from pos.domain.cart import check_amount
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.money import ZERO, Currency, round_money
from pos.services.audit import record
from pos.services.cashup.figures import ShiftRow, expected_cash
from pos.services.dto import Actor
from pos.services.settings import ZScope, read_settings
from pos.services.staff.permissions import Permission, authorize

OPEN = "open"
CLOSED = "closed"
#: A note longer than this is a paste gone wrong.
NOTE_MAX = 200


class CashReason(StrEnum):
    """Why cash went into the drawer or out of it outside a sale."""

    #: Change bought (coins from the bank or the shop next door): in.
    CHANGE = "change"
    #: A supplier paid from the till: out.
    SUPPLIER = "supplier"
    #: Takings taken to the bank or the safe: out.
    BANK = "bank"
    #: Anything else: a note says what.
    OTHER = "other"


class CashDirection(StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True, slots=True)
class ShiftDTO:
    """A shift as the screens show it."""

    id: int
    till: str
    status: str
    opened_at: datetime
    opened_by: str | None
    opening_float: Decimal
    opened_by_id: int | None = None


@dataclass(frozen=True, slots=True)
class CashMovementDTO:
    id: int
    direction: CashDirection
    amount: Decimal
    reason: CashReason
    note: str
    at: datetime


#: Every sale asks. 'open' is written into the SQL, not bound: only then can the planner
#: use the partial index of open shifts (one row a till) instead of the till's every shift.
_OPEN_SHIFT = Prepared(
    select(shifts.c.id).where(
        and_(shifts.c.till == bindparam("till"), shifts.c.status == literal_column("'open'"))
    )
)
_OPEN_ROW = select(
    shifts.c.id,
    shifts.c.till,
    shifts.c.status,
    shifts.c.opened_at,
    shifts.c.opened_by,
    shifts.c.opening_float,
    users.c.name,
).outerjoin(users, users.c.id == shifts.c.opened_by)
_INSERT_SHIFT = Prepared(insert(shifts).returning(shifts.c.id))


def current_shift(db: Database, till: str) -> ShiftDTO | None:
    """The till's open shift, if it has one."""
    with db.read() as uow:
        return open_shift_of(uow, till)


def open_shift_of(uow: UnitOfWork, till: str) -> ShiftDTO | None:
    """The till's open shift, inside an open unit of work."""
    row = uow.connection.execute(
        _OPEN_ROW.where(shifts.c.till == till, shifts.c.status == OPEN)
    ).first()
    return None if row is None else _dto(row)


def open_shifts(uow: UnitOfWork) -> list[ShiftDTO]:
    """Every till's open shift, by till."""
    rows = uow.connection.execute(_OPEN_ROW.where(shifts.c.status == OPEN).order_by(shifts.c.till))
    return [_dto(row) for row in rows]


def covered_shifts(uow: UnitOfWork, till: str) -> list[ShiftDTO]:
    """The shifts an X or Z report of ``till`` covers: its own, or every open one when the
    shop's Z covers every till (``ShopSettings.z_scope``).

    Raises:
        NotFound: no open shift to report on.
    """
    if read_settings(uow).z_scope is ZScope.SHOP:
        found = open_shifts(uow)
        if not found:
            raise NotFound("No till has an open shift: nothing has been sold since the last Z.")
        return found
    shift = open_shift_of(uow, till)
    if shift is None:
        raise NotFound(f"{till} has no open shift: nothing has been sold since the last Z.")
    return [shift]


def _dto(row: Any) -> ShiftDTO:
    return ShiftDTO(row[0], row[1], row[2], row[3], row[6], row[5], row[4])


def shift_row(shift: ShiftDTO) -> ShiftRow:
    """What the figures need of a shift."""
    return ShiftRow(shift.id, shift.till, shift.opened_at, shift.opened_by_id, shift.opening_float)


def open_shift(
    db: Database, actor: Actor, opening_float: Decimal | str, *, now: datetime | None = None
) -> ShiftDTO:
    """Open a shift on the actor's till with ``opening_float`` in the drawer.

    Raises:
        InvalidInput: the float is not an amount, or the till's shift is already open.
    """
    with db.write() as uow:
        done = authorize(uow, actor, Permission.SELL)
        money = read_settings(uow).money
        amount = _amount(opening_float, money, "float")
        already = open_shift_of(uow, actor.till)
        if already is not None:
            raise InvalidInput(_already_open(already))
        _start(uow, actor.till, done.user_id, amount, now or utcnow(), done.approver_id)
        uow.commit()
        shift = open_shift_of(uow, actor.till)
    assert shift is not None
    return shift


def shift_for_sale(uow: UnitOfWork, till: str, user_id: int | None, at: datetime) -> int:
    """The id of the till's open shift, opened now with an empty drawer if there is none
    (inside the sale's own unit of work)."""
    found = _OPEN_SHIFT.scalar(uow, {"till": till})
    if found is not None:
        return int(found)
    return _start(uow, till, user_id, ZERO, at)


def _start(
    uow: UnitOfWork,
    till: str,
    user_id: int | None,
    amount: Decimal,
    at: datetime,
    approver_id: int | None = None,
) -> int:
    try:
        shift_id = int(
            _INSERT_SHIFT.scalar(
                uow,
                {
                    "till": till,
                    "status": OPEN,
                    "opened_at": at,
                    "opened_by": user_id,
                    "opening_float": amount,
                    "approver_id": approver_id,
                },
            )
        )
    except IntegrityError:  # another window of this till opened it a moment ago
        raise InvalidInput(f"A shift was opened on {till} at the same moment. Try again.") from None
    record(
        uow,
        "shift_opened",
        user_id,
        till,
        approver_id=approver_id,
        shift_id=shift_id,
        opening_float=str(amount),
    )
    return shift_id


def move_cash(
    db: Database,
    actor: Actor,
    direction: CashDirection,
    amount: Decimal | str,
    reason: CashReason,
    note: str = "",
) -> CashMovementDTO:
    """Put cash into the drawer or take it out, outside a sale, with the reason.

    Taking out more than the drawer should hold is refused: the figures would say the
    drawer holds less than nothing. Count the drawer (an X report) and put the difference
    in first if the drawer truly holds more.

    Raises:
        InvalidInput: no open shift, a bad amount, no note for "other", too much out.
        NotAllowed: the user may not move cash (a manager may approve).
    """
    note = note.strip()
    if reason is CashReason.OTHER and not note:
        raise InvalidInput("Say why the cash was moved: a few words in the note.")
    if len(note) > NOTE_MAX:
        raise InvalidInput(f"The note is too long: at most {NOTE_MAX} characters.")
    with db.write() as uow:
        done = authorize(uow, actor, Permission.CASH_IN_OUT)
        money = read_settings(uow).money
        value = _amount(amount, money, "amount")
        if value == ZERO:
            raise InvalidInput("Give an amount of more than zero.")
        shift = open_shift_of(uow, actor.till)
        if shift is None:
            raise NotFound(f"{actor.till} has no open shift. Open one first.")
        now = utcnow()
        if direction is CashDirection.OUT:
            held = expected_cash(uow, [shift_row(shift)])
            if value > held:
                raise InvalidInput(
                    f"The drawer should hold only {round_money(held, money)}; take out at most "
                    "that. If it holds "
                    "more, put the difference in first."
                )
        movement_id = int(
            uow.connection.scalar(
                insert(cash_movements).returning(cash_movements.c.id),
                {
                    "shift_id": shift.id,
                    "kind": direction.value,
                    "amount": value,
                    "reason": reason.value,
                    "note": note,
                    "user_id": done.user_id,
                    "approver_id": done.approver_id,
                    "till": actor.till,
                    "created_at": now,
                },
            )
        )
        record(
            uow,
            f"cash_{direction.value}",
            done.user_id,
            actor.till,
            approver_id=done.approver_id,
            amount=str(value),
            reason=reason.value,
            shift_id=shift.id,
        )
        uow.commit()
    return CashMovementDTO(movement_id, direction, value, reason, note, now)


def _amount(typed: Decimal | str, money: Currency, what: str) -> Decimal:
    try:
        value = Decimal(typed.strip()) if isinstance(typed, str) else typed
    except InvalidOperation:
        raise InvalidInput(f"The {what} '{typed}' is not an amount of money.") from None
    if not value.is_finite():
        raise InvalidInput(f"The {what} '{typed}' is not an amount of money.")
    return check_amount(value, money, what)


def _already_open(shift: ShiftDTO) -> str:
    who = f" by {shift.opened_by}" if shift.opened_by else ""
    since = shift.opened_at.astimezone()  # the till's own clock, as people read it
    return f"{shift.till}'s shift is already open (since {since:%H:%M}{who})."
