"""The whole way a cashier takes it: signed in on the till's keypad, the Stock screen's
Deliveries tab, a new delivery scanned and posted with one manager's PIN; no cost shown."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.products import get_product
from pos.services.dto import ProductDTO
from tests.ui.approvals.conftest import MIA_PIN, Team, answer_yes, approvals, approve_as
from tests.ui.helpers import scanner
from tests.ui.staff.conftest import ANN_PIN, sign_in_as
from ui.app import MainWindow
from ui.stock.deliveries_lines_model import UNIT_COST
from ui.stock.deliveries_tab import DeliveriesTab

MILK_CODE = "4006381333931"


@pytest.fixture
def till(qtbot: QtBot, db: Database, team: Team, milk: ProductDTO) -> Iterator[MainWindow]:
    QSettings().clear()
    window = MainWindow(db, "Till 3")
    qtbot.addWidget(window)
    window.show()
    yield window


def test_a_signed_in_cashier_receives_a_delivery_with_one_managers_pin(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team, milk: ProductDTO
) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    till.screen_actions[2].trigger()  # Stock (Ctrl+3)
    stock = till.stock_screen
    assert [stock.tabs.tabText(i) for i in range(stock.tabs.count())] == [
        "&Deliveries",
        "&Counts",
        "&Adjustments",
    ]
    tab = stock.tabs.widget(0)
    assert isinstance(tab, DeliveriesTab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    scanner(qtbot, tab.editor.scan.field, "6*" + MILK_CODE)
    qtbot.waitUntil(lambda: tab.editor.delivery is not None and bool(tab.editor.delivery.lines))
    assert tab.editor.view.isColumnHidden(UNIT_COST)
    answer_yes()
    qtbot.mouseClick(tab.editor.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_product(db, milk.id).on_hand == Decimal(6), timeout=5000)
    assert len(seen) == 1 and seen[0].startswith("Ann may not receive deliveries.")
    assert approvals(db, "delivery_posted") == [(team.ann, team.mia)]
    assert tab.editor.banner.label.text().endswith("posted: stock and costs are updated.")
