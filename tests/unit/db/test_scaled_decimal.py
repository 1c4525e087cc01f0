"""Money and quantities reach the database as exact integers, or not at all."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.db.base import Money, Percent, Quantity


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3))
def test_money_round_trips_exactly(amount: Decimal) -> None:
    stored = Money().process_bind_param(amount, None)  # type: ignore[arg-type]
    assert isinstance(stored, int)
    assert Money().process_result_value(stored, None) == amount  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "value", "stored"),
    [
        (Money, Decimal("12.50"), 12500),
        (Money, Decimal("-0.005"), -5),
        (Money, 7, 7000),
        (Quantity, Decimal("1.255"), 1255),
        (Percent, Decimal("7.7"), 77000),
    ],
)
def test_scaled_integers(kind: type[Money], value: Decimal, stored: int) -> None:
    assert kind().process_bind_param(value, None) == stored  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [1.5, True, "1.50", Decimal("NaN"), Decimal("Infinity")])
def test_floats_and_non_numbers_are_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="exact finite values only"):
        Money().process_bind_param(bad, None)  # type: ignore[arg-type]


def test_a_lost_digit_is_refused_not_rounded() -> None:
    with pytest.raises(ValueError, match="more than 3 decimals"):
        Money().process_bind_param(Decimal("0.0005"), None)  # type: ignore[arg-type]
