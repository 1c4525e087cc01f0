"""Which figures of a report are drawn, and how: bars of money per row.

Reports over time, by cashier or by tender draw their net (or amount) per row; reports by
product or category draw their best rows. Totals, tax and margin tables have no chart.
Labels are worded as the table words them (``cells``), shorter for time rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.dates import format_date, get_day_names, get_month_names

from pos.services.reports.cells import cell_text, week_text
from pos.services.reports.table import Column, Kind, ReportTable, Value
from pos.services.reports.words import ENGLISH, Heading, Words

#: The money columns drawn, in order of preference, and the previous period's beside them.
_NOW = (Heading.NET, Heading.AMOUNT)
_BEFORE = (Heading.PREVIOUS_NET, Heading.PREVIOUS_AMOUNT)
#: More bars than this are unreadable: products and categories show their best ones.
MOST_BARS = 10
#: Time rows beyond this many are not drawn (a year by day: pick weeks or months).
MOST_TIME_BARS = 62


@dataclass(frozen=True, slots=True)
class ChartData:
    labels: tuple[str, ...]
    amounts: tuple[Decimal, ...]
    before: tuple[Decimal, ...] | None
    #: Only the best rows are drawn (products, categories ...).
    cut: bool = False


def chart_data(
    table: ReportTable, *, ranked: bool, locale: str = "en", words: Words = ENGLISH
) -> ChartData | None:
    """The bars for ``table``; None when it has nothing to draw. ``ranked`` tables (by
    product, category ...) draw their ``MOST_BARS`` biggest rows; time tables draw every
    row, in order, or nothing when there are too many (a year by day: pick weeks)."""
    now = next((i for h in _NOW if (i := table.column(h)) is not None), None)
    if now is None or not table.rows:
        return None
    before = next((i for h in _BEFORE if (i := table.column(h)) is not None), None)
    name = table.column(Heading.PRODUCT) or 0
    column = table.columns[name]
    rows = list(table.rows)
    cut = False
    if ranked:
        rows.sort(key=lambda row: _amount(row[now]), reverse=True)
        cut = len(rows) > MOST_BARS
        rows = rows[:MOST_BARS]
    elif len(rows) > MOST_TIME_BARS:
        return None
    labels = [
        short_label(row[name], column.kind, locale, len(rows), words)
        if not ranked
        else cell_text(row[name], column, table.currency, locale, words)
        for row in rows
    ]
    return ChartData(
        tuple(labels),
        tuple(_amount(row[now]) for row in rows),
        None if before is None else tuple(_amount(row[before]) for row in rows),
        cut,
    )


def _amount(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(0)


def short_label(value: Value, kind: Kind, locale: str, bars: int, words: Words = ENGLISH) -> str:
    """A time row's label short enough to sit under its bar: '3' (or '3 Dec' when there
    are few bars) for a day, 'W49' for a week, 'Dec' for a month, '14' for 14:00, 'Mon'
    for Monday. Other labels are worded as in the table."""
    if isinstance(value, date) and kind == "day":
        return format_date(value, "d MMM" if bars <= 14 else "d", locale=locale)
    if isinstance(value, date) and kind == "week":
        return week_text(value, words, short=True)
    if isinstance(value, date) and kind == "month":
        return str(get_month_names("abbreviated", locale=locale)[value.month])
    if isinstance(value, int) and kind == "hour":
        return str(value)
    if isinstance(value, int) and kind == "weekday":
        return str(get_day_names("abbreviated", locale=locale)[value])
    return cell_text(value, Column(Heading.DAY, kind), "", locale, words)
