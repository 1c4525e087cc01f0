"""The stock ledger: every change is a movement row; ``on_hand`` is kept in step with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import bindparam, func, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.models import Product, StockMovement
from pos.db.tables import products, stock_movements
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, check_quantity
from pos.domain.errors import InvalidInput, NotFound


class MovementKind(StrEnum):
    SALE = "sale"
    REFUND = "refund"
    RECEIPT = "receipt"
    ADJUSTMENT = "adjustment"
    COUNT = "count"


#: Built once, on the tables (Core): a sale runs them for every cart.
#: The rows are locked in id order (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE
#: already holds the write lock), so the on-hand figures read stay true until commit.
_LOCK_STOCK = (
    select(products.c.id, products.c.on_hand)
    .where(products.c.id.in_(bindparam("product_ids", expanding=True)))
    .order_by(products.c.id)
    .with_for_update()
)
_MOVE_STOCK = (
    update(products)
    .where(products.c.id == bindparam("product_id"))
    .values(on_hand=products.c.on_hand + bindparam("change", type_=products.c.on_hand.type))
)
_INSERT_MOVEMENTS = insert(stock_movements)


@dataclass(frozen=True, slots=True)
class Move:
    """One product's stock going up (positive) or down (negative)."""

    product_id: int
    quantity: Decimal


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
) -> list[Decimal]:
    """Record ``moves`` in the ledger and the on-hand cache, in the caller's transaction.

    Returns each product's on-hand figure after its move. Three statements whatever the
    number of moves: lock and read the products' on-hand figures, add every change with
    ``on_hand = on_hand + change`` (one executemany), insert the ledger rows (another).

    Raises:
        NotFound: a move names a product that does not exist.
    """
    if not moves:
        return []
    connection = uow.connection
    on_hand: dict[int, Decimal] = dict(
        connection.execute(
            _LOCK_STOCK, {"product_ids": sorted({m.product_id for m in moves})}
        ).all()
    )
    rows = []
    after_each = []
    for move in moves:
        if move.product_id not in on_hand:
            raise NotFound("That product does not exist.")
        on_hand[move.product_id] += move.quantity  # a product twice in one cart adds up
        after = on_hand[move.product_id]
        after_each.append(after)
        rows.append(
            {
                "product_id": move.product_id,
                "quantity": move.quantity,
                "on_hand_after": after,
                "kind": kind.value,
                "reason": reason,
                "sale_id": sale_id,
                "user_id": user_id,
                "till": till,
                "created_at": at,
            }
        )
    connection.execute(
        _MOVE_STOCK, [{"product_id": m.product_id, "change": m.quantity} for m in moves]
    )
    connection.execute(_INSERT_MOVEMENTS, rows)
    return after_each


def _unit(uow: UnitOfWork, product_id: int) -> Unit:
    unit = uow.session.scalar(select(Product.unit).where(Product.id == product_id))
    if unit is None:
        raise NotFound("That product does not exist.")
    return Unit(unit)


def receive_stock(
    db: Database,
    product_id: int,
    quantity: Decimal,
    *,
    user_id: int | None,
    till: str,
    reason: str = "delivery",
) -> Decimal:
    """Add delivered goods to stock. Returns the new on-hand figure."""
    with db.write() as uow:
        check_quantity(quantity, _unit(uow, product_id))
        (after,) = apply_moves(
            uow,
            [Move(product_id, quantity)],
            MovementKind.RECEIPT,
            user_id=user_id,
            till=till,
            at=utcnow(),
            reason=reason,
        )
        uow.commit()
        return after


def adjust_stock(
    db: Database, product_id: int, change: Decimal, *, user_id: int | None, till: str, reason: str
) -> Decimal:
    """Correct stock up or down (breakage, theft, a found box), with the reason."""
    if change == 0:
        raise InvalidInput("An adjustment of zero changes nothing.")
    if not reason.strip():
        raise InvalidInput("Say why the stock changes: it goes in the stock history.")
    with db.write() as uow:
        check_quantity(abs(change), _unit(uow, product_id))
        (after,) = apply_moves(
            uow,
            [Move(product_id, change)],
            MovementKind.ADJUSTMENT,
            user_id=user_id,
            till=till,
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
    ledger = (
        select(StockMovement.product_id, func.sum(StockMovement.quantity).label("total"))
        .group_by(StockMovement.product_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(Product.id, Product.sku, Product.on_hand, ledger.c.total)
        .outerjoin(ledger, ledger.c.product_id == Product.id)
        .where(Product.on_hand != func.coalesce(ledger.c.total, 0))
    )
    return [
        LedgerMismatch(pid, sku, on_hand, total if total is not None else Decimal(0))
        for pid, sku, on_hand, total in rows
    ]
