"""Losses by reason: how much stock the adjustments took (or gave back), per reason, in
units and in money at the cost each line was made at, over a range of days.

The reports screen sums the same figures; the adjustments tab shows them for a chosen range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import stock_adjustment_lines, stock_adjustments
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize
from pos.services.stock.adjustment_types import ZERO, AdjustmentReason

_docs = stock_adjustments.c
_lines = stock_adjustment_lines.c


@dataclass(frozen=True, slots=True)
class ReasonTotal:
    """One reason's adjustments in a range.

    Attributes:
        reason: the reason.
        lines: how many adjustment lines gave it.
        quantity: their changes added up (negative: stock lost). Pieces and kilograms
            add up as numbers; the money is the figure to compare.
        value: the changes at cost (negative: money lost), unrounded.
    """

    reason: AdjustmentReason
    lines: int
    quantity: Decimal
    value: Decimal


@dataclass(frozen=True, slots=True)
class LossesReport:
    """Every reason's total in ``[start, end)`` (UTC), in the reasons' order."""

    start: datetime
    end: datetime
    reasons: tuple[ReasonTotal, ...]

    @property
    def value(self) -> Decimal:
        """All adjustments at cost in the range (negative: money lost)."""
        return sum((r.value for r in self.reasons), ZERO)

    @property
    def lost(self) -> Decimal:
        """The money at cost of the stock that went out (a positive figure)."""
        return -sum((r.value for r in self.reasons if r.value < 0), ZERO)


def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC moments from the start of ``first`` to the end of ``last``, both days as
    this computer's clock counts them (the shop's own time zone).

    Raises:
        InvalidInput: ``last`` is before ``first``.
    """
    if last < first:
        raise InvalidInput("The last day comes before the first. Swap them.")
    start = datetime.combine(first, time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), time()).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


def losses_by_reason(db: Database, start: datetime, end: datetime, *, actor: Actor) -> LossesReport:
    """The adjustments made from ``start`` up to (not including) ``end``, per reason.

    Every reason is listed, with zeros where none was used. Money is summed exactly:
    quantities are added per reason and cost in SQL, and multiplied here (a product of
    two scaled integers could overflow SQLite's integers over a long range). A report at
    cost: ``actor`` needs SEE_REPORTS and SEE_COSTS.
    """
    lines = dict.fromkeys(AdjustmentReason, 0)
    quantities = dict.fromkeys(AdjustmentReason, ZERO)
    values = dict.fromkeys(AdjustmentReason, ZERO)
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_REPORTS)
        authorize(uow, actor, Permission.SEE_COSTS)
        rows = uow.connection.execute(
            select(_lines.reason, _lines.unit_cost, func.count(), func.sum(_lines.quantity))
            .join(stock_adjustments, _docs.id == _lines.adjustment_id)
            .where(_docs.created_at >= start, _docs.created_at < end)
            .group_by(_lines.reason, _lines.unit_cost)
        )
        for reason, cost, count, quantity in rows:  # sum() keeps the column's type
            key = AdjustmentReason(reason)
            lines[key] += int(count)
            quantities[key] += quantity
            values[key] += quantity * cost
    return LossesReport(
        start,
        end,
        tuple(ReasonTotal(r, lines[r], quantities[r], values[r]) for r in AdjustmentReason),
    )
