"""The deliveries list as a lazy Qt model: drafts first, then posted ones, newest first,
read a page at a time as the view scrolls (``fetchMore``), never all at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.deliveries import DeliveryKind, DeliveryStatus
from pos.services.stock.delivery_list import DeliverySummary, list_deliveries
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

PAGE = 100
NUMBER, KIND, STATUS, DATE, SUPPLIER, REFERENCE, LINES, TOTAL = range(8)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DeliveriesListModel(ListTableModel):
    """Deliveries and returns to suppliers, one a row."""

    def __init__(
        self,
        db: Database,
        text: MoneyText,
        parent: QObject | None = None,
        *,
        actor: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        #: Who looks: the totals at cost come only for a user who may see costs.
        self.actor = actor
        self.text = text
        self.headers = [
            self.tr("Number"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Date"),
            self.tr("Supplier"),
            self.tr("Supplier's reference"),
            self.tr("Lines"),
            self.tr("Total at cost"),
        ]
        self._rows: list[DeliverySummary] = []
        self._more = True

    def reload(self) -> None:
        """Read the first page again (after a change, or when the tab is shown)."""
        self.beginResetModel()
        self._rows = list_deliveries(self.db, limit=PAGE, actor=self.actor)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def summary(self, row: int) -> DeliverySummary:
        return self._rows[row]

    def row_of(self, delivery_id: int) -> int:
        """The row showing ``delivery_id`` among those read so far, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == delivery_id), -1)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        page = list_deliveries(self.db, after=self._rows[-1].key, limit=PAGE, actor=self.actor)
        self._more = len(page) == PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (LINES, TOTAL) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        if column == NUMBER:
            return row.number or self.tr("Draft")
        if column == KIND:
            return (
                self.tr("Return to supplier")
                if row.kind is DeliveryKind.RETURN
                else self.tr("Delivery")
            )
        if column == STATUS:
            return self.tr("Draft") if row.status is DeliveryStatus.DRAFT else self.tr("Posted")
        if column == DATE:
            return row.delivered_on.isoformat()
        if column == SUPPLIER:
            return row.supplier_name
        if column == REFERENCE:
            return row.supplier_reference
        if column == LINES:
            return str(row.line_count)
        return "" if row.total is None else self.text.money(row.total)
