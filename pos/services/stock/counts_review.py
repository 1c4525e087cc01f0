"""Reviewing a count: its lines page by page, its totals, and what in its scope nobody counted.

A count may hold 100,000 lines: every read here is a bounded page taken by keyset (the last
row's sort key), never the whole count. Variances in money are at the product's cost while
the count is open, and at the cost it had when the count was posted afterwards.

The money of a line is computed in SQL on the stored integers (thousandths of a unit times
thousandths of money), so the sort "biggest losses first" is exact and an index walk away.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import BigInteger, and_, exists, func, or_, select, type_coerce

from pos.db.engine import Database
from pos.db.tables import categories, products, stock_count_lines, stock_counts
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import NotFound
from pos.services.stock.counts_start import CountScope, in_scope

_lines = stock_count_lines.c
#: The raw stored integers: quantities and money are both in thousandths.
_counted = type_coerce(_lines.counted, BigInteger)
_expected = type_coerce(_lines.expected, BigInteger)
_cost_raw = func.coalesce(
    type_coerce(_lines.unit_cost, BigInteger), type_coerce(products.c.cost, BigInteger)
)
#: The variance in money, in millionths (thousandths of a unit x thousandths of money).
_money = ((_counted - _expected) * _cost_raw).label("value")


class LineOrder(StrEnum):
    """How a page of lines is sorted."""

    #: Biggest losses in money first (the review).
    LOSSES = "losses"
    #: The line made last first (the counting view).
    NEWEST = "newest"


@dataclass(frozen=True, slots=True)
class ReviewLine:
    """One product's line: expected, counted and the variance in units and money."""

    line_id: int
    product_id: int
    sku: str
    name: str
    category: str | None
    unit: Unit
    expected: Decimal
    counted: Decimal
    unit_cost: Decimal
    value_millionths: int

    @property
    def variance(self) -> Decimal:
        return self.counted - self.expected

    @property
    def variance_value(self) -> Decimal:
        """The variance at cost, unrounded (round it in the shop's currency to show it)."""
        return Decimal(self.value_millionths).scaleb(-6)

    @property
    def key(self) -> tuple[int, int]:
        """The keyset position after this line when sorted by losses."""
        return (self.value_millionths, self.line_id)


@dataclass(frozen=True, slots=True)
class ReviewTotals:
    """A count's figures: lines, the losses and gains at cost, what was not counted."""

    lines: int
    lines_with_variance: int
    loss: Decimal
    gain: Decimal
    uncounted: int

    @property
    def net(self) -> Decimal:
        return self.gain + self.loss


@dataclass(frozen=True, slots=True)
class UncountedProduct:
    """A product in the count's scope that has no line."""

    product_id: int
    sku: str
    name: str
    category: str | None
    unit: Unit
    on_hand: Decimal


_LINE = (
    select(
        _lines.id,
        _lines.product_id,
        products.c.sku,
        products.c.name,
        categories.c.name,
        products.c.unit,
        _lines.expected,
        _lines.counted,
        func.coalesce(_lines.unit_cost, products.c.cost),
        _money,
    )
    .join_from(stock_count_lines, products, products.c.id == _lines.product_id)
    .outerjoin(categories, categories.c.id == products.c.category_id)
)


def count_lines(
    db: Database,
    count_id: int,
    order: LineOrder = LineOrder.LOSSES,
    *,
    after: tuple[int, int] | None = None,
    limit: int = 200,
) -> list[ReviewLine]:
    """Up to ``limit`` lines of a count, after the keyset position ``after`` (a line's
    ``key`` for LOSSES; ``(0, line_id)`` for NEWEST)."""
    query = _LINE.where(_lines.count_id == count_id)
    if order is LineOrder.LOSSES:
        if after is not None:
            value, line_id = after
            query = query.where(or_(_money > value, and_(_money == value, _lines.id > line_id)))
        query = query.order_by(_money, _lines.id)
    else:
        if after is not None:
            query = query.where(_lines.id < after[1])
        query = query.order_by(_lines.id.desc())
    with db.read() as uow:
        rows = uow.connection.execute(query.limit(limit))
        return [
            ReviewLine(lid, pid, sku, name, cat, Unit(unit), exp, cnt, cost, int(value))
            for lid, pid, sku, name, cat, unit, exp, cnt, cost, value in rows
        ]


def review_totals(db: Database, count_id: int) -> ReviewTotals:
    """The count's totals and how many products in its scope have no line."""
    value = _money
    with db.read() as uow:
        scope = _scope(uow, count_id)
        lines, varied, loss, gain = uow.connection.execute(
            select(
                func.count(),
                func.count().filter(_counted != _expected),
                func.coalesce(func.sum(value).filter(value < 0), 0),
                func.coalesce(func.sum(value).filter(value > 0), 0),
            )
            .select_from(stock_count_lines)
            .join(products, products.c.id == _lines.product_id)
            .where(_lines.count_id == count_id)
        ).one()
        uncounted = _uncounted_number(uow, count_id, scope, lines)
    return ReviewTotals(
        lines,
        varied,
        Decimal(int(loss)).scaleb(-6),
        Decimal(int(gain)).scaleb(-6),
        uncounted,
    )


def _scope(uow: UnitOfWork, count_id: int) -> CountScope:
    scope = uow.connection.scalar(select(stock_counts.c.scope).where(stock_counts.c.id == count_id))
    if scope is None:
        raise NotFound("That count no longer exists.")
    return CountScope(scope)


def _uncounted_number(uow: UnitOfWork, count_id: int, scope: CountScope, lines: int) -> int:
    """Products in scope without a line: the scope's size less its counted products.

    Counting the scope is one pass over an index; "in scope and no line" would probe the
    lines once per product of a million-product catalog.
    """
    in_scope_count = uow.connection.scalar(
        select(func.count()).select_from(products).where(in_scope(count_id, scope))
    )
    counted_in_scope = uow.connection.scalar(
        select(func.count())
        .select_from(stock_count_lines)
        .join(products, products.c.id == _lines.product_id)
        .where(_lines.count_id == count_id, in_scope(count_id, scope))
    )
    return max(int(in_scope_count or 0) - int(counted_in_scope or 0), 0)


def uncounted_products(
    db: Database, count_id: int, *, after_id: int | None = None, limit: int = 200
) -> list[UncountedProduct]:
    """Up to ``limit`` products in the count's scope with no line, by id after ``after_id``."""
    with db.read() as uow:
        scope = _scope(uow, count_id)
        query = (
            select(
                products.c.id,
                products.c.sku,
                products.c.name,
                categories.c.name,
                products.c.unit,
                products.c.on_hand,
            )
            .outerjoin(categories, categories.c.id == products.c.category_id)
            .where(
                in_scope(count_id, scope),
                ~exists().where(_lines.count_id == count_id, _lines.product_id == products.c.id),
            )
            .order_by(products.c.id)
            .limit(limit)
        )
        if after_id is not None:
            query = query.where(products.c.id > after_id)
        return [
            UncountedProduct(pid, sku, name, cat, Unit(unit), on_hand)
            for pid, sku, name, cat, unit, on_hand in uow.connection.execute(query)
        ]
