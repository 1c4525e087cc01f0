"""Posting a delivery or a return to supplier: once, in one transaction.

The draft is claimed with ``UPDATE ... SET status = 'posted' WHERE status = 'draft'``: when
two tills press Post at once, the second waits for the first's row lock (PostgreSQL) or
write lock (SQLite), then finds no draft and is told so; nothing of its own is written.
The number comes from the document's own series (D, or DR for a return) in the same
transaction, so numbers have no gaps. Then: the lines' stock movements (receipts, or
negative ones for a return), on hand raised or lowered, and for a delivery each product's
cost by the shop's cost method and its usual supplier.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import deliveries, delivery_lines, products
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, check_amount, check_quantity
from pos.domain.errors import InvalidInput
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.numbering import (
    DELIVERY_SERIES,
    SUPPLIER_RETURN_SERIES,
    format_number,
    take_number,
)
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorized
from pos.services.stock.cost_methods import new_cost
from pos.services.stock.deliveries import (
    DeliveryDTO,
    DeliveryKind,
    DeliveryStatus,
    delivery_dto,
    refuse_not_draft,
)
from pos.services.stock.movements import Move, MovementKind, apply_moves
from pos.services.stock.supplier_returns import check_returnable

_Line = tuple[int, Decimal, Decimal]  # product id, quantity, unit cost


def post_delivery(db: Database, delivery_id: int, *, actor: Actor) -> DeliveryDTO:
    """Post a draft delivery or return: number it, move the stock, update costs.

    Raises:
        InvalidInput: the draft has no lines, a line is refused, it was posted already
            (perhaps a moment ago at another till), or a return sends back too much.
    """
    now = utcnow()
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        claimed = uow.connection.execute(
            update(deliveries)
            .where(
                deliveries.c.id == delivery_id,
                deliveries.c.status == DeliveryStatus.DRAFT.value,
            )
            .values(
                status=DeliveryStatus.POSTED.value,
                posted_by=actor.user_id,
                posted_at=now,
                # The posting's approver, else whoever approved the draft.
                approver_id=func.coalesce(actor.approver_id, deliveries.c.approver_id),
                updated_at=now,
            )
            .returning(
                deliveries.c.kind, deliveries.c.supplier_id, deliveries.c.returns_delivery_id
            )
        ).first()
        if claimed is None:
            refuse_not_draft(uow, delivery_id)
        assert claimed is not None
        kind, supplier_id, original_id = DeliveryKind(claimed[0]), claimed[1], claimed[2]
        lines = _checked_lines(uow, delivery_id)
        if kind is DeliveryKind.RETURN:
            assert original_id is not None
            # The delivery's row lock: two returns of it posted at once are checked in turn.
            uow.connection.execute(
                update(deliveries).where(deliveries.c.id == original_id).values(updated_at=now)
            )
            check_returnable(uow, delivery_id, original_id)
        series = SUPPLIER_RETURN_SERIES if kind is DeliveryKind.RETURN else DELIVERY_SERIES
        number = take_number(uow, series)
        printed = format_number(series, number)
        uow.connection.execute(
            update(deliveries)
            .where(deliveries.c.id == delivery_id)
            .values(series=series, number=number)
        )
        if kind is DeliveryKind.DELIVERY:
            _update_costs(uow, lines, supplier_id, now)
        sign = -1 if kind is DeliveryKind.RETURN else 1
        # Each movement records the product's cost as it now stands (the new average, say),
        # not the line's: stock value at a date prices the stock on hand by it.
        apply_moves(
            uow,
            [Move(pid, sign * quantity) for pid, quantity, _cost in lines],
            MovementKind.RECEIPT,
            user_id=actor.user_id,
            till=actor.till,
            at=now,
            reason="return to supplier" if kind is DeliveryKind.RETURN else "delivery",
            document=printed,
        )
        record(
            uow,
            "supplier_return_posted" if kind is DeliveryKind.RETURN else "delivery_posted",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            delivery_id=delivery_id,
            number=printed,
            lines=len(lines),
        )
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def _checked_lines(uow: UnitOfWork, delivery_id: int) -> list[_Line]:
    """The draft's lines, each checked again: a draft may be old, its products changed."""
    money = read_settings(uow).money
    rows = uow.connection.execute(
        select(
            delivery_lines.c.product_id,
            products.c.unit,
            delivery_lines.c.quantity,
            delivery_lines.c.unit_cost,
        )
        .join(products, products.c.id == delivery_lines.c.product_id)
        .where(delivery_lines.c.delivery_id == delivery_id)
        .order_by(delivery_lines.c.position)
    ).all()
    if not rows:
        raise InvalidInput("This delivery has no lines yet: scan or add the goods first.")
    for _, unit, quantity, cost in rows:
        check_quantity(quantity, Unit(unit))
        check_amount(cost, money, "cost")
    return [(pid, quantity, cost) for pid, _, quantity, cost in rows]


def _update_costs(uow: UnitOfWork, lines: list[_Line], supplier_id: int | None, at: object) -> None:
    """Each product's new cost by the shop's cost method, from its stock before the
    delivery; its usual supplier becomes the delivery's."""
    shop = read_settings(uow)
    received: dict[int, list[tuple[Decimal, Decimal]]] = {}
    for product_id, quantity, cost in lines:
        received.setdefault(product_id, []).append((quantity, cost))
    # Locked in id order, as apply_moves takes them: a sale on another till waits, so the
    # stock averaged over is the stock the delivery adds to.
    before = uow.connection.execute(
        select(products.c.id, products.c.on_hand, products.c.cost)
        .where(products.c.id.in_(received))
        .order_by(products.c.id)
        .with_for_update()
    ).all()
    for product_id, on_hand, cost in before:
        values: dict[str, object] = {
            "cost": new_cost(shop.cost_method, on_hand, cost, received[product_id], shop.money),
            "updated_at": at,
        }
        if supplier_id is not None:
            values["supplier_id"] = supplier_id
        uow.connection.execute(update(products).where(products.c.id == product_id).values(**values))
