"""Typed money is read the way the shop writes numbers, and nothing is guessed."""

from decimal import Decimal

import pytest

from pos.domain.cart import Discount, DiscountKind
from pos.domain.errors import InvalidInput
from pos.services.settings import ShopSettings
from ui.sales.money_text import MoneyText


def text(code: str, locale: str) -> MoneyText:
    return MoneyText(ShopSettings(currency=code, locale=locale))


@pytest.mark.parametrize(
    ("code", "locale", "typed", "amount"),
    [
        ("EUR", "en_IE", "€12.50", "12.50"),
        ("EUR", "en_IE", "12,50", "12.50"),
        ("EUR", "en_IE", "1,000", "1000"),
        ("EUR", "en_IE", "1,000.50", "1000.50"),
        ("EUR", "de_DE", "12,50", "12.50"),
        ("EUR", "de_DE", "12.50", "12.50"),
        ("EUR", "de_DE", "1.000", "1000"),
        ("JPY", "ja_JP", "1,000", "1000"),
        ("JPY", "ja_JP", "1.000", "1000"),
        ("KWD", "en_US", "1.250", "1.250"),
        ("EUR", "en_IE", ".5", "0.5"),
    ],
)
def test_money_as_the_cashier_means_it(code: str, locale: str, typed: str, amount: str) -> None:
    assert text(code, locale).parse_money(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["%10", "1e5", "5O", "12abc3", ".", "-", "1.2.3", "", "NaN"])
def test_anything_else_is_refused_not_guessed(typed: str) -> None:
    with pytest.raises(InvalidInput, match="is not a number"):
        text("EUR", "en_IE").parse_money(typed)


def test_discounts() -> None:
    shop = text("EUR", "en_IE")
    assert shop.parse_discount("10%") == Discount(DiscountKind.PERCENT, Decimal(10))
    assert shop.parse_discount("1.50") == Discount(DiscountKind.AMOUNT, Decimal("1.50"))
    assert shop.parse_discount("") is None
    with pytest.raises(InvalidInput):
        shop.parse_discount("%10")
