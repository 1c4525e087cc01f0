"""Which figures of a report are drawn, and how: bars of money per row.

Reports over time, by cashier or by tender draw their net (or amount) per row; reports by
product or category draw their best rows. Totals, tax and margin tables have no chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.dates import format_date, get_day_names, get_month_names

from pos.services.reports.table import ReportTable

#: The money columns drawn, in order of preference, and the previous period's beside them.
_NOW = ("Net", "Amount")
_BEFORE = ("Previous net", "Previous amount")
#: Rows named in this column (products) rather than in the first one.
_NAMED_BY = "Product"
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


def chart_data(table: ReportTable, *, ranked: bool, locale: str = "en") -> ChartData | None:
    """The bars for ``table``; None when it has nothing to draw. ``ranked`` tables (by
    product, category ...) draw their ``MOST_BARS`` biggest rows; time tables draw every
    row, in order, or nothing when there are too many (a year by day: pick weeks)."""
    titles = [column.title for column in table.columns]
    now = next((titles.index(t) for t in _NOW if t in titles), None)
    if now is None or not table.rows:
        return None
    before = next((titles.index(t) for t in _BEFORE if t in titles), None)
    name = titles.index(_NAMED_BY) if _NAMED_BY in titles else 0
    rows = list(table.rows)
    cut = False
    if ranked:
        rows.sort(key=lambda row: _amount(row[now]), reverse=True)
        cut = len(rows) > MOST_BARS
        rows = rows[:MOST_BARS]
    elif len(rows) > MOST_TIME_BARS:
        return None
    labels = [str(row[name]) for row in rows]
    if not ranked:
        labels = [short_label(label, locale, len(labels)) for label in labels]
    return ChartData(
        tuple(labels),
        tuple(_amount(row[now]) for row in rows),
        None if before is None else tuple(_amount(row[before]) for row in rows),
        cut,
    )


def _amount(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(0)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^\d{4}-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_HOUR = re.compile(r"^(\d{2}):00$")


def short_label(label: str, locale: str, bars: int) -> str:
    """A time row's label short enough to sit under its bar: '3' (or '3 Dec' when there
    are few bars) for a day, 'W49' for a week, 'Dec' for a month, '14' for 14:00, 'Mon'
    for Monday. Other labels stay as they are."""
    if match := _DAY.match(label):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return format_date(day, "d MMM" if bars <= 14 else "d", locale=locale)
    if match := _WEEK.match(label):
        return f"W{int(match[1])}"
    if match := _MONTH.match(label):
        return str(get_month_names("abbreviated", locale=locale)[int(match[2])])
    if match := _HOUR.match(label):
        return str(int(match[1]))
    wide = [str(name) for name in get_day_names("wide", locale=locale).values()]
    if label in wide:
        short = get_day_names("abbreviated", locale=locale)
        return str(list(short.values())[wide.index(label)])
    return label
