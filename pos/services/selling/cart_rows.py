"""The carts table: the statements a till's cart is saved with, and the parked carts."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, insert, select, update

from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import carts as carts_table
from pos.domain.cart import price_cart
from pos.services.dto import ParkedCartDTO
from pos.services.selling.cart_store import cart_from_json
from pos.services.settings import ShopSettings

OPEN = "open"
PARKED = "parked"

#: The snapshot statements, built once: they run on every scan.
INSERT_CART = Prepared(insert(carts_table).returning(carts_table.c.id))
UPDATE_CART = Prepared(
    update(carts_table)
    .where(carts_table.c.id == bindparam("cart_id"))
    .values(payload=bindparam("payload"), updated_at=bindparam("updated_at"))
)
DELETE = delete(carts_table).where(carts_table.c.id == bindparam("cart_id"))
PARK = (
    update(carts_table)
    .where(carts_table.c.id == bindparam("cart_id"))
    .values(status=PARKED, label=bindparam("label"), updated_at=bindparam("updated_at"))
)
#: Takes a parked cart for this till, for the cashier resuming it (the open cart's
#: ``user_id`` is who rings it now: a restart after a crash gives it back to them); no row
#: comes back if another till took it first.
RESUME = (
    update(carts_table)
    .where(carts_table.c.id == bindparam("cart_id"), carts_table.c.status == PARKED)
    .values(
        status=OPEN,
        till=bindparam("till"),
        user_id=bindparam("user_id"),
        updated_at=bindparam("updated_at"),
    )
    .returning(carts_table.c.payload)
)
#: The open cart (still empty) passes to the cashier who signed in.
CLAIM = (
    update(carts_table)
    .where(carts_table.c.id == bindparam("cart_id"))
    .values(user_id=bindparam("user_id"))
)
OPEN_CART = (
    select(carts_table.c.id, carts_table.c.payload, carts_table.c.user_id)
    .where(carts_table.c.till == bindparam("till"), carts_table.c.status == OPEN)
    .order_by(carts_table.c.id.desc())
    .limit(1)
)
PARKED_CARTS = (
    select(carts_table).where(carts_table.c.status == PARKED).order_by(carts_table.c.updated_at)
)


def parked_carts(db: Database, settings: ShopSettings) -> list[ParkedCartDTO]:
    """Every parked cart, oldest first, from all tills."""
    with db.read() as uow:
        rows = uow.connection.execute(PARKED_CARTS)
        result = []
        for row in rows:
            cart = cart_from_json(row.payload)
            total = price_cart(cart, settings.pricing).total
            result.append(
                ParkedCartDTO(row.id, row.label, row.till, row.updated_at, len(cart.lines), total)
            )
        return result
