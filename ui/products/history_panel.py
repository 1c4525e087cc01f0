"""The product dialog's History tab: stock movements with their balance, and price changes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Unit
from pos.services.database import Database
from ui.products.history_models import MovementsModel, PriceHistoryModel
from ui.sales.money_text import MoneyText


def _table(model: QAbstractItemModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class HistoryPanel(QWidget):
    """Two lazy tables, newest first; each reads more rows as it is scrolled."""

    def __init__(
        self,
        db: Database,
        product_id: int,
        unit: Unit,
        text: MoneyText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.movements = MovementsModel(db, product_id, unit, text, parent=self)
        self.prices = PriceHistoryModel(db, product_id, text, parent=self)
        self.movements_view = _table(self.movements, self.tr("Stock movements"), 4)
        self.prices_view = _table(self.prices, self.tr("Price history"), 3)
        self.movements_view.setColumnWidth(0, 140)
        self.prices_view.setColumnWidth(0, 140)

        top, bottom = QWidget(), QWidget()
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        for layout, title, view in (
            (top_layout, self.tr("Stock movements, newest first"), self.movements_view),
            (bottom_layout, self.tr("Price changes, newest first"), self.prices_view),
        ):
            layout.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(title)
            caption.setBuddy(view)
            layout.addWidget(caption)
            layout.addWidget(view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
