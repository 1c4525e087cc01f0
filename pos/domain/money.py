"""Money: Decimal amounts in an ISO 4217 currency, rounded half-up, formatted by Babel.

Amounts are ``decimal.Decimal`` built from ``str`` or ``int``; a float never enters. The
currency's exponent (JPY 0, EUR 2, KWD 3) comes from Babel's copy of ISO 4217. Babel rounds
half-to-even when formatting, so every amount is rounded here first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_precision, list_currencies

from pos.domain.errors import InvalidInput

ZERO = Decimal(0)
#: Money columns store thousandths of the currency unit: enough for every exponent we accept.
MAX_EXPONENT = 3
#: The smallest coin of each exponent, made once: every amount on a till is rounded to one.
_QUANTA = tuple(Decimal(1).scaleb(-exponent) for exponent in range(MAX_EXPONENT + 1))


@dataclass(frozen=True, slots=True)
class Currency:
    """An ISO 4217 currency and how many decimals its smallest coin has."""

    code: str
    exponent: int

    @property
    def quantum(self) -> Decimal:
        """The smallest amount: Decimal('0.01') for EUR, Decimal('1') for JPY."""
        if 0 <= self.exponent <= MAX_EXPONENT:
            return _QUANTA[self.exponent]
        return Decimal(1).scaleb(-self.exponent)


@cache
def currency(code: str) -> Currency:
    """The currency for an ISO 4217 code, or InvalidInput naming the bad code."""
    normalized = code.strip().upper()
    if normalized not in list_currencies():
        raise InvalidInput(f"'{code}' is not a currency code. Use a code like EUR, USD or KES.")
    exponent = get_currency_precision(normalized)
    if exponent > MAX_EXPONENT:
        raise InvalidInput(f"{normalized} is an accounting unit, not a currency a shop can take.")
    return Currency(normalized, exponent)


def round_money(amount: Decimal, cur: Currency) -> Decimal:
    """Round half-up to the currency's smallest coin."""
    return amount.quantize(cur.quantum, rounding=ROUND_HALF_UP)


_PLAIN_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")


def parse_amount(text: str, what: str = "amount") -> Decimal:
    """Turn typed text ('12.5', '-3', '.75') into a Decimal, or InvalidInput.

    Only plain decimal notation: '1e5', 'NaN' or stray letters are refused, never guessed.
    """
    cleaned = text.strip().replace(" ", "")
    if not _PLAIN_NUMBER.match(cleaned):
        raise InvalidInput(f"The {what} '{text}' is not a number.")
    return Decimal(cleaned)


def check_locale(name: str) -> str:
    """Return a Babel locale identifier, or InvalidInput if Babel does not know it."""
    try:
        return str(Locale.parse(name.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        raise InvalidInput(f"'{name}' is not a language and region ShopTill knows.") from None


def format_money(amount: Decimal, cur: Currency, locale: str) -> str:
    """Format for display in the shop's locale, e.g. '1.234,50 €' in de_DE.

    Remembered: a till shows the same few prices all day, and Babel takes about 60 µs each.
    """
    # Keyed on the text of the amount: Decimal("-0") == Decimal("0") would share an entry.
    return _formatted(str(amount), cur, locale)


@lru_cache(maxsize=8192)
def _formatted(amount: str, cur: Currency, locale: str) -> str:
    return format_currency(round_money(Decimal(amount), cur), cur.code, locale=locale)


def clear_format_cache() -> None:
    """Forget remembered formats (benchmarks measure the first one too)."""
    _formatted.cache_clear()


def cash_round(amount: Decimal, increment: Decimal | None) -> Decimal:
    """Round a cash amount to the nearest ``increment`` (0.05, 0.10, 1 ...), half up."""
    if increment is None or increment <= ZERO:
        return amount
    steps = (amount / increment).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return steps * increment
