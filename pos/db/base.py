"""The column types for money, quantities, rates and timestamps, and the naming of keys.

SQLAlchemy binds ``Numeric`` as a float on SQLite and loses cents, so exact values are
stored as integers: money and quantities in thousandths, tax percentages in ten-thousandths.
Binding a value that would lose a digit, or a float, raises instead of rounding.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

#: How constraints and indexes are named, so that migrations can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of ``10**-places``."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self.factor: int = 10**places
        #: The integer stored for a value; a float, a NaN or a digit too many raises.
        self.to_stored: Callable[[object], int | None] = _storer(places)

    def process_bind_param(self, value: object, dialect: Dialect) -> int | None:
        return self.to_stored(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return self.from_stored(value)

    # A sale binds some eighty of these: the processors are the conversions themselves,
    # without TypeDecorator's wrapper (BigInteger needs no driver-side processing).
    def bind_processor(self, dialect: Dialect) -> Callable[[Any], int | None]:
        return self.to_stored

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        return self.from_stored

    def from_stored(self, value: Any) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)  # an expression's result may be a float


def _storer(places: int) -> Callable[[object], int | None]:
    """``to_stored`` for ``places`` decimals: a plain function over its factor, as few steps
    as it can for a Decimal (a sale binds some eighty values, each through this)."""
    factor: int = 10**places
    # A Decimal with at most ``places`` decimals is top/bottom with bottom dividing the
    # factor (2**a * 5**b): the stored integer is top times factor // bottom.
    scale_of: dict[int, int] = {
        2**a * 5**b: factor // (2**a * 5**b) for a in range(places + 1) for b in range(places + 1)
    }

    def to_stored(value: object) -> int | None:
        top: int
        scale: int | None
        if value.__class__ is Decimal:  # nearly always: checked first
            try:
                # The exact fraction, in integers: a third faster than scaling the Decimal.
                top, bottom = value.as_integer_ratio()
            except (ValueError, OverflowError):  # NaN, infinity
                raise TypeError(f"exact finite values only, got {value}") from None
            scale = scale_of.get(bottom)
            if scale is None:
                raise ValueError(f"{value} has more than {places} decimals")
            return top * scale
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            top = value
            return top * factor
        if isinstance(value, Decimal):  # a subclass of Decimal
            return to_stored(Decimal(value))
        raise TypeError(f"exact finite values only, got {type(value).__name__}: {value!r}")

    return to_stored


class Money(ScaledDecimal):
    """Money in thousandths of the currency unit: fits JPY, EUR and KWD alike."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(3)


class Quantity(ScaledDecimal):
    """Quantities in thousandths: pieces, or kilograms to the gram."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(3)


class Percent(ScaledDecimal):
    """Tax percentages to four decimals (7.7 %, 8.875 %)."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(4)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp, whatever the database keeps."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """On SQLite, the text SQLAlchemy's ``DATETIME`` stores, written in one C call: a
        sale stamps its row and each stock movement, and a scan its cart."""
        if dialect.name == "sqlite":
            return _sqlite_text
        return super().bind_processor(dialect)


def _sqlite_text(value: datetime | None) -> str | None:
    """``value`` in UTC as SQLite's ``DATETIME`` column keeps it: '2026-11-24 09:30:00.000000'."""
    if value is None:
        return None
    if value.tzinfo is not UTC:  # ``utcnow()`` gives UTC already
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(UTC)
    # Formatted by hand: half the cost of replace() and isoformat(), and a sale stamps three.
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 (faster than format())
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
    )


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)
