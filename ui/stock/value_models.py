"""The stock value tab's tables: the categories with the total, and a category's products.

The categories are a dozen rows, given whole. A category's products come a page at a time
(``product_values``, keyed by name) as the view scrolls: a category of 80,000 products shows
its first screenful at once and holds only the pages scrolled through.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.value import CategoryValue, ProductValue, StockValue, product_values
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PAGE_SIZE = 200


class CategoryValuesModel(ListTableModel):
    """One row per category, then the total (bold): name, products, quantity, value."""

    def __init__(self, text: MoneyText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.headers = [
            self.tr("Category"),
            self.tr("Products in stock"),
            self.tr("Quantity"),
            self.tr("Value at cost"),
        ]
        self.value: StockValue | None = None

    def show_value(self, value: StockValue | None) -> None:
        self.beginResetModel()
        self.value = value
        self.endResetModel()

    def row_count(self) -> int:
        return 0 if self.value is None else len(self.value.categories) + 1

    def category(self, row: int) -> CategoryValue | None:
        """The category on ``row``; None for the total row or no row."""
        if self.value is None or not 0 <= row < len(self.value.categories):
            return None
        return self.value.categories[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.value is None or not 0 <= index.row() < self.row_count():
            return None
        total = index.row() == len(self.value.categories)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(index.row(), index.column(), total)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell(self, row: int, column: int, total: bool) -> str:
        assert self.value is not None
        if total:
            name, products, quantity, value = (
                self.tr("Total"),
                self.value.products,
                self.value.quantity,
                self.value.value,
            )
        else:
            c = self.value.categories[row]
            name = self.tr("No category") if c.category_id is None else c.name
            products, quantity, value = c.products, c.quantity, c.value
        if column == 0:
            return name
        if column == 1:
            return f"{products:,}"
        if column == 2:
            return f"{quantity.normalize():,f}" if quantity else "0"
        return self.text.money(value)


class ProductValuesModel(ListTableModel):
    """A category's products holding stock at the date, by name, read a page at a time."""

    def __init__(
        self, db: Database, text: MoneyText, parent: QObject | None = None, *, actor: Actor
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.text = text
        self.headers = [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Quantity"),
            self.tr("Unit cost"),
            self.tr("Value"),
        ]
        self.rows: list[ProductValue] = []
        self._until: datetime | None = None
        self._category: int | None = None
        self._exhausted = True

    def show_category(self, until: datetime | None, category_id: int | None) -> None:
        """List ``category_id``'s products at ``until`` (None: nothing)."""
        self.beginResetModel()
        self.rows = []
        self._until, self._category = until, category_id
        self._exhausted = until is None
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._until is None:
            return
        after = self.rows[-1].sort_key if self.rows else None
        page = product_values(
            self.db,
            self._until,
            self._category,
            actor=self.actor,
            after=after,
            limit=PAGE_SIZE,
        )
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and row.cost_assumed:
            return self.tr("No cost was recorded when it moved: today's cost is used.")
        return None

    def _cell(self, row: ProductValue, column: int) -> str:
        if column == 0:
            return row.sku
        if column == 1:
            return row.name
        if column == 2:
            return self.text.quantity(row.quantity, row.unit)
        if column == 3:
            shown = self.text.money(row.unit_cost)
            return f"{shown} *" if row.cost_assumed else shown
        return self.text.money(row.value)
