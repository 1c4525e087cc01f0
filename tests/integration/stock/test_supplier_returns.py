"""Returns to supplier: a negative receiving document pointing at a posted delivery."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import stock_movements
from pos.domain.errors import InvalidInput, RefundTooLarge
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import CostMethod, ShopSettings, update_settings
from pos.services.stock.deliveries import DeliveryHeader, DeliveryKind, create_delivery
from pos.services.stock.delivery_lines import (
    add_scanned,
    remove_line,
    set_line_cost,
    set_line_quantity,
)
from pos.services.stock.delivery_posting import post_delivery
from pos.services.stock.supplier_returns import create_return
from tests.integration.stock.delivery_helpers import assert_healthy, receive, stock_and_cost


def test_return_part_of_a_delivery(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    update_settings(db, cost_method=CostMethod.AVERAGE, actor=actor)
    receive(db, actor, [(milk.id, "10", "0.70")])
    delivery = receive(db, actor, [(milk.id, "20", "0.85"), (wine.id, "6", "6.00")])
    assert stock_and_cost(db, milk.id) == (Decimal(30), Decimal("0.80"))

    draft = create_return(db, delivery.id, actor=actor)
    assert draft.kind is DeliveryKind.RETURN and draft.returns_number == "D000002"
    assert draft.supplier_name == "Dairy Co"
    # Prefilled with everything that came, at the cost it came at.
    assert [(ln.sku, ln.quantity, ln.unit_cost) for ln in draft.lines] == [
        ("MILK", Decimal(20), Decimal("0.85")),
        ("WINE", Decimal(6), Decimal("6.00")),
    ]
    draft = set_line_quantity(db, draft.lines[0].id, Decimal(4), actor=actor)  # 4 sour ones
    draft = remove_line(db, draft.lines[1].id, actor=actor)
    posted = post_delivery(db, draft.id, actor=actor)

    assert posted.number == "DR000001" and posted.total == Decimal("3.40")
    # Out of stock at 0.85 each; the cost stays the average of what is on the shelf.
    assert stock_and_cost(db, milk.id) == (Decimal(26), Decimal("0.80"))
    assert stock_and_cost(db, wine.id)[0] == Decimal(6)
    with db.read() as uow:
        move = uow.connection.execute(
            select(stock_movements.c.quantity, stock_movements.c.unit_cost).where(
                stock_movements.c.document == "DR000001"
            )
        ).one()
    # The return's own lines keep 0.85; the movement records what each unit left on the
    # shelf is worth, the average, so the stock value prices the 26 left at 0.80.
    assert tuple(move) == (Decimal(-4), Decimal("0.80"))
    assert_healthy(db)


def test_never_more_back_than_came_minus_earlier_returns(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    delivery = receive(db, actor, [(milk.id, "12", "0.70")])
    first = create_return(db, delivery.id, actor=actor)
    first = set_line_quantity(db, first.lines[0].id, Decimal(8), actor=actor)
    post_delivery(db, first.id, actor=actor)

    second = create_return(db, delivery.id, actor=actor)
    assert second.lines[0].quantity == Decimal(4)  # what is left
    with pytest.raises(RefundTooLarge, match=r"At most 4 of 'Fresh Milk 1 L'.*12.*8 went back"):
        set_line_quantity(db, second.lines[0].id, Decimal(5), actor=actor)
    with pytest.raises(RefundTooLarge, match="At most 4"):
        add_scanned(db, second.id, "MILK", settings=shop, actor=actor)
    with pytest.raises(InvalidInput, match="was not in the delivery"):
        add_scanned(db, second.id, "WINE", settings=shop, actor=actor)
    with pytest.raises(InvalidInput, match="cost they came in at"):
        set_line_cost(db, second.lines[0].id, "0.10", actor=actor)
    post_delivery(db, second.id, actor=actor)
    assert stock_and_cost(db, milk.id)[0] == 0
    with pytest.raises(InvalidInput, match="went back already"):
        create_return(db, delivery.id, actor=actor)
    assert_healthy(db)


def test_two_drafts_cannot_both_send_back_the_same_goods(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    delivery = receive(db, actor, [(milk.id, "12", "0.70")])
    one = create_return(db, delivery.id, actor=actor)
    other = create_return(db, delivery.id, actor=actor)  # another till, same moment
    post_delivery(db, one.id, actor=actor)
    with pytest.raises(RefundTooLarge, match="At most 0"):
        post_delivery(db, other.id, actor=actor)
    assert stock_and_cost(db, milk.id)[0] == 0
    assert_healthy(db)


def test_only_a_posted_delivery_can_be_returned(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    with pytest.raises(InvalidInput, match="Only a posted delivery"):
        create_return(db, draft.id, actor=actor)
    delivery = receive(db, actor, [(milk.id, "2", "0.70")])
    back = post_delivery(db, create_return(db, delivery.id, actor=actor).id, actor=actor)
    with pytest.raises(InvalidInput, match="Only a posted delivery"):
        create_return(db, back.id, actor=actor)
