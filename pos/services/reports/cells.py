"""A report's title, headings, cells, note and period as a face shows them: in the face's
``Words`` and the shop's locale (Babel: '1.234,50 €' and '03.03.2026' in de_DE, '3 Mar
2026' in en_GB, 'مارس 2026' in ar_EG). The table on screen, its chart, the exports and the
command line all word a report here, so they agree.

Digits: Babel writes Latin digits in every locale (it has no transliteration to the
Arabic-Indic ones), as ShopTill's money everywhere else does.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from babel.dates import format_date, format_skeleton, format_time, get_day_names
from babel.numbers import format_decimal

from pos.domain.money import currency, format_money, round_money
from pos.services.reports.period import Period
from pos.services.reports.table import Column, ReportTable, Value
from pos.services.reports.words import ENGLISH, Word, Words


def title_text(table: ReportTable, words: Words = ENGLISH) -> str:
    return words.titles[table.title].format(count=table.count)


def note_text(table: ReportTable, words: Words = ENGLISH) -> str:
    if table.note is None:
        return ""
    return words.notes[table.note].format(count=table.note_count)


def headings(table: ReportTable, words: Words = ENGLISH) -> list[str]:
    return [words.headings[column.heading] for column in table.columns]


def period_text(
    period: Period, locale: str, words: Words = ENGLISH, *, isolated: bool = False
) -> str:
    """'3 Mar 2026', or '1 Mar 2026 to 31 Mar 2026' (en_GB). ``isolated`` (for a screen)
    keeps each date, and the whole, in one piece in a line of the other direction: an Egyptian
    date (which holds right-to-left marks) in an English phrase on a right-to-left screen
    would otherwise be read backwards."""
    mark = _isolate if isolated else str
    first = mark(format_date(period.first, "medium", locale=locale))
    if period.first == period.last:
        return mark(first)
    last = mark(format_date(period.last, "medium", locale=locale))
    return mark(words.phrases["period"].format(first=first, last=last))


def _isolate(text: str) -> str:
    """Unicode's first-strong isolate: ``text`` takes its own direction, whole."""
    return f"\u2068{text}\u2069"


def week_text(monday: date, words: Words = ENGLISH, *, short: bool = False) -> str:
    year, week, _ = monday.isocalendar()
    return words.phrases["short_week" if short else "week"].format(year=year, week=week)


def cell_text(
    value: Value, column: Column, currency_code: str, locale: str, words: Words = ENGLISH
) -> str:
    """A value as the shop reads it: money in its locale, '12.5 %', '1.25' kg, a day as
    '3 Mar 2026', an hour as '14:00', a weekday by its name, a ``Word`` in ``words``."""
    if value is None:
        return ""
    if isinstance(value, Word):
        return words.cells[value]
    if isinstance(value, str):
        return value
    kind = column.kind
    if isinstance(value, date):
        if kind == "week":
            return week_text(value, words)
        if kind == "month":
            return format_skeleton("yMMM", value, locale=locale)
        return format_date(value, "medium", locale=locale)
    if isinstance(value, int) and kind in ("year", "hour", "weekday"):
        if kind == "hour":
            return format_time(time(value), "HH:mm", locale=locale)
        if kind == "weekday":
            return str(get_day_names("wide", locale=locale)[value])
        return str(value)
    if isinstance(value, int):
        return format_decimal(value, locale=locale)
    if kind == "money":
        money = currency(currency_code)
        return format_money(round_money(value, money), money, locale)
    text = format_decimal(value.normalize() if value else Decimal(0), locale=locale)
    return f"{text} %" if kind == "percent" else text
