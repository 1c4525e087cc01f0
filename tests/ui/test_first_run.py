"""The first run creates a shop from the dialog, or picks the demo and leaves the db alone."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.tax import TaxMode
from pos.services.catalog.products import list_tax_rates
from pos.services.settings import get_settings
from pos.services.shop import shop_exists
from ui.setup import FirstRunChoice, FirstRunDialog
from ui.setup.first_run import system_defaults
from ui.setup.rates_model import NAME, PERCENT


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> FirstRunDialog:
    widget = FirstRunDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _editors(dialog: FirstRunDialog) -> list[QLineEdit]:
    return [w for w in dialog.rates_view.viewport().findChildren(QLineEdit) if w.isVisible()]


def _open_editor(dialog: FirstRunDialog) -> QLineEdit:
    editors = _editors(dialog)
    assert len(editors) == 1
    return editors[0]


def _edit_cell(qtbot: QtBot, dialog: FirstRunDialog, row: int, column: int, text: str) -> None:
    """Type into a rates cell the way a user does: open the editor, type, press Enter."""
    index = dialog.rates.index(row, column)
    dialog.rates_view.setCurrentIndex(index)
    dialog.rates_view.edit(index)
    editor = _open_editor(dialog)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor in a queued call: let it run.
    qtbot.waitUntil(lambda: not _editors(dialog))


def test_create_my_shop(qtbot: QtBot, dialog: FirstRunDialog, db: Database) -> None:
    qtbot.keyClicks(dialog.name, "Mama Njeri's Kiosk")
    dialog.currency.setCurrentText("KES")
    dialog.locale_box.setCurrentText("sw_KE")
    dialog.tax_mode.setCurrentIndex(dialog.tax_mode.findData(TaxMode.EXCLUSIVE))
    _edit_cell(qtbot, dialog, 0, NAME, "VAT")
    assert dialog.isVisible()  # Enter finished the edit; it did not create the shop yet
    assert not shop_exists(db)
    _edit_cell(qtbot, dialog, 0, PERCENT, "16")
    dialog.rates_view.selectRow(1)
    dialog.remove_rate_button.click()
    dialog.add_rate_button.click()
    qtbot.keyClick(_open_editor(dialog), Qt.Key.Key_Escape)  # the new row opens for typing
    qtbot.waitUntil(lambda: not _editors(dialog))
    _edit_cell(qtbot, dialog, 1, NAME, "Exempt")
    _edit_cell(qtbot, dialog, 1, PERCENT, "0")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstRunChoice.CREATED
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shop_exists(db)
    settings = get_settings(db)
    assert settings == dialog.settings
    assert (settings.shop_name, settings.currency, settings.locale, settings.tax_mode) == (
        "Mama Njeri's Kiosk",
        "KES",
        "sw_KE",
        TaxMode.EXCLUSIVE,
    )
    assert [(r.name, r.percent) for r in list_tax_rates(db)] == [
        ("VAT", Decimal(16)),
        ("Exempt", Decimal(0)),
    ]


def test_the_prefilled_rates_are_created(dialog: FirstRunDialog, db: Database) -> None:
    dialog.name.setText("Corner Shop")
    dialog.currency.setCurrentText("EUR")
    dialog.locale_box.setCurrentText("en_IE")
    dialog.create_button.click()
    assert dialog.choice is FirstRunChoice.CREATED
    assert [(r.name, r.percent) for r in list_tax_rates(db)] == [
        ("Standard", Decimal(20)),
        ("Reduced", Decimal(5)),
    ]


def test_demo_leaves_the_database_alone(qtbot: QtBot, dialog: FirstRunDialog, db: Database) -> None:
    dialog.name.setText("Not this one")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstRunChoice.DEMO
    assert not shop_exists(db)
    assert list_tax_rates(db) == []


def test_cancel_rejects(qtbot: QtBot, dialog: FirstRunDialog, db: Database) -> None:
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        dialog.cancel_button.click()
    assert dialog.choice is None
    assert not shop_exists(db)


def _remove_all_rates(dialog: FirstRunDialog) -> None:
    while dialog.rates.rowCount():
        dialog.rates_view.selectRow(0)
        dialog.remove_rate_button.click()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("empty_name", "Give the shop a name"),
        ("no_rates", "Add at least one tax rate"),
        ("bad_currency", "'XYZ' is not a currency code"),
        ("bad_locale", "not a language and region"),
        ("missing_percent", "Give the tax rate 'Zero' a percent"),
        ("rate_too_high", "A tax rate of 120 % is not possible"),
        ("rate_without_name", "Give the tax rate a name"),
    ],
)
def test_invalid_input_is_explained_and_nothing_is_written(
    dialog: FirstRunDialog, db: Database, change: str, message: str
) -> None:
    dialog.name.setText("Corner Shop")
    dialog.currency.setCurrentText("EUR")
    dialog.locale_box.setCurrentText("en_GB")
    if change == "empty_name":
        dialog.name.setText("  ")
    elif change == "no_rates":
        _remove_all_rates(dialog)
    elif change == "bad_currency":
        dialog.currency.setCurrentText("XYZ")
    elif change == "bad_locale":
        dialog.locale_box.setCurrentText("xx_QQ")
    elif change == "missing_percent":
        dialog.rates.add_rate("Zero", "")
    elif change == "rate_too_high":
        dialog.rates.add_rate("Luxury", "120")
    elif change == "rate_without_name":
        dialog.rates.add_rate("", "7")
    dialog.create_button.click()
    assert message in dialog.message.text()
    assert dialog.message.isVisible()
    assert dialog.isVisible()
    assert dialog.choice is None
    assert not shop_exists(db)
    assert list_tax_rates(db) == []


def test_rates_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, dialog: FirstRunDialog
) -> None:
    dialog.rates.add_rate("Zero", "0")
    qtmodeltester.check(dialog.rates)


def test_system_defaults_are_usable() -> None:
    code, locale = system_defaults()
    assert len(code) == 3
    assert locale


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_fits_the_screen(dialog: FirstRunDialog, tmp_path: Path, size: tuple[int, int]) -> None:
    width, height = size
    dialog.adjustSize()  # the size it opens at
    assert dialog.height() <= height - 60  # leave room for a title bar and a panel
    dialog.resize(min(width, 900), height - 60)
    assert dialog.grab().save(str(tmp_path / "first-run.png"))
    assert dialog.create_button.geometry().bottom() <= dialog.height()
