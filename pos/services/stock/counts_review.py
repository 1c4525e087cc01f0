"""Reviewing a count: its lines page by page, its totals, and what in its scope nobody counted.

A count may hold 100,000 lines: every read here is a bounded page taken by keyset (the last
row's sort key), never the whole count. Variances in money are at the cost each line keeps:
the product's cost when it was counted while the count is open, its cost at posting after.
Keeping it on the line lets the totals and the sort read the lines alone, not a random
product row of a million for each.

The money of a line is computed in SQL on the stored integers (thousandths of a unit times
thousandths of money), so the sort "biggest losses first" is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Select,
    Subquery,
    and_,
    exists,
    func,
    or_,
    select,
    text,
    type_coerce,
)

from pos.db.engine import Database
from pos.db.tables import (
    ACTIVE_SORT_KEY,
    categories,
    products,
    stock_count_lines,
    stock_counts,
    users,
)
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import NotFound
from pos.services.dto import Actor
from pos.services.staff.permissions import sees_costs
from pos.services.stock.counts_start import CountScope, in_scope

_lines = stock_count_lines.c
#: The raw stored integers: quantities and money are both in thousandths.
_counted = type_coerce(_lines.counted, BigInteger)
_expected = type_coerce(_lines.expected, BigInteger)
_cost_raw = func.coalesce(type_coerce(_lines.unit_cost, BigInteger), 0)
#: The variance in money, in millionths (thousandths of a unit x thousandths of money).
_money = ((_counted - _expected) * _cost_raw).label("value")
#: The variance in units (thousandths): the LOSSES order for a user who may not see costs,
#: whom an order by money would tell which lines cost most.
_units = (_counted - _expected).label("value")


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
    #: The cost and the variance at cost (millionths): None for a user who may not see
    #: costs (SEE_COSTS).
    unit_cost: Decimal | None
    value_millionths: int | None
    #: What the LOSSES order sorts by: the variance at cost, or in units (thousandths)
    #: for a user who may not see costs.
    order_value: int = 0
    #: Who counted it last and the manager whose PIN let them (empty for none), by name.
    counted_by: str = ""
    approved_by: str = ""

    @property
    def variance(self) -> Decimal:
        return self.counted - self.expected

    @property
    def variance_value(self) -> Decimal | None:
        """The variance at cost, unrounded (round it in the shop's currency to show it);
        None for a user who may not see costs."""
        if self.value_millionths is None:
            return None
        return Decimal(self.value_millionths).scaleb(-6)

    @property
    def key(self) -> tuple[int, int]:
        """The keyset position after this line when sorted by losses."""
        return (self.order_value, self.line_id)


@dataclass(frozen=True, slots=True)
class ReviewTotals:
    """A count's figures: lines, the losses and gains at cost, what was not counted."""

    lines: int
    lines_with_variance: int
    #: The losses and gains at cost: None for a user who may not see costs.
    loss: Decimal | None
    gain: Decimal | None
    uncounted: int

    @property
    def net(self) -> Decimal | None:
        if self.gain is None or self.loss is None:
            return None
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


@dataclass(frozen=True, slots=True)
class CountPeople:
    """Who posted a count and the manager who approved it (its posting's approver, else
    the one who approved starting it), by name: empty while open or for none."""

    posted_by: str
    approved_by: str


_poster = users.alias("poster")
_count_approver = users.alias("count_approver")
_PEOPLE = (
    select(stock_counts.c.id, _poster.c.name, _count_approver.c.name)
    .outerjoin(_poster, _poster.c.id == stock_counts.c.posted_by)
    .outerjoin(_count_approver, _count_approver.c.id == stock_counts.c.approver_id)
)


def count_people(db: Database, count_id: int) -> CountPeople:
    """Who posted count ``count_id`` and who approved, as its documents print them. Users
    are deactivated, never deleted: a name is found however long ago they left.

    Raises:
        NotFound: there is no such count.
    """
    with db.read() as uow:
        row = uow.connection.execute(_PEOPLE.where(stock_counts.c.id == count_id)).first()
    if row is None:
        raise NotFound("That count no longer exists.")
    return CountPeople(row[1] or "", row[2] or "")


_PAGE_COLUMNS = (
    _lines.id,
    _lines.product_id,
    _lines.expected,
    _lines.counted,
    _lines.user_id,
    _lines.approver_id,
)
_counter = users.alias("counter")
_approver = users.alias("approver")


def _page_rows(page: Subquery, order: list[Any]) -> Select[Any]:
    """The page's lines with their products' names: the products are read for its rows only."""
    return (
        select(
            page.c.id,
            page.c.product_id,
            products.c.sku,
            products.c.name,
            categories.c.name,
            products.c.unit,
            page.c.expected,
            page.c.counted,
            page.c.unit_cost,
            page.c.value,
            page.c.money,
            _counter.c.name,
            _approver.c.name,
        )
        .join_from(page, products, products.c.id == page.c.product_id)
        .outerjoin(categories, categories.c.id == products.c.category_id)
        .outerjoin(_counter, _counter.c.id == page.c.user_id)
        .outerjoin(_approver, _approver.c.id == page.c.approver_id)
        .order_by(*order)
    )


def count_lines(
    db: Database,
    count_id: int,
    order: LineOrder = LineOrder.LOSSES,
    *,
    after: tuple[int, int] | None = None,
    limit: int = 200,
    actor: Actor | None = None,
) -> list[ReviewLine]:
    """Up to ``limit`` lines of a count, after the keyset position ``after`` (a line's
    ``key`` for LOSSES; ``(0, line_id)`` for NEWEST).

    Costs and values only for an ``actor`` who may see costs (SEE_COSTS): for anyone
    else they are None, and LOSSES puts the biggest shortfalls in units first."""
    with db.read() as uow:
        costs = actor is not None and sees_costs(uow, actor)
        rows = uow.connection.execute(_page_query(count_id, order, after, limit, costs)).all()
    return [
        ReviewLine(
            lid,
            pid,
            sku,
            name,
            cat,
            Unit(unit),
            exp,
            cnt,
            cost if costs else None,
            int(money) if costs else None,
            int(value),
            counter or "",
            approver or "",
        )
        for lid, pid, sku, name, cat, unit, exp, cnt, cost, value, money, counter, approver in rows
    ]


def _page_query(
    count_id: int, order: LineOrder, after: tuple[int, int] | None, limit: int, costs: bool
) -> Select[Any]:
    """One page of lines in ``order``; LOSSES by money with ``costs``, else by units."""
    sort = _money if costs else _units
    cost = func.coalesce(_lines.unit_cost, 0).label("unit_cost")
    query = select(*_PAGE_COLUMNS, sort, cost, _money.label("money")).where(
        _lines.count_id == count_id
    )
    if order is LineOrder.LOSSES:
        if after is not None:
            value, line_id = after
            query = query.where(or_(sort > value, and_(sort == value, _lines.id > line_id)))
        page = query.order_by(sort, _lines.id).limit(limit).subquery()
        outer: list[Any] = [page.c.value, page.c.id]
    else:
        if after is not None:
            query = query.where(_lines.id < after[1])
        page = query.order_by(_lines.id.desc()).limit(limit).subquery()
        outer = [page.c.id.desc()]
    return _page_rows(page, outer)


def review_totals(db: Database, count_id: int, actor: Actor | None = None) -> ReviewTotals:
    """The count's totals and how many products in its scope have no line; the losses
    and gains at cost only for an ``actor`` who may see costs (else None)."""
    value = _money
    with db.read() as uow:
        costs = actor is not None and sees_costs(uow, actor)
        scope = _scope(uow, count_id)
        lines, varied, loss, gain = uow.connection.execute(
            select(
                func.count(),
                func.count().filter(_counted != _expected),
                func.coalesce(func.sum(value).filter(value < 0), 0),
                func.coalesce(func.sum(value).filter(value > 0), 0),
            )
            .select_from(stock_count_lines)
            .where(_lines.count_id == count_id)
        ).one()
        uncounted = _uncounted_number(uow, count_id, scope, lines)
    return ReviewTotals(
        lines,
        varied,
        Decimal(int(loss)).scaleb(-6) if costs else None,
        Decimal(int(gain)).scaleb(-6) if costs else None,
        uncounted,
    )


def _scope(uow: UnitOfWork, count_id: int) -> CountScope:
    scope = uow.connection.scalar(select(stock_counts.c.scope).where(stock_counts.c.id == count_id))
    if scope is None:
        raise NotFound("That count no longer exists.")
    return CountScope(scope)


def _uncounted_number(uow: UnitOfWork, count_id: int, scope: CountScope, lines: int) -> int:
    """Products in scope without a line: the scope's size less the count's lines.

    A scan refuses products outside the scope, so every line is in it, unless its product
    left the scope since (moved to another category, deactivated); the list of uncounted
    products (``uncounted_products``) checks each one. Counting "in scope and no line"
    directly would probe the lines once for each product of a million-product catalog.
    """
    conn = uow.connection
    if scope is CountScope.ALL:
        # Every product, less the inactive ones: both are answered from indexes (the
        # products' smallest, and the "active first" sort index), not the table.
        everything = conn.scalar(select(func.count()).select_from(products))
        inactive = conn.scalar(
            select(func.count()).select_from(products).where(text(f"({ACTIVE_SORT_KEY}) = 1"))
        )
        in_scope_count = int(everything or 0) - int(inactive or 0)
    else:
        in_scope_count = int(
            conn.scalar(select(func.count()).select_from(products).where(in_scope(count_id, scope)))
            or 0
        )
    return max(in_scope_count - lines, 0)


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
