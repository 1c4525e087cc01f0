"""Counting the cash drawer: by note and coin, or as one amount.

A count by denomination is what a careful shop does at closing: so many €20 notes, so
many 50-cent coins. The pieces come from the shop's own list in Settings, else from the
table ShopTill ships for its currency; a currency with neither is counted as one amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pos.domain.cart import check_amount
from pos.domain.errors import InvalidInput
from pos.domain.money import ZERO
from pos.services.cashup.denomination_tables import DENOMINATIONS
from pos.services.settings import ShopSettings

#: More of one piece than any drawer holds: a typing slip, not a count.
MOST_PIECES = 100_000


@dataclass(frozen=True, slots=True)
class DrawerCount:
    """The drawer as counted: ``pieces`` (value, how many) largest first, or, counted as
    one amount, no pieces and that ``total``."""

    total: Decimal
    pieces: tuple[tuple[Decimal, int], ...] = ()


def denominations(settings: ShopSettings) -> tuple[Decimal, ...]:
    """The notes and coins the shop counts its drawer in, largest first.

    Raises:
        InvalidInput: there is no list for the shop's currency (the message says what to do).
    """
    pieces = settings.denominations or DENOMINATIONS.get(settings.currency, ())
    if not pieces:
        raise InvalidInput(
            f"ShopTill has no list of notes and coins for {settings.currency}. Enter yours "
            "in Settings, or count the drawer as one amount."
        )
    return pieces


def count_by_pieces(settings: ShopSettings, counts: Mapping[Decimal, int | str]) -> DrawerCount:
    """The drawer counted piece by piece: ``counts`` maps a note or coin to how many (as
    typed: "12", or "" for none). Pieces not given count as none.

    Raises:
        InvalidInput: an unknown piece, or a count that is not a whole number from 0 up.
    """
    known = denominations(settings)
    money = settings.money
    given: dict[Decimal, int] = {}
    for value, typed in counts.items():
        if value not in known:
            raise InvalidInput(f"{value} is not one of the notes and coins the shop counts.")
        given[value] = _how_many(value, typed)
    pieces = tuple((value, given.get(value, 0)) for value in known)
    total = sum((value * many for value, many in pieces), ZERO)
    check_amount(total, money, "cash counted")
    return DrawerCount(total, pieces)


def count_as_amount(settings: ShopSettings, amount: Decimal | str) -> DrawerCount:
    """The drawer counted as one amount.

    Raises:
        InvalidInput: not an amount, negative, or with more decimals than the currency.
    """
    try:
        total = Decimal(str(amount).strip()) if isinstance(amount, str) else amount
    except InvalidOperation:
        raise InvalidInput(f"'{amount}' is not an amount of money.") from None
    if not total.is_finite():
        raise InvalidInput(f"'{amount}' is not an amount of money.")
    return DrawerCount(check_amount(total, settings.money, "cash counted"))


def _how_many(value: Decimal, typed: int | str) -> int:
    text = str(typed).strip()
    if not text:
        return 0
    if not text.isdigit():
        raise InvalidInput(
            f"The count of {value} pieces must be a whole number from 0 up, not '{text}'."
        )
    many = int(text)
    if many >= MOST_PIECES:
        raise InvalidInput(f"{many:,} pieces of {value} is more than a drawer holds.")
    return many
