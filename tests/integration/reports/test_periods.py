"""Periods: presets, the previous period, local days turned into UTC bounds (summer time,
a zone half an hour off UTC), and bad ranges refused in plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from pos.domain.errors import InvalidInput
from pos.services.reports.buckets import TimeGroup
from pos.services.reports.period import PeriodKind, custom, preset
from pos.services.reports.sales import sales_by_time, sales_totals
from tests.integration.reports.conftest import KnownShop

LONDON = ZoneInfo("Europe/London")
KOLKATA = ZoneInfo("Asia/Kolkata")


def test_presets_and_the_period_before_each() -> None:
    on = date(2026, 3, 18)  # a Wednesday
    assert (preset(PeriodKind.DAY, on).first, preset(PeriodKind.DAY, on).previous().first) == (
        on,
        date(2026, 3, 17),
    )
    week = preset(PeriodKind.WEEK, on)
    assert (week.first, week.last) == (date(2026, 3, 16), date(2026, 3, 22))
    assert (week.previous().first, week.previous().last) == (date(2026, 3, 9), date(2026, 3, 15))
    month = preset(PeriodKind.MONTH, on)
    assert (month.first, month.last, month.days) == (date(2026, 3, 1), date(2026, 3, 31), 31)
    assert (month.previous().first, month.previous().last) == (date(2026, 2, 1), date(2026, 2, 28))
    year = preset(PeriodKind.YEAR, on).previous()
    assert (year.first, year.last) == (date(2025, 1, 1), date(2025, 12, 31))
    ten_days = custom(date(2026, 3, 11), date(2026, 3, 20)).previous()
    assert (ten_days.first, ten_days.last) == (date(2026, 3, 1), date(2026, 3, 10))


def test_a_local_day_in_utc_around_midnight_and_summer_time() -> None:
    # London goes to summer time at 01:00 UTC on 29 March 2026: that day has 23 hours.
    start, end = custom(date(2026, 3, 29), date(2026, 3, 29)).bounds(LONDON)
    assert (start, end) == (
        datetime(2026, 3, 29, tzinfo=UTC),
        datetime(2026, 3, 29, 23, tzinfo=UTC),
    )
    start, end = custom(date(2026, 7, 1), date(2026, 7, 1)).bounds(LONDON)
    assert (start, end) == (
        datetime(2026, 6, 30, 23, tzinfo=UTC),
        datetime(2026, 7, 1, 23, tzinfo=UTC),
    )
    start, _ = custom(date(2026, 3, 1), date(2026, 3, 1)).bounds(KOLKATA)
    assert start == datetime(2026, 2, 28, 18, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (date(2026, 3, 31), date(2026, 3, 1), "ends \\(2026-03-01\\) before it starts"),
        (date(2010, 1, 1), date(2020, 1, 1), "at most ten years"),
    ],
)
def test_bad_ranges_are_refused(first: date, last: date, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        custom(first, last)


def test_ten_years_exactly_is_allowed() -> None:
    assert custom(date(2016, 1, 1), date(2025, 12, 31)).days == 3653


def test_a_zone_half_an_hour_off_utc_groups_by_its_own_hours(known: KnownShop) -> None:
    """In Kolkata (UTC+5:30) S2 (20:59:59 UTC) is 02:29 and S3 (21:00 UTC) 02:30 on
    1 March: both in the hour from 02:00, though their UTC hours differ."""
    period = custom(date(2026, 3, 1), date(2026, 3, 1))
    assert sales_totals(known.db, known.owner, period, tz=KOLKATA).figures.net == Decimal("13.70")
    hours = sales_by_time(known.db, known.owner, period, TimeGroup.HOUR, tz=KOLKATA)
    busy = {row.key: row.figures.sales_count for row in hours.rows if row.figures.sales_count}
    assert busy == {"02": 2}
