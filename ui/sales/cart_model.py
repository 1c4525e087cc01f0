"""The cart as a Qt table: item, quantity, price, discount, total. Edits go to the screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from pos.domain.cart import CartTotals, PricedLine
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

ITEM, QUANTITY, PRICE, DISCOUNT, TOTAL = range(5)
_EDITABLE = {QUANTITY, DISCOUNT}


class CartModel(ListTableModel):
    """The priced lines of the open cart.

    The model never changes the cart itself: an edit is announced, the screen applies it
    through the cart service, and the model is refreshed with the new totals.

    Signals:
        quantity_edited(str, str): line id and the quantity text typed.
        discount_edited(str, str): line id and the discount text typed ('10%' or '1.50').
    """

    quantity_edited = Signal(str, str)
    discount_edited = Signal(str, str)

    def __init__(self, text: MoneyText) -> None:
        super().__init__()
        self.headers = [
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Total"),
        ]
        self.text = text
        self._lines: tuple[PricedLine, ...] = ()

    def set_totals(self, totals: CartTotals) -> None:
        """Show new totals; a scan that adds one line inserts one row, nothing more."""
        new = totals.lines
        old = self._lines
        if len(new) == len(old) + 1 and all(
            a.line.line_id == b.line.line_id for a, b in zip(old, new, strict=False)
        ):
            self.beginInsertRows(QModelIndex(), len(old), len(old))
            self._lines = new
            self.endInsertRows()
            if old:
                self._changed(0, len(old) - 1)
        elif len(new) == len(old) and all(
            a.line.line_id == b.line.line_id for a, b in zip(old, new, strict=True)
        ):
            self._lines = new
            if new:
                self._changed(0, len(new) - 1)
        else:
            self.beginResetModel()
            self._lines = new
            self.endResetModel()

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, TOTAL))

    def line_id(self, row: int) -> str:
        return self._lines[row].line.line_id

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in _EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def row_count(self) -> int:
        return len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        priced = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(priced, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ITEM:
            return f"{priced.line.name} ({priced.line.sku})"
        return None

    def _display(self, priced: PricedLine, column: int, editing: bool) -> str:
        line = priced.line
        if column == ITEM:
            return line.name
        if column == QUANTITY:
            shown = self.text.quantity(line.quantity, line.unit)
            return shown.removesuffix(" kg") if editing else shown
        if column == PRICE:
            return self.text.money(line.unit_price)
        if column == DISCOUNT:
            if editing:
                return self.text.discount(line.discount)
            return f"-{self.text.money(priced.line_discount)}" if priced.line_discount else ""
        # Shelf price times quantity less the line's own discount; the cart discount and,
        # for tax-exclusive shops, the tax show in the totals panel.
        return self.text.money(priced.base - priced.line_discount)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line_id = self.line_id(index.row())
        if index.column() == QUANTITY:
            self.quantity_edited.emit(line_id, str(value))
            return True
        if index.column() == DISCOUNT:
            self.discount_edited.emit(line_id, str(value))
            return True
        return False
