"""The Settings screen's cost method: last or average cost, with a line saying what it does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor
from pos.services.settings import CostMethod, ShopSettings, get_settings
from ui.events import AppEvents
from ui.settings.screen import SettingsScreen


def test_the_cost_method_is_chosen_with_its_explanation(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    events = AppEvents()
    screen = SettingsScreen(db, events, actor=actor)
    qtbot.addWidget(screen)
    screen.show()
    method = screen.money_form.cost_method
    assert method.currentData() == CostMethod.LAST
    assert "what was paid" in screen.money_form.cost_hint.text()
    method.setCurrentIndex(method.findData(CostMethod.AVERAGE))
    assert "averages its cost with the stock on hand" in screen.money_form.cost_hint.text()
    with qtbot.waitSignal(events.settings_changed, timeout=2000):
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(db).cost_method is CostMethod.AVERAGE
    screen.reload()
    assert screen.money_form.cost_method.currentData() == CostMethod.AVERAGE
