"""Posting a count: each line's variance becomes a count movement, in one numbered transaction.

The variance of a line is counted - expected, where expected is what the ledger held when
the line was counted. The movement adds it to the on hand of *now*: stock sold after the
shelf was counted stays sold (on hand 10; 9 counted; one sold; posted: on hand 8).

Two tills pressing Post at once: the first statement is ``UPDATE ... SET status = 'posted'
WHERE status = 'open'``. On SQLite the write lock orders them; on PostgreSQL the second
waits on the row lock, then finds the count no longer open. One posts, the other is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import exists, func, insert, literal, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import products, stock_count_lines, stock_counts
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.numbering import COUNT_SERIES, format_number, take_number
from pos.services.staff.permissions import Permission, authorized
from pos.services.stock.counts_start import OPEN, POSTED, CountScope, in_scope, not_open_message
from pos.services.stock.movements import Move, MovementKind, apply_moves

_lines = stock_count_lines.c


class Uncounted(StrEnum):
    """What posting does with products in scope nobody counted."""

    #: Leave their stock as it is.
    KEEP = "keep"
    #: They were looked for and not found: count them as zero.
    ZERO = "zero"


@dataclass(frozen=True, slots=True)
class PostedCount:
    """What a post did: the count's number, its lines and the movements made."""

    count_id: int
    number: str
    lines: int
    movements: int


def post_count(
    db: Database, actor: Actor, count_id: int, uncounted: Uncounted = Uncounted.KEEP
) -> PostedCount:
    """Post count ``count_id``: one count movement per line whose count differs from what
    was expected, numbered in series C, all in one transaction.

    Raises:
        InvalidInput: nothing was counted, or the count is posted (perhaps just now, by
            another till) or cancelled. Nothing is written then.
    """
    now = utcnow()
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.POST_COUNT)
        conn = uow.connection
        # First: claim the count. Whoever changes the row from open wins.
        claimed = conn.execute(
            update(stock_counts)
            .where(stock_counts.c.id == count_id, stock_counts.c.status == OPEN)
            .values(
                status=POSTED,
                uncounted=uncounted.value,
                posted_by=actor.user_id,
                posted_at=now,
                # The posting's approver, else whoever approved starting the count.
                approver_id=func.coalesce(actor.approver_id, stock_counts.c.approver_id),
            )
            .returning(stock_counts.c.scope)
        ).first()
        if claimed is None:
            raise InvalidInput(not_open_message(uow, count_id))
        scope = CountScope(claimed[0])
        has_lines = conn.scalar(select(exists().where(_lines.count_id == count_id)))
        if not has_lines:
            raise InvalidInput(
                "Nothing has been counted in this count yet: scan or type what is on the "
                "shelves, then post."
            )
        number = take_number(uow, COUNT_SERIES)
        document = format_number(COUNT_SERIES, number)
        conn.execute(
            update(stock_counts)
            .where(stock_counts.c.id == count_id)
            .values(series=COUNT_SERIES, number=number)
        )
        if uncounted is Uncounted.ZERO:
            _count_the_rest_as_zero(uow, actor, count_id, scope)
        _fill_costs(uow, count_id)
        moves = [
            Move(product_id, counted - expected, cost)
            for product_id, counted, expected, cost in conn.execute(
                select(_lines.product_id, _lines.counted, _lines.expected, _lines.unit_cost)
                .where(_lines.count_id == count_id, _lines.counted != _lines.expected)
                .order_by(_lines.product_id)
            )
        ]
        if moves:
            apply_moves(
                uow,
                moves,
                MovementKind.COUNT,
                user_id=actor.user_id,
                till=actor.till,
                at=now,
                reason="stock count",
                document=document,
            )
        lines = conn.scalar(select(func.count()).where(_lines.count_id == count_id))
        record(
            uow,
            "stock_count.post",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            count_id=count_id,
            number=document,
            movements=len(moves),
            uncounted=uncounted.value,
            # The variance total (counted - expected, summed) at cost, unrounded.
            variance_value=sum((m.quantity * (m.unit_cost or 0) for m in moves), Decimal(0)),
        )
        uow.commit()
    return PostedCount(count_id, document, int(lines or 0), len(moves))


def _count_the_rest_as_zero(
    uow: UnitOfWork, actor: Actor, count_id: int, scope: CountScope
) -> None:
    """A line of 0 for every product in scope with none, expecting its on hand of now."""
    now = utcnow()
    rest = select(
        literal(count_id),
        products.c.id,
        literal(Decimal(0), type_=stock_count_lines.c.counted.type),
        products.c.on_hand,
        literal(now, type_=stock_count_lines.c.counted_at.type),
        literal(now, type_=stock_count_lines.c.updated_at.type),
        literal(actor.user_id, type_=stock_count_lines.c.user_id.type),
        literal(actor.till, type_=stock_count_lines.c.till.type),
        literal(actor.approver_id, type_=stock_count_lines.c.approver_id.type),
    ).where(
        in_scope(count_id, scope),
        ~exists().where(_lines.count_id == count_id, _lines.product_id == products.c.id),
    )
    uow.connection.execute(
        insert(stock_count_lines).from_select(
            [
                "count_id",
                "product_id",
                "counted",
                "expected",
                "counted_at",
                "updated_at",
                "user_id",
                "till",
                "approver_id",
            ],
            rest,
        )
    )


def _fill_costs(uow: UnitOfWork, count_id: int) -> None:
    """Each line keeps its product's cost at posting: the variance report's money."""
    cost = select(products.c.cost).where(products.c.id == _lines.product_id).scalar_subquery()
    uow.connection.execute(
        update(stock_count_lines).where(_lines.count_id == count_id).values(unit_cost=cost)
    )
