"""Sales over a period, sales less refunds: the totals, and the same figures by local day,
week, month, hour or weekday, and by cashier; the money by tender.

A refund counts in the period it was paid out in, whatever day the sale was: that is the
money that left the drawer then, as on the Z report. Every figure here is read from the
``sales`` and ``payments`` rows alone (no lines), so a year costs what its sales hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection

from pos.db.engine import Database
from pos.db.tables import payments, sales, users
from pos.domain.payments import PaymentMethod
from pos.services.dto import Actor
from pos.services.reports.buckets import (
    CALENDAR_GROUPS,
    TimeGroup,
    fold,
    period_keys,
    utc_slot,
    whole_hours,
)
from pos.services.reports.common import (
    REFUND,
    SALE,
    ZERO,
    Bounds,
    may_see_reports,
    money,
    only,
    signed,
)
from pos.services.reports.period import Period
from pos.services.settings import read_settings


@dataclass(frozen=True, slots=True)
class SalesFigures:
    """Sales less refunds. ``gross`` is the sales at their prices before discounts,
    ``sales_total`` what customers were charged, ``net`` that less ``refunds`` (all tax
    included, as the till charges); ``tax`` the tax in ``net``."""

    sales_count: int = 0
    refunds_count: int = 0
    gross: Decimal = ZERO
    discounts: Decimal = ZERO
    sales_total: Decimal = ZERO
    refunds: Decimal = ZERO
    net: Decimal = ZERO
    tax: Decimal = ZERO

    @property
    def net_of_tax(self) -> Decimal:
        return self.net - self.tax


@dataclass(frozen=True, slots=True)
class TotalsReport:
    period: Period
    currency: str
    figures: SalesFigures
    previous: SalesFigures | None


@dataclass(frozen=True, slots=True)
class SalesRow:
    """One day, week, month, hour, weekday or cashier: its figures, and the net of the
    row it is compared with in the previous period (None when not compared)."""

    key: str
    label: str
    figures: SalesFigures
    previous_net: Decimal | None = None


@dataclass(frozen=True, slots=True)
class SalesRows:
    period: Period
    currency: str
    group: str
    rows: tuple[SalesRow, ...]
    total: SalesFigures
    previous_total: SalesFigures | None


@dataclass(frozen=True, slots=True)
class TenderRow:
    """Money taken one way, less what refunds paid out that way; ``references`` counts the
    payments that carry one (mobile money codes)."""

    method: str
    payments: int
    amount: Decimal
    references: int


@dataclass(frozen=True, slots=True)
class TenderReport:
    period: Period
    currency: str
    rows: tuple[TenderRow, ...]
    total: Decimal


def _figure_columns() -> list[Any]:
    return [
        func.count(only(SALE, sales.c.id)),
        func.count(only(REFUND, sales.c.id)),
        func.sum(only(SALE, sales.c.subtotal)),
        func.sum(only(SALE, sales.c.discount)),
        func.sum(only(SALE, sales.c.total)),
        func.sum(only(REFUND, sales.c.total)),
        func.sum(signed(sales.c.tax)),
    ]


def _figures(values: Any) -> SalesFigures:
    sold, refunded, gross, discounts, total, refunds, tax = values
    total, refunds = money(total), money(refunds)
    return SalesFigures(
        int(sold or 0),
        int(refunded or 0),
        money(gross),
        money(discounts),
        total,
        refunds,
        total - refunds,
        money(tax),
    )


def _totals(connection: Connection, bounds: Bounds) -> SalesFigures:
    return _figures(connection.execute(select(*_figure_columns()).where(bounds.where())).one())


def sales_totals(
    db: Database, actor: Actor, period: Period, *, compare: bool = False, tz: tzinfo | None = None
) -> TotalsReport:
    """The period's totals, and the previous period's when ``compare``."""
    with db.read() as uow:
        may_see_reports(uow, actor)
        figures = _totals(uow.connection, Bounds(*period.bounds(tz)))
        previous = (
            _totals(uow.connection, Bounds(*period.previous().bounds(tz))) if compare else None
        )
        return TotalsReport(period, read_settings(uow).currency, figures, previous)


def _by_time(
    connection: Connection, period: Period, group: TimeGroup, tz: tzinfo | None
) -> dict[str, SalesFigures]:
    slot = utc_slot(connection, sales.c.created_at, whole_hours(period, tz)).label("slot")
    rows = connection.execute(
        select(slot, *_figure_columns()).where(Bounds(*period.bounds(tz)).where()).group_by(slot)
    )
    return {key: _figures(values) for key, values in fold(rows, group, tz, 7).items()}


def sales_by_time(
    db: Database,
    actor: Actor,
    period: Period,
    group: TimeGroup,
    *,
    compare: bool = False,
    tz: tzinfo | None = None,
) -> SalesRows:
    """The period cut by local day, week, month, year, hour of day or weekday: every row
    of the period, those with no sale too. Compared with the previous period row by row
    (its first day with this first day ...), hours and weekdays with the same hour or day.
    """
    with db.read() as uow:
        may_see_reports(uow, actor)
        current = _by_time(uow.connection, period, group, tz)
        before = period.previous()
        previous = _by_time(uow.connection, before, group, tz) if compare else None
        currency = read_settings(uow).currency
        total = _totals(uow.connection, Bounds(*period.bounds(tz)))
        previous_total = _totals(uow.connection, Bounds(*before.bounds(tz))) if compare else None
    keys = period_keys(period, group)
    if previous is None:
        matched: list[str | None] = [None] * len(keys)
    elif group in CALENDAR_GROUPS:
        earlier = period_keys(before, group)
        matched = [earlier[i] if i < len(earlier) else None for i in range(len(keys))]
    else:
        matched = list(keys)
    rows = tuple(
        SalesRow(
            key,
            key,
            current.get(key, SalesFigures()),
            None
            if previous is None
            else (previous.get(other, SalesFigures()).net if other is not None else ZERO),
        )
        for key, other in zip(keys, matched, strict=True)
    )
    return SalesRows(period, currency, group.value, rows, total, previous_total)


def sales_by_cashier(
    db: Database, actor: Actor, period: Period, *, compare: bool = False, tz: tzinfo | None = None
) -> SalesRows:
    """Each cashier's sales less refunds (the refund under whoever paid it out)."""
    with db.read() as uow:
        may_see_reports(uow, actor)
        bounds = Bounds(*period.bounds(tz))
        current = _by_cashier(uow.connection, bounds)
        before = Bounds(*period.previous().bounds(tz))
        previous = _by_cashier(uow.connection, before) if compare else None
        currency = read_settings(uow).currency
        total = _totals(uow.connection, bounds)
        previous_total = _totals(uow.connection, before) if compare else None
    names = sorted(current, key=lambda name: (-current[name].net, name.casefold()))
    rows = tuple(
        SalesRow(
            name,
            name,
            current[name],
            None if previous is None else previous.get(name, SalesFigures()).net,
        )
        for name in names
    )
    return SalesRows(period, currency, "cashier", rows, total, previous_total)


def _by_cashier(connection: Connection, bounds: Bounds) -> dict[str, SalesFigures]:
    sums = (
        select(sales.c.cashier_id, *_figure_columns())
        .where(bounds.where())
        .group_by(sales.c.cashier_id)
        .subquery()
    )
    rows = connection.execute(
        select(func.coalesce(users.c.name, "?"), *list(sums.c)[1:]).outerjoin(
            users, users.c.id == sums.c.cashier_id
        )
    )
    return {name: _figures(values) for name, *values in rows}


def sales_by_tender(
    db: Database, actor: Actor, period: Period, *, tz: tzinfo | None = None
) -> TenderReport:
    """Money by way of payment (cash, card, mobile money ...), refunds paid out taken off,
    with the number of payments and of those with a reference."""
    with db.read() as uow:
        may_see_reports(uow, actor)
        rows = uow.connection.execute(
            select(
                payments.c.method,
                func.count(),
                func.sum(signed(payments.c.amount)),
                func.sum(case((payments.c.reference != "", 1), else_=0)),
            )
            .join(sales, sales.c.id == payments.c.sale_id)
            .where(Bounds(*period.bounds(tz)).where())
            .group_by(payments.c.method)
        ).all()
        currency = read_settings(uow).currency
    order = {method.value: i for i, method in enumerate(PaymentMethod)}
    lines = sorted(
        (
            TenderRow(method, int(count), money(amount), int(refs or 0))
            for method, count, amount, refs in rows
        ),
        key=lambda row: (order.get(row.method, len(order)), row.method),
    )
    return TenderReport(period, currency, tuple(lines), sum((r.amount for r in lines), ZERO))
