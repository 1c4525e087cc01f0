"""Editing a product's name, price, cost or reorder level in place, in the table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.products.model import Column
from ui.widgets.decimal_edit import DecimalEdit

Index = QModelIndex | QPersistentModelIndex


class ProductCellDelegate(QStyledItemDelegate):
    """A plain line edit for names; a decimal edit (digits and one point or comma, as at the
    till) for amounts. Enter saves through the model, Esc leaves the cell as it was."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = Column(index.column())
        if column is Column.NAME:
            editor = QLineEdit(parent)
            editor.setAccessibleName(self.tr("Product name"))
            return editor
        what = {
            Column.PRICE: self.tr("price"),
            Column.COST: self.tr("cost"),
            Column.REORDER_LEVEL: self.tr("reorder level"),
        }[column]
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
