"""The till speaks the shop's language: the locale chosen in Settings picks ShopTill's
catalog and Qt's own, at start and when it changes; a missing catalog is English, silently,
and a damaged one is English too, with a line in the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import in_modal, named
from tests.ui.i18n.conftest import OpenWindow
from ui.app import MainWindow
from ui.i18n import catalog_file

SETTINGS = 7  # the navigation entry of the Settings screen
ENGLISH_SCREENS = ["Sell (Ctrl+1)", "Products (Ctrl+2)", "Stock (Ctrl+3)"]


def screens(window: MainWindow) -> list[str]:
    return [action.text() for action in window.screen_actions[:3]]


def yes_no_cancel() -> list[str]:
    """The words on a standard question's buttons, as Qt's own catalog has them."""
    box = QMessageBox()
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel)
    words = [box.button(b).text() for b in (buttons.Yes, buttons.No, buttons.Cancel)]
    box.deleteLater()
    return words


def choose_locale(qtbot: QtBot, window: MainWindow, locale: str) -> None:
    """What the owner does: Settings (Ctrl+9), Language and region, Save."""
    window.screen_actions[SETTINGS].trigger()
    screen = window.settings_screen
    screen.money_form.locale_box.setCurrentText(locale)
    with qtbot.waitSignal(window.events.settings_changed, timeout=5_000):
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)


def test_a_german_shop_opens_in_german(open_window: OpenWindow, catalogs: Path) -> None:
    window = open_window("de_DE", catalogs)
    # Qt's catalog names the keys as a German keyboard does.
    assert screens(window) == ["Verkaufen (Strg+1)", "Artikel (Strg+2)", "Stock (Strg+3)"]
    assert window.windowTitle() == "ShopTill — Test Shop (Kasse)"
    assert named(window, QLabel, "Cashier and till").text() == "Alex an Till 1"
    assert named(window, QLabel, "Printer state").text() == "Kein Bondrucker"
    window.header.show_low(1234)
    assert named(window, QLabel, "Low stock").text() == "1.234 knapp im Lager"
    sales = window.sales
    assert sales.buttons["Pay"].text().startswith("Bezahlen\n")
    assert sales.buttons["Menge"].text() == "Menge\nF2"
    assert sales.scan.field.placeholderText() == "Barcode scannen oder Namen tippen"
    assert sales.cart_model.headerData(0, Qt.Orientation.Horizontal) == "Artikel"
    # Texts nobody translated yet stay English; Qt's own buttons come from Qt's catalog.
    assert sales.buttons["Void"].text() == "Void\nF8"
    assert yes_no_cancel() == ["&Ja", "&Nein", "Abbrechen"]


def test_the_tills_own_questions_ask_in_german(
    qtbot: QtBot, open_window: OpenWindow, catalogs: Path
) -> None:
    """Leaving Settings with a change not saved: ShopTill's question with Qt's buttons."""
    window = open_window("de_DE", catalogs)
    window.screen_actions[SETTINGS].trigger()
    window.settings_screen.shop_form.name.setText("Eckladen")
    asked: list[tuple[str, list[str]]] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons = [b.text() for b in box.buttons()]
        asked.append((box.windowTitle(), sorted(buttons)))
        box.button(QMessageBox.StandardButton.Cancel).click()

    in_modal(answer)
    window.screen_actions[0].trigger()
    assert asked == [("Einstellungen nicht gespeichert", ["Abbrechen", "Speichern", "Verwerfen"])]
    window.settings_screen.reload()  # nothing left to ask about when the window closes


def test_choosing_english_in_settings_brings_english_back(
    qtbot: QtBot, open_window: OpenWindow, catalogs: Path
) -> None:
    window = open_window("de_DE", catalogs)
    assert screens(window)[0] == "Verkaufen (Strg+1)"
    window.screen_actions[1].trigger()  # Products, built in German
    assert window._products_screen is not None
    choose_locale(qtbot, window, "en_GB")
    qtbot.waitUntil(lambda: screens(window) == ENGLISH_SCREENS, timeout=5_000)
    assert window.windowTitle() == "ShopTill — Test Shop"
    assert named(window, QLabel, "Cashier and till").text() == "Alex at Till 1"
    assert named(window, QLabel, "Printer state").text() == "No receipt printer"
    assert yes_no_cancel() == ["&Yes", "&No", "Cancel"]
    assert window.language.files == ()
    # Products is built again, in English, when next opened; Settings and Sell say when.
    assert window._products_screen is None
    assert "when ShopTill is next started" in window.settings_screen.message.text()
    assert "next started" in window.sales.banner.label.text()


def test_choosing_german_in_settings_turns_the_window_german_at_once(
    qtbot: QtBot, open_window: OpenWindow, catalogs: Path
) -> None:
    window = open_window("en_IE", catalogs)
    assert screens(window) == ENGLISH_SCREENS
    choose_locale(qtbot, window, "de_AT")  # no Austrian catalog: the German one
    qtbot.waitUntil(lambda: screens(window)[0] == "Verkaufen (Strg+1)", timeout=5_000)
    assert named(window, QLabel, "Cashier and till").text() == "Alex an Till 1"
    assert [path.name for path in window.language.files] == ["qtbase_de.qm", "shoptill_de.qm"]


def test_a_language_nobody_translated_is_english_and_silent(
    open_window: OpenWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ui.i18n")
    window = open_window("fr_FR", tmp_path)  # an empty folder: no ShopTill catalog at all
    assert screens(window) == ENGLISH_SCREENS
    assert yes_no_cancel() == ["&Oui", "&Non", "Annuler"]  # Qt's French is there
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_damaged_catalog_is_logged_and_the_till_opens_in_english(
    open_window: OpenWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "shoptill_de.qm").write_bytes(b"not a translation at all\x00\xff" * 40)
    with caplog.at_level(logging.ERROR, logger="ui.i18n"):
        window = open_window("de_DE", tmp_path)
    # ShopTill's words in English; Qt's own German still loads (its key names, its buttons).
    assert screens(window) == ["Sell (Strg+1)", "Products (Strg+2)", "Stock (Strg+3)"]
    assert window.sales.buttons["Pay"].text().startswith("Pay\n")
    (record,) = caplog.records
    assert "shoptill_de.qm is damaged" in record.getMessage()
    assert yes_no_cancel()[0] == "&Ja"


@pytest.mark.parametrize(
    ("locale", "found"),
    [
        ("de_CH", "shoptill_de_CH.qm"),  # the most specific first …
        ("de_AT", "shoptill_de.qm"),  # … then the language alone
        ("de", "shoptill_de.qm"),
        ("pt_BR", "shoptill_pt_br.qm"),  # as Qt does, a lower-cased name too
        ("pt_PT", None),
        ("fr_FR", None),
        ("xx_QQ", None),
    ],
)
def test_the_most_specific_catalog_is_chosen(
    tmp_path: Path, locale: str, found: str | None
) -> None:
    for name in ("shoptill_de_CH.qm", "shoptill_de.qm", "shoptill_pt_br.qm", "qtbase_fr.qm"):
        (tmp_path / name).touch()
    path = catalog_file(tmp_path, "shoptill", locale)
    assert (path.name if path else None) == found
