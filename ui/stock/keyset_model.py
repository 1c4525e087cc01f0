"""A table model read a page at a time, by keyset, in the background.

The view asks for the next page when it scrolls to the end (``fetchMore``); a page is read
after the last row shown (never by offset), off the UI thread through ``ui.ops``. Only what
was scrolled through is kept, so a list of hundreds of thousands of rows (a count's lines,
a reorder list) is never read whole. ``flags`` never reads anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from ui.ops import Op
from ui.table_model import Index, ListTableModel

#: Rows read at once.
PAGE = 200

Row = TypeVar("Row")


class KeysetModel(ListTableModel, Generic[Row]):
    """Rows read a page at a time after the last one shown, in the background.

    Subclasses give ``headers``, ``_read(after_row)`` (runs off the UI thread, reads at most
    ``page_size`` rows) and ``_cell``.

    Signals:
        loaded(): a page arrived (or the first page, empty).
        failed(str): a page could not be read; the message says why.
    """

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._more = False
        self._loading = False
        self._generation = 0
        #: Rows a page holds; ``_read`` asks for this many (tests make it small).
        self.page_size = PAGE

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
        self._more = len(rows) == self.page_size
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
