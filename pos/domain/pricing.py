"""Changing many prices at once: by a percentage or an amount, then rounded to a rule.

A shop raising its prices by 3 % wants €2.47, not €2.4720, and often a price that ends the
way its shelf prices do (.99, .49 or .00). Every rule gives a price the currency can pay.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum

from pos.domain.cart import MAX_AMOUNT
from pos.domain.errors import InvalidInput
from pos.domain.money import ZERO, Currency, round_money

HUNDRED = Decimal(100)


class PriceRounding(StrEnum):
    """Where a changed price lands.

    COIN: the currency's smallest coin. END_99 / END_49_99 / WHOLE: the nearest price ending
    in .99, in .49 or .99, or in .00 (currencies with cents). TENS: the nearest multiple of
    10 (currencies without cents, or a shop that wants round prices).
    """

    COIN = "coin"
    END_99 = "end_99"
    END_49_99 = "end_49_99"
    WHOLE = "whole"
    TENS = "tens"


#: Each rule as (step, ending): the nearest price equal to ``ending`` modulo ``step``.
_RULES: dict[PriceRounding, tuple[Decimal, Decimal]] = {
    PriceRounding.END_99: (Decimal(1), Decimal("0.99")),
    PriceRounding.END_49_99: (Decimal("0.5"), Decimal("0.49")),
    PriceRounding.WHOLE: (Decimal(1), ZERO),
    PriceRounding.TENS: (Decimal(10), ZERO),
}
_NEEDS_CENTS = {PriceRounding.END_99, PriceRounding.END_49_99}


class PriceChangeKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class PriceChangeRule:
    """Add ``value`` percent, or ``value`` in money (negative lowers), then round."""

    kind: PriceChangeKind
    value: Decimal
    rounding: PriceRounding = PriceRounding.COIN

    def check(self, cur: Currency) -> None:
        """Refuse a rule that cannot give sensible prices in ``cur``.

        Raises:
            InvalidInput: the change is zero, lowers every price to nothing, or rounds to
                cents the currency does not have.
        """
        if self.value == 0:
            raise InvalidInput("A change of zero changes no price.")
        if self.kind is PriceChangeKind.PERCENT and self.value <= -100:
            raise InvalidInput("A price can be lowered by less than 100 % only.")
        if self.rounding in _NEEDS_CENTS and cur.exponent == 0:
            raise InvalidInput(f"{cur.code} has no cents: round to the coin or to tens instead.")
        if self.kind is PriceChangeKind.AMOUNT and round_money(self.value, cur) != self.value:
            raise InvalidInput(f"{self.value} is not an amount in {cur.code}.")

    def apply(self, price: Decimal, cur: Currency) -> Decimal:
        """The new price for ``price``: never below the smallest coin, never absurd.

        Raises:
            InvalidInput: the new price would be dearer than any price the till takes.
        """
        if self.kind is PriceChangeKind.PERCENT:
            changed = price + price * self.value / HUNDRED
        else:
            changed = price + self.value
        rounded = _round(changed, self.rounding, cur)
        if rounded <= 0:
            rounded = _smallest(self.rounding, cur)
        if rounded > MAX_AMOUNT:
            raise InvalidInput(f"{price} would become {rounded}, more than a till can take.")
        return rounded


def _round(amount: Decimal, rounding: PriceRounding, cur: Currency) -> Decimal:
    if rounding is PriceRounding.COIN:
        return round_money(amount, cur)
    step, ending = _RULES[rounding]
    below = ((amount - ending) / step).to_integral_value(rounding=ROUND_FLOOR) * step + ending
    above = below + step
    # Half-way goes up, as money rounds everywhere else in ShopTill.
    nearest = above if (above - amount) <= (amount - below) else below
    return round_money(nearest.quantize(cur.quantum, rounding=ROUND_HALF_UP), cur)


def _smallest(rounding: PriceRounding, cur: Currency) -> Decimal:
    if rounding is PriceRounding.COIN:
        return cur.quantum
    step, ending = _RULES[rounding]
    return ending if ending > 0 else step
