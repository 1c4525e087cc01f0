"""The lines of a draft delivery or return: scanned, picked, changed, removed.

Every change is its own small unit of work, so a draft survives a restart or a crash with
every scan in it. A scan of a product already on the draft adds to its line; a weighed
item takes the weight from its label, or a typed weight. The unit cost starts at the cost
the product last came in at (its last posted delivery), or its cost when it never did.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import delete, func, insert, select, update

from pos.db.engine import Database
from pos.db.tables import deliveries, delivery_lines, products
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, check_amount, check_quantity
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.money import parse_amount
from pos.services.catalog.rules import cost_approver, record_cost_change
from pos.services.dto import Actor
from pos.services.lookup import sellable_by_code
from pos.services.settings import ShopSettings, read_settings
from pos.services.staff.permissions import Permission, authorized
from pos.services.stock.deliveries import (
    DeliveryDTO,
    DeliveryKind,
    DeliveryStatus,
    delivery_dto,
    open_draft,
)
from pos.services.stock.supplier_returns import check_returnable, returnable_left


def last_cost(uow: UnitOfWork, product_id: int) -> Decimal:
    """The unit cost the product last came in at: its latest posted delivery line, else
    its cost as it stands (set by hand, or by an import)."""
    came_in = uow.connection.scalar(
        select(delivery_lines.c.unit_cost)
        .join(deliveries, deliveries.c.id == delivery_lines.c.delivery_id)
        .where(
            delivery_lines.c.product_id == product_id,
            deliveries.c.kind == DeliveryKind.DELIVERY.value,
            deliveries.c.status == DeliveryStatus.POSTED.value,
        )
        .order_by(delivery_lines.c.id.desc())
        .limit(1)
    )
    if came_in is not None:
        return Decimal(came_in)
    cost = uow.connection.scalar(select(products.c.cost).where(products.c.id == product_id))
    if cost is None:
        raise NotFound("That product does not exist.")
    return Decimal(cost)


def parse_cost(text: str) -> Decimal:
    """A typed unit cost ('0.85', '0,85'), or a plain message for 'abc'."""
    cleaned = text.strip()
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return parse_amount(cleaned, "cost")


def _product(uow: UnitOfWork, product_id: int) -> tuple[str, Unit]:
    row = uow.connection.execute(
        select(products.c.name, products.c.unit).where(products.c.id == product_id)
    ).first()
    if row is None:
        raise NotFound("That product does not exist.")
    return row[0], Unit(row[1])


def _add(
    uow: UnitOfWork,
    delivery_id: int,
    product_id: int,
    quantity: Decimal,
    separate: bool = False,
) -> None:
    """Add ``quantity`` of a product to a locked draft: to its line, or as a new line
    (``separate``: the same product at another cost, free goods at zero)."""
    kind, original_id = open_draft(uow, delivery_id)
    name, unit = _product(uow, product_id)
    check_quantity(quantity, unit)
    line = (
        None
        if separate
        else uow.connection.execute(
            select(delivery_lines.c.id, delivery_lines.c.quantity)
            .where(
                delivery_lines.c.delivery_id == delivery_id,
                delivery_lines.c.product_id == product_id,
            )
            .order_by(delivery_lines.c.position.desc())
            .limit(1)
        ).first()
    )
    if kind is DeliveryKind.RETURN:
        assert original_id is not None
        left = returnable_left(uow, original_id, exclude=delivery_id).get(product_id)
        if left is None:
            raise InvalidInput(f"'{name}' was not in the delivery this return corrects.")
        cost = left.unit_cost
    else:
        cost = last_cost(uow, product_id)
    if line is not None:
        check_quantity(line.quantity + quantity, unit)
        uow.connection.execute(
            update(delivery_lines)
            .where(delivery_lines.c.id == line.id)
            .values(quantity=line.quantity + quantity)
        )
    else:
        position = uow.connection.scalar(
            select(func.coalesce(func.max(delivery_lines.c.position), 0)).where(
                delivery_lines.c.delivery_id == delivery_id
            )
        )
        uow.connection.execute(
            insert(delivery_lines).values(
                delivery_id=delivery_id,
                position=int(position or 0) + 1,
                product_id=product_id,
                quantity=quantity,
                unit_cost=cost,
            )
        )
    if kind is DeliveryKind.RETURN:
        assert original_id is not None
        check_returnable(uow, delivery_id, original_id)


def add_scanned(
    db: Database,
    delivery_id: int,
    code: str,
    *,
    settings: ShopSettings,
    actor: Actor,
    quantity: Decimal | None = None,
) -> DeliveryDTO:
    """A barcode or SKU scanned or typed into a draft: one more of the product, the
    weight on its label, or ``quantity`` when one was typed.

    Raises:
        UnknownBarcode: no product has the code (the screen offers to create it).
        InvalidInput: a weighed item with no weight, a bad quantity, a posted delivery.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        item = sellable_by_code(uow, code, settings)
        if quantity is None:
            if item.needs_weight:
                raise InvalidInput(
                    f"'{item.name}' is weighed: type its weight in kg, then scan it again."
                )
            quantity = item.quantity
        _add(uow, delivery_id, item.product_id, quantity)
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def add_product(
    db: Database,
    delivery_id: int,
    product_id: int,
    *,
    actor: Actor,
    quantity: Decimal | None = None,
    separate: bool = False,
) -> DeliveryDTO:
    """A product picked from a search into a draft: one more of it, or ``quantity``;
    ``separate`` puts it on a line of its own even when the product has one already."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        if quantity is None:
            name, unit = _product(uow, product_id)
            if unit is Unit.KG:
                raise InvalidInput(f"'{name}' is weighed: type its weight in kg first.")
            quantity = Decimal(1)
        _add(uow, delivery_id, product_id, quantity, separate)
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def _line(uow: UnitOfWork, line_id: int) -> tuple[int, int]:
    """(delivery id, product id) of a line, its draft locked."""
    row = uow.connection.execute(
        select(delivery_lines.c.delivery_id, delivery_lines.c.product_id).where(
            delivery_lines.c.id == line_id
        )
    ).first()
    if row is None:
        raise NotFound("That line is no longer on the delivery.")
    return row[0], row[1]


def set_line_quantity(
    db: Database, line_id: int, quantity: Decimal, *, actor: Actor
) -> DeliveryDTO:
    """Change how much a line brought (or takes back). Zero or less is refused: remove
    the line instead."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        delivery_id, product_id = _line(uow, line_id)
        kind, original_id = open_draft(uow, delivery_id)
        _, unit = _product(uow, product_id)
        check_quantity(quantity, unit)
        uow.connection.execute(
            update(delivery_lines).where(delivery_lines.c.id == line_id).values(quantity=quantity)
        )
        if kind is DeliveryKind.RETURN:
            assert original_id is not None
            check_returnable(uow, delivery_id, original_id)
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def set_line_cost(db: Database, line_id: int, cost: Decimal | str, *, actor: Actor) -> DeliveryDTO:
    """Change a line's unit cost (typed text or a Decimal). A return's lines keep the cost
    they came in at. Whoever may not see costs (SEE_COSTS) may not set one either: the
    line keeps the cost it started at."""
    value = parse_cost(cost) if isinstance(cost, str) else cost
    with db.write() as uow:
        asked = actor
        actor = authorized(uow, actor, Permission.RECEIVE)
        approver = cost_approver(uow, asked, actor)
        delivery_id, product_id = _line(uow, line_id)
        kind, _ = open_draft(uow, delivery_id)
        if kind is DeliveryKind.RETURN:
            raise InvalidInput("Goods go back at the cost they came in at: it cannot be changed.")
        check_amount(value, read_settings(uow).money, "cost")
        old: Decimal = uow.connection.execute(
            select(delivery_lines.c.unit_cost).where(delivery_lines.c.id == line_id)
        ).scalar_one()
        uow.connection.execute(
            update(delivery_lines).where(delivery_lines.c.id == line_id).values(unit_cost=value)
        )
        if old != value:
            # The log keeps who set a delivery's cost and who approved: posting makes the
            # product's cost from it.
            record_cost_change(
                uow,
                product_id,
                old,
                value,
                actor,
                approver,
                delivery_id=delivery_id,
                line_id=line_id,
            )
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def remove_line(db: Database, line_id: int, *, actor: Actor) -> DeliveryDTO:
    """Take a line off a draft."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        delivery_id, _ = _line(uow, line_id)
        open_draft(uow, delivery_id)
        uow.connection.execute(delete(delivery_lines).where(delivery_lines.c.id == line_id))
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)
