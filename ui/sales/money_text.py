"""Formatting and reading money and quantities for the counter, in the shop's locale."""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import NumberFormatError, get_currency_symbol, parse_decimal

from pos.domain.cart import Discount, DiscountKind, Unit, check_quantity, format_quantity
from pos.domain.errors import InvalidInput
from pos.domain.money import Currency, currency, format_money, parse_amount
from pos.services.settings import ShopSettings

_MONEY_CHARACTERS = re.compile(r"^-?[\d.,]*\d[\d.,]*$")
_SINGLE_SEPARATOR = re.compile(r"^(-?\d*)[.,](\d*)$")


class MoneyText:
    """Turns amounts into text for one shop, and typed text back into amounts."""

    def __init__(self, settings: ShopSettings) -> None:
        self.currency: Currency = currency(settings.currency)
        self.locale = settings.locale
        self.symbol = get_currency_symbol(self.currency.code, locale=self.locale)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.currency, self.locale)

    def quantity(self, quantity: Decimal, unit: Unit) -> str:
        shown = format_quantity(quantity)
        return f"{shown} kg" if unit is Unit.KG else shown

    @staticmethod
    def parse_quantity(text: str) -> Decimal:
        return parse_amount(text.replace(",", ".").removesuffix("kg").strip(), "quantity")

    @staticmethod
    def parse_weight(text: str) -> Decimal:
        """A weight typed in kg ('0.35', '0,35', '0.35 kg'), refused unless it can be sold:
        more than zero, to the gram at most."""
        cleaned = text.replace(",", ".").removesuffix("kg").strip()
        if not cleaned:
            raise InvalidInput("Type the weight in kg, e.g. 0.350.")
        weight = parse_amount(cleaned, "weight")
        if weight <= 0:
            raise InvalidInput("The weight must be more than zero.")
        return check_quantity(weight, Unit.KG)

    def parse_money(self, text: str, what: str = "amount") -> Decimal:
        """Typed money, read the way the shop's locale writes numbers.

        '€12.50' and '12.50' give 12.50; '1,000' is a thousand in en_IE and ja_JP. A single
        separator followed by no more digits than the currency has is taken as the decimal
        point whatever the locale ('12,50' in Dublin, '12.50' in Berlin), because that is
        what a cashier means. Anything else that is not a number is refused.
        """
        cleaned = text.strip()
        for token in (self.symbol, self.currency.code, "\u00a0", " "):
            cleaned = cleaned.replace(token, "")
        if not _MONEY_CHARACTERS.match(cleaned):
            raise InvalidInput(f"The {what} '{text}' is not a number.")
        single = _SINGLE_SEPARATOR.match(cleaned)
        if single and len(single.group(2)) <= self.currency.exponent:
            return parse_amount(f"{single.group(1)}.{single.group(2)}", what)
        if single and self.currency.exponent == 0 and len(single.group(2)) == 3:
            # No decimals in yen or won: '1.000' and '1,000' can only be a thousand.
            return parse_amount(single.group(1) + single.group(2), what)
        try:
            return parse_decimal(cleaned, locale=self.locale, strict=True)
        except NumberFormatError:
            raise InvalidInput(f"The {what} '{text}' is not a number.") from None

    def parse_discount(self, text: str) -> Discount | None:
        """'10%' is a percentage, '1.50' an amount, '' or '0' no discount."""
        cleaned = text.strip()
        if cleaned in ("", "0", "0%"):
            return None
        if cleaned.endswith("%"):
            return Discount(
                DiscountKind.PERCENT, parse_amount(cleaned[:-1].replace(",", "."), "discount")
            )
        return Discount(DiscountKind.AMOUNT, self.parse_money(cleaned, "discount"))

    def discount(self, discount: Discount | None) -> str:
        if discount is None:
            return ""
        if discount.kind is DiscountKind.PERCENT:
            return f"{format_quantity(discount.value)}%"
        return self.money(discount.value)
