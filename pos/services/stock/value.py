"""Stock value at a date: what the shop held, at cost, by category and in total.

Read from the ledger, so any past day can be asked for (an accountant's year end):

- **Quantity** of a product at day D: the sum of its movements made before the end of D
  (``value_dates.end_of_day``: midnight on this computer's clock).
- **Unit cost** at D: the ``unit_cost`` its last movement up to D recorded (the product's
  cost when it moved; a delivery records the delivery's cost). Movements written before
  unit costs were kept (migration 0006) have none: the product's current cost stands in
  (the cost when a month-end snapshot was written, for the months before it).
  "Last" is the ledger's order of writing (movement id).
- **Category**: each product counts in its category of now, at every date.
- **Value** = quantity x unit cost. Stock below zero (sold before the delivery was
  booked) is shown and counted at its negative value, so that the total agrees with the
  ledger and with today's on hand x cost; ``below_zero`` says how many products that is, so
  they can be counted. Products holding exactly zero are left out.
- Each category's value is rounded to the currency's smallest coin; the total is the sum
  of the rounded categories, so the report adds up on paper.

Today's value is Σ on hand x cost for every product whose cost has not changed since it last
moved. The sums start from the month-end snapshot before the date (``value_snapshots``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal

from sqlalchemy import func, select, tuple_

from pos.db.engine import Database
from pos.db.tables import categories, products, stock_movements
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.money import currency, round_money
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorize
from pos.services.stock.value_dates import check_past_date, end_of_day, local_today
from pos.services.stock.value_snapshots import ensure_snapshot, latest_snapshot, snapshot_day
from pos.services.stock.value_sums import Since, category_sums

ZERO = Decimal(0)
#: How the products without a category are listed.
NO_CATEGORY = "No category"


@dataclass(frozen=True, slots=True)
class CategoryValue:
    """One category's stock at the date. ``category_id`` None: products with no category."""

    category_id: int | None
    name: str
    #: Products holding stock (above or below zero) at the date.
    products: int
    quantity: Decimal
    value: Decimal
    below_zero: int


@dataclass(frozen=True, slots=True)
class StockValue:
    """The shop's stock at the end of ``on``, by category (by name, "No category" last)."""

    on: date
    #: The end of the day in UTC: movements made before it count.
    until: datetime
    currency: str
    categories: tuple[CategoryValue, ...]
    products: int
    quantity: Decimal
    value: Decimal
    below_zero: int


@dataclass(frozen=True, slots=True)
class ProductValue:
    """One product's stock at the date, for the drill-down and the per-product export."""

    id: int
    sku: str
    name: str
    unit: Unit
    quantity: Decimal
    unit_cost: Decimal
    value: Decimal
    #: True when no movement up to the date recorded a cost: the current cost stands in.
    cost_assumed: bool
    #: Where the next page starts (``product_values(after=...)``): its name key and id.
    sort_key: tuple[str, int]


def stock_value(
    db: Database,
    on: date | None = None,
    *,
    actor: Actor,
    tz: tzinfo | None = None,
    snapshots: bool = True,
) -> StockValue:
    """The stock value at the end of ``on`` (today when None), per category and in total.

    ``tz`` is the shop's time zone, this computer's when None. The month-end snapshot
    before ``on`` is written first if it is missing (``value_snapshots``); with
    ``snapshots`` False the whole ledger is summed instead (slow on a big ledger; the
    benchmark and the tests compare the two).

    The stock value is a report of costs: ``actor`` needs SEE_REPORTS and SEE_COSTS,
    checked before the snapshot is written.

    Raises:
        InvalidInput: ``on`` is a day still to come.
        NotAllowed: the user may not see reports or costs.
    """
    with db.read() as uow:
        _may_see_values(uow, actor)
    today = local_today(tz)
    day = check_past_date(on if on is not None else today, tz)
    until = end_of_day(day, tz)
    month_end = snapshot_day(day, today)
    if snapshots and month_end is not None:
        ensure_snapshot(db, month_end, tz)
    with db.read() as uow:
        money = currency(read_settings(uow).currency)
        names = dict(uow.connection.execute(select(categories.c.id, categories.c.name)).all())
        since = latest_snapshot(uow, until) if snapshots else Since()
        sums = category_sums(uow, until, since)
    rows = []
    for sums_row in sums:
        name = (
            names.get(sums_row.category_id, NO_CATEGORY)
            if sums_row.category_id is not None
            else NO_CATEGORY
        )
        rows.append(
            CategoryValue(
                sums_row.category_id,
                name,
                sums_row.products,
                sums_row.quantity,
                round_money(sums_row.value, money),
                sums_row.below_zero,
            )
        )
    rows.sort(key=lambda row: (row.category_id is None, row.name.casefold()))
    return StockValue(
        on=day,
        until=until,
        currency=money.code,
        categories=tuple(rows),
        products=sum(row.products for row in rows),
        quantity=sum((row.quantity for row in rows), ZERO),
        value=sum((row.value for row in rows), ZERO),
        below_zero=sum(row.below_zero for row in rows),
    )


def product_values(
    db: Database,
    until: datetime,
    category_id: int | None,
    *,
    actor: Actor,
    after: tuple[str, int] | None = None,
    limit: int = 200,
) -> list[ProductValue]:
    """One page of a category's products holding stock at ``until``, by name.

    ``until`` is ``StockValue.until``; ``category_id`` None lists the products with no
    category. Pages follow on by name: pass the last row's ``sort_key`` as ``after``. Each
    product's figures come from its own movements (an index range), so a page costs the
    same at the start and the end of a big category.
    """
    moves = stock_movements.alias("m")
    mine = (moves.c.product_id == products.c.id) & (moves.c.created_at < until)
    quantity = select(func.sum(moves.c.quantity)).where(mine).scalar_subquery()
    unit_cost = (
        select(moves.c.unit_cost).where(mine).order_by(moves.c.id.desc()).limit(1)
    ).scalar_subquery()
    in_category = (
        products.c.category_id.is_(None)
        if category_id is None
        else products.c.category_id == category_id
    )
    inner = select(
        products.c.id,
        products.c.sku,
        products.c.name,
        products.c.unit,
        products.c.search_key,
        products.c.cost,
        quantity.label("quantity"),
        unit_cost.label("unit_cost"),
    ).where(in_category)
    if after is not None:
        inner = inner.where(tuple_(products.c.search_key, products.c.id) > tuple_(*after))
    page = inner.order_by(products.c.search_key, products.c.id).subquery()
    query = (
        select(page).where(page.c.quantity != 0).order_by(page.c.search_key, page.c.id).limit(limit)
    )
    with db.read() as uow:
        _may_see_values(uow, actor)
        rows = uow.connection.execute(query).all()
    values = []
    for pid, sku, name, unit, key, cost, held, recorded in rows:
        price = cost if recorded is None else recorded
        values.append(
            ProductValue(
                pid, sku, name, Unit(unit), held, price, held * price, recorded is None, (key, pid)
            )
        )
    return values


def _may_see_values(uow: UnitOfWork, actor: Actor) -> None:
    """Stock values are costs, in a report: both permissions (or an approver with them)."""
    authorize(uow, actor, Permission.SEE_REPORTS)
    authorize(uow, actor, Permission.SEE_COSTS)
