"""The End of day screen (Ctrl+5): the till's shift, and the past X and Z reports.

Two tabs: "Shift" (open, cash in and out, X, close with a count) and "Past reports"
(view, reprint as a copy, save as PDF). The screen reads the shift again whenever it
comes into view: the till may have sold (and so opened a shift) since.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from ui.cashup.reports_tab import PastReportsTab
from ui.cashup.shift_tab import ShiftTab
from ui.events import AppEvents


class EndOfDayScreen(QWidget):
    """The shift tab and the past reports tab."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shift = ShiftTab(db, actor, settings, events)
        self.reports = PastReportsTab(db, settings, events)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("End of day tabs"))
        self.tabs.addTab(self.shift, self.tr("&Shift"))
        self.tabs.addTab(self.reports, self.tr("&Past reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.shift.report_made.connect(lambda _report: self.reports.refresh())
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        events.settings_changed.connect(self._settings_changed)

    def refresh(self) -> None:
        """Bring the shown tab up to date."""
        current = self.tabs.currentWidget()
        if current is self.shift:
            self.shift.refresh()
        else:
            self.reports.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, ShopSettings):
            self.shift.apply_settings(settings)
            self.reports.apply_settings(settings)
