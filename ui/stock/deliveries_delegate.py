"""Editing a delivery line's quantity or unit cost in place: a decimal edit (digits and
one point or comma, as at the till), Enter saves through the model, Esc leaves it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.stock.deliveries_lines_model import QUANTITY
from ui.widgets.decimal_edit import DecimalEdit

Index = QModelIndex | QPersistentModelIndex


class DeliveryLineDelegate(QStyledItemDelegate):
    """A ``DecimalEdit`` for the quantity and unit cost columns."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        what = self.tr("quantity") if index.column() == QUANTITY else self.tr("unit cost")
        edit = DecimalEdit(what, parent)
        edit.setAccessibleName(what)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
