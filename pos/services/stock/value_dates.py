"""Which instant "the end of a day" is, for stock figures at a date.

ShopTill's settings hold a locale but no time zone: a shop's tills stand in the shop, so
the computer's own clock and zone are the shop's. The stock at 31 December is the ledger up
to midnight at the end of that day on this computer's clock (summer time included), which
is what the shopkeeper and the accountant mean by "the stock at year end".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from pos.domain.errors import InvalidInput


def local_today(tz: tzinfo | None = None) -> date:
    """Today's date in ``tz``, or on this computer's clock when None."""
    return datetime.now(tz).date() if tz is not None else date.today()


def end_of_day(on: date, tz: tzinfo | None = None) -> datetime:
    """The UTC instant at which day ``on`` ends in ``tz`` (this computer's zone when None).

    A movement belongs to the day when it was made strictly before this instant.
    """
    midnight = datetime.combine(on + timedelta(days=1), time())
    # A naive datetime's astimezone() reads it in the local zone with that date's rules,
    # so a day in summer ends at summer time's midnight.
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return local.astimezone(UTC)


def check_past_date(on: date, tz: tzinfo | None = None) -> date:
    """``on`` if it is today or earlier; InvalidInput for a day still to come."""
    if on > local_today(tz):
        raise InvalidInput("Stock value is known up to today: pick today or a day before.")
    return on


def parse_day(text: str) -> date:
    """A date typed as YYYY-MM-DD ('2025-12-31'), or InvalidInput saying how to write it."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a date. Write it as year-month-day, e.g. 2025-12-31."
        ) from None
