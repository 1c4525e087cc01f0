"""How a posted delivery changes a product's cost: the last cost, or the weighted average.

The average is taken over the quantity on hand before the delivery. Stock at or below zero
has no value to average with (and dividing by it would be wrong or impossible), so the
product then simply takes the delivery's cost. Several lines of one product in a delivery
count as one receipt: their quantities and values add up first.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pos.domain.money import Currency, round_money
from pos.services.settings import CostMethod

#: (quantity, unit cost) of each line of one product in one delivery.
Received = Sequence[tuple[Decimal, Decimal]]


def delivery_cost(received: Received) -> Decimal:
    """The unit cost of everything received of a product: total value over total quantity
    (10 at 1.00 and 2 free make 0.8333...). Unrounded."""
    quantity = sum((q for q, _ in received), Decimal(0))
    if quantity <= 0:
        raise ValueError("a receipt brings a quantity above zero")
    value = sum((q * c for q, c in received), Decimal(0))
    return value / quantity


def new_cost(
    method: CostMethod,
    on_hand: Decimal,
    cost: Decimal,
    received: Received,
    money: Currency,
) -> Decimal:
    """The product's cost after a delivery, rounded to the currency's smallest coin.

    Args:
        method: the shop's cost method.
        on_hand: the quantity on hand before the delivery.
        cost: the product's cost before the delivery.
        received: each line of the product in the delivery.
        money: the shop's currency.
    """
    incoming = delivery_cost(received)
    if method is CostMethod.LAST or on_hand <= 0:
        return round_money(incoming, money)
    quantity = sum((q for q, _ in received), Decimal(0))
    value = sum((q * c for q, c in received), Decimal(0))
    return round_money((on_hand * cost + value) / (on_hand + quantity), money)
