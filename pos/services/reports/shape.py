"""The shape every sales report takes (``ReportTable``: columns of a known heading and
kind, rows of values, a total) and what is asked for (``ReportRequest``), with the keys a
face words them by: which title a report has, and what its time rows' values are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pos.domain.payments import PaymentMethod
from pos.services.reports.buckets import TimeGroup
from pos.services.reports.period import Period
from pos.services.reports.products import Ranking
from pos.services.reports.words import Heading, Note, Title, Word

#: How a column's values are written: text, numbers, or a time row's key (a ``date`` for
#: a day, week (its Monday) or month (its first), an int for a year, hour or weekday).
Kind = Literal[
    "text", "count", "money", "quantity", "percent", "day", "week", "month", "year", "hour",
    "weekday",
]  # fmt: skip
Value = str | int | Decimal | date | None
#: The kinds whose values are numbers or times (sorted as such, aligned to the end).
NUMBER_KINDS = ("count", "money", "quantity", "percent")
TIME_KINDS = ("day", "week", "month", "year", "hour", "weekday")


class ReportBy(StrEnum):
    """What a sales report is cut by."""

    TOTALS = "totals"
    PRODUCT = "product"
    CATEGORY = "category"
    CASHIER = "cashier"
    TENDER = "tender"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    HOUR = "hour"
    WEEKDAY = "weekday"
    TAX = "tax"
    TOP = "top"
    BOTTOM = "bottom"
    MARGIN = "margin"


@dataclass(frozen=True, slots=True)
class Column:
    heading: Heading
    kind: Kind = "text"


@dataclass(frozen=True, slots=True)
class ReportTable:
    """``title`` and ``note`` are keys; ``count`` goes in the title (top 10 sellers),
    ``note_count`` in the note (lines costed now). A text cell holding a ``Word`` is a
    word for the face to translate; any other text (a product's name) is shown as is."""

    title: Title
    period: Period
    currency: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None
    note: Note | None = None
    count: int = 0
    note_count: int = 0

    def column(self, heading: Heading) -> int | None:
        """The index of the column with ``heading``; None when there is none."""
        return next((i for i, c in enumerate(self.columns) if c.heading == heading), None)


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to show: ``by`` what, over which period, against the previous one or not.
    ``count`` and ``ranking`` are for top and bottom sellers, ``margin_by`` for the margin
    (product, category, day, week, month), ``tax_by`` for the tax (day ... year)."""

    by: ReportBy
    period: Period
    compare: bool = False
    count: int = 10
    ranking: Ranking = Ranking.AMOUNT
    margin_by: str = "product"
    tax_by: TimeGroup = TimeGroup.MONTH


#: A report's title by what it is cut by; top and bottom sellers' by (bottom?, ranking);
#: the margin's by its group.
TITLES = {
    ReportBy.PRODUCT: Title.BY_PRODUCT,
    ReportBy.CATEGORY: Title.BY_CATEGORY,
    ReportBy.CASHIER: Title.BY_CASHIER,
    ReportBy.TENDER: Title.BY_TENDER,
    ReportBy.DAY: Title.BY_DAY,
    ReportBy.WEEK: Title.BY_WEEK,
    ReportBy.MONTH: Title.BY_MONTH,
    ReportBy.HOUR: Title.BY_HOUR,
    ReportBy.WEEKDAY: Title.BY_WEEKDAY,
}
SELLERS = {
    (False, Ranking.AMOUNT): Title.TOP_BY_AMOUNT,
    (False, Ranking.QUANTITY): Title.TOP_BY_QUANTITY,
    (True, Ranking.AMOUNT): Title.BOTTOM_BY_AMOUNT,
    (True, Ranking.QUANTITY): Title.BOTTOM_BY_QUANTITY,
}
MARGIN_TITLES = {
    "product": Title.MARGIN_BY_PRODUCT,
    "category": Title.MARGIN_BY_CATEGORY,
    "day": Title.MARGIN_BY_DAY,
    "week": Title.MARGIN_BY_WEEK,
    "month": Title.MARGIN_BY_MONTH,
}
#: The ways of paying, as words to translate.
_METHODS = {
    PaymentMethod.CASH: Word.CASH,
    PaymentMethod.CARD: Word.CARD,
    PaymentMethod.MOBILE: Word.MOBILE,
    PaymentMethod.OTHER: Word.OTHER,
}


def method_word(method: str) -> Value:
    """A way of paying as a word to translate ('cash'), or as stored if unknown."""
    known = {m.value: word for m, word in _METHODS.items()}
    return known.get(method, method)


def time_value(key: str, group: TimeGroup) -> Value:
    """A time row's key ('2026-03-01', '2026-W09', '2026-03', '2026', '14', '0') as a value
    that sorts in time order and that a face writes in the shop's locale."""
    if group is TimeGroup.DAY:
        return date.fromisoformat(key)
    if group is TimeGroup.WEEK:
        year, week = key.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    if group is TimeGroup.MONTH:
        year, month = key.split("-")
        return date(int(year), int(month), 1)
    return int(key)  # year, hour, weekday (0 is Monday)


def time_column(group: TimeGroup) -> Column:
    return Column(Heading(group.value), group.value)
