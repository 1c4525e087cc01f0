"""Tax: inclusive or exclusive prices, several rates, rounding per line or per document.

A line may carry several rates at once (Quebec's GST and QST, India's CGST and SGST). Each
rate is charged on the line's net price, never on another rate's tax: with prices that
include tax, net = gross / (1 + sum of the rates), and each rate's tax is net x its percent.

Totals are always kept per rate. Each rate's tax is rounded on its own: per line, or once
per document and then shared back over that rate's lines by largest remainder. A line's net
is what is left of its gross after its taxes (inclusive prices), or its gross is the net
plus its taxes (exclusive), so net + taxes = gross holds on every line exactly and the
lines add up to the document.
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
    """One amount split into its net, tax and gross parts.

    ``taxes`` is the tax of each of the line's rates, in the line's order; ``tax`` is their
    sum.
    """

    net: Decimal
    tax: Decimal
    gross: Decimal
    taxes: tuple[Decimal, ...] = ()


@dataclass(frozen=True, slots=True)
class RateTotal:
    """Everything charged at one rate in a document.

    ``net`` is what the rate was charged on (the net of the lines that carry it) and
    ``gross`` is net + tax. When lines carry several rates, their net counts once at each
    rate: the rates' taxes add up to the document's tax, their nets and grosses do not add
    up to the document's.
    """

    rate: TaxRate
    net: Decimal
    tax: Decimal
    gross: Decimal


def unrounded_tax(
    amount: Decimal, percent: Decimal, mode: TaxMode, combined: Decimal | None = None
) -> Decimal:
    """The exact tax at ``percent`` contained in (inclusive) or added to (exclusive) ``amount``.

    ``combined`` is the sum of all the rates the amount carries (``percent`` alone when
    None): an inclusive amount holds its net once and every rate's tax on that net.
    """
    if mode is TaxMode.INCLUSIVE:
        return amount * percent / (HUNDRED + (percent if combined is None else combined))
    return amount * percent / HUNDRED


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
    lines: Sequence[tuple[Sequence[TaxRate], Decimal]],
    mode: TaxMode,
    rounding: TaxRounding,
    cur: Currency,
) -> tuple[list[TaxSplit], list[RateTotal]]:
    """Split each line amount into net/tax/gross and total them per rate.

    Args:
        lines: (the line's rates, amount) per line; amounts are gross when ``mode`` is
            inclusive, net otherwise, already rounded to the currency. Most lines carry one
            rate; a line with several is taxed at each of them on its net.
        mode: inclusive or exclusive pricing.
        rounding: per line, or once per rate for the whole document.
        cur: the document currency.

    Returns:
        The split of each line, in order, and one total per rate, in first-seen order.
    """
    # Where each rate is charged: (line index, the rate's place among the line's rates).
    by_rate: dict[TaxRate, list[tuple[int, int]]] = {}
    combined: list[Decimal] = []  # the sum of each line's rates
    several = False
    for index, (rates, _) in enumerate(lines):
        if len(rates) == 1:  # nearly every line: kept as cheap as a single rate always was
            by_rate.setdefault(rates[0], []).append((index, 0))
            combined.append(rates[0].percent)
            continue
        several = True
        for place, rate in enumerate(rates):
            by_rate.setdefault(rate, []).append((index, place))
        combined.append(sum((rate.percent for rate in rates), ZERO))
    taxes = [[ZERO] * len(rates) for rates, _ in lines]
    for rate, places in by_rate.items():
        exact = [unrounded_tax(lines[i][1], rate.percent, mode, combined[i]) for i, _ in places]
        if rounding is TaxRounding.LINE:
            shares = [round_money(e, cur) for e in exact]
        else:
            shares = allocate(round_money(sum(exact, ZERO), cur), exact, cur.quantum)
        for (index, place), share in zip(places, shares, strict=True):
            taxes[index][place] = share
    if several and mode is TaxMode.INCLUSIVE:
        quantum = cur.quantum
        for line_taxes, (_, amount) in zip(taxes, lines, strict=True):
            _fit(line_taxes, amount, quantum)
    splits = [
        _split(amount, line_taxes, mode)
        for (_, amount), line_taxes in zip(lines, taxes, strict=True)
    ]
    totals = []
    for rate, places in by_rate.items():
        net = sum((splits[i].net for i, _ in places), ZERO)
        tax = sum((taxes[i][place] for i, place in places), ZERO)
        totals.append(RateTotal(rate=rate, net=net, tax=tax, gross=net + tax))
    return splits, totals


def _split(amount: Decimal, taxes: list[Decimal], mode: TaxMode) -> TaxSplit:
    tax = taxes[0] if len(taxes) == 1 else sum(taxes, ZERO)
    if mode is TaxMode.INCLUSIVE:
        return TaxSplit(net=amount - tax, tax=tax, gross=amount, taxes=tuple(taxes))
    return TaxSplit(net=amount, tax=tax, gross=amount + tax, taxes=tuple(taxes))


def _fit(taxes: list[Decimal], gross: Decimal, quantum: Decimal) -> None:
    """Keep an inclusive line's taxes within its price.

    Each rate's tax is rounded on its own, so several rates rounded up could together exceed
    a coin-sized price and leave a negative net. That takes rates adding up to hundreds of
    percent on a price of a few coins; then the largest tax gives back a coin at a time.
    """
    while len(taxes) > 1 and sum(taxes, ZERO) > gross:
        largest = max(range(len(taxes)), key=taxes.__getitem__)
        taxes[largest] -= quantum
