"""X and Z reports: a look at the shift so far, and the shift closed for good.

An X report changes nothing in the shift; it is numbered (series "X") and stored so that
it can be reprinted. A Z report closes the shift: the drawer counted against what it
should hold, numbered in its own gapless series "Z", stored with every figure it shows,
entered in the audit log, and final. Two tills closing the same shift at once: one
closes it, the other is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import shift_reports, shifts, users
from pos.db.uow import UnitOfWork
from pos.domain.errors import NotFound
from pos.services.audit import record
from pos.services.cashup.drawer import DrawerCount
from pos.services.cashup.figures import ShiftFigures, shift_figures
from pos.services.cashup.integrity import figures_digest
from pos.services.cashup.report_store import figures_from_json, figures_json
from pos.services.cashup.shifts import (
    CLOSED,
    OPEN,
    ShiftDTO,
    open_shift_of,
    open_shifts,
    shift_row,
)
from pos.services.dto import Actor
from pos.services.numbering import (
    X_REPORT_SERIES,
    Z_REPORT_SERIES,
    format_number,
    parse_number,
    take_number,
)
from pos.services.settings import ZScope, read_settings
from pos.services.staff.permissions import Authorized, Permission, authorize


@dataclass(frozen=True, slots=True)
class ShiftReportDTO:
    """An X or Z report: its figures, and for a Z the drawer as counted.

    ``copy`` is True when the report is read back (a reprint says so on paper).
    """

    kind: str
    number: str
    currency: str
    figures: ShiftFigures
    counted: DrawerCount | None
    made_by: str | None
    made_at: datetime
    copy: bool = False

    @property
    def over_short(self) -> Decimal | None:
        """Counted less expected: positive over, negative short; None for an X."""
        if self.counted is None:
            return None
        return self.counted.total - self.figures.expected_cash


def x_report(db: Database, actor: Actor, *, now: datetime | None = None) -> ShiftReportDTO:
    """The figures so far of the actor's till's open shift (or, when the shop's Z covers
    every till, of every open shift); nothing in them changes.

    Raises:
        NotFound: no open shift.
        NotAllowed: the user may not see the shift's figures (a manager may approve).
    """
    with db.write() as uow:
        done = authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = _covered(uow, actor.till)
        report = _store(uow, "X", actor.till, covered, None, done, now or utcnow())
        uow.commit()
    return report


def close_shift(
    db: Database, actor: Actor, counted: DrawerCount, *, now: datetime | None = None
) -> ShiftReportDTO:
    """Close the actor's till's open shift with its drawer as ``counted``: its Z report.
    When the shop's Z covers every till (``ShopSettings.z_scope``), every open shift is
    closed in this one Z, and ``counted`` is all the drawers together.

    Raises:
        NotFound: no open shift (or another till closed it a moment ago).
        NotAllowed: the user may not close a shift (a manager may approve).
    """
    at = now or utcnow()
    with db.write() as uow:
        done = authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = _covered(uow, actor.till)
        ids = [shift.id for shift in covered]
        claimed = uow.connection.execute(
            update(shifts)
            .where(shifts.c.id.in_(ids), shifts.c.status == OPEN)
            .values(status=CLOSED, closed_at=at, closed_by=done.user_id)
        )
        if claimed.rowcount != len(ids):  # closed on another till between the read and here
            raise NotFound("That shift was closed a moment ago on another till. Nothing changed.")
        report = _store(uow, "Z", actor.till, covered, counted, done, at)
        uow.commit()
    return report


def get_report(db: Database, number: str) -> ShiftReportDTO:
    """A past X or Z report by its number ('Z000012'), as stored, marked as a copy.

    Raises:
        NotFound: no such report.
    """
    series, value = parse_number(number)
    with db.read() as uow:
        row = uow.connection.execute(
            select(
                shift_reports.c.kind,
                shift_reports.c.series,
                shift_reports.c.number,
                shift_reports.c.figures,
                shift_reports.c.created_at,
                users.c.name,
            )
            .outerjoin(users, users.c.id == shift_reports.c.user_id)
            .where(shift_reports.c.series == series.upper(), shift_reports.c.number == value)
        ).first()
        currency = read_settings(uow).currency
    if row is None or series.upper() not in (X_REPORT_SERIES, Z_REPORT_SERIES):
        raise NotFound(f"There is no X or Z report {number}.")
    figures, counted = figures_from_json(row.figures)
    return ShiftReportDTO(
        row.kind,
        format_number(row.series, row.number),
        currency,
        figures,
        counted,
        row.name,
        row.created_at,
        copy=True,
    )


def _covered(uow: UnitOfWork, till: str) -> list[ShiftDTO]:
    """The shifts a report of ``till`` covers: its own, or every open one."""
    if read_settings(uow).z_scope is ZScope.SHOP:
        found = open_shifts(uow)
        if not found:
            raise NotFound("No till has an open shift: nothing has been sold since the last Z.")
        return found
    shift = open_shift_of(uow, till)
    if shift is None:
        raise NotFound(f"{till} has no open shift: nothing has been sold since the last Z.")
    return [shift]


def _store(
    uow: UnitOfWork,
    kind: str,
    till: str,
    covered: list[ShiftDTO],
    counted: DrawerCount | None,
    done: Authorized,
    at: datetime,
) -> ShiftReportDTO:
    user_id, approver_id = done.user_id, done.approver_id
    figures = shift_figures(uow, [shift_row(shift) for shift in covered], at)
    # The report belongs to the shift of the till that made it, if that is among them.
    own = next((shift for shift in covered if shift.till == till), covered[0])
    series = Z_REPORT_SERIES if kind == "Z" else X_REPORT_SERIES
    number = take_number(uow, series)
    stored = figures_json(figures, counted)
    uow.connection.execute(
        insert(shift_reports),
        {
            "kind": kind,
            "series": series,
            "number": number,
            "shift_id": own.id,
            "till": till,
            "period_start": figures.period_start,
            "period_end": figures.period_end,
            "figures": stored,
            "user_id": user_id,
            "approver_id": approver_id,
            "created_at": at,
        },
    )
    printed = format_number(series, number)
    details = {"number": printed, "net": str(figures.net), "figures_sha256": figures_digest(stored)}
    if counted is not None:
        details |= {
            "expected": str(figures.expected_cash),
            "counted": str(counted.total),
            "over_short": str(counted.total - figures.expected_cash),
        }
    record(uow, f"{kind.lower()}_report", user_id, till, approver_id=approver_id, **details)
    made_by = uow.connection.scalar(select(users.c.name).where(users.c.id == user_id))
    currency = read_settings(uow).currency
    return ShiftReportDTO(kind, printed, currency, figures, counted, made_by, at)
