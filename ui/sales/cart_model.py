"""The cart as a Qt table: item, quantity, price, discount, total. Edits go to the screen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from pos.domain.cart import CartTotals, PricedLine
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

ITEM, QUANTITY, PRICE, DISCOUNT, TOTAL = range(5)
_EDITABLE = {QUANTITY, PRICE, DISCOUNT}
#: Where each editable column's text is kept in ``_Row.edited``.
_EDITED = {QUANTITY: 0, DISCOUNT: 1, PRICE: 2}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
#: The roles the model answers; a view asks for many more, and those return at once.
_ROLES = frozenset({_DISPLAY, _EDIT, _ALIGNMENT, _TOOLTIP})
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS = [
    _READ_ONLY | Qt.ItemFlag.ItemIsEditable if c in _EDITABLE else _READ_ONLY for c in range(5)
]


@dataclass(frozen=True, slots=True)
class _Row:
    """A priced line with its cells already formatted: painting only looks them up."""

    priced: PricedLine
    shown: tuple[str, str, str, str, str]
    edited: tuple[str, str, str]  # quantity, discount and price as typed into an editor


class CartModel(ListTableModel):
    """The priced lines of the open cart.

    The model never changes the cart itself: an edit is announced, the screen applies it
    through the cart service, and the model is refreshed with the new totals. A scan that
    adds a line inserts one row and reformats nothing else.

    Signals:
        quantity_edited(str, str): line id and the quantity text typed.
        discount_edited(str, str): line id and the discount text typed ('10%' or '1.50').
        price_edited(str, str): line id and the unit price typed (for this sale only).
    """

    quantity_edited = Signal(str, str)
    discount_edited = Signal(str, str)
    price_edited = Signal(str, str)

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
        places = Decimal(1).scaleb(-text.currency.exponent)
        price = f"{line.unit_price.quantize(places):f}"  # 1.20, not 1.200 as stored
        edited = (quantity.removesuffix(" kg"), text.discount(line.discount), price)
        return _Row(priced, shown, edited)

    def line_id(self, row: int) -> str:
        return self._rows[row].priced.line.line_id

    def cell_text(self, row: int, column: int) -> str:
        """The formatted text of a cell, for the delegate that paints it."""
        return self._rows[row].shown[column]

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every painted cell: a table lookup, not a call to the base class.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[index.column()]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):  # an invalid index has row -1
            return None
        row, column = self._rows[number], index.column()
        if role == _DISPLAY:
            return row.shown[column]
        if role == _EDIT:
            return row.edited[_EDITED[column]] if column in _EDITABLE else row.shown[column]
        if role == _ALIGNMENT:
            return None if column == ITEM else _RIGHT
        if column == ITEM:
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
        if index.column() == PRICE:
            self.price_edited.emit(line_id, str(value))
            return True
        return False
