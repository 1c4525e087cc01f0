"""Bulk price changes: a percentage or an amount, then the shop's rounding rule."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidInput
from pos.domain.money import currency
from pos.domain.pricing import PriceChangeKind, PriceChangeRule, PriceRounding

EUR, JPY, KWD = currency("EUR"), currency("JPY"), currency("KWD")
PERCENT, AMOUNT = PriceChangeKind.PERCENT, PriceChangeKind.AMOUNT


@pytest.mark.parametrize(
    ("price", "rule", "expected"),
    [
        ("2.40", PriceChangeRule(PERCENT, Decimal(3)), "2.47"),  # 2.472
        ("2.40", PriceChangeRule(PERCENT, Decimal(3), PriceRounding.END_99), "1.99"),
        ("2.60", PriceChangeRule(PERCENT, Decimal(3), PriceRounding.END_99), "2.99"),
        ("2.40", PriceChangeRule(PERCENT, Decimal(10), PriceRounding.END_49_99), "2.49"),
        ("2.80", PriceChangeRule(PERCENT, Decimal(10), PriceRounding.END_49_99), "2.99"),
        ("2.40", PriceChangeRule(AMOUNT, Decimal("0.35"), PriceRounding.WHOLE), "3.00"),
        ("2.40", PriceChangeRule(PERCENT, Decimal(-10)), "2.16"),
        ("0.05", PriceChangeRule(AMOUNT, Decimal("-1.00")), "0.01"),  # never free
        ("0.40", PriceChangeRule(PERCENT, Decimal(-50), PriceRounding.END_99), "0.99"),
    ],
)
def test_rules_in_euros(price: str, rule: PriceChangeRule, expected: str) -> None:
    rule.check(EUR)
    assert rule.apply(Decimal(price), EUR) == Decimal(expected)


def test_currencies_without_cents_and_with_three_decimals() -> None:
    tens = PriceChangeRule(PERCENT, Decimal(7), PriceRounding.TENS)
    assert tens.apply(Decimal(1234), JPY) == Decimal(1320)  # 1320.38
    assert PriceChangeRule(PERCENT, Decimal(7)).apply(Decimal("1.234"), KWD) == Decimal("1.320")
    with pytest.raises(InvalidInput, match="JPY has no cents"):
        PriceChangeRule(PERCENT, Decimal(7), PriceRounding.END_99).check(JPY)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (PriceChangeRule(PERCENT, Decimal(0)), "zero"),
        (PriceChangeRule(PERCENT, Decimal(-100)), "less than 100"),
        (PriceChangeRule(AMOUNT, Decimal("0.001")), "not an amount in EUR"),
    ],
)
def test_rules_that_cannot_work_are_refused(rule: PriceChangeRule, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        rule.check(EUR)


@given(
    price=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(99999), places=2),
    percent=st.decimals(min_value=Decimal(-99), max_value=Decimal(300), places=1),
    rounding=st.sampled_from(list(PriceRounding)),
)
def test_every_new_price_is_payable_and_ends_as_asked(
    price: Decimal, percent: Decimal, rounding: PriceRounding
) -> None:
    if percent == 0:
        return
    rule = PriceChangeRule(PERCENT, percent, rounding)
    new = rule.apply(price, EUR)
    assert new > 0
    assert new == new.quantize(EUR.quantum)
    cents = (new % 1) * 100
    assert {
        PriceRounding.END_99: cents == 99,
        PriceRounding.END_49_99: cents in (49, 99),
        PriceRounding.WHOLE: cents == 0,
        PriceRounding.TENS: new % 10 == 0,
        PriceRounding.COIN: True,
    }[rounding]
    exact = price + price * percent / 100
    step = {PriceRounding.TENS: 10, PriceRounding.END_49_99: Decimal("0.5")}.get(rounding, 1)
    assert abs(new - exact) <= step or exact < step  # near zero the smallest price stands
