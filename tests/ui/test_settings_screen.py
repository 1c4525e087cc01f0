"""The Settings screen saves what is typed, refuses bad values, manages rates, test-prints."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.tax import TaxMode
from pos.services.catalog.products import list_tax_rates
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings, update_settings
from tests.receipts.fake_printer import FakePrinter, Mode
from tests.ui.helpers import edit_cell
from ui.events import AppEvents
from ui.ops import wait_for_all
from ui.settings.screen import SettingsScreen


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def screen(
    qtbot: QtBot, db: Database, shop: ShopSettings, events: AppEvents, actor: Actor
) -> SettingsScreen:
    widget = SettingsScreen(db, events, actor=actor)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    return widget


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter(Mode.OK)
    fake.start()
    yield fake
    fake.stop()


def test_saving_stores_the_form_and_tells_the_app(
    qtbot: QtBot, screen: SettingsScreen, db: Database, events: AppEvents
) -> None:
    screen.shop_form.name.clear()
    qtbot.keyClicks(screen.shop_form.name, "Corner Shop")
    screen.shop_form.address.setPlainText("1 High Street\nSmalltown")
    screen.money_form.currency.setCurrentText("CHF")
    screen.money_form.cash_rounding.setCurrentText("0.05")
    mode = screen.money_form.tax_mode
    mode.setCurrentIndex(mode.findData(TaxMode.EXCLUSIVE))
    screen.counter_form.merge_repeat_scans.setChecked(False)
    screen.printer_form.connection.setText("192.168.1.50:9100")
    assert screen.printer_form.timeout.value() == 3000  # the default wait, in ms
    screen.printer_form.timeout.setValue(7500)  # a slow network printer
    with qtbot.waitSignal(events.settings_changed, timeout=2000) as signal:
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    stored = get_settings(db)
    assert signal.args == [stored]
    assert stored.shop_name == "Corner Shop"
    assert stored.address == "1 High Street\nSmalltown"
    assert stored.currency == "CHF"
    assert stored.cash_rounding == Decimal("0.05")
    assert stored.tax_mode is TaxMode.EXCLUSIVE
    assert stored.merge_repeat_scans is False
    assert stored.printer["connection"] == "192.168.1.50:9100"
    assert stored.printer["code_page"] == "CP858"
    assert stored.printer["timeout"] == 7.5
    assert screen.message.text() == "Settings saved."
    assert screen.message.isVisible()


def test_ctrl_s_saves(qtbot: QtBot, screen: SettingsScreen, events: AppEvents) -> None:
    screen.shop_form.tax_id.setText("IE1234567X")
    screen.shop_form.tax_id.setFocus()
    assert "Ctrl+S" in screen.save_button.text()
    with qtbot.waitSignal(events.settings_changed, timeout=2000) as signal:
        qtbot.keyClick(screen.shop_form.tax_id, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert signal.args[0].tax_id == "IE1234567X"


def _put(screen: SettingsScreen, field: str, text: str) -> QWidget:
    forms = {
        "cash_rounding": screen.money_form.cash_rounding,
        "currency": screen.money_form.currency,
        "locale": screen.money_form.locale_box,
        "connection": screen.printer_form.connection,
        "width": screen.printer_form.line_width,
        "name": screen.shop_form.name,
        "logo": screen.shop_form.logo,
    }
    widget: Any = forms[field]
    if hasattr(widget, "setCurrentText"):
        widget.setCurrentText(text)
    else:
        widget.setText(text)
    return widget  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("field", "text", "message", "tab"),
    [
        ("cash_rounding", "abc", "The cash rounding 'abc' is not a number.", 1),
        ("cash_rounding", "0.001", "more decimals than EUR has", 1),
        ("cash_rounding", "0", "more than zero, or switched off", 1),
        ("currency", "XYZ", "'XYZ' is not a currency code", 1),
        ("locale", "xx_QQ", "not a language and region", 1),
        ("connection", "usb:zz", "'usb:zz' is not a printer connection", 4),
        ("width", "7", "Characters per line must be between 16 and 96", 4),
        ("name", "   ", "Give the shop a name", 0),
        ("logo", "/nowhere/logo.png", "The logo file /nowhere/logo.png cannot be found.", 0),
    ],
)
def test_a_bad_value_is_explained_and_nothing_changes(
    qtbot: QtBot,
    screen: SettingsScreen,
    db: Database,
    events: AppEvents,
    field: str,
    text: str,
    message: str,
    tab: int,
) -> None:
    before = get_settings(db)
    screen.shop_form.tax_id.setText("changed too")
    _put(screen, field, text)
    screen.tabs.setCurrentIndex(3)
    with qtbot.assertNotEmitted(events.settings_changed):
        screen.save_button.click()
    assert message in screen.message.text()
    assert screen.message.kind == "error"
    assert screen.message.isVisible()
    assert screen.tabs.currentIndex() == tab
    assert get_settings(db) == before


def test_code_pages_follow_the_printer_model(screen: SettingsScreen) -> None:
    form = screen.printer_form
    form.profile.setCurrentText("TM-T88V")
    pages = [form.code_page.itemText(i) for i in range(form.code_page.count())]
    assert pages
    assert form.code_page.currentText() in pages


def test_printer_settings_not_shown_are_kept(
    qtbot: QtBot, db: Database, shop: ShopSettings, events: AppEvents, actor: Actor
) -> None:
    update_settings(
        db, printer={"connection": "10.0.0.9", "timeout": 7.5, "width": 32}, actor=actor
    )
    screen = SettingsScreen(db, events, actor=actor)
    qtbot.addWidget(screen)
    assert screen.printer_form.line_width.currentText() == "32"
    screen.save()
    assert get_settings(db).printer["timeout"] == 7.5
    assert get_settings(db).printer["width"] == 32


def test_add_and_deactivate_tax_rates(
    qtbot: QtBot, screen: SettingsScreen, db: Database, milk: ProductDTO
) -> None:
    panel = screen.rates
    panel.refresh()
    assert panel.model.rowCount() == 2
    assert panel.model.index(1, 2).data() == "1"  # milk carries the reduced rate
    qtbot.keyClicks(panel.new_name, "Zero")
    qtbot.keyClicks(panel.new_percent, "0")
    with qtbot.waitSignal(screen.events.tax_rates_changed, timeout=1000):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in list_tax_rates(db)] == ["Standard", "Reduced", "Zero"]
    assert panel.model.index(2, 1).data() == "0 %"
    assert "added" in panel.message.text()

    panel.view.selectRow(1)
    panel.deactivate_button.click()
    assert "'Reduced' cannot be switched off: 1 product uses it" in panel.message.text()
    assert len(list_tax_rates(db)) == 3

    panel.view.selectRow(0)
    with qtbot.waitSignal(screen.events.tax_rates_changed, timeout=1000):
        panel.deactivate_button.click()
    assert [r.name for r in list_tax_rates(db)] == ["Reduced", "Zero"]
    assert panel.model.rowCount() == 2
    assert panel.message.text() == "Tax rate Standard switched off."


def test_a_tax_rate_is_renamed_in_place(
    qtbot: QtBot, screen: SettingsScreen, db: Database, milk: ProductDTO
) -> None:
    panel = screen.rates
    with qtbot.waitSignal(screen.events.tax_rates_changed, timeout=2000):
        edit_cell(qtbot, panel.view, 1, 0, "Food")
    assert [r.name for r in list_tax_rates(db)] == ["Standard", "Food"]
    assert panel.model.index(1, 0).data() == "Food"
    assert panel.message.text() == "Tax rate renamed to Food."
    edit_cell(qtbot, panel.view, 1, 0, "Standard")  # taken
    qtbot.waitUntil(lambda: "already a tax rate called 'Standard'" in panel.message.text())
    assert [r.name for r in list_tax_rates(db)] == ["Standard", "Food"]
    assert panel.model.index(1, 0).data() == "Food"


def test_a_bad_new_rate_is_explained(screen: SettingsScreen, db: Database) -> None:
    panel = screen.rates
    panel.new_name.setText("Standard")
    panel.new_percent.setText("21")
    panel.add_button.click()
    assert "already a tax rate called 'Standard'" in panel.message.text()
    panel.new_name.setText("Luxury")
    panel.new_percent.setText("")
    panel.add_button.click()
    assert "The tax rate '' is not a number." in panel.message.text()
    assert len(list_tax_rates(db)) == 2


def test_tax_rate_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, screen: SettingsScreen
) -> None:
    qtmodeltester.check(screen.rates.model)


def test_test_print_uses_the_unsaved_form(
    qtbot: QtBot, screen: SettingsScreen, db: Database, printer: FakePrinter
) -> None:
    screen.shop_form.name.setText("Unsaved Name")
    screen.printer_form.connection.setText(printer.address)
    screen.printer_form.test_button.click()
    qtbot.waitUntil(lambda: screen.printer_form.test_result.kind == "success", timeout=5000)
    assert screen.printer_form.test_result.text() == "Test page printed."
    assert screen.printer_form.test_button.isEnabled()
    assert b"TEST PRINT" in printer.received
    assert b"Unsaved Name" in printer.received
    assert get_settings(db).shop_name == "Test Shop"  # nothing was saved
    assert get_settings(db).printer == {}


def test_test_print_to_a_closed_port_shows_why(
    qtbot: QtBot, screen: SettingsScreen, printer: FakePrinter
) -> None:
    address = printer.address
    printer.stop()  # nothing listens there any more
    screen.printer_form.connection.setText(address)
    screen.printer_form.test_button.click()
    assert not screen.printer_form.test_button.isEnabled()
    assert screen.printer_form.test_result.text() == "Printing a test page…"
    # The UI thread keeps working while the job fails in the background.
    screen.shop_form.name.setText("Still typing")
    qtbot.waitUntil(lambda: screen.printer_form.test_result.kind == "error", timeout=5000)
    assert screen.printer_form.test_result.text() == (
        f"The receipt printer at {address} refused the connection. Check it is switched on, "
        "that the address and port are right, and that no other program is printing to it."
    )
    assert screen.printer_form.test_button.isEnabled()


def test_test_print_without_a_printer_says_so(qtbot: QtBot, screen: SettingsScreen) -> None:
    screen.printer_form.test_button.click()
    qtbot.waitUntil(lambda: screen.printer_form.test_result.kind == "error", timeout=5000)
    assert "No receipt printer is set up" in screen.printer_form.test_result.text()
    assert wait_for_all(5000)


def test_test_print_with_a_bad_form_value_prints_nothing(screen: SettingsScreen) -> None:
    screen.printer_form.connection.setText("usb:zz")
    screen.printer_form.test_button.click()
    assert "'usb:zz' is not a printer connection" in screen.printer_form.test_result.text()
    assert screen.printer_form.test_button.isEnabled()


def test_printer_state_signal_updates_the_status(screen: SettingsScreen, events: AppEvents) -> None:
    events.printer_state_changed.emit("error", "The receipt printer is out of paper.")
    assert screen.printer_form.status.text() == "The receipt printer is out of paper."


def test_every_input_has_an_accessible_name(screen: SettingsScreen) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView, QAbstractSpinBox)
    unnamed = [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in screen.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.accessibleName()
        # Qt's own parts: a combo's line edit, clear buttons, tab scrollers, table corner.
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox | QLineEdit | QTabBar)
        and not isinstance(w.parent(), QTableView)
    ]
    assert unnamed == []


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_screenshots(
    qtbot: QtBot, screen: SettingsScreen, tmp_path: Path, size: tuple[int, int]
) -> None:
    screen.resize(*size)
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert screen.grab().save(str(tmp_path / f"settings-{index}.png"))
    assert screen.save_button.isVisible()
    assert screen.save_button.geometry().bottom() <= screen.height()


def test_stored_values_the_forms_tidy_are_no_unsaved_change(
    qtbot: QtBot, db: Database, shop: ShopSettings, events: AppEvents, tmp_path: Path, actor: Actor
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not kept")
    update_settings(
        db,
        address="1 High Street\n",
        receipt_footer="Thank you  ",
        printer={"connection": " 192.168.1.50:9100 ", "timeout": 0.25, "logo": str(logo)},
        actor=actor,
    )
    logo.unlink()  # the logo file has gone since
    screen = SettingsScreen(db, events, actor=actor)
    qtbot.addWidget(screen)
    assert not screen.has_unsaved_changes()
    screen.printer_form.timeout.setValue(500)
    assert screen.has_unsaved_changes()
    screen.printer_form.timeout.setValue(250)
    assert not screen.has_unsaved_changes()


def test_the_end_of_day_tab_sets_the_count_and_the_z(
    qtbot: QtBot, db: Database, screen: SettingsScreen
) -> None:
    form = screen.cashup_form
    assert form.per_till.isChecked() and not form.blind.isChecked()
    assert form.pieces.placeholderText().startswith("200 100 50 20 10 5 2 1 0.50")
    form.pieces.setText("abc 5")
    screen.save()
    assert screen.message.text() == "'abc' is not the value of a note or coin."
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "End of day"
    form.pieces.setText("1 0.5 2")
    form.blind.setChecked(True)
    form.whole_shop.setChecked(True)
    screen.save()
    stored = get_settings(db)
    assert stored.blind_cash_count and stored.z_scope == "shop"
    assert stored.denominations == (Decimal(2), Decimal(1), Decimal("0.5"))
    form.pieces.setText("1 1")
    screen.save()
    assert screen.message.text() == "A note or coin is listed twice."
    assert get_settings(db).denominations == (Decimal(2), Decimal(1), Decimal("0.5"))
