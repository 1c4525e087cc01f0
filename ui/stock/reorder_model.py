"""The reorder tab's Qt model: the low products, supplier by supplier, with what to order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from pos.services.stock.reorder import NO_SUPPLIER, ReorderLine, ReorderList
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReorderColumn:
    SUPPLIER, SKU, PRODUCT, ON_HAND, LEVEL, ORDER, COST, VALUE = range(8)


class ReorderModel(ListTableModel):
    """One row a low product, in the list's order (supplier by supplier, by name)."""

    def __init__(self, text: MoneyText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.headers = [
            self.tr("Supplier"),
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("On hand"),
            self.tr("Reorder at"),
            self.tr("Order"),
            self.tr("Unit cost"),
            self.tr("Value"),
        ]
        self.listing = ReorderList(())
        self._rows: list[tuple[str, ReorderLine]] = []

    def show_list(self, listing: ReorderList) -> None:
        """Show a new reorder list."""
        self.beginResetModel()
        self.listing = listing
        self._rows = [(group.supplier, line) for group in listing.groups for line in group.lines]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def line(self, row: int) -> ReorderLine:
        return self._rows[row][1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= ReorderColumn.ON_HAND:
            return _RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        supplier, line = self._rows[index.row()]
        if column == ReorderColumn.SUPPLIER:
            return self.tr("No supplier") if supplier == NO_SUPPLIER else supplier
        if column == ReorderColumn.SKU:
            return line.sku
        if column == ReorderColumn.PRODUCT:
            return line.name
        if column == ReorderColumn.ON_HAND:
            return self.text.quantity(line.on_hand, line.unit)
        if column == ReorderColumn.LEVEL:
            return self.text.quantity(line.reorder_level, line.unit)
        if column == ReorderColumn.ORDER:
            return self.text.quantity(line.suggested, line.unit)
        if column == ReorderColumn.COST:
            return self.text.money(line.cost)
        return self.text.money(line.value)
