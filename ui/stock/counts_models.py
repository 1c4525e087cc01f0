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
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from pos.domain.money import round_money
from pos.services.database import Database
from pos.services.stock.counts_review import (
    LineOrder,
    ReviewLine,
    UncountedProduct,
    count_lines,
    uncounted_products,
)
from pos.services.stock.counts_scan import CountedLine
from pos.services.stock.counts_start import CountDTO, list_counts
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

#: Rows read at once.
PAGE = 200
LOSS = QColor("#b3261e")
GAIN = QColor("#1b6e20")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Row = TypeVar("Row")


class KeysetModel(ListTableModel, Generic[Row]):
    """Rows read a page at a time after the last one shown, in the background.

    Subclasses give ``headers``, ``_read(after_row)`` (runs off the UI thread) and ``_cell``.

    Signals:
        loaded(): a page arrived (or the first page, empty).
        failed(str): a page could not be read; the message says why.
    """

    loaded = Signal()
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._more = False
        self._loading = False
        self._generation = 0

    # --- what subclasses say -------------------------------------------------------------
    def _read(self, after: Row | None) -> Sequence[Row]:
        raise NotImplementedError

    def _cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget the rows and read the first page again."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._more = False
        self._loading = False
        self.endResetModel()
        self._load(None)

    def _load(self, after: Row | None) -> None:
        self._loading = True
        generation = self._generation
        Op(self._read, after).success(lambda rows: self._arrived(generation, rows)).failure(
            lambda error: self._broke(generation, error)
        ).start()

    def _arrived(self, generation: int, rows: Sequence[Row]) -> None:
        if generation != self._generation:
            return  # a page of what was shown before a reload
        self._loading = False
        self._more = len(rows) == PAGE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _broke(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(str(error))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._rows[-1])

    @property
    def loading(self) -> bool:
        return self._loading

    # --- the model -------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def row(self, index: int) -> Row:
        return self._rows[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._rows[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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
        return list_counts(self.db, self.status, before_id=before, limit=PAGE)

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
        return count_lines(self.db, self.count_id, LineOrder.NEWEST, after=key, limit=PAGE)

    def _arrived(self, generation: int, rows: Sequence[ReviewLine]) -> None:
        # A line counted again since it was first shown at the top may come with a later
        # page too: it is shown once.
        if generation != self._generation:
            return
        shown = {row.product_id for row in self._rows}
        fresh = [row for row in rows if row.product_id not in shown]
        more = len(rows) == PAGE
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


class ReviewModel(KeysetModel[ReviewLine]):
    """A count's lines with their variance, the biggest losses first."""

    def __init__(self, db: Database, text: MoneyText) -> None:
        super().__init__()
        self.db, self.text = db, text
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
        ]

    def show_count(self, count_id: int) -> None:
        self.count_id = count_id
        self.reload()

    def _read(self, after: ReviewLine | None) -> Sequence[ReviewLine]:
        if self.count_id is None:
            return []
        key = after.key if after is not None else None
        return count_lines(self.db, self.count_id, LineOrder.LOSSES, after=key, limit=PAGE)

    def _cell(self, row: ReviewLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (5, 7) and row.variance:
            return QBrush(LOSS if row.variance < 0 else GAIN)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 5:
            shown = self.text.quantity(row.variance, row.unit)
            return f"+{shown}" if row.variance > 0 else shown
        value = round_money(row.variance_value, self.text.currency)
        return (
            row.sku,
            row.name,
            row.category or "",
            self.text.quantity(row.expected, row.unit),
            self.text.quantity(row.counted, row.unit),
            "",
            self.text.money(row.unit_cost),
            self.text.money(value),
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
        return uncounted_products(self.db, self.count_id, after_id=after_id, limit=PAGE)

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
