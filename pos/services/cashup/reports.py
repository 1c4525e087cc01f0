"""X and Z reports: a look at the shift so far, and the shift closed for good.

An X report changes nothing in the shift; it is numbered (series "X") and stored so that
it can be reprinted. A Z report closes the shift: the drawer counted against what it
should hold, numbered in its own gapless series "Z", stored with every figure it shows,
entered in the audit log, and final. Two tills closing the same shift at once: one
closes it, the other is told.
"""

from __future__ import annotations

from collections.abc import Collection
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
from pos.services.cashup.closing import TenderCheck, blind_counts, non_cash
from pos.services.cashup.drawer import DrawerCount
from pos.services.cashup.figures import ShiftFigures, shift_figures
from pos.services.cashup.integrity import figures_digest
from pos.services.cashup.report_store import closing_from_json, figures_from_json, figures_json
from pos.services.cashup.shifts import CLOSED, OPEN, ShiftDTO, covered_shifts, shift_row
from pos.services.dto import Actor
from pos.services.numbering import (
    X_REPORT_SERIES,
    Z_REPORT_SERIES,
    format_number,
    parse_number,
    take_number,
)
from pos.services.settings import read_settings
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
    #: The audit log's seal just after this report's entry, printed on a Z when the shop
    #: asks (``ShopSettings.z_prints_seal``): paper that anchors the log.
    seal: str | None = None
    #: A Z's card and mobile money totals, each ticked or not as matching the terminal's
    #: or the phone's at closing.
    tender_checks: tuple[TenderCheck, ...] = ()
    #: A Z's blind counts confirmed before closing, first first (``closing``).
    blind_counts: tuple[Decimal, ...] = ()
    #: The manager whose PIN allowed ``made_by`` to make it; None when nobody had to.
    approved_by: str | None = None

    @property
    def over_short(self) -> Decimal | None:
        """Counted less expected: positive over, negative short; None for an X."""
        if self.counted is None:
            return None
        return self.counted.total - self.figures.expected_cash

    @property
    def first_count(self) -> Decimal | None:
        """The first blind count, when the drawer was counted again after it."""
        if self.counted is None or not self.blind_counts:
            return None
        return self.blind_counts[0] if self.recounted else None

    @property
    def recounted(self) -> bool:
        """True when the count the Z closed with is not the first blind count: the
        cashier counted again, maybe after seeing what the drawer should hold."""
        if self.counted is None or not self.blind_counts:
            return False
        return len(self.blind_counts) > 1 or self.blind_counts[0] != self.counted.total


def x_report(db: Database, actor: Actor, *, now: datetime | None = None) -> ShiftReportDTO:
    """The figures so far of the actor's till's open shift (or, when the shop's Z covers
    every till, of every open shift); nothing in them changes.

    Raises:
        NotFound: no open shift.
        NotAllowed: the user may not see the shift's figures (a manager may approve).
    """
    with db.write() as uow:
        done = authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = covered_shifts(uow, actor.till)
        report = _store(uow, "X", actor.till, covered, None, done, now or utcnow())
        uow.commit()
    return report


def figures_so_far(db: Database, actor: Actor, *, now: datetime | None = None) -> ShiftFigures:
    """The figures so far of what closing would close (the actor's till's open shift, or
    every open shift when the shop's Z covers every till), neither numbered nor stored:
    what closing shows beside the count before the shift is closed (an X report is the
    stored, printable kind).

    Raises:
        NotFound: no open shift.
        NotAllowed: the user may not see the shift's figures (a manager may approve).
    """
    with db.read() as uow:
        authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = covered_shifts(uow, actor.till)
        return shift_figures(uow, [shift_row(shift) for shift in covered], now or utcnow())


def close_shift(
    db: Database,
    actor: Actor,
    counted: DrawerCount,
    *,
    checked: Collection[str] = (),
    now: datetime | None = None,
) -> ShiftReportDTO:
    """Close the actor's till's open shift with its drawer as ``counted``: its Z report.
    When the shop's Z covers every till (``ShopSettings.z_scope``), every open shift is
    closed in this one Z, and ``counted`` is all the drawers together.

    ``checked`` names the tenders ('card', 'mobile' ...) whose totals the cashier ticked
    as matching the terminal's or the phone's; every other non-cash tender of the shift
    goes on the Z as not checked. Blind counts confirmed before (``closing``) go on the Z
    too: the first one beside the final count when they differ.

    Raises:
        NotFound: no open shift (or another till closed it a moment ago).
        NotAllowed: the user may not close a shift (a manager may approve).
    """
    at = now or utcnow()
    with db.write() as uow:
        done = authorize(uow, actor, Permission.CLOSE_SHIFT)
        covered = covered_shifts(uow, actor.till)
        ids = [shift.id for shift in covered]
        claimed = uow.connection.execute(
            update(shifts)
            .where(shifts.c.id.in_(ids), shifts.c.status == OPEN)
            .values(status=CLOSED, closed_at=at, closed_by=done.user_id)
        )
        if claimed.rowcount != len(ids):  # closed on another till between the read and here
            raise NotFound("That shift was closed a moment ago on another till. Nothing changed.")
        report = _store(uow, "Z", actor.till, covered, (counted, set(checked)), done, at)
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
                shift_reports.c.seal,
                users.c.name,
                _approvers.c.name.label("approver"),
            )
            .outerjoin(users, users.c.id == shift_reports.c.user_id)
            .outerjoin(_approvers, _approvers.c.id == shift_reports.c.approver_id)
            .where(shift_reports.c.series == series.upper(), shift_reports.c.number == value)
        ).first()
        currency = read_settings(uow).currency
    if row is None or series.upper() not in (X_REPORT_SERIES, Z_REPORT_SERIES):
        raise NotFound(f"There is no X or Z report {number}.")
    figures, counted = figures_from_json(row.figures)
    checks, counts = closing_from_json(row.figures)
    return ShiftReportDTO(
        row.kind,
        format_number(row.series, row.number),
        currency,
        figures,
        counted,
        row.name,
        row.created_at,
        copy=True,
        seal=row.seal,
        tender_checks=checks,
        blind_counts=counts,
        approved_by=row.approver,
    )


#: The users table again, for the approver's name beside the maker's.
_approvers = users.alias("approvers")


def _store(
    uow: UnitOfWork,
    kind: str,
    till: str,
    covered: list[ShiftDTO],
    closing: tuple[DrawerCount, set[str]] | None,
    done: Authorized,
    at: datetime,
) -> ShiftReportDTO:
    """Number and keep the report; ``closing`` is a Z's count and the tenders ticked."""
    user_id, approver_id = done.user_id, done.approver_id
    figures = shift_figures(uow, [shift_row(shift) for shift in covered], at)
    # The report belongs to the shift of the till that made it, if that is among them.
    own = next((shift for shift in covered if shift.till == till), covered[0])
    series = Z_REPORT_SERIES if kind == "Z" else X_REPORT_SERIES
    number = take_number(uow, series)
    counted: DrawerCount | None = None
    checks: tuple[TenderCheck, ...] = ()
    counts: tuple[Decimal, ...] = ()
    if closing is not None:
        counted = closing[0]
        checks = tuple(TenderCheck(t.method, t.method in closing[1]) for t in non_cash(figures))
        counts = blind_counts(uow, covered)
    stored = figures_json(figures, counted, checks, counts)
    printed = format_number(series, number)
    details: dict[str, object] = {
        "number": printed,
        "net": str(figures.net),
        "figures_sha256": figures_digest(stored),
    }
    if counted is not None:
        details |= {
            "expected": str(figures.expected_cash),
            "counted": str(counted.total),
            "over_short": str(counted.total - figures.expected_cash),
            "not_checked": [check.method for check in checks if not check.checked],
        }
        if counts:
            details["first_count"] = str(counts[0])
    # The entry goes first: its seal is what the Z prints, and the report keeps it.
    seal = record(uow, f"{kind.lower()}_report", user_id, till, approver_id=approver_id, **details)
    settings = read_settings(uow)
    kept = seal if kind == "Z" and settings.z_prints_seal else None
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
            "seal": kept,
        },
    )
    made_by = uow.connection.scalar(select(users.c.name).where(users.c.id == user_id))
    approved_by = (
        None
        if approver_id is None
        else uow.connection.scalar(select(users.c.name).where(users.c.id == approver_id))
    )
    return ShiftReportDTO(
        kind,
        printed,
        settings.currency,
        figures,
        counted,
        made_by,
        at,
        seal=kept,
        tender_checks=checks,
        blind_counts=counts,
        approved_by=approved_by,
    )
