"""Gross margin from cost: what the goods sold brought in before tax, less what they cost.

The sale lines keep no cost. Each sale writes a stock movement per line, and since
migration 0006 that movement records the product's unit cost at that moment: the cost at
the time of sale, used here. Lines whose movement has none (sales made before then) fall
back to the product's cost as it stands now; the report counts those lines and says so.
A refund takes its amount and its goods' cost back off (its own movement's cost).

Only someone allowed to see costs gets this report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, case, func, select, type_coerce
from sqlalchemy.engine import Connection

from pos.db.engine import Database
from pos.db.tables import categories, products, sale_lines, sales, stock_movements
from pos.services.dto import Actor
from pos.services.reports.buckets import TimeGroup, fold, period_keys, utc_slot, whole_hours
from pos.services.reports.common import REFUND, ZERO, Bounds, may_see_reports
from pos.services.reports.period import Period
from pos.services.reports.products import NO_CATEGORY
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorize

#: How the cost was found, said under the report.
COST_NOTE = (
    "Cost: each product's unit cost when it was sold (recorded by the sale's stock "
    "movement); {fallback} line(s) sold before ShopTill recorded it use the product's "
    "current cost."
)


@dataclass(frozen=True, slots=True)
class MarginRow:
    """Sales less refunds before tax (``net``), their cost and the margin."""

    key: str
    name: str
    net: Decimal
    cost: Decimal
    lines_at_current_cost: int = 0

    @property
    def margin(self) -> Decimal:
        return self.net - self.cost

    @property
    def margin_percent(self) -> Decimal | None:
        """The margin as a share of the net sales, to one decimal; None without sales."""
        if not self.net:
            return None
        return (self.margin * 100 / self.net).quantize(Decimal("0.1"))


@dataclass(frozen=True, slots=True)
class MarginReport:
    period: Period
    currency: str
    group: str
    rows: tuple[MarginRow, ...]
    total: MarginRow

    @property
    def note(self) -> str:
        return COST_NOTE.format(fallback=self.total.lines_at_current_cost)


def _raw(column: Any) -> Any:
    """The stored integer (thousandths), for products of two scaled columns."""
    return type_coerce(column, BigInteger)


def _lines(key: Any, bounds: Bounds) -> Any:
    """The period's sale lines, one row each, with the unit cost recorded when sold looked
    up once: a materialized CTE, so that neither SQLite nor PostgreSQL copies the lookup
    into each sum that uses it (the signed cost and the count of lines without one)."""
    recorded = (
        select(func.max(_raw(stock_movements.c.unit_cost)))
        .where(
            stock_movements.c.sale_id == sales.c.id,
            stock_movements.c.product_id == sale_lines.c.product_id,
        )
        .scalar_subquery()
    )
    return (
        select(
            key.label("key"),
            sales.c.kind.label("kind"),
            _raw(sale_lines.c.net).label("net"),
            _raw(sale_lines.c.quantity).label("quantity"),
            recorded.label("recorded"),
            _raw(products.c.cost).label("current"),
        )
        .select_from(sales)
        .join(sale_lines, sale_lines.c.sale_id == sales.c.id)
        .join(products, products.c.id == sale_lines.c.product_id)
        .where(bounds.where())
        .cte("margin_lines")
        .prefix_with("MATERIALIZED")
    )


def _sums(lines: Any) -> Any:
    """Net, cost and lines costed now, per key: a refund counts against the sales."""
    sign = case((lines.c.kind == REFUND, -1), else_=1)
    unit_cost = func.coalesce(lines.c.recorded, lines.c.current)
    return select(
        lines.c.key,
        func.sum(sign * lines.c.net),
        # thousandths of a unit times thousandths of money: millionths
        func.sum(sign * lines.c.quantity * unit_cost),
        func.sum(case((lines.c.recorded.is_(None), 1), else_=0)),
    ).group_by(lines.c.key)


def _row(key: str, name: str, net: Any, cost: Any, fallback: Any) -> MarginRow:
    return MarginRow(
        key,
        name,
        Decimal(int(net or 0)).scaleb(-3),
        Decimal(int(cost or 0)).scaleb(-6),
        int(fallback or 0),
    )


def gross_margin(
    db: Database,
    actor: Actor,
    period: Period,
    by: str | TimeGroup = "product",
    *,
    tz: tzinfo | None = None,
) -> MarginReport:
    """The margin by ``"product"``, ``"category"`` or a ``TimeGroup`` (day, week, month).

    Raises:
        NotAllowed: the user may not see reports, or may not see costs.
    """
    bounds = Bounds(*period.bounds(tz))
    with db.read() as uow:
        may_see_reports(uow, actor)
        authorize(uow, actor, Permission.SEE_COSTS)
        connection = uow.connection
        if by in ("product", "category"):
            rows = _by_item(connection, bounds, by == "category")
        else:
            rows = _by_time(connection, period, TimeGroup(by), bounds, tz)
        currency = read_settings(uow).currency
    total = MarginRow(
        "",
        "Total",
        sum((r.net for r in rows), ZERO),
        sum((r.cost for r in rows), ZERO),
        sum(r.lines_at_current_cost for r in rows),
    )
    return MarginReport(period, currency, str(by), tuple(rows), total)


def _by_item(connection: Connection, bounds: Bounds, by_category: bool) -> list[MarginRow]:
    key = products.c.category_id if by_category else products.c.id
    sums = _sums(_lines(key, bounds)).subquery()
    if by_category:
        name = func.coalesce(categories.c.name, NO_CATEGORY)
        named = select(sums, name).outerjoin(categories, categories.c.id == sums.c.key)
    else:
        named = select(sums, products.c.name).join(products, products.c.id == sums.c.key)
    rows = [
        _row(str(key) if key is not None else "", name, net, cost, fallback)
        for key, net, cost, fallback, name in connection.execute(named)
    ]
    rows.sort(key=lambda row: (-row.margin, row.name.casefold()))
    return rows


def _by_time(
    connection: Connection, period: Period, group: TimeGroup, bounds: Bounds, tz: tzinfo | None
) -> list[MarginRow]:
    slot = utc_slot(connection, sales.c.created_at, whole_hours(period, tz)).label("slot")
    found = connection.execute(_sums(_lines(slot, bounds)))
    sums = fold(found, group, tz, 3)
    return [_row(key, key, *sums.get(key, (0, 0, 0))) for key in period_keys(period, group)]
