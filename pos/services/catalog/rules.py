"""The catalog's rules for what a product may be, and its price history: one place for
every way a product is made or changed (dialog, edit in place, import, bulk change)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import insert, select

from pos.db.tables import price_changes, suppliers
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput
from pos.services import audit
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize

#: The longest product name a receipt, a label and the screen can show.
NAME_MAX = 120
SKU_MAX = 40


def normalize_sku(sku: str) -> str:
    """SKUs are kept upper case so that typing them is not case sensitive."""
    cleaned = sku.strip().upper()
    if not cleaned or len(cleaned) > SKU_MAX:
        raise InvalidInput(f"A SKU needs 1 to {SKU_MAX} characters.")
    return cleaned


def check_name(name: str) -> str:
    """A product's name with its spaces tidied; empty or too long is refused."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("A product needs a name.")
    if len(cleaned) > NAME_MAX:
        raise InvalidInput(f"Product names can have {NAME_MAX} characters at most.")
    return cleaned


def check_reorder(level: Decimal, quantity: Decimal) -> None:
    """The reorder level and quantity: neither below zero."""
    if level < 0:
        raise InvalidInput("The reorder level cannot be negative.")
    if quantity < 0:
        raise InvalidInput("The reorder quantity cannot be negative.")


_INSERT_PRICE_CHANGE = insert(price_changes)


def record_price_change(
    uow: UnitOfWork, product_id: int, old: Decimal, new: Decimal, actor: Actor, at: datetime
) -> None:
    """Keep a price change in the product's price history, in the change's own transaction."""
    uow.connection.execute(
        _INSERT_PRICE_CHANGE,
        {
            "product_id": product_id,
            "old_price": old,
            "new_price": new,
            "changed_at": at,
            "user_id": actor.user_id,
            "approver_id": actor.approver_id,
            "till": actor.till,
        },
    )


def cost_approver(uow: UnitOfWork, asked: Actor, acting: Actor) -> int | None:
    """Check that the user who asked may set a cost, and say whose approval to record.

    Whoever may not see a cost (SEE_COSTS) may not set one either (it would tell them),
    unless a manager approves. The approver recorded is the one whose PIN allowed the
    cost, else the one who allowed the action itself (``acting``, already authorized).

    Raises:
        NotAllowed: neither the user nor ``asked.approver_id`` may see costs.
    """
    done = authorize(uow, asked, Permission.SEE_COSTS)
    return done.approver_id if done.approver_id is not None else acting.approver_id


def record_cost_change(
    uow: UnitOfWork,
    product_id: int,
    old: Decimal,
    new: Decimal,
    actor: Actor,
    approver_id: int | None,
    **where: object,
) -> None:
    """Log a product's (or a delivery line's, with ``where``) cost change in the audit
    log: old and new cost, the user and the manager who approved. Costs have no history
    table of their own as prices do; the log (a hash chain) is their record."""
    audit.record(
        uow,
        "cost_changed",
        actor.user_id,
        actor.till,
        approver_id=approver_id,
        product_id=product_id,
        old_cost=old,
        new_cost=new,
        **where,
    )


def check_max_level(max_level: Decimal, reorder_level: Decimal) -> Decimal:
    """A product's maximum level: zero (none), or at least its reorder level."""
    if max_level < 0:
        raise InvalidInput("The maximum level cannot be negative.")
    if 0 < max_level < reorder_level:
        raise InvalidInput(
            "The maximum level is below the reorder level: stock would be ordered up to less "
            "than the level that calls for an order. Raise it, or leave it at 0."
        )
    return max_level


def check_supplier(uow: UnitOfWork, supplier_id: int | None) -> int | None:
    """A product's usual supplier: None, or a supplier that exists."""
    if supplier_id is None:
        return None
    found = uow.connection.scalar(select(suppliers.c.id).where(suppliers.c.id == supplier_id))
    if found is None:
        raise InvalidInput("That supplier no longer exists. Pick another.")
    return int(found)
