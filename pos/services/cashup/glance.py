"""Today at a glance, for the owner's home view: the cash flow a small shop lives by.

What sold today so far against the same weekday last week at the same time of day, the
cash the drawer should hold now, how many products are low, and the last Z. Days are the
till's local days (this computer's clock), as the shop lives them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import products, sales, shift_reports
from pos.db.uow import UnitOfWork
from pos.domain.money import ZERO
from pos.services.cashup.figures import REFUND, expected_cash
from pos.services.cashup.report_store import figures_from_json
from pos.services.cashup.shifts import open_shift_of, shift_row
from pos.services.dto import Actor
from pos.services.numbering import format_number
from pos.services.staff.permissions import Permission, authorize
from pos.services.stock.reorder import is_low

WEEK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class LastZ:
    number: str
    at: datetime
    net: Decimal
    over_short: Decimal | None


@dataclass(frozen=True, slots=True)
class Glance:
    """Today so far. ``last_week`` is the same weekday a week ago, up to the same time.

    ``drawer`` is what the till's drawer should hold (None with no open shift)."""

    sales_today: Decimal
    sales_count: int
    last_week: Decimal
    drawer: Decimal | None
    low_stock: int
    last_z: LastZ | None

    @property
    def change(self) -> Decimal | None:
        """Today against last week, in percent; None when last week sold nothing."""
        if self.last_week == ZERO:
            return None
        return (self.sales_today - self.last_week) * 100 / self.last_week


def glance(db: Database, actor: Actor, *, now: datetime | None = None) -> Glance:
    """Today at a glance for the actor's till.

    Raises:
        NotAllowed: the user may not see reports (a manager may approve).
    """
    moment = (now or datetime.now(UTC)).astimezone()  # the till's local time
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_REPORTS)
        today, count = _takings(uow, midnight, moment)
        last_week, _ = _takings(uow, midnight - WEEK, moment - WEEK)
        shift = open_shift_of(uow, actor.till)
        drawer = None
        if shift is not None:
            drawer = expected_cash(uow, [shift_row(shift)])
        low = int(
            uow.connection.scalar(select(func.count()).select_from(products).where(is_low())) or 0
        )
        return Glance(today, count, last_week, drawer, low, _last_z(uow))


def _takings(uow: UnitOfWork, start: datetime, end: datetime) -> tuple[Decimal, int]:
    """Sales less refunds charged from ``start`` to ``end``, and how many sales."""
    total, count = ZERO, 0
    made = sales.c.created_at
    for kind, how_many, amount in uow.connection.execute(
        select(sales.c.kind, func.count(), func.sum(sales.c.total))
        .where(made >= start.astimezone(UTC), made < end.astimezone(UTC))
        .group_by(sales.c.kind)
    ):
        if kind == REFUND:
            total -= amount or ZERO
        else:
            total += amount or ZERO
            count += int(how_many)
    return total, count


def _last_z(uow: UnitOfWork) -> LastZ | None:
    row = uow.connection.execute(
        select(
            shift_reports.c.series,
            shift_reports.c.number,
            shift_reports.c.created_at,
            shift_reports.c.figures,
        )
        .where(shift_reports.c.kind == "Z")
        .order_by(shift_reports.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    figures, counted = figures_from_json(row.figures)
    over_short = None if counted is None else counted.total - figures.expected_cash
    return LastZ(format_number(row.series, row.number), row.created_at, figures.net, over_short)
