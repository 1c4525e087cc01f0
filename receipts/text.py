"""Locale-aware formatting of dates, quantities and rates for printed documents (Babel)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal

from babel.dates import format_datetime
from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_percent

from pos.domain.cart import Unit
from pos.domain.money import Currency, clear_format_cache, format_money

HUNDRED = Decimal(100)
THOUSAND = Decimal(1000)


def format_datetime_local(moment: datetime, locale: str, tz: tzinfo | None = None) -> str:
    """``moment`` (stored in UTC) in the till's time zone, or ``tz``: '24 Nov 2026, 14:03:12'."""
    return format_datetime(moment.astimezone(tz), "medium", locale=locale)


def format_quantity(quantity: Decimal, unit: Unit, locale: str) -> str:
    """'2' for pieces, '0.350 kg' for weighed goods (grams always shown)."""
    if unit is Unit.KG:
        return f"{format_decimal(quantity, '#,##0.000', locale=locale)} kg"
    if quantity == quantity.to_integral_value() and abs(quantity) < THOUSAND:
        return str(int(quantity))  # no separator in any locale: skip Babel on the hot path
    return format_decimal(quantity, "#,##0.###", locale=locale)


def format_percent(percent: Decimal, locale: str) -> str:
    """A tax rate given in percent (Decimal('20')) as '20%' or '20 %' by locale."""
    return babel_percent(percent / HUNDRED, locale=locale, decimal_quantization=False)


def money_text(amount: Decimal, cur: Currency, locale: str) -> str:
    """``format_money`` (which remembers its results: receipts repeat the same prices)."""
    return format_money(amount, cur, locale)


def clear_caches() -> None:
    """Forget remembered formats (benchmarks measure the first receipt too)."""
    clear_format_cache()
