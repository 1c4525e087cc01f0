"""The tax collected per rate, per month (or day, week, year): what a shop files with its
tax authority. Sales less refunds, a refund in the period it was paid out, from each
sale's totals per rate (``sale_taxes``), the same figures its receipt printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import sale_taxes, sales
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor
from pos.services.reports.buckets import (
    CALENDAR_GROUPS,
    TimeGroup,
    group_key,
    slot_time,
    utc_slot,
    whole_hours,
)
from pos.services.reports.common import ZERO, Bounds, may_see_reports, money, signed
from pos.services.reports.period import Period
from pos.services.settings import read_settings


@dataclass(frozen=True, slots=True)
class TaxRow:
    """One rate in one month (or day, week, year): sales less refunds."""

    key: str
    name: str
    percent: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class TaxReport:
    period: Period
    currency: str
    group: str
    rows: tuple[TaxRow, ...]
    #: Each rate over the whole period.
    totals: tuple[TaxRow, ...]

    @property
    def tax(self) -> Decimal:
        return sum((row.tax for row in self.totals), ZERO)


def tax_collected(
    db: Database,
    actor: Actor,
    period: Period,
    group: TimeGroup = TimeGroup.MONTH,
    *,
    tz: tzinfo | None = None,
) -> TaxReport:
    """Net, tax and gross per rate per ``group`` of the period (by month unless told)."""
    if group not in CALENDAR_GROUPS:
        raise InvalidInput("Tax is reported by day, week, month or year.")
    with db.read() as uow:
        may_see_reports(uow, actor)
        connection = uow.connection
        slot = utc_slot(connection, sales.c.created_at, whole_hours(period, tz)).label("slot")
        found = connection.execute(
            select(
                slot,
                sale_taxes.c.tax_name,
                sale_taxes.c.tax_percent,
                func.sum(signed(sale_taxes.c.net)),
                func.sum(signed(sale_taxes.c.tax)),
                func.sum(signed(sale_taxes.c.gross)),
            )
            .select_from(sales)
            .join(sale_taxes, sale_taxes.c.sale_id == sales.c.id)
            .where(Bounds(*period.bounds(tz)).where())
            .group_by(slot, sale_taxes.c.tax_name, sale_taxes.c.tax_percent)
        ).all()
        currency = read_settings(uow).currency
    sums: dict[tuple[str, str, Decimal], list[Decimal]] = {}
    totals: dict[tuple[str, Decimal], list[Decimal]] = {}
    keys: dict[str, str] = {}  # a slot holds a row per rate: its key worked out once
    for slot_text, name, percent, net, tax, gross in found:
        key = keys.get(slot_text)
        if key is None:
            key = keys[slot_text] = group_key(slot_time(slot_text, tz), group)
        for into in (
            sums.setdefault((key, name, percent), [ZERO] * 3),
            totals.setdefault((name, percent), [ZERO] * 3),
        ):
            into[0] += money(net)
            into[1] += money(tax)
            into[2] += money(gross)

    def rate_order(name: str, percent: Decimal) -> tuple[Decimal, str]:
        return (-percent, name)

    rows = tuple(
        TaxRow(key, name, percent, *figures)
        for (key, name, percent), figures in sorted(
            sums.items(), key=lambda item: (item[0][0], *rate_order(item[0][1], item[0][2]))
        )
    )
    whole = tuple(
        TaxRow(period.label(), name, percent, *figures)
        for (name, percent), figures in sorted(
            totals.items(), key=lambda item: rate_order(*item[0])
        )
    )
    return TaxReport(period, currency, group.value, rows, whole)
