"""A Qt table model and view of the shop's categories: name, colour swatch, product count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from pos.services.catalog.categories import CategoryCount
from ui.table_model import Index, ListTableModel

NAME, COLOUR, PRODUCTS = range(3)
#: A name is renamed in place by a double-click or F2.
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
)


class CategoryModel(ListTableModel):
    """Rows of categories by name. A shop has hundreds at most: all rows are held.

    The name is edited in place; the model only asks for the rename, the dialog saves it
    and rereads the rows.

    Signals:
        rename_requested(int, str): a category's id and the name typed for it.
    """

    rename_requested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Name"), self.tr("Colour"), self.tr("Products")]
        self._rows: list[CategoryCount] = []

    def set_categories(self, rows: list[CategoryCount]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def category(self, row: int) -> CategoryCount:
        return self._rows[row]

    def categories(self) -> list[CategoryCount]:
        return list(self._rows)

    def row_of(self, category_id: int) -> int:
        """The row showing ``category_id``, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.id == category_id), -1)

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        category = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return category.name
            if column == COLOUR:
                return category.colour or self.tr("none")
            if column == PRODUCTS:
                return str(category.products)
        if role == Qt.ItemDataRole.EditRole and column == NAME:
            return category.name
        if role == Qt.ItemDataRole.DecorationRole and column == COLOUR and category.colour:
            return QColor(category.colour)  # the view draws it as a swatch
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRODUCTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == NAME else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NAME or not index.isValid():
            return False
        category = self._rows[index.row()]
        if str(value) != category.name:
            self.rename_requested.emit(category.id, str(value))
        return True


def category_view(model: CategoryModel) -> QTableView:
    """A table of whole rows, one selected at a time, the name taking the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(EDIT_TRIGGERS)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(32)
    header = view.horizontalHeader()
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COLOUR, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(PRODUCTS, QHeaderView.ResizeMode.ResizeToContents)
    return view
