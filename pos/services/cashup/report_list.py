"""Past X and Z reports, a page at a time, newest first: what the End of day screen lists
for a reprint.

A shop keeps years of reports (a Z a day, an X now and then), so the list is read in
pages by ``created_at`` (indexed). Each row carries the net and, for a Z, the over/short
from the report's stored figures: the list shows what was printed, never a recount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import shift_reports, users
from pos.services.cashup.report_store import figures_from_json
from pos.services.numbering import format_number

#: The most rows one call returns: a screen asks for a page, never the whole history.
MOST_ROWS = 500


@dataclass(frozen=True, slots=True)
class ReportListItem:
    """One past report as a line of the list."""

    number: str
    kind: str
    till: str
    period_start: datetime
    period_end: datetime
    made_by: str | None
    made_at: datetime
    net: Decimal
    #: Counted less expected for a Z (positive over, negative short); None for an X.
    over_short: Decimal | None


def count_reports(db: Database) -> int:
    """How many X and Z reports the shop has."""
    with db.read() as uow:
        return int(uow.connection.scalar(select(func.count()).select_from(shift_reports)) or 0)


def list_reports(db: Database, offset: int, limit: int) -> list[ReportListItem]:
    """Reports newest first, from the ``offset``-th, at most ``limit`` (up to 500)."""
    limit = max(0, min(limit, MOST_ROWS))
    offset = max(0, offset)
    query = (
        select(
            shift_reports.c.kind,
            shift_reports.c.series,
            shift_reports.c.number,
            shift_reports.c.till,
            shift_reports.c.period_start,
            shift_reports.c.period_end,
            users.c.name,
            shift_reports.c.created_at,
            shift_reports.c.figures,
        )
        .outerjoin(users, users.c.id == shift_reports.c.user_id)
        .order_by(shift_reports.c.created_at.desc(), shift_reports.c.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.read() as uow:
        rows = uow.connection.execute(query).all()
    return [
        ReportListItem(
            format_number(row.series, row.number),
            row.kind,
            row.till,
            row.period_start,
            row.period_end,
            row.name,
            row.created_at,
            *_net_and_over_short(row.figures),
        )
        for row in rows
    ]


def _net_and_over_short(stored: str) -> tuple[Decimal, Decimal | None]:
    """The two figures the list shows, from the report's stored figures."""
    figures, counted = figures_from_json(stored)
    if counted is None:
        return figures.net, None
    return figures.net, counted.total - figures.expected_cash
