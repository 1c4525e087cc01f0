"""The main window: header at a glance, navigation, remembered size, first run."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import shop_exists
from tests.ui.helpers import in_modal, named, scanner
from ui.app import MainWindow, choose_database, show_window
from ui.sales.dialogs.parked import ParkedCartsModel
from ui.sales.dialogs.refund import RefundLinesModel
from ui.settings.screen import SettingsScreen
from ui.setup.first_run import FirstRunChoice, FirstRunDialog
from ui.startup import collect_due, collection_held

SETTINGS = 7  # the navigation entry of the Settings screen
END_OF_DAY = 4


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, shop: ShopSettings, milk: ProductDTO, wine: ProductDTO
) -> Iterator[MainWindow]:
    QSettings().clear()
    main = MainWindow(db, "Till 3")
    qtbot.addWidget(main)
    main.show()
    yield main


def test_header_shows_shop_cashier_till_and_printer(
    window: MainWindow, db: Database, actor: Actor
) -> None:
    assert window.windowTitle() == "ShopTill — Test Shop"
    assert named(window, QLabel, "Shop").text() == "Test Shop"
    assert named(window, QLabel, "Cashier and till").text() == "Alex at Till 3"
    assert named(window, QLabel, "Printer state").text() == "No receipt printer"
    settings = update_settings(
        db, shop_name="Corner Shop", printer={"connection": "10.0.0.9"}, actor=actor
    )
    window.events.settings_changed.emit(settings)
    assert window.windowTitle() == "ShopTill — Corner Shop"
    assert named(window, QLabel, "Printer state").text() == "Printer ready"


def checked(window: MainWindow) -> int:
    """The one navigation entry checked (it fails when none or several are)."""
    (index,) = [i for i, action in enumerate(window.screen_actions) if action.isChecked()]
    return index


STOCK_TABS = ["Deliveries", "Counts", "Adjustments", "Reorder", "Stock value"]


def test_only_built_screens_can_be_reached(window: MainWindow) -> None:
    labels = [action.text() for action in window.screen_actions]
    assert labels == [
        "Sell (Ctrl+1)",
        "Products (Ctrl+2)",
        "Stock (Ctrl+3)",
        "Staff (Ctrl+4)",
        "End of day (Ctrl+5)",
        "Reports (Ctrl+6)",
        "Today (Ctrl+7)",
        "Settings (Ctrl+9)",
    ]
    window.screen_actions[SETTINGS].trigger()
    assert window.stack.currentWidget() is window.settings_screen
    window.screen_actions[1].trigger()
    assert window.stack.currentWidget() is window.products_screen
    assert checked(window) == 1
    window.screen_actions[0].trigger()
    assert window.stack.currentWidget() is window.sales


def test_ctrl_5_opens_the_end_of_day_screen_with_the_tills_shift(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window._end_of_day_screen is None  # built on first use, like Stock
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    screen = window.end_of_day_screen
    assert window.stack.currentWidget() is screen
    assert checked(window) == 4
    qtbot.waitUntil(lambda: screen.shift.known)
    assert screen.shift.state.text() == "No open shift on Till 3"
    assert screen.shift.open_button.isEnabled()


def test_the_stock_screen_holds_a_tab_for_each_stock_task(window: MainWindow) -> None:
    window.screen_actions[2].trigger()
    screen = window.stock_screen
    assert window.stack.currentWidget() is screen
    assert checked(window) == 2
    titles = [screen.tabs.tabText(i).replace("&", "") for i in range(screen.tabs.count())]
    assert titles == STOCK_TABS
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)  # each tab refreshes when shown, without error
        assert screen.tabs.currentWidget().isVisible()


def test_window_size_is_remembered(qtbot: QtBot, db: Database, shop: ShopSettings) -> None:
    QSettings().clear()
    first = MainWindow(db, "Till 1")
    qtbot.addWidget(first)
    first.resize(790, 560)  # within the offscreen platform's 800x600 screen
    first.show()
    first.sales.splitter.setSizes([500, 250])
    panes = first.sales.splitter.sizes()
    first.close()
    again = MainWindow(db, "Till 1")
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (790, 560)
    assert again.sales.splitter.sizes() == panes


def test_models_pass_qt_model_checks(
    qtmodeltester: ModelTester, qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    screen = window.sales
    scanner(qtbot, screen.scan.field, "96385074")
    scanner(qtbot, screen.scan.field, "4006381333931")
    qtmodeltester.check(screen.cart_model)
    screen.scan.field.setText("m")
    screen.scan.search_now()
    qtmodeltester.check(screen.scan.model)
    screen.session.park("x")
    from pos.services.selling.cart import parked_carts

    qtmodeltester.check(ParkedCartsModel(parked_carts(db, get_settings(db)), screen.text))
    refund_model = RefundLinesModel()
    qtmodeltester.check(refund_model)


def test_first_run_creates_a_shop(qtbot: QtBot, db: Database) -> None:
    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        dialog.name.setText("Bakery Nord")
        dialog.create_my_shop()

    in_modal(create)
    chosen = choose_database(db.url)
    assert chosen is not None and shop_exists(chosen)
    assert get_settings(chosen).shop_name == "Bakery Nord"
    chosen.close()


def test_first_run_demo_uses_its_own_database(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    def demo(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        dialog.choice = FirstRunChoice.DEMO
        dialog.accept()

    in_modal(demo)
    chosen = choose_database(db.url)
    assert chosen is not None and chosen.url != db.url
    assert get_settings(chosen).shop_name == "Corner Shop (demo)"
    assert not shop_exists(db)
    chosen.close()
    assert QApplication.activeModalWidget() is None


def test_the_settings_screen_is_built_on_first_use(window: MainWindow) -> None:
    from ui.settings.screen import SettingsScreen

    assert not window.findChildren(SettingsScreen), "the till starts without it"
    window.screen_actions[SETTINGS].trigger()
    assert isinstance(window.stack.currentWidget(), SettingsScreen)


def test_the_cycle_collector_waits_for_the_window_then_runs_on_the_ui_thread(
    qtbot: QtBot, db: Database, shop: ShopSettings
) -> None:
    QSettings().clear()
    try:
        with collection_held():
            assert not gc.isenabled()
            main = MainWindow(db, "Till 1")
            qtbot.addWidget(main)
            show_window(main)
            assert gc.get_freeze_count() == 0  # not before the window's first paint
            qtbot.waitUntil(main.collector.isActive)
            assert gc.get_freeze_count() > 0
            # Never by itself (it would run on whichever thread allocates), by the timer.
            assert not gc.isenabled()
            assert main.focusWidget() is main.sales.scan.field
    finally:
        gc.unfreeze()
        gc.disable()  # as the test run keeps it (tests/conftest.py)


def test_collect_due_frees_cycles_once_a_generation_passes_its_threshold() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self

    gc.collect()
    freed_before = collect_due()
    assert freed_before == 0  # nothing due just after a full collection
    for _ in range(gc.get_threshold()[0] + 10):
        Node()  # a cycle each, unreachable at once
    assert collect_due() >= gc.get_threshold()[0]


def test_a_headless_command_leaves_the_cycle_collector_as_it_found_it() -> None:
    gc.enable()  # as a headless command finds it
    try:
        with collection_held():
            with collection_held():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.disable()  # as the test run keeps it (tests/conftest.py)


def open_settings_and_type(window: MainWindow, name: str) -> SettingsScreen:
    window.screen_actions[SETTINGS].trigger()
    settings = window.settings_screen
    assert not settings.has_unsaved_changes()  # just opened: what is stored
    settings.shop_form.name.setText(name)
    assert settings.has_unsaved_changes()
    return settings


def test_leaving_settings_asks_about_changes_not_saved_and_can_save_them(
    window: MainWindow, db: Database
) -> None:
    settings = open_settings_and_type(window, "Corner Shop")
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    window.screen_actions[0].trigger()
    assert window.stack.currentWidget() is window.sales
    assert get_settings(db).shop_name == "Corner Shop"
    assert not settings.has_unsaved_changes()


def test_changes_not_saved_can_be_dropped_or_kept_on_screen(
    window: MainWindow, db: Database
) -> None:
    settings = open_settings_and_type(window, "Corner Shop")
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.screen_actions[0].trigger()
    assert window.stack.currentWidget() is settings  # stayed, with what was typed
    assert window.screen_actions[SETTINGS].isChecked()
    assert settings.shop_form.name.text() == "Corner Shop"
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    window.screen_actions[0].trigger()
    assert window.stack.currentWidget() is window.sales
    assert get_settings(db).shop_name == "Test Shop"
    assert settings.shop_form.name.text() == "Test Shop"


def test_a_refused_value_keeps_settings_open_with_its_reason(window: MainWindow) -> None:
    settings = open_settings_and_type(window, "")  # a shop needs a name
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    window.screen_actions[0].trigger()
    assert window.stack.currentWidget() is settings
    assert named(settings, QLabel, "Settings message").text()
    settings.reload()  # so that closing the window at the end asks nothing


def test_closing_with_settings_not_saved_asks_first(window: MainWindow) -> None:
    settings = open_settings_and_type(window, "Corner Shop")
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not window.close()
    assert window.isVisible()
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert window.close()
    assert not settings.has_unsaved_changes()


def test_the_till_shows_catalog_changes_made_on_the_products_screen(
    window: MainWindow, db: Database, rates: dict[str, int], actor: Actor
) -> None:
    from decimal import Decimal

    from pos.services.catalog.products import ProductInput, create_product

    window.screen_actions[1].trigger()
    scones = create_product(
        db,
        ProductInput("SCONE", "Scone", Decimal("1.10"), rates["Reduced"], favourite=True),
        actor=actor,
    )
    window.products_screen.refresh()
    assert window.products_screen.model.total == 3
    window.events.catalog_changed.emit()
    window.screen_actions[0].trigger()
    picks = window.sales.quick_picks
    for tab in range(picks.count()):
        picks.setCurrentIndex(tab)  # a tab's buttons are made when it is opened
    assert scones.id in picks.buttons


def test_header_shows_how_many_products_are_low(
    qtbot: QtBot, window: MainWindow, db: Database, milk: ProductDTO, wine: ProductDTO
) -> None:
    from decimal import Decimal

    from pos.services.catalog.products import update_product
    from pos.services.dto import Actor
    from pos.services.stock.movements import receive_stock

    low = named(window, QLabel, "Low stock")
    qtbot.waitUntil(lambda: not window._low_counting)
    assert low.isHidden()  # no product has a reorder level
    actor = Actor(window.actor.user_id, "Till 3")
    update_product(db, milk.id, actor=actor, reorder_level=Decimal(5))
    update_product(db, wine.id, actor=actor, reorder_level=Decimal(2))
    window.events.catalog_changed.emit()
    qtbot.waitUntil(lambda: low.isVisible() and low.text() == "2 low on stock")
    receive_stock(db, milk.id, Decimal(6), actor=actor)
    window.events.stock_changed.emit()
    qtbot.waitUntil(lambda: low.text() == "1 low on stock")
    receive_stock(db, wine.id, Decimal(3), actor=actor)
    window.events.stock_changed.emit()
    qtbot.waitUntil(low.isHidden)


def test_a_burst_of_stock_changes_counts_low_stock_twice_not_per_change(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.app
    from pos.services.stock.reorder import count_low

    qtbot.waitUntil(lambda: not window._low_counting)
    calls: list[int] = []

    def counted(database: Database) -> int:
        calls.append(1)
        return count_low(database)

    monkeypatch.setattr(ui.app, "count_low", counted)
    for _ in range(10):  # ten sales in a row, the first count still running
        window.events.stock_changed.emit()
    qtbot.waitUntil(lambda: len(calls) == 2 and not window._low_counting, timeout=5000)
    qtbot.wait(300)
    assert len(calls) == 2
