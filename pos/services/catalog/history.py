"""A product's history: its stock movements with the balance after each, and its prices.

Both are read newest first by keyset pages: a page is the next ``limit`` rows below the
last id shown, found on the (product_id, id) index, so the ten-thousandth page of a product
with 100,000 movements costs what the first does (OFFSET would walk every row before it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select

from pos.db.engine import Database
from pos.db.tables import price_changes, stock_movements, users
from pos.domain.errors import InvalidInput

#: Rows a page holds unless asked otherwise: a screenful or two.
PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True, slots=True)
class MovementRow:
    """One stock movement: what changed, and the stock on hand just after it."""

    id: int
    at: datetime
    kind: str
    quantity: Decimal
    balance: Decimal
    reason: str
    till: str
    user: str | None


@dataclass(frozen=True, slots=True)
class PriceChangeRow:
    """One change of price: from what, to what, when, and who made it."""

    id: int
    at: datetime
    old_price: Decimal
    new_price: Decimal
    user: str | None
    till: str


_MOVEMENTS = (
    select(
        stock_movements.c.id,
        stock_movements.c.created_at,
        stock_movements.c.kind,
        stock_movements.c.quantity,
        stock_movements.c.on_hand_after,
        stock_movements.c.reason,
        stock_movements.c.till,
        users.c.name,
    )
    .select_from(stock_movements.outerjoin(users, users.c.id == stock_movements.c.user_id))
    .order_by(stock_movements.c.id.desc())
)

_PRICES = (
    select(
        price_changes.c.id,
        price_changes.c.changed_at,
        price_changes.c.old_price,
        price_changes.c.new_price,
        users.c.name,
        price_changes.c.till,
    )
    .select_from(price_changes.outerjoin(users, users.c.id == price_changes.c.user_id))
    .order_by(price_changes.c.id.desc())
)


def _check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidInput(f"A page holds 1 to {MAX_PAGE_SIZE} rows.")
    return limit


def movements_page(
    db: Database, product_id: int, *, before_id: int | None = None, limit: int = PAGE_SIZE
) -> tuple[MovementRow, ...]:
    """Up to ``limit`` of a product's stock movements, newest first, older than ``before_id``.

    The balance is the on-hand figure recorded with each movement (the ledger's running
    total), so no page needs the rows before it. Fewer than ``limit`` rows: the last page.
    """
    query: Select[Any] = _MOVEMENTS.where(stock_movements.c.product_id == product_id)
    if before_id is not None:
        query = query.where(stock_movements.c.id < before_id)
    with db.read() as uow:
        rows: list[Any] = list(uow.connection.execute(query.limit(_check_limit(limit))))
        return tuple(MovementRow(*row) for row in rows)


def price_history_page(
    db: Database, product_id: int, *, before_id: int | None = None, limit: int = PAGE_SIZE
) -> tuple[PriceChangeRow, ...]:
    """Up to ``limit`` of a product's price changes, newest first, older than ``before_id``."""
    query: Select[Any] = _PRICES.where(price_changes.c.product_id == product_id)
    if before_id is not None:
        query = query.where(price_changes.c.id < before_id)
    with db.read() as uow:
        rows: list[Any] = list(uow.connection.execute(query.limit(_check_limit(limit))))
        return tuple(PriceChangeRow(*row) for row in rows)
