"""A Qt table model over ``search_products`` results (at most 50 rows: no paging needed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from pos.domain.cart import format_quantity
from pos.services.lookup import ProductHit
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel


class ProductSearchModel(ListTableModel):
    """Rows of products found by what the user typed: name, SKU, price, stock."""

    def __init__(self, text: MoneyText) -> None:
        super().__init__()
        self.headers = [self.tr("Product"), self.tr("SKU"), self.tr("Price"), self.tr("In stock")]
        self._hits: list[ProductHit] = []
        self.text = text

    def set_text(self, text: MoneyText) -> None:
        """New currency or locale: the prices shown are formatted again."""
        self.beginResetModel()
        self.text = text
        self.endResetModel()

    def set_hits(self, hits: list[ProductHit]) -> None:
        """Replace the rows with a new search result."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ProductHit:
        return self._hits[row]

    def row_count(self) -> int:
        return len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return hit.name
            if column == 1:
                return hit.sku
            if column == 2:
                price = self.text.money(hit.price)
                return f"{price} / kg" if hit.unit.value == "kg" else price
            if column == 3:
                return format_quantity(hit.on_hand)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
