"""Locale-aware formatting of dates, quantities and rates for printed documents (Babel)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_datetime
from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_percent

from pos.domain.cart import Unit
from pos.domain.money import Currency, format_money

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
    """``format_money``, remembered: a till prints the same few prices all day, and Babel
    takes most of a receipt's layout time."""
    return _money_text(str(amount), cur, locale)


@lru_cache(maxsize=4096)
def _money_text(amount: str, cur: Currency, locale: str) -> str:
    # Keyed on the text of the amount: Decimal("-0") == Decimal("0") would share an entry.
    return format_money(Decimal(amount), cur, locale)


def clear_caches() -> None:
    """Forget remembered formats (benchmarks measure the first receipt too)."""
    _money_text.cache_clear()
