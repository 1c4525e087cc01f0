"""Timestamps are stored in UTC, as SQLAlchemy's SQLite DATETIME writes them."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import DateTime
from sqlalchemy.dialects import postgresql, sqlite

from pos.db.base import UtcDateTime

SQLITE = sqlite.dialect()
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
AWARE = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=OFFSETS
)


@given(AWARE)
def test_sqlite_text_is_what_sqlalchemy_writes(moment: datetime) -> None:
    ours = UtcDateTime().dialect_impl(SQLITE).bind_processor(SQLITE)
    theirs = DateTime().dialect_impl(SQLITE).bind_processor(SQLITE)
    assert ours is not None and theirs is not None
    as_utc = moment.astimezone(UTC).replace(tzinfo=None)
    assert ours(moment) == theirs(as_utc)


@given(AWARE)
def test_sqlite_text_reads_back_as_the_same_moment(moment: datetime) -> None:
    kind = UtcDateTime().dialect_impl(SQLITE)
    write = kind.bind_processor(SQLITE)
    read = kind.result_processor(SQLITE, None)
    assert write is not None and read is not None
    assert read(write(moment)) == moment


def test_naive_timestamps_are_refused() -> None:
    write = UtcDateTime().dialect_impl(SQLITE).bind_processor(SQLITE)
    assert write is not None
    assert write(None) is None
    with pytest.raises(ValueError, match="timezone-aware"):
        write(datetime(2026, 11, 24, 9, 30))


def test_other_databases_get_a_naive_utc_datetime() -> None:
    dialect = postgresql.dialect()
    write = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert write is not None
    paris = timezone(timedelta(hours=1))
    assert write(datetime(2026, 11, 24, 10, 30, tzinfo=paris)) == datetime(2026, 11, 24, 9, 30)
