"""The period a report covers: whole days in the shop's own time, turned into UTC bounds.

A report from 1 March to 31 March covers every sale rung up from midnight at the start of
1 March to midnight at the end of 31 March on the shop's clock. ShopTill's settings hold
no time zone: the tills stand in the shop, so the computer's own zone is the shop's (as
for the stock value, ``pos.services.stock.value_dates``); ``tz`` overrides it. Each bound
is local midnight turned into UTC with that day's own rules, so a period across the change
to summer time is 23 or 25 hours longer or shorter than its days times 24, as it should.
Sales are stamped in UTC; a sale belongs to the period when ``start <= created_at < end``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from pos.domain.errors import InvalidInput

#: The longest period a report covers, in years: up to the day before the same date
#: ten years on (1 Jan 2016 to 31 Dec 2025).
MAX_YEARS = 10


class PeriodKind(StrEnum):
    """How the period was chosen: it decides what "the previous period" is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """From ``first`` to ``last``, both days included, in the shop's time."""

    first: date
    last: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput(
                f"The period ends ({self.last.isoformat()}) before it starts "
                f"({self.first.isoformat()}). Pick an end on or after the start."
            )
        if self.last >= _years_on(self.first, MAX_YEARS):
            raise InvalidInput("A report covers at most ten years. Pick a shorter period.")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def bounds(self, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
        """The UTC instants the period starts at and ends before."""
        return local_midnight(self.first, tz), local_midnight(self.last + timedelta(days=1), tz)

    def previous(self) -> Period:
        """The period before, for comparison: the day, week, month or year before, or as
        many days ending the day before a custom period starts."""
        if self.kind is PeriodKind.MONTH:
            return month_of(self.first.replace(day=1) - timedelta(days=1))
        if self.kind is PeriodKind.YEAR:
            return year_of(date(self.first.year - 1, 1, 1))
        return Period(
            self.first - timedelta(days=self.days), self.first - timedelta(days=1), self.kind
        )

    def label(self) -> str:
        """'2026-03-01 to 2026-03-31', or the one day."""
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


def _years_on(day: date, years: int) -> date:
    """The same date ``years`` on; 29 February becomes 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """Midnight at the start of ``day`` in ``tz`` (this computer's zone when None), in UTC."""
    midnight = datetime.combine(day, time())
    # A naive datetime's astimezone() reads it in the local zone with that date's rules.
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return local.astimezone(UTC)


def to_local(instant: datetime, tz: tzinfo | None = None) -> datetime:
    """A UTC instant on the shop's clock."""
    return instant.astimezone(tz) if tz is not None else instant.astimezone()


def day_of(on: date) -> Period:
    return Period(on, on, PeriodKind.DAY)


def week_of(on: date) -> Period:
    """Monday to Sunday, the ISO week ``on`` falls in."""
    monday = on - timedelta(days=on.weekday())
    return Period(monday, monday + timedelta(days=6), PeriodKind.WEEK)


def month_of(on: date) -> Period:
    last = calendar.monthrange(on.year, on.month)[1]
    return Period(on.replace(day=1), on.replace(day=last), PeriodKind.MONTH)


def year_of(on: date) -> Period:
    return Period(date(on.year, 1, 1), date(on.year, 12, 31), PeriodKind.YEAR)


def custom(first: date, last: date) -> Period:
    """Any range of whole days; InvalidInput when it ends before it starts or is too long."""
    return Period(first, last, PeriodKind.CUSTOM)


def preset(kind: PeriodKind, on: date) -> Period:
    """The day, week, month or year holding ``on``."""
    makers = {
        PeriodKind.DAY: day_of,
        PeriodKind.WEEK: week_of,
        PeriodKind.MONTH: month_of,
        PeriodKind.YEAR: year_of,
    }
    if kind not in makers:
        raise InvalidInput("A custom period needs its first and last day.")
    return makers[kind](on)
