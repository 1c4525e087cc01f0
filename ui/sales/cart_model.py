"""The cart as a Qt table: item, quantity, price, discount, total. Edits go to the screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from pos.domain.cart import CartTotals, PricedLine
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

ITEM, QUANTITY, PRICE, DISCOUNT, TOTAL = range(5)
_EDITABLE = {QUANTITY, DISCOUNT}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class _Row:
    """A priced line with its cells already formatted: painting only looks them up."""

    priced: PricedLine
    shown: tuple[str, str, str, str, str]
    edited: tuple[str, str]  # the quantity and discount as typed back into an editor


class CartModel(ListTableModel):
    """The priced lines of the open cart.

    The model never changes the cart itself: an edit is announced, the screen applies it
    through the cart service, and the model is refreshed with the new totals. A scan that
    adds a line inserts one row and reformats nothing else.

    Signals:
        quantity_edited(str, str): line id and the quantity text typed.
        discount_edited(str, str): line id and the discount text typed ('10%' or '1.50').
    """

    quantity_edited = Signal(str, str)
    discount_edited = Signal(str, str)

    def __init__(self, text: MoneyText) -> None:
        super().__init__()
        self.text = text
        self._rows: list[_Row] = []
        self.headers = [
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Total"),
        ]

    def set_text(self, text: MoneyText) -> None:
        """New currency or locale: every cell is formatted again."""
        self.text = text
        self.beginResetModel()
        self._rows = [self._row(row.priced) for row in self._rows]
        self.endResetModel()

    def set_totals(self, totals: CartTotals) -> None:
        """Show new totals, touching only the rows whose line changed."""
        old = self._rows
        new_lines = totals.lines
        same_ids = [a.priced.line.line_id for a in old] == [
            p.line.line_id for p in new_lines[: len(old)]
        ]
        if not same_ids or len(new_lines) < len(old):
            self.beginResetModel()
            self._rows = [self._row(p) for p in new_lines]
            self.endResetModel()
            return
        changed = [
            i for i, (row, p) in enumerate(zip(old, new_lines, strict=False)) if row.priced != p
        ]
        for index in changed:
            self._rows[index] = self._row(new_lines[index])
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], TOTAL))
        if len(new_lines) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new_lines) - 1)
            self._rows += [self._row(p) for p in new_lines[len(old) :]]
            self.endInsertRows()

    def _row(self, priced: PricedLine) -> _Row:
        line, text = priced.line, self.text
        quantity = text.quantity(line.quantity, line.unit)
        discount = f"-{text.money(priced.line_discount)}" if priced.line_discount else ""
        # Shelf price times quantity less the line's own discount; the cart discount and,
        # for tax-exclusive shops, the tax show in the totals panel.
        total = text.money(priced.base - priced.line_discount)
        shown = (line.name, quantity, text.money(line.unit_price), discount, total)
        return _Row(priced, shown, (quantity.removesuffix(" kg"), text.discount(line.discount)))

    def line_id(self, row: int) -> str:
        return self._rows[row].priced.line.line_id

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in _EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.shown[column]
        if role == Qt.ItemDataRole.EditRole:
            return (
                row.edited[0 if column == QUANTITY else 1]
                if column in _EDITABLE
                else row.shown[column]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ITEM:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == ITEM:
            return f"{row.priced.line.name} ({row.priced.line.sku})"
        return None

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
