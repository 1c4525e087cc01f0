"""Formatting and reading money and quantities for the counter, in the shop's locale."""

from __future__ import annotations

from decimal import Decimal

from pos.domain.cart import Discount, DiscountKind, Unit, format_quantity
from pos.domain.errors import InvalidInput
from pos.domain.money import Currency, currency, format_money, parse_amount
from pos.services.settings import ShopSettings


class MoneyText:
    """Turns amounts into text for one shop, and typed text back into amounts."""

    def __init__(self, settings: ShopSettings) -> None:
        self.currency: Currency = currency(settings.currency)
        self.locale = settings.locale

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.currency, self.locale)

    def quantity(self, quantity: Decimal, unit: Unit) -> str:
        shown = format_quantity(quantity)
        return f"{shown} kg" if unit is Unit.KG else shown

    @staticmethod
    def parse_quantity(text: str) -> Decimal:
        return parse_amount(text.replace(",", ".").removesuffix("kg").strip(), "quantity")

    def parse_money(self, text: str, what: str = "amount") -> Decimal:
        """Typed money: '12.5', '12,50' or '€12.50' all give Decimal('12.5')."""
        cleaned = "".join(c for c in text if c.isdigit() or c in ".,-")
        return parse_amount(cleaned.replace(",", ".") if cleaned else text, what)

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


def require_positive(value: Decimal, what: str) -> Decimal:
    """``value`` if above zero, else InvalidInput naming ``what``."""
    if value <= 0:
        raise InvalidInput(f"The {what} must be more than zero.")
    return value
