"""Cart snapshots: a line's further tax rates round-trip; snapshots from before them load."""

from __future__ import annotations

from decimal import Decimal

from pos.domain.cart import Cart, CartLine, Unit
from pos.domain.tax import TaxRate
from pos.services.selling.cart_store import cart_from_json, cart_to_json

GST, QST = TaxRate("GST", Decimal("5")), TaxRate("QST", Decimal("9.975"))

#: A snapshot exactly as a till wrote it before products could carry several rates.
OLD_SNAPSHOT = (
    '{"lines": [{"line_id": "a1", "product_id": 7, "sku": "MILK", "name": "Fresh Milk 1 L", '
    '"unit": "each", "unit_price": "1.20", "quantity": "2", "tax_name": "Reduced", '
    '"tax_percent": "5.0000", "discount": null, "fixed_amount": null}], "discount": null}'
)


def test_a_snapshot_from_before_stacked_rates_loads_with_its_one_rate() -> None:
    (line,) = cart_from_json(OLD_SNAPSHOT).lines
    assert line.rates == (TaxRate("Reduced", Decimal("5")),)
    assert (line.sku, line.quantity, line.further_rates) == ("MILK", Decimal(2), ())


def test_further_rates_round_trip_and_single_rate_lines_are_written_as_before() -> None:
    stacked = CartLine("b2", 8, "LAMP", "Lamp", Unit.EACH, Decimal("100"), Decimal(1), GST,
                       further_rates=(QST,))  # fmt: skip
    cart = Cart((stacked,))
    assert cart_from_json(cart_to_json(cart)) == cart
    single = cart_from_json(OLD_SNAPSHOT)
    assert cart_to_json(single) == OLD_SNAPSHOT
