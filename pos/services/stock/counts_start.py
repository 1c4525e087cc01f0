"""Stock counts: starting one, its scope, listing and cancelling them.

A count covers a *scope* of products: all active ones, one or more categories, the items sold
since the last posted count (or today), or a hand-picked list. "Sold" and "list" are fixed
when the count starts (``stock_count_products``); "categories" keeps its categories and so
follows products moved in or out while it is open. Several counts can be open at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    func,
    insert,
    literal,
    select,
    update,
)

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import (
    categories,
    products,
    sale_lines,
    sales,
    stock_count_categories,
    stock_count_lines,
    stock_count_products,
    stock_counts,
    users,
)
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput, NotFound
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.numbering import format_number
from pos.services.staff.permissions import Permission, authorized

OPEN = "open"
POSTED = "posted"
CANCELLED = "cancelled"
#: The longest name a count can have (the column's width).
NAME_MAX = 80


class CountScope(StrEnum):
    """Which products a count covers."""

    ALL = "all"
    CATEGORIES = "categories"
    SOLD = "sold"
    LIST = "list"


@dataclass(frozen=True, slots=True)
class CountDTO:
    """A stock count as lists and headers show it. ``number`` is set once it is posted."""

    id: int
    name: str
    status: str
    scope: CountScope
    blind: bool
    number: str | None
    created_at: datetime
    created_by: str | None
    till: str
    posted_at: datetime | None
    uncounted: str | None
    lines: int

    @property
    def is_open(self) -> bool:
        return self.status == OPEN


def in_scope(count_id: int | ColumnElement[int], scope: CountScope) -> ColumnElement[bool]:
    """A condition on ``products``: the product is in count ``count_id``'s scope (a number,
    or a bound parameter in a statement built once)."""
    if scope is CountScope.ALL:
        return products.c.active.is_(True)
    if scope is CountScope.CATEGORIES:
        chosen = select(stock_count_categories.c.category_id).where(
            stock_count_categories.c.count_id == count_id
        )
        return products.c.category_id.in_(chosen.scalar_subquery())
    listed = select(stock_count_products.c.product_id).where(
        stock_count_products.c.count_id == count_id
    )
    return products.c.id.in_(listed.scalar_subquery())


def start_count(
    db: Database,
    actor: Actor,
    name: str,
    scope: CountScope,
    *,
    category_ids: Sequence[int] = (),
    product_ids: Sequence[int] = (),
    sold_since: datetime | None = None,
    blind: bool = False,
) -> CountDTO:
    """Open a new count. For ``SOLD``, ``sold_since`` defaults to the last posted count's
    time, or the start of today when no count was ever posted.

    Raises:
        InvalidInput: no name, no categories or products chosen, or nothing sold.
    """
    name = name.strip()
    if not name:
        raise InvalidInput("Give the count a name, for example 'Dairy, Friday evening'.")
    if len(name) > NAME_MAX:
        raise InvalidInput(f"A count's name can be {NAME_MAX} characters at most.")
    if scope is CountScope.CATEGORIES and not category_ids:
        raise InvalidInput("Choose at least one category to count.")
    if scope is CountScope.LIST and not product_ids:
        raise InvalidInput("Choose at least one product to count.")
    now = utcnow()
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.COUNT)
        conn = uow.connection
        if scope is CountScope.SOLD and sold_since is None:
            sold_since = last_posted_at(uow) or _start_of_today()
        count_id = conn.scalar(
            insert(stock_counts)
            .values(
                name=name,
                status=OPEN,
                scope=scope.value,
                blind=blind,
                sold_since=sold_since if scope is CountScope.SOLD else None,
                till=actor.till,
                created_by=actor.user_id,
                approver_id=actor.approver_id,
                created_at=now,
            )
            .returning(stock_counts.c.id)
        )
        assert count_id is not None
        if scope is CountScope.CATEGORIES:
            _add_categories(uow, count_id, category_ids)
        elif scope is CountScope.LIST:
            _add_products(uow, count_id, product_ids)
        elif scope is CountScope.SOLD:
            assert sold_since is not None
            _add_sold(uow, count_id, sold_since)
        record(
            uow,
            "stock_count.start",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            count_id=count_id,
            name=name,
        )
        uow.commit()
        return _read(uow, count_id)


def _add_categories(uow: UnitOfWork, count_id: int, category_ids: Sequence[int]) -> None:
    wanted = set(category_ids)
    found = set(uow.connection.scalars(select(categories.c.id).where(categories.c.id.in_(wanted))))
    if found != wanted:
        raise InvalidInput("One of the chosen categories no longer exists. Choose again.")
    uow.connection.execute(
        insert(stock_count_categories),
        [{"count_id": count_id, "category_id": cid} for cid in sorted(wanted)],
    )


def _add_products(uow: UnitOfWork, count_id: int, product_ids: Sequence[int]) -> None:
    wanted = sorted(set(product_ids))
    for start in range(0, len(wanted), 500):  # a bound IN list stays small
        batch = wanted[start : start + 500]
        found = uow.connection.scalar(
            select(func.count()).select_from(products).where(products.c.id.in_(batch))
        )
        if found != len(batch):
            raise InvalidInput("One of the chosen products no longer exists. Choose again.")
        uow.connection.execute(
            insert(stock_count_products),
            [{"count_id": count_id, "product_id": pid} for pid in batch],
        )


def _add_sold(uow: UnitOfWork, count_id: int, since: datetime) -> None:
    sold = (
        select(literal(count_id), sale_lines.c.product_id)
        .join(sales, sales.c.id == sale_lines.c.sale_id)
        .where(sales.c.created_at >= since, sales.c.kind == "sale")
        .distinct()
    )
    uow.connection.execute(
        insert(stock_count_products).from_select(["count_id", "product_id"], sold)
    )
    found = uow.connection.scalar(
        select(func.count())
        .select_from(stock_count_products)
        .where(stock_count_products.c.count_id == count_id)
    )
    if not found:
        raise InvalidInput("Nothing was sold since the last count: there is nothing to count.")


def last_posted_at(uow: UnitOfWork) -> datetime | None:
    """When the last count was posted, or None."""
    posted: datetime | None = uow.connection.scalar(
        select(func.max(stock_counts.c.posted_at)).where(stock_counts.c.status == POSTED)
    )
    return posted


def _start_of_today() -> datetime:
    """Midnight of today where the till stands, as an aware time."""
    local = datetime.now().astimezone()
    return datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)


_LINES = (
    select(func.count())
    .select_from(stock_count_lines)
    .where(stock_count_lines.c.count_id == stock_counts.c.id)
    .scalar_subquery()
)
_COUNT = select(
    stock_counts.c.id,
    stock_counts.c.name,
    stock_counts.c.status,
    stock_counts.c.scope,
    stock_counts.c.blind,
    stock_counts.c.series,
    stock_counts.c.number,
    stock_counts.c.created_at,
    users.c.name,
    stock_counts.c.till,
    stock_counts.c.posted_at,
    stock_counts.c.uncounted,
    _LINES,
).outerjoin(users, users.c.id == stock_counts.c.created_by)


def _dto(row: tuple) -> CountDTO:  # type: ignore[type-arg]
    cid, name, status, scope, blind, series, number, created, who, till, posted, unc, n = row
    printed = format_number(series, number) if number is not None else None
    return CountDTO(
        cid, name, status, CountScope(scope), blind, printed, created, who, till, posted, unc, n
    )


def _read(uow: UnitOfWork, count_id: int) -> CountDTO:
    row = uow.connection.execute(_COUNT.where(stock_counts.c.id == count_id)).first()
    if row is None:
        raise NotFound("That count no longer exists.")
    return _dto(tuple(row))


def get_count(db: Database, count_id: int) -> CountDTO:
    """One count, with how many lines it has."""
    with db.read() as uow:
        return _read(uow, count_id)


def list_counts(
    db: Database, status: str, *, before_id: int | None = None, limit: int = 100
) -> list[CountDTO]:
    """Up to ``limit`` counts of ``status`` ("open", "posted"), newest first, older than
    ``before_id`` when given (the next page)."""
    query = _COUNT.where(stock_counts.c.status == status)
    if before_id is not None:
        query = query.where(stock_counts.c.id < before_id)
    with db.read() as uow:
        rows = uow.connection.execute(query.order_by(stock_counts.c.id.desc()).limit(limit))
        return [_dto(tuple(row)) for row in rows]


def cancel_count(db: Database, actor: Actor, count_id: int) -> None:
    """Give up an open count: its lines stay for the record, nothing moves.

    Raises:
        InvalidInput: the count is posted or cancelled already.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.POST_COUNT)
        done = uow.connection.execute(
            update(stock_counts)
            .where(stock_counts.c.id == count_id, stock_counts.c.status == OPEN)
            .values(status=CANCELLED)
        )
        if done.rowcount != 1:
            raise InvalidInput(not_open_message(uow, count_id))
        record(
            uow,
            "stock_count.cancel",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            count_id=count_id,
        )
        uow.commit()


def not_open_message(uow: UnitOfWork, count_id: int) -> str:
    """Why count ``count_id`` is not open (posted, cancelled, gone), in plain words."""
    row = uow.connection.execute(
        select(stock_counts.c.status, stock_counts.c.series, stock_counts.c.number).where(
            stock_counts.c.id == count_id
        )
    ).first()
    if row is None:
        return "That count no longer exists."
    status, series, number = row
    if status == POSTED:
        return (
            f"This count was posted as {format_number(series, number)}: it cannot change. "
            "Start a new count of those items to correct it."
        )
    return "This count was cancelled: it cannot change."
