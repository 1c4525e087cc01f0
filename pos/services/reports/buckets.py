"""Sales grouped by the shop's local day, week, month, hour or weekday.

The database keeps UTC and knows nothing of the shop's zone or its summer time, so the
queries group by the UTC hour a sale was rung up in (by the minute for a zone whose offset
is not whole hours, such as India's or Nepal's), and each such slot is then put on the
shop's clock here and added into its local day, week, hour ... A year holds under 9,000
hours: the folding costs a few milliseconds whatever the number of sales.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import String, func, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from pos.services.reports.period import Period, to_local


class TimeGroup(StrEnum):
    """How a report cuts its period into rows."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    HOUR = "hour"
    WEEKDAY = "weekday"


#: Groups that follow one another through a period (compared row by row with the
#: previous period's); hours and weekdays repeat (compared hour with hour).
CALENDAR_GROUPS = (TimeGroup.DAY, TimeGroup.WEEK, TimeGroup.MONTH, TimeGroup.YEAR)


def whole_hours(period: Period, tz: tzinfo | None) -> bool:
    """Whether the shop's offset from UTC is whole hours throughout ``period``."""
    start, end = period.bounds(tz)
    offsets = (to_local(start, tz).utcoffset(), to_local(end, tz).utcoffset())
    return all(o is not None and o.total_seconds() % 3600 == 0 for o in offsets)


def utc_slot(connection: Connection, column: Any, hours: bool) -> ColumnElement[str]:
    """The UTC hour (or minute) ``column`` falls in, as text: '2026-03-01 14'."""
    if connection.dialect.name == "postgresql":
        text = func.to_char(column, "YYYY-MM-DD HH24" if hours else "YYYY-MM-DD HH24:MI")
    else:  # SQLite keeps '2026-03-01 14:05:09.000000'
        text = func.substr(column, 1, 13 if hours else 16)
    return type_coerce(text, String)


def slot_time(slot: str, tz: tzinfo | None) -> datetime:
    """A slot's start on the shop's clock. (Read by hand: ``strptime`` took a third of a
    year's tax report.)"""
    minute = int(slot[14:16]) if len(slot) > 13 else 0
    utc = datetime(
        int(slot[0:4]), int(slot[5:7]), int(slot[8:10]), int(slot[11:13]), minute, tzinfo=UTC
    )
    return to_local(utc, tz)


def group_key(moment: datetime | date, group: TimeGroup) -> str:
    """The row a local moment (or day) belongs to: '2026-03-01', '2026-W09', '2026-03',
    '2026', '14' (the hour), '0' (Monday) ... Keys sort in time order."""
    day = moment.date() if isinstance(moment, datetime) else moment
    if group is TimeGroup.DAY:
        return day.isoformat()
    if group is TimeGroup.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if group is TimeGroup.MONTH:
        return f"{day.year}-{day.month:02d}"
    if group is TimeGroup.YEAR:
        return str(day.year)
    if group is TimeGroup.HOUR:
        assert isinstance(moment, datetime)
        return f"{moment.hour:02d}"
    return str(day.weekday())


def period_keys(period: Period, group: TimeGroup) -> list[str]:
    """Every row of a calendar group the period touches, in order (days with no sale too);
    the 24 hours or the 7 weekdays otherwise."""
    if group is TimeGroup.HOUR:
        return [f"{hour:02d}" for hour in range(24)]
    if group is TimeGroup.WEEKDAY:
        return [str(day) for day in range(7)]
    keys: list[str] = []
    day = period.first
    while day <= period.last:
        key = group_key(day, group)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += timedelta(days=1)
    return keys


def fold(
    rows: Iterable[Sequence[Any]], group: TimeGroup, tz: tzinfo | None, width: int
) -> dict[str, list[Any]]:
    """Add up rows of (slot, *figures) into their local groups; ``width`` figures each,
    summed (None counts as nothing, and stays None alone)."""
    sums: dict[str, list[Any]] = {}
    for slot, *figures in rows:
        key = group_key(slot_time(slot, tz), group)
        into = sums.get(key)
        if into is None:
            sums[key] = list(figures)
            continue
        for i in range(width):
            if figures[i] is not None:
                into[i] = figures[i] if into[i] is None else into[i] + figures[i]
    return sums
