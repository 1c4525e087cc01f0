"""Before the Z: what the close-shift dialog may show, and the blind count kept on record.

With the shop's blind count on, what the drawer should hold stays in here until the
cashier has counted: ``start_closing`` gives the card and mobile money totals (they are
not cash, the cashier ticks them against the terminal and the phone) but no expected
cash. ``record_blind_count`` writes the count into the audit log the moment it is
confirmed and only then gives the expected figure. A cashier who sees it, cancels and
counts again may do so (coins do fall under the drawer), but the first count stays on
record and the Z prints it beside the final one, marked "recounted".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import audit_log
from pos.db.uow import UnitOfWork
from pos.domain.money import round_money
from pos.domain.payments import PaymentMethod
from pos.services.audit import record
from pos.services.cashup.drawer import DrawerCount
from pos.services.cashup.figures import ShiftFigures, TenderLine, shift_figures
from pos.services.cashup.shifts import ShiftDTO, covered_shifts, shift_row
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorize

#: The audit action of a confirmed blind count.
BLIND_COUNT_ACTION = "blind_count"


@dataclass(frozen=True, slots=True)
class TenderCheck:
    """Whether the cashier ticked a non-cash tender's total as matching the card
    terminal's (or the phone's) at closing; stored with the Z and printed on it."""

    method: str
    checked: bool


@dataclass(frozen=True, slots=True)
class Closing:
    """What closing shows before the shift is closed.

    ``figures`` is None while a blind count is still to be done: the expected cash is not
    to be seen yet. ``tenders`` (every way paid but cash) are there from the start.
    ``first_count`` is the first blind count on record for the shift, if any.
    """

    tenders: tuple[TenderLine, ...]
    figures: ShiftFigures | None
    first_count: Decimal | None

    @property
    def expected(self) -> Decimal | None:
        return None if self.figures is None else self.figures.expected_cash


def non_cash(figures: ShiftFigures) -> tuple[TenderLine, ...]:
    """The tenders the cashier checks against another machine: all but cash."""
    return tuple(line for line in figures.tenders if line.method != PaymentMethod.CASH.value)


def start_closing(db: Database, actor: Actor, *, now: datetime | None = None) -> Closing:
    """What the close-shift dialog shows on opening (nothing is written).

    Raises:
        NotFound: no open shift.
        NotAllowed: the user may not close a shift (a manager may approve).
    """
    with db.read() as uow:
        authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = covered_shifts(uow, actor.till)
        figures = shift_figures(uow, [shift_row(shift) for shift in covered], now or utcnow())
        counts = blind_counts(uow, covered)
        hidden = read_settings(uow).blind_cash_count and not counts
        return Closing(non_cash(figures), None if hidden else figures, _first(counts))


def record_blind_count(
    db: Database, actor: Actor, counted: DrawerCount, *, now: datetime | None = None
) -> Closing:
    """Keep the cashier's confirmed blind count in the audit log, then give what the
    drawer should hold. Every confirmed count is kept; the first one is what a recount
    is measured against on the Z.

    Raises:
        NotFound: no open shift.
        NotAllowed: the user may not close a shift (a manager may approve).
    """
    with db.write() as uow:
        done = authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = covered_shifts(uow, actor.till)
        figures = shift_figures(uow, [shift_row(shift) for shift in covered], now or utcnow())
        before = blind_counts(uow, covered)
        money = read_settings(uow).money
        record(
            uow,
            BLIND_COUNT_ACTION,
            done.user_id,
            actor.till,
            approver_id=done.approver_id,
            shift_ids=sorted(shift.id for shift in covered),
            amount=str(round_money(counted.total, money)),
            expected=str(round_money(figures.expected_cash, money)),
            pieces=[[str(value), many] for value, many in counted.pieces if many],
        )
        uow.commit()
    return Closing(non_cash(figures), figures, _first((*before, counted.total)))


def blind_counts(uow: UnitOfWork, covered: Sequence[ShiftDTO]) -> tuple[Decimal, ...]:
    """The blind counts confirmed for the ``covered`` shifts, first first."""
    ids = {shift.id for shift in covered}
    since = min(shift.opened_at for shift in covered)
    rows = uow.connection.execute(
        select(audit_log.c.details)
        .where(audit_log.c.at >= since, audit_log.c.action == BLIND_COUNT_ACTION)
        .order_by(audit_log.c.id)
    )
    found: list[Decimal] = []
    for (details,) in rows:
        entry = json.loads(details)
        if ids & set(entry.get("shift_ids", ())):
            found.append(Decimal(entry["amount"]))
    return tuple(found)


def _first(counts: Sequence[Decimal]) -> Decimal | None:
    return counts[0] if counts else None
