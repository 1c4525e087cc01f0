"""Painting the products table fast, and editing a name, price, cost or reorder level in it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.products.model import NUMERIC, Column, ProductsModel
from ui.widgets.decimal_edit import DecimalEdit
from ui.widgets.text_cells import CellPainter

Index = QModelIndex | QPersistentModelIndex


class ProductsTable(QTableView):
    """The products table: what every cell of a paint shares is looked up once, as the
    paint starts (``CellPainter``, kept by the delegate), not once per cell."""

    def paintEvent(self, event: QPaintEvent) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, ProductCellDelegate):
            delegate.cells.begin()
        super().paintEvent(event)


class ProductCellDelegate(QStyledItemDelegate):
    """Paints a cell from the text the model formatted once for its row (one call per cell,
    not one per role: a filter keystroke repaints a screenful). Edits with a plain line edit
    for names and a decimal edit (digits and one point or comma, as at the till) for
    amounts; Enter saves through the model, Esc leaves the cell as it was."""

    def __init__(self, model: ProductsModel, view: QWidget) -> None:
        super().__init__(view)
        self.model = model
        self.view = view
        self.cells = CellPainter(view)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        column = index.column()
        text, brush = self.model.cell(index.row(), column)
        colour = None if brush is None else brush.color()
        self.cells.draw(painter, option, text, column in NUMERIC, colour)

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
