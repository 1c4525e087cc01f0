"""A report's rows and its total as a table: headings and words in the user's language,
amounts and dates in the shop's locale; sorted by any column as its values are (numbers
as numbers, days in time order), the total row kept at the bottom.

A report is aggregated by the database (a row per day, product, category ...), so the
model holds the finished rows the service returned, not the sales behind them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pos.services.reports.cells import cell_text, headings
from pos.services.reports.table import NUMBER_KINDS, Column, ReportTable, Value
from pos.services.reports.words import ENGLISH, Word, Words
from ui.table_model import Index, ListTableModel


class ReportTableModel(ListTableModel):
    """The rows of a ``ReportTable``, then its total row in bold."""

    def __init__(self, locale: str, words: Words = ENGLISH) -> None:
        super().__init__()
        self.locale = locale
        self.words = words
        self.table: ReportTable | None = None
        self._rows: list[tuple[Value, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def show(
        self, table: ReportTable | None, locale: str | None = None, words: Words | None = None
    ) -> None:
        """Show ``table`` (None: nothing), in the order the report gave."""
        self.beginResetModel()
        self.table = table
        self.locale = locale or self.locale
        self.words = words or self.words
        self.headers = headings(table, self.words) if table else []
        self._rows = list(table.rows) if table else []
        self.endResetModel()

    def row_count(self) -> int:
        has_total = self.table is not None and self.table.total is not None
        return len(self._rows) + (1 if has_total else 0)

    def is_total(self, row: int) -> bool:
        return self.table is not None and self.table.total is not None and row == len(self._rows)

    def value(self, row: int, column: int) -> Value:
        """The value behind a cell (a Decimal, a date ...), as the report gave it."""
        assert self.table is not None
        values = self.table.total if self.is_total(row) else self._rows[row]
        assert values is not None
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(index.row(), index.column())
            return cell_text(value, column, self.table.currency, self.locale, self.words)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            number = column.kind in NUMBER_KINDS
            side = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            return self._bold
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows in the order of ``column``'s values: amounts and counts as numbers, days,
        weeks, months and hours in time order, names alphabetically. Rows with no value
        there ('Whole period' in a tax table's day column) follow; the total stays last."""
        if self.table is None or not 0 <= column < len(self.table.columns):
            return
        shown = self.table.columns[column]
        valued, rest = [], []
        for at, row in enumerate(self._rows):
            key = self._key(row[column], shown)
            if key is None:
                rest.append(at)
            else:
                valued.append((key, at))
        valued.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        new_order = [at for _, at in valued] + rest
        moved_to = {old: new for new, old in enumerate(new_order)}
        self.layoutAboutToBeChanged.emit()
        self._rows = [self._rows[at] for at in new_order]
        before = self.persistentIndexList()
        after = [
            self.index(moved_to.get(index.row(), index.row()), index.column()) for index in before
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _key(self, value: Value, column: Column) -> Any:
        if value is None:
            return None
        if column.kind == "text":
            assert self.table is not None
            return cell_text(value, column, self.table.currency, self.locale, self.words).casefold()
        if isinstance(value, Word | str):
            return None
        return value
