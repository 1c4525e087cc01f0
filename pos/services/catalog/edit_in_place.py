"""One field of one product changed in the products table: its name, price, cost or
reorder level, as a durable unit of work of a few Core statements.

The product dialog changes a whole product through the ORM; a price typed into the table
must save within a frame, so this path reads and writes only what the field needs, with
the same rules (``pos.services.catalog.rules``), price history and audit entry.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import products
from pos.domain.cart import check_amount
from pos.domain.errors import InvalidInput, NotFound
from pos.services import audit
from pos.services.catalog.listing import ProductRow, rows_by_id
from pos.services.catalog.rules import (
    check_name,
    check_reorder,
    cost_approver,
    record_cost_change,
    record_price_change,
)
from pos.services.dto import Actor
from pos.services.lookup import fold
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorized, may

#: What can be changed in place, and how the error messages name it.
FIELDS = {"name": "name", "price": "price", "cost": "cost", "reorder_level": "reorder level"}


def edit_in_place(
    db: Database, product_id: int, field: str, value: Any, *, actor: Actor
) -> ProductRow:
    """Set ``field`` of the product to ``value``; returns the product's row as saved.

    Raises:
        InvalidInput: the value breaks the catalog's rules (nothing is written).
        NotFound: the product is gone.
    """
    if field not in FIELDS:
        raise InvalidInput(f"The {field} cannot be changed in the table.")
    with db.write() as uow:
        asked = actor
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        # A cost is set only by whoever may see costs, or with a manager's approval.
        approver = cost_approver(uow, asked, actor) if field == "cost" else None
        old = uow.connection.execute(
            select(products.c.price, products.c.reorder_quantity, products.c.cost).where(
                products.c.id == product_id
            )
        ).first()
        if old is None:
            raise NotFound("That product does not exist any more.")
        values: dict[str, Any]
        if field == "name":
            name = check_name(str(value))
            values = {"name": name, "search_key": fold(name)}
        elif field == "reorder_level":
            check_reorder(value, old.reorder_quantity)
            values = {"reorder_level": value}
        else:
            money = read_settings(uow).money
            values = {field: check_amount(value, money, "price" if field == "price" else "cost")}
        now = utcnow()
        uow.connection.execute(
            update(products).where(products.c.id == product_id).values(**values, updated_at=now)
        )
        new_price: Decimal | None = values.get("price")
        if new_price is not None and new_price != old.price:
            record_price_change(uow, product_id, old.price, new_price, actor, now)
        new_cost: Decimal | None = values.get("cost")
        if new_cost is not None and new_cost != old.cost:
            record_cost_change(uow, product_id, old.cost, new_cost, actor, approver)
        audit.record(
            uow,
            "product_changed",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            product_id=product_id,
            **{field: value},
        )
        uow.commit()
        costs = may(uow, actor.user_id or 0, Permission.SEE_COSTS)
        return rows_by_id(uow, [product_id], costs=costs)[0]
