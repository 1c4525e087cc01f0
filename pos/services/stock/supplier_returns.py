"""Returns to supplier: a draft of kind "return" pointing at a posted delivery.

Its lines start as everything of the delivery not yet sent back; the shopkeeper lowers or
removes them. A return can never send back more of a product than the delivery brought
minus what posted returns of it took already: checked at every change and again, under
the delivery's row lock, when the return is posted. Goods go back at the cost they came
in at (the delivery's cost of that product), and a return leaves the product's cost as it
is: the goods still on the shelf cost what they cost, whichever units went back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import deliveries, delivery_lines, products
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, format_quantity
from pos.domain.errors import InvalidInput, NotFound, RefundTooLarge
from pos.domain.money import round_money
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorized
from pos.services.stock.cost_methods import delivery_cost
from pos.services.stock.deliveries import (
    DeliveryDTO,
    DeliveryKind,
    DeliveryStatus,
    delivery_dto,
    number_of,
)


@dataclass(frozen=True, slots=True)
class Returnable:
    """How much of one product a delivery brought, and how much went back already."""

    product_id: int
    name: str
    unit: Unit
    delivered: Decimal
    returned: Decimal
    unit_cost: Decimal

    @property
    def left(self) -> Decimal:
        return self.delivered - self.returned


def _amount(quantity: Decimal, unit: Unit) -> str:
    return format_quantity(quantity) + (" kg" if unit is Unit.KG else "")


def returnable_left(
    uow: UnitOfWork, original_id: int, *, exclude: int | None = None
) -> dict[int, Returnable]:
    """Per product of delivery ``original_id``: delivered, returned by posted returns
    (other than ``exclude``), and the cost it goes back at."""
    money = read_settings(uow).money
    brought: dict[int, list[tuple[Decimal, Decimal]]] = {}
    names: dict[int, tuple[str, Unit]] = {}
    rows = uow.connection.execute(
        select(
            delivery_lines.c.product_id,
            products.c.name,
            products.c.unit,
            delivery_lines.c.quantity,
            delivery_lines.c.unit_cost,
        )
        .join(products, products.c.id == delivery_lines.c.product_id)
        .where(delivery_lines.c.delivery_id == original_id)
        .order_by(delivery_lines.c.position)
    )
    for product_id, name, unit, quantity, cost in rows:
        brought.setdefault(product_id, []).append((quantity, cost))
        names[product_id] = (name, Unit(unit))
    returns = select(deliveries.c.id).where(
        deliveries.c.returns_delivery_id == original_id,
        deliveries.c.status == DeliveryStatus.POSTED.value,
    )
    if exclude is not None:
        returns = returns.where(deliveries.c.id != exclude)
    returned = dict(
        uow.connection.execute(
            select(delivery_lines.c.product_id, func.sum(delivery_lines.c.quantity))
            .where(delivery_lines.c.delivery_id.in_(returns))
            .group_by(delivery_lines.c.product_id)
        ).all()
    )
    return {
        product_id: Returnable(
            product_id,
            *names[product_id],
            sum((q for q, _ in lines), Decimal(0)),
            Decimal(returned.get(product_id) or 0),
            round_money(delivery_cost(lines), money),
        )
        for product_id, lines in brought.items()
    }


def check_returnable(uow: UnitOfWork, return_id: int, original_id: int) -> None:
    """Refuse a return that sends back more of a product than is left to send back."""
    left = returnable_left(uow, original_id, exclude=return_id)
    asked = uow.connection.execute(
        select(delivery_lines.c.product_id, func.sum(delivery_lines.c.quantity))
        .where(delivery_lines.c.delivery_id == return_id)
        .group_by(delivery_lines.c.product_id)
    )
    for product_id, quantity in asked:
        item = left.get(product_id)
        if item is None:
            raise InvalidInput("A line of this return was not in the delivery it corrects.")
        if quantity > item.left:
            raise RefundTooLarge(
                f"At most {_amount(item.left, item.unit)} of '{item.name}' can go back: "
                f"the delivery brought {_amount(item.delivered, item.unit)} and "
                f"{_amount(item.returned, item.unit)} went back already."
            )


def create_return(
    db: Database, delivery_id: int, *, actor: Actor, delivered_on: date | None = None
) -> DeliveryDTO:
    """Start a return to supplier of posted delivery ``delivery_id``, its lines filled
    with everything not yet returned."""
    now = utcnow()
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        original = uow.connection.execute(
            select(
                deliveries.c.kind,
                deliveries.c.status,
                deliveries.c.series,
                deliveries.c.number,
                deliveries.c.supplier_id,
            ).where(deliveries.c.id == delivery_id)
        ).first()
        if original is None:
            raise NotFound("That delivery does not exist.")
        kind, status, series, number, supplier_id = original
        if kind != DeliveryKind.DELIVERY.value or status != DeliveryStatus.POSTED.value:
            raise InvalidInput("Only a posted delivery can be returned to its supplier.")
        left = [item for item in returnable_left(uow, delivery_id).values() if item.left > 0]
        if not left:
            raise InvalidInput(
                f"Everything delivered on {number_of(series, number)} went back already."
            )
        return_id = uow.connection.execute(
            insert(deliveries)
            .values(
                kind=DeliveryKind.RETURN.value,
                status=DeliveryStatus.DRAFT.value,
                supplier_id=supplier_id,
                delivered_on=delivered_on or date.today(),
                returns_delivery_id=delivery_id,
                till=actor.till,
                created_by=actor.user_id,
                approver_id=actor.approver_id,
                created_at=now,
                updated_at=now,
            )
            .returning(deliveries.c.id)
        ).scalar_one()
        uow.connection.execute(
            insert(delivery_lines),
            [
                {
                    "delivery_id": return_id,
                    "position": position,
                    "product_id": item.product_id,
                    "quantity": item.left,
                    "unit_cost": item.unit_cost,
                }
                for position, item in enumerate(left, start=1)
            ],
        )
        uow.commit()
        return delivery_dto(uow, return_id, actor)
