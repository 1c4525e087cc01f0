"""An editable list of tax rates for a shop that does not exist yet."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pos.domain.errors import InvalidInput
from ui.table_model import Index, ListTableModel
from ui.widgets.decimal_edit import DecimalEdit, decimal_from_text

NAME, PERCENT = 0, 1


class DraftRatesModel(ListTableModel):
    """Rows of (name, percent as typed), edited in place; read as Decimals by ``rates()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A common starting point (many VAT countries); every row can be changed or removed.
        self._rows = [[self.tr("Standard"), "20"], [self.tr("Reduced"), "5"]]
        self.headers = [self.tr("Tax rate name"), self.tr("Percent")]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PERCENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self._rows[index.row()][index.column()] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True

    def add_rate(self, name: str = "", percent: str = "") -> int:
        """Append a row and return its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([name, percent])
        self.endInsertRows()
        return row

    def remove_rate(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rates(self) -> list[tuple[str, Decimal]]:
        """The rates typed so far; rows left wholly empty are skipped.

        Raises:
            InvalidInput: a percent is missing or not a number.
        """
        rates = []
        for name, percent in self._rows:
            if not name and not percent:
                continue
            if not percent:
                raise InvalidInput(
                    self.tr("Give the tax rate '{name}' a percent (it may be 0).").format(name=name)
                )
            rates.append((name, decimal_from_text(percent, self.tr("tax rate"))))
        return rates


class PercentDelegate(QStyledItemDelegate):
    """Edits the percent column in a DecimalEdit, so only numbers can be typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == PERCENT:
            editor = DecimalEdit(self.tr("tax rate"), parent)
            editor.setAccessibleName(self.tr("Tax rate percent"))
            return editor
        return super().createEditor(parent, option, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DecimalEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
