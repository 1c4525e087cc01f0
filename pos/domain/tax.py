"""Tax: inclusive or exclusive prices, several rates, rounding per line or per document.

Totals are always kept per rate. When tax is rounded per document, each rate's tax is
rounded once and then shared back over that rate's lines by largest remainder, so every
line still satisfies net + tax = gross and the lines add up to the document exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from pos.domain.money import ZERO, Currency, round_money

HUNDRED = Decimal(100)


class TaxMode(StrEnum):
    """Whether shelf prices already include tax."""

    INCLUSIVE = "inclusive"
    EXCLUSIVE = "exclusive"


class TaxRounding(StrEnum):
    """Where tax is rounded to the currency's smallest coin."""

    LINE = "line"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class TaxRate:
    """A named rate, e.g. TaxRate('Standard', Decimal('20'))."""

    name: str
    percent: Decimal


@dataclass(frozen=True, slots=True)
class TaxSplit:
    """One amount split into its net, tax and gross parts."""

    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class RateTotal:
    """Everything charged at one rate in a document."""

    rate: TaxRate
    net: Decimal
    tax: Decimal
    gross: Decimal


def unrounded_tax(amount: Decimal, percent: Decimal, mode: TaxMode) -> Decimal:
    """The exact tax contained in (inclusive) or added to (exclusive) ``amount``."""
    if mode is TaxMode.INCLUSIVE:
        return amount * percent / (HUNDRED + percent)
    return amount * percent / HUNDRED


def _split(amount: Decimal, tax: Decimal, mode: TaxMode) -> TaxSplit:
    if mode is TaxMode.INCLUSIVE:
        return TaxSplit(net=amount - tax, tax=tax, gross=amount)
    return TaxSplit(net=amount, tax=tax, gross=amount + tax)


def allocate(total: Decimal, weights: Sequence[Decimal], quantum: Decimal) -> list[Decimal]:
    """Share ``total`` over ``weights`` in whole quanta, largest remainder first.

    The parts always add up to ``total`` exactly; a zero weight list gets nothing.
    """
    weight_sum = sum(weights, ZERO)
    if not weights:
        return []
    if weight_sum == ZERO:
        parts = [ZERO] * len(weights)
        parts[0] = total
        return parts
    total_quanta = int((total / quantum).to_integral_value())
    exact = [total_quanta * w / weight_sum for w in weights]
    floors = [int(e.to_integral_value(rounding=ROUND_FLOOR)) for e in exact]
    left = total_quanta - sum(floors)
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - floors[i], reverse=True)
    for index in by_remainder[:left]:
        floors[index] += 1
    return [quantum * f for f in floors]


def split_lines(
    lines: Sequence[tuple[TaxRate, Decimal]],
    mode: TaxMode,
    rounding: TaxRounding,
    cur: Currency,
) -> tuple[list[TaxSplit], list[RateTotal]]:
    """Split each line amount into net/tax/gross and total them per rate.

    Args:
        lines: (rate, amount) per line; amounts are gross when ``mode`` is inclusive, net
            otherwise, already rounded to the currency.
        mode: inclusive or exclusive pricing.
        rounding: per line, or once per rate for the whole document.
        cur: the document currency.

    Returns:
        The split of each line, in order, and one total per rate, in first-seen order.
    """
    taxes: list[Decimal] = [ZERO] * len(lines)
    by_rate: dict[TaxRate, list[int]] = {}
    for index, (rate, _) in enumerate(lines):
        by_rate.setdefault(rate, []).append(index)
    for rate, indexes in by_rate.items():
        amounts = [lines[i][1] for i in indexes]
        if rounding is TaxRounding.LINE:
            shares = [round_money(unrounded_tax(a, rate.percent, mode), cur) for a in amounts]
        else:
            rate_tax = round_money(unrounded_tax(sum(amounts, ZERO), rate.percent, mode), cur)
            exact = [unrounded_tax(a, rate.percent, mode) for a in amounts]
            shares = allocate(rate_tax, exact, cur.quantum)
        for index, share in zip(indexes, shares, strict=True):
            taxes[index] = share
    splits = [_split(amount, tax, mode) for (_, amount), tax in zip(lines, taxes, strict=True)]
    totals = [
        RateTotal(
            rate=rate,
            net=sum((splits[i].net for i in indexes), ZERO),
            tax=sum((splits[i].tax for i in indexes), ZERO),
            gross=sum((splits[i].gross for i in indexes), ZERO),
        )
        for rate, indexes in by_rate.items()
    ]
    return splits, totals
