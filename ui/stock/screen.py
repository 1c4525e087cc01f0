"""The Stock screen: deliveries, counts, adjustments, reorder and stock value, one tab each.

Each tab is its own widget over its own services; the screen builds them all once and asks
the shown one to ``refresh()`` when it comes into view (sales and deliveries on other tills
may have moved stock since), and again when stock changes while it is shown.

Reports are seen, not done: the Reorder tab is hidden from whoever may not see reports, and
Stock value (every cost in the shop) also from whoever may not see costs, as the main window
hides the Reports screen. The documents (deliveries, counts, adjustments) are there for
everyone: a role that may not make one is asked for a manager's approval.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, permissions_of
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
        allowed = frozenset() if actor.user_id is None else permissions_of(db, actor.user_id)
        reports = Permission.SEE_REPORTS in allowed
        pages: tuple[tuple[TabFactory, str, bool], ...] = (
            (DeliveriesTab, self.tr("&Deliveries"), True),
            (CountsTab, self.tr("&Counts"), True),
            (AdjustmentsTab, self.tr("&Adjustments"), True),
            (ReorderTab, self.tr("&Reorder"), reports),
            (StockValueTab, self.tr("Stock &value"), reports and Permission.SEE_COSTS in allowed),
        )
        for factory, title, shown in pages:
            if shown:  # a hidden tab is not even built: it would read what it may not show
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
