"""Selling through the till's window as a cashier does, for tests of any screen that a sale
touches: the window, its screens by their Ctrl+<n> shortcuts, and the payment dialog
driven from F12 (cash typed and Enter, or card).

The scanner itself is ``tests.ui.helpers.scanner``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.services.database import Database
from tests.ui.helpers import in_modal, named, press
from ui.app import MainWindow
from ui.sales.screen import SalesScreen


def till_window(qtbot: QtBot, db: Database, till: str = "Till 1") -> MainWindow:
    """The main window as a till opens it, shown at a laptop's size."""
    window = MainWindow(db, till)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def go_to(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+<key> in the window, as the user switches screens (Ctrl+1 Sell, Ctrl+5 End
    of day ...)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def pay_with(qtbot: QtBot, screen: SalesScreen, act: Callable[[QWidget], object]) -> None:
    """F12 on the Sell screen, then ``act`` on the payment dialog. A failing ``act``
    closes the dialog, so the test reports its error instead of waiting on the dialog."""

    def guarded(dialog: QWidget) -> None:
        try:
            act(dialog)
        except BaseException:
            dialog.close()
            raise

    in_modal(guarded)
    press(qtbot, screen.scan.field, Qt.Key.Key_F12)


def pay_in_cash(qtbot: QtBot, screen: SalesScreen, tendered: str) -> str:
    """Pay the cart in cash: F12, type what the customer hands over, Enter. Returns the
    change the dialog showed before Enter."""
    seen: dict[str, str] = {}

    def pay(dialog: QWidget) -> None:
        field = named(dialog, QLineEdit, "Tendered")
        qtbot.keyClicks(field, tendered)
        seen["change"] = named(dialog, QLabel, "Change due").text()
        qtbot.keyClick(field, Qt.Key.Key_Return)

    pay_with(qtbot, screen, pay)
    return seen["change"]


def pay_by_card(qtbot: QtBot, screen: SalesScreen) -> None:
    """Pay the whole cart by card: F12, Card (the amount owed is filled in), Enter."""

    def pay(dialog: QWidget) -> None:
        qtbot.mouseClick(named(dialog, QPushButton, "Card"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(named(dialog, QLineEdit, "Tendered"), Qt.Key.Key_Return)

    pay_with(qtbot, screen, pay)
