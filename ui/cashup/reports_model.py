"""Past X and Z reports, newest first, read a page at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from pos.services.cashup.report_list import ReportListItem, count_reports, list_reports
from pos.services.database import Database
from receipts.text import format_datetime_local
from ui.cashup.over_short import OVER_COLOUR, SHORT_COLOUR
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

#: Reports read per page.
PAGE_SIZE = 50
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NUMBER, KIND, TILL, FROM, TO, MADE_BY, NET, OVER_SHORT = range(8)


class PastReportsModel(ListTableModel):
    """One row per stored report; ``reload()`` starts again from the newest."""

    def __init__(self, db: Database, text: MoneyText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.text = text
        self.headers = [
            self.tr("Number"),
            self.tr("Kind"),
            self.tr("Till"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Made by"),
            self.tr("Net"),
            self.tr("Over/short"),
        ]
        self.rows: list[ReportListItem] = []
        self.total = 0

    def reload(self) -> None:
        """Count the reports again and forget the rows read; the view fetches the first
        page as it paints."""
        self.beginResetModel()
        self.rows = []
        self.total = count_reports(self.db)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def report(self, row: int) -> ReportListItem | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        page = list_reports(self.db, len(self.rows), PAGE_SIZE)
        if not page:  # reports are never deleted; a shorter list means a stale count
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.report(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NET, OVER_SHORT):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == OVER_SHORT and row.over_short:
            return QColor(SHORT_COLOUR if row.over_short < 0 else OVER_COLOUR)
        return None

    def _cell(self, row: ReportListItem, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == KIND:
            return self.tr("Z (closed)") if row.kind == "Z" else self.tr("X (so far)")
        if column == TILL:
            return row.till
        if column == FROM:
            return format_datetime_local(row.period_start, self.text.locale)
        if column == TO:
            return format_datetime_local(row.period_end, self.text.locale)
        if column == MADE_BY:
            return row.made_by or ""
        if column == NET:
            return self.text.money(row.net)
        if row.over_short is None:
            return ""
        if row.over_short < 0:
            return self.tr("{amount} short").format(amount=self.text.money(-row.over_short))
        if row.over_short > 0:
            return self.tr("{amount} over").format(amount=self.text.money(row.over_short))
        return self.tr("Right")
