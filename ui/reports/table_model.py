"""A report's rows and its total as a table: amounts in the shop's currency and locale.

A report is aggregated by the database (a row per day, product, category ...), so the
model holds the finished rows the service returned, not the sales behind them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pos.services.reports.export import cell_text
from pos.services.reports.table import ReportTable, Value
from ui.table_model import Index, ListTableModel

_NUMBERS = ("count", "money", "quantity", "percent")


class ReportTableModel(ListTableModel):
    """The rows of a ``ReportTable``, then its total row in bold."""

    def __init__(self, locale: str) -> None:
        super().__init__()
        self.locale = locale
        self.table: ReportTable | None = None
        self._rows: list[tuple[Value, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def show(self, table: ReportTable | None, locale: str | None = None) -> None:
        """Show ``table`` (None: nothing)."""
        self.beginResetModel()
        self.table = table
        self.locale = locale or self.locale
        self.headers = [column.title for column in table.columns] if table else []
        self._rows = list(table.rows) if table else []
        if table is not None and table.total is not None:
            self._rows.append(table.total)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def is_total(self, row: int) -> bool:
        has_total = self.table is not None and self.table.total is not None
        return has_total and row == len(self._rows) - 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._rows[index.row()][index.column()]
            return cell_text(value, column, self.table.currency, self.locale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            number = column.kind in _NUMBERS
            side = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            return self._bold
        return None
