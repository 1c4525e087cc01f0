"""The stock ledger: every change is a movement row; ``on_hand`` is kept in step with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import bindparam, func, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import products, stock_movements
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, check_quantity
from pos.domain.errors import InvalidInput, NotFound
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorized


class MovementKind(StrEnum):
    SALE = "sale"
    REFUND = "refund"
    RECEIPT = "receipt"
    ADJUSTMENT = "adjustment"
    COUNT = "count"
    #: Opening stock set by a products import (``pos.services.catalog.import_apply``).
    IMPORT = "import"


#: Prepared once: a sale runs them for every cart. Each UPDATE locks its product row until
#: commit (SQLite's BEGIN IMMEDIATE already holds the write lock) and returns the new figure.
_MOVE_STOCK = Prepared(
    update(products)
    .where(products.c.id == bindparam("product_id"))
    .values(on_hand=products.c.on_hand + bindparam("change", type_=products.c.on_hand.type))
    .returning(products.c.on_hand, products.c.cost)
)
_INSERT_MOVEMENTS = Prepared(insert(stock_movements))
_MOVEMENT_COLUMNS = ("product_id", "quantity", "on_hand_after", "unit_cost")


class Move(NamedTuple):
    """One product's stock going up (positive) or down (negative).

    The movement records ``unit_cost``, or the product's cost as it stands when none is given.
    A named tuple rather than a frozen dataclass: a sale makes one per line, and setting a
    frozen dataclass's fields one by one cost more than the tuple.
    """

    product_id: int
    quantity: Decimal
    unit_cost: Decimal | None = None


def apply_moves(
    uow: UnitOfWork,
    moves: Sequence[Move],
    kind: MovementKind,
    *,
    user_id: int | None,
    till: str,
    at: datetime,
    sale_id: int | None = None,
    reason: str = "",
    document: str = "",
) -> list[Decimal]:
    """Record ``moves`` in the ledger and the on-hand cache, in the caller's transaction.

    Returns each product's on-hand figure after its move, in the order of ``moves``. Each
    move is one ``on_hand = on_hand + change ... RETURNING on_hand``, taken in product-id
    order so that two tills selling the same products lock them in the same order and never
    deadlock; a product twice in one cart adds up. The ledger rows then go in with one
    executemany. ``document`` is the printed number of the stock document the moves
    belong to ("D000012"); a sale's moves name it by ``sale_id`` instead.

    Raises:
        NotFound: a move names a product that does not exist.
    """
    after_each: list[Decimal] = [Decimal(0)] * len(moves)
    cost_each: list[Decimal] = [Decimal(0)] * len(moves)
    for index in sorted(range(len(moves)), key=lambda i: moves[i].product_id):
        move = moves[index]
        moved = _MOVE_STOCK.first(uow, {"product_id": move.product_id, "change": move.quantity})
        if moved is None:
            raise NotFound("That product does not exist.")
        after_each[index], cost_each[index] = moved
    # Rows as tuples, what every row shares bound once (the timestamp's text, the till):
    # a sale's five movements through dictionaries cost more than their INSERT.
    _INSERT_MOVEMENTS.run_rows(
        uow,
        _MOVEMENT_COLUMNS,
        [
            (
                move.product_id,
                move.quantity,
                after,
                cost if move.unit_cost is None else move.unit_cost,
            )
            for move, after, cost in zip(moves, after_each, cost_each, strict=True)
        ],
        {
            "kind": kind.value,
            "reason": reason,
            "sale_id": sale_id,
            "user_id": user_id,
            "till": till,
            "created_at": at,
            "document": document,
        },
    )
    return after_each


def _unit(uow: UnitOfWork, product_id: int) -> Unit:
    unit = uow.connection.scalar(select(products.c.unit).where(products.c.id == product_id))
    if unit is None:
        raise NotFound("That product does not exist.")
    return Unit(unit)


def receive_stock(
    db: Database,
    product_id: int,
    quantity: Decimal,
    *,
    actor: Actor,
    reason: str = "delivery",
) -> Decimal:
    """Add delivered goods to stock (RECEIVE). Returns the new on-hand figure."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        check_quantity(quantity, _unit(uow, product_id))
        (after,) = apply_moves(
            uow,
            [Move(product_id, quantity)],
            MovementKind.RECEIPT,
            user_id=actor.user_id,
            till=actor.till,
            at=utcnow(),
            reason=reason,
        )
        uow.commit()
        return after


def adjust_stock(
    db: Database, product_id: int, change: Decimal, *, actor: Actor, reason: str
) -> Decimal:
    """Correct stock up or down (breakage, theft, a found box), with the reason (ADJUST)."""
    if change == 0:
        raise InvalidInput("An adjustment of zero changes nothing.")
    if not reason.strip():
        raise InvalidInput("Say why the stock changes: it goes in the stock history.")
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.ADJUST)
        check_quantity(abs(change), _unit(uow, product_id))
        (after,) = apply_moves(
            uow,
            [Move(product_id, change)],
            MovementKind.ADJUSTMENT,
            user_id=actor.user_id,
            till=actor.till,
            at=utcnow(),
            reason=reason.strip(),
        )
        uow.commit()
        return after


@dataclass(frozen=True, slots=True)
class LedgerMismatch:
    """A product whose on-hand figure disagrees with the sum of its movements."""

    product_id: int
    sku: str
    on_hand: Decimal
    ledger: Decimal


def ledger_mismatches(uow: UnitOfWork) -> list[LedgerMismatch]:
    """Every product whose cached on-hand differs from its ledger."""
    moves = stock_movements.c
    ledger = (
        select(moves.product_id, func.sum(moves.quantity).label("total"))
        .group_by(moves.product_id)
        .subquery()
    )
    rows = uow.connection.execute(
        select(products.c.id, products.c.sku, products.c.on_hand, ledger.c.total)
        .outerjoin(ledger, ledger.c.product_id == products.c.id)
        .where(products.c.on_hand != func.coalesce(ledger.c.total, 0))
    )
    return [
        LedgerMismatch(pid, sku, on_hand, total if total is not None else Decimal(0))
        for pid, sku, on_hand, total in rows
    ]
