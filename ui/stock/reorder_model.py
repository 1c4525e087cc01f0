"""The reorder tab's Qt model: the low products, supplier by supplier, with what to order.

The list can hold every product of a big catalog (all of them low before the first
delivery), so the model reads it a page at a time as the view scrolls
(``ui.stock.keyset_model``), after ``reorder_summary`` has given its groups and totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.reorder import NO_SUPPLIER
from pos.services.stock.reorder_pages import ReorderEntry, ReorderSummary, reorder_page
from ui.sales.money_text import MoneyText
from ui.stock.keyset_model import KeysetModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReorderColumn:
    SUPPLIER, SKU, PRODUCT, ON_HAND, LEVEL, ORDER, COST, VALUE = range(8)


class ReorderModel(KeysetModel[ReorderEntry]):
    """One row a low product, in the list's order (supplier by supplier, by name)."""

    def __init__(
        self, db: Database, text: MoneyText, parent: QObject | None = None, *, actor: Actor
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.text = text
        self.headers = [
            self.tr("Supplier"),
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("On hand"),
            self.tr("Reorder at"),
            self.tr("Order"),
            self.tr("Unit cost"),
            self.tr("Value"),
        ]
        self.summary = ReorderSummary(())

    def show_summary(self, summary: ReorderSummary) -> None:
        """Show the list ``summary`` sums up, from its first page."""
        self.summary = summary
        self.reload()

    def _read(self, after: ReorderEntry | None) -> Sequence[ReorderEntry]:
        return reorder_page(self.db, self.summary, after, self.page_size, actor=self.actor)

    def _cell(self, row: ReorderEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= ReorderColumn.ON_HAND:
            return _RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        line = row.line
        if column == ReorderColumn.SUPPLIER:
            return self.tr("No supplier") if row.supplier == NO_SUPPLIER else row.supplier
        if column == ReorderColumn.SKU:
            return line.sku
        if column == ReorderColumn.PRODUCT:
            return line.name
        if column == ReorderColumn.ON_HAND:
            return self.text.quantity(line.on_hand, line.unit)
        if column == ReorderColumn.LEVEL:
            return self.text.quantity(line.reorder_level, line.unit)
        if column == ReorderColumn.ORDER:
            return self.text.quantity(line.suggested, line.unit)
        if column == ReorderColumn.COST:
            return "" if line.cost is None else self.text.money(line.cost)
        return "" if line.value is None else self.text.money(line.value)
