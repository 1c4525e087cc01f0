"""The Stock screen: deliveries, counts, adjustments, reorder and stock value, one tab each.

Each tab is its own widget over its own services; the screen builds them all once and asks
the shown one to ``refresh()`` when it comes into view (sales and deliveries on other tills
may have moved stock since), and again when stock changes while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from ui.events import AppEvents
from ui.stock.adjustments_tab import AdjustmentsTab
from ui.stock.counts_tab import CountsTab
from ui.stock.deliveries_tab import DeliveriesTab
from ui.stock.reorder_tab import ReorderTab
from ui.stock.value_tab import StockValueTab


class StockTab(Protocol):
    """What the screen asks of a tab."""

    def refresh(self) -> None: ...


TabFactory = Callable[[Database, Actor, ShopSettings, AppEvents], QWidget]


class StockScreen(QWidget):
    """Everything about stock that is not selling: one tab per document or report."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Stock tabs"))
        pages: tuple[tuple[TabFactory, str], ...] = (
            (DeliveriesTab, self.tr("&Deliveries")),
            (CountsTab, self.tr("&Counts")),
            (AdjustmentsTab, self.tr("&Adjustments")),
            (ReorderTab, self.tr("&Reorder")),
            (StockValueTab, self.tr("Stock &value")),
        )
        for factory, title in pages:
            self.tabs.addTab(factory(db, actor, settings, events), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())

    def refresh(self) -> None:
        """Bring the shown tab up to date."""
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None:
            refresh()
