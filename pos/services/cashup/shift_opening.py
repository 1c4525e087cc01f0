"""Who opened the till's shift and the manager who approved the opening, for the End of
day screen.

The sale's own reading of the open shift (``shifts.current_shift``) stays as lean as it
is: every sale asks it. The screen asks this instead, once when it comes into view.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import shifts, users
from pos.services.cashup.shifts import ShiftDTO, open_shift_of

_APPROVER = select(users.c.name).join_from(shifts, users, users.c.id == shifts.c.approver_id)


@dataclass(frozen=True, slots=True)
class ShiftOpening:
    """The till's open shift and, by name, the manager whose PIN allowed opening it
    (empty when the user could alone). Users are deactivated, never deleted: a manager
    who has left since is still named."""

    shift: ShiftDTO
    approved_by: str


def shift_opening(db: Database, till: str) -> ShiftOpening | None:
    """The open shift of ``till`` with its opening's approver; None when it has none."""
    with db.read() as uow:
        shift = open_shift_of(uow, till)
        if shift is None:
            return None
        name = uow.connection.scalar(_APPROVER.where(shifts.c.id == shift.id))
        return ShiftOpening(shift, name or "")
