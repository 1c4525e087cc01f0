"""Worked examples of both cost methods, through real deliveries on a real database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import CostMethod, ShopSettings, update_settings
from pos.services.stock.movements import adjust_stock
from pos.services.stock.value import stock_value
from tests.integration.stock.delivery_helpers import assert_healthy, receive, stock_and_cost


def test_last_cost_takes_each_deliverys_cost(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    assert shop.cost_method is CostMethod.LAST
    receive(db, actor, [(milk.id, "12", "0.70")])
    assert stock_and_cost(db, milk.id) == (Decimal(12), Decimal("0.70"))
    # 6 more at 0.80: the cost is simply the last one paid.
    receive(db, actor, [(milk.id, "6", "0.80")])
    assert stock_and_cost(db, milk.id) == (Decimal(18), Decimal("0.80"))
    # 10 at 1.00 and 2 free on one delivery: its cost is 10.00 / 12 = 0.8333 -> 0.83.
    receive(db, actor, [(milk.id, "10", "1.00"), (milk.id, "2", "0")])
    assert stock_and_cost(db, milk.id) == (Decimal(30), Decimal("0.83"))
    assert_healthy(db)


def test_average_cost_over_the_stock_on_hand(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    update_settings(db, cost_method=CostMethod.AVERAGE, actor=actor)
    # Nothing on hand: the first delivery's cost is the cost.
    receive(db, actor, [(milk.id, "10", "0.70")])
    assert stock_and_cost(db, milk.id) == (Decimal(10), Decimal("0.70"))
    # 10 at 0.70 (7.00) + 20 at 0.85 (17.00) = 24.00 for 30: 0.80.
    receive(db, actor, [(milk.id, "20", "0.85")])
    assert stock_and_cost(db, milk.id) == (Decimal(30), Decimal("0.80"))
    # 30 at 0.80 (24.00) + 5 at 1.00 and 5 at 0.90 (9.50) = 33.50 for 40: 0.8375 -> 0.84.
    receive(db, actor, [(milk.id, "5", "1.00"), (milk.id, "5", "0.90")])
    assert stock_and_cost(db, milk.id) == (Decimal(40), Decimal("0.84"))
    assert_healthy(db)


def test_average_cost_with_no_or_negative_stock_takes_the_deliverys_cost(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    update_settings(db, cost_method=CostMethod.AVERAGE, actor=actor)
    receive(db, actor, [(milk.id, "4", "0.70"), (wine.id, "2", "6.00")])
    # Sold more milk than was booked in: -2 on hand. Averaging over -2 would give
    # (-2 x 0.70 + 5 x 0.90) / 3 = 1.03: nonsense. The delivery's own cost is taken.
    adjust_stock(db, milk.id, Decimal(-6), actor=actor, reason="sold")
    # Exactly nothing on hand: no division by zero either.
    adjust_stock(db, wine.id, Decimal(-2), actor=actor, reason="sold")
    receive(db, actor, [(milk.id, "5", "0.90"), (wine.id, "3", "6.50")])
    assert stock_and_cost(db, milk.id) == (Decimal(3), Decimal("0.90"))
    assert stock_and_cost(db, wine.id) == (Decimal(3), Decimal("6.50"))
    assert_healthy(db)


def test_weighed_goods_average_by_the_kilo(
    db: Database, shop: ShopSettings, actor: Actor, apples: ProductDTO
) -> None:
    update_settings(db, cost_method=CostMethod.AVERAGE, actor=actor)
    receive(db, actor, [(apples.id, "12.5", "1.20")])
    # 12.5 kg at 1.20 (15.00) + 7.5 kg at 1.60 (12.00) = 27.00 for 20 kg: 1.35.
    receive(db, actor, [(apples.id, "7.5", "1.60")])
    assert stock_and_cost(db, apples.id) == (Decimal("20.000"), Decimal("1.35"))
    assert_healthy(db)


def test_stock_value_prices_averaged_stock_at_the_average(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    """The delivery's movement records the product's new average cost, so stock value the
    same day prices all 30 at 0.80, not at the last delivery's 0.85."""
    update_settings(db, cost_method=CostMethod.AVERAGE, actor=actor)
    receive(db, actor, [(milk.id, "10", "0.70")])
    receive(db, actor, [(milk.id, "20", "0.85")])
    value = stock_value(db, date.today(), actor=actor)
    assert value.value == Decimal("24.00")
    assert_healthy(db)
