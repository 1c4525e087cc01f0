"""The stock count's table models: counts, a count's lines, its review and what is uncounted.

Each is lazy: it reads a page (by keyset, in the background through ``ui.ops``) when the
view first shows it and the next page when the view scrolls to the end (``fetchMore``).
A count of 100,000 lines is never read whole; only what was scrolled through is kept.
``flags`` never reads anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pos.domain.money import round_money
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.counts_review import (
    LineOrder,
    ReviewLine,
    UncountedProduct,
    count_lines,
    uncounted_products,
)
from pos.services.stock.counts_scan import CountedLine
from pos.services.stock.counts_start import CountDTO, list_counts
from ui.sales.money_text import MoneyText
from ui.stock.keyset_model import KeysetModel

LOSS = QColor("#b3261e")
GAIN = QColor("#1b6e20")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CountsModel(KeysetModel[CountDTO]):
    """Counts of one status ("open" or "posted"), newest first."""

    def __init__(self, db: Database, status: str, when: Callable[[Any], str]) -> None:
        super().__init__()
        self.db, self.status, self._when = db, status, when
        self.headers = [
            self.tr("Count"),
            self.tr("Number"),
            self.tr("Covers"),
            self.tr("Started"),
            self.tr("By"),
            self.tr("Lines"),
        ]
        self._scopes = {
            "all": self.tr("All products"),
            "categories": self.tr("Categories"),
            "sold": self.tr("Sold items"),
            "list": self.tr("Chosen products"),
        }

    def _read(self, after: CountDTO | None) -> Sequence[CountDTO]:
        before = after.id if after is not None else None
        return list_counts(self.db, self.status, before_id=before, limit=self.page_size)

    def _cell(self, row: CountDTO, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        blind = self.tr(", blind") if row.blind else ""
        return (
            row.name,
            row.number or "",
            self._scopes.get(row.scope.value, row.scope.value) + blind,
            self._when(row.created_at),
            row.created_by or "",
            f"{row.lines:,}",
        )[column]


class LineColumns:
    """The columns of the counting view's lines."""

    SKU, NAME, COUNTED, EXPECTED = range(4)


class CountLinesModel(KeysetModel[ReviewLine]):
    """A count's lines as the counter sees them, the last counted first."""

    def __init__(self, db: Database, text: MoneyText) -> None:
        super().__init__()
        self.db, self.text = db, text
        self.count_id: int | None = None
        self.headers = [self.tr("SKU"), self.tr("Product"), self.tr("Counted"), self.tr("Expected")]

    def show_count(self, count_id: int) -> None:
        self.count_id = count_id
        self.reload()

    def _read(self, after: ReviewLine | None) -> Sequence[ReviewLine]:
        if self.count_id is None:
            return []
        key = (0, after.line_id) if after is not None else None
        return count_lines(
            self.db, self.count_id, LineOrder.NEWEST, after=key, limit=self.page_size
        )

    def _arrived(self, generation: int, rows: Sequence[ReviewLine]) -> None:
        # A line counted again since it was first shown at the top may come with a later
        # page too: it is shown once.
        if generation != self._generation:
            return
        shown = {row.product_id for row in self._rows}
        fresh = [row for row in rows if row.product_id not in shown]
        more = len(rows) == self.page_size
        super()._arrived(generation, fresh)
        self._more = more

    def show_line(self, line: CountedLine) -> None:
        """A line just counted: updated and moved to the top, or shown first."""
        for index, row in enumerate(self._rows):
            if row.product_id == line.product_id:
                expected = row.expected if line.expected is None else line.expected
                self._rows[index] = replace(row, counted=line.counted, expected=expected)
                last = self.index(index, len(self.headers) - 1)
                self.dataChanged.emit(self.index(index, 0), last)
                if index:  # the line just counted goes to the top, where the counter looks
                    self.beginMoveRows(QModelIndex(), index, index, QModelIndex(), 0)
                    self._rows.insert(0, self._rows.pop(index))
                    self.endMoveRows()
                return
        new = ReviewLine(
            0,
            line.product_id,
            line.sku,
            line.name,
            None,
            line.unit,
            line.expected if line.expected is not None else Decimal(0),
            line.counted,
            Decimal(0),
            0,
        )
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, new)
        self.endInsertRows()

    def _cell(self, row: ReviewLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= LineColumns.COUNTED:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.sku,
            row.name,
            self.text.quantity(row.counted, row.unit),
            self.text.quantity(row.expected, row.unit),
        )[column]


class ReviewColumns:
    """The columns of the review's lines."""

    SKU, NAME, CATEGORY, EXPECTED, COUNTED, VARIANCE = range(6)
    COST, VALUE, COUNTED_BY, APPROVED_BY = range(6, 10)


class ReviewModel(KeysetModel[ReviewLine]):
    """A count's lines with their variance, the biggest losses first, and who counted
    each (and the manager who approved, where one had to)."""

    def __init__(self, db: Database, text: MoneyText, *, actor: Actor | None = None) -> None:
        super().__init__()
        self.db, self.text = db, text
        #: Who looks: costs and values come only for a user who may see costs.
        self.actor = actor
        self.count_id: int | None = None
        self.headers = [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Category"),
            self.tr("Expected"),
            self.tr("Counted"),
            self.tr("Variance"),
            self.tr("Unit cost"),
            self.tr("Value"),
            self.tr("Counted by"),
            self.tr("Approved by"),
        ]

    def show_count(self, count_id: int) -> None:
        self.count_id = count_id
        self.reload()

    def _read(self, after: ReviewLine | None) -> Sequence[ReviewLine]:
        if self.count_id is None:
            return []
        key = after.key if after is not None else None
        return count_lines(
            self.db,
            self.count_id,
            LineOrder.LOSSES,
            after=key,
            limit=self.page_size,
            actor=self.actor,
        )

    def _cell(self, row: ReviewLine, column: int, role: int) -> Any:
        c = ReviewColumns
        if role == Qt.ItemDataRole.TextAlignmentRole and c.EXPECTED <= column <= c.VALUE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (c.VARIANCE, c.VALUE):
            return QBrush(LOSS if row.variance < 0 else GAIN) if row.variance else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == c.VARIANCE:
            shown = self.text.quantity(row.variance, row.unit)
            return f"+{shown}" if row.variance > 0 else shown
        value = row.variance_value
        return (
            row.sku,
            row.name,
            row.category or "",
            self.text.quantity(row.expected, row.unit),
            self.text.quantity(row.counted, row.unit),
            "",
            "" if row.unit_cost is None else self.text.money(row.unit_cost),
            "" if value is None else self.text.money(round_money(value, self.text.currency)),
            row.counted_by,
            row.approved_by,
        )[column]


class UncountedModel(KeysetModel[UncountedProduct]):
    """Products in a count's scope that nobody counted."""

    def __init__(self, db: Database, text: MoneyText) -> None:
        super().__init__()
        self.db, self.text = db, text
        self.count_id: int | None = None
        self.headers = [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Category"),
            self.tr("On hand"),
        ]

    def show_count(self, count_id: int) -> None:
        self.count_id = count_id
        self.reload()

    def _read(self, after: UncountedProduct | None) -> Sequence[UncountedProduct]:
        if self.count_id is None:
            return []
        after_id = after.product_id if after is not None else None
        return uncounted_products(self.db, self.count_id, after_id=after_id, limit=self.page_size)

    def _cell(self, row: UncountedProduct, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.sku, row.name, row.category or "", self.text.quantity(row.on_hand, row.unit))[
            column
        ]


def signed_money(text: MoneyText, amount: Decimal) -> str:
    """Money rounded in the shop's currency, as the review's totals show it."""
    return text.money(round_money(amount, text.currency))
