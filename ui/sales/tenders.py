"""Quick-tender amounts: the notes a customer is likely to hand over for a total."""

from __future__ import annotations

from decimal import Decimal

#: Banknotes follow the 1-2-5 series in almost every currency (5, 10, 20, 50, 100 ...).
_SERIES = (Decimal(1), Decimal(2), Decimal(5))


def suggested_tenders(due: Decimal, count: int = 3) -> list[Decimal]:
    """The next notes above ``due`` in the 1-2-5 series: 7.30 -> 10, 20, 50; 1,234 -> 2,000,
    5,000, 10,000. Exact payment has its own button."""
    if due <= 0:
        return []
    amounts: list[Decimal] = []
    magnitude = Decimal(10) ** due.adjusted()
    while len(amounts) < count:
        amounts += [step * magnitude for step in _SERIES if step * magnitude > due]
        magnitude *= 10
    return amounts[:count]
