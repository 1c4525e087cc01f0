"""A weighed item's own code never rings up a guessed 1 kg: the cart asks for its weight."""

from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.barcodes import with_check_digit
from pos.domain.errors import WeightNeeded
from pos.services.dto import ProductDTO
from pos.services.lookup import find_by_code
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO


@pytest.fixture
def till(db: Database, shop: ShopSettings, cashier: UserDTO) -> CartSession:
    return CartSession(db, "Till 1", cashier)


@pytest.mark.parametrize("code", ["2100001", "APPLES", "apples"])
def test_a_weighed_items_own_code_asks_and_adds_nothing(
    db: Database, till: CartSession, cashier: UserDTO, apples: ProductDTO, code: str
) -> None:
    with pytest.raises(WeightNeeded) as raised:
        till.scan(code)
    assert (raised.value.product_id, raised.value.name) == (apples.id, apples.name)
    assert "sold by weight" in str(raised.value)
    assert till.cart.lines == ()
    assert CartSession(db, "Till 1", cashier).cart.lines == ()  # nothing saved either
    line = till.add_product(raised.value.product_id, Decimal("0.350"))
    assert (line.quantity, till.totals().total) == (Decimal("0.350"), Decimal("1.05"))


def test_a_label_that_carries_the_weight_goes_straight_in(
    db: Database, till: CartSession, shop: ShopSettings, apples: ProductDTO
) -> None:
    exactly_a_kilo = with_check_digit("210000101000")  # 1.000 kg: still the label's weight
    assert not find_by_code(db, exactly_a_kilo, shop).needs_weight
    till.scan(exactly_a_kilo)
    till.scan(with_check_digit("210000100250"))
    assert sum(line.quantity for line in till.cart.lines) == Decimal("1.250")


def test_items_sold_by_the_piece_scan_as_before(till: CartSession, milk: ProductDTO) -> None:
    till.scan("4006381333931")
    assert [line.quantity for line in till.cart.lines] == [Decimal(1)]
