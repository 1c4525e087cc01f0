import decimal
from decimal import Decimal

import pytest

from pos.domain.errors import InvalidInput
from pos.domain.money import (
    cash_round,
    check_locale,
    currency,
    format_money,
    parse_amount,
    round_money,
)


@pytest.mark.parametrize(("code", "exponent"), [("JPY", 0), ("EUR", 2), ("usd", 2), ("KWD", 3)])
def test_currency_exponent_comes_from_iso_4217(code: str, exponent: int) -> None:
    assert currency(code).exponent == exponent


def test_unknown_currency_is_refused_with_the_code_named() -> None:
    with pytest.raises(InvalidInput, match="'XYZ' is not a currency code"):
        currency("XYZ")


def test_accounting_units_beyond_three_decimals_are_refused() -> None:
    with pytest.raises(InvalidInput, match="accounting unit"):
        currency("CLF")


@pytest.mark.parametrize(
    ("amount", "code", "expected"),
    [
        ("2.345", "EUR", "2.35"),
        ("2.355", "EUR", "2.36"),
        ("-2.345", "EUR", "-2.35"),
        ("0.5", "JPY", "1"),
        ("1.5", "JPY", "2"),
        ("1.2345", "KWD", "1.235"),
    ],
)
def test_rounding_is_half_up(amount: str, code: str, expected: str) -> None:
    rounded = round_money(Decimal(amount), currency(code))
    assert rounded == Decimal(expected)
    assert str(rounded) == expected


def test_formatting_rounds_half_up_before_babel() -> None:
    # Babel alone would round 0.125 half-to-even, to 0.12.
    assert format_money(Decimal("0.125"), currency("EUR"), "en_IE") == "€0.13"
    assert format_money(Decimal("1234.5"), currency("EUR"), "de_DE") == "1.234,50\xa0€"
    assert format_money(Decimal("1234"), currency("JPY"), "ja_JP") == "￥1,234"
    assert format_money(Decimal("1.2345"), currency("KWD"), "en_US") == "KWD1.235"


@pytest.mark.parametrize(
    ("amount", "increment", "expected"),
    [
        ("1.02", "0.05", "1.00"),
        ("1.03", "0.05", "1.05"),
        ("1.025", "0.05", "1.05"),
        ("1.04", "0.10", "1.00"),
        ("1.05", "0.10", "1.10"),
        ("12.49", "0.50", "12.50"),
        ("12.5", "1", "13"),
        ("7.77", None, "7.77"),
    ],
)
def test_cash_rounding(amount: str, increment: str | None, expected: str) -> None:
    step = None if increment is None else Decimal(increment)
    assert cash_round(Decimal(amount), step) == Decimal(expected)


def test_parse_amount_refuses_text_that_is_not_a_number() -> None:
    assert parse_amount(" 12.50 ") == Decimal("12.50")
    for bad in ("abc", "", "1,2,3", "NaN", "Infinity"):
        with pytest.raises(InvalidInput, match="is not a number"):
            parse_amount(bad, "price")


def test_unknown_locale_is_refused() -> None:
    assert check_locale("de-DE") == "de_DE"
    with pytest.raises(InvalidInput):
        check_locale("xx_NOWHERE")


def test_float_mixed_into_money_fails_loudly() -> None:
    with pytest.raises(decimal.FloatOperation):
        Decimal(0.1)  # noqa: RUF032  (the point of the test)
    with pytest.raises(decimal.FloatOperation):
        assert Decimal("1.10") < 1.2
