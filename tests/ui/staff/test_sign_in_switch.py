"""Turning sign-in on from the Staff screen: the owner chooses a PIN, sees the recovery code
once (and can print it), and the till gets its Lock; turning it off takes the Lock away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import ProductDTO
from pos.services.settings import ShopSettings, get_settings
from pos.services.staff.users import list_staff
from tests.ui.helpers import in_modal, named
from ui.app import MainWindow

STAFF = 3


def test_turning_sign_in_on_and_off(
    qtbot: QtBot, db: Database, shop: ShopSettings, milk: ProductDTO, tmp_path: Path
) -> None:
    window = MainWindow(db, "Till 3")
    qtbot.addWidget(window)
    window.show()
    assert not named(window, QPushButton, "Lock the till").isVisible()
    window.screen_actions[STAFF].trigger()
    screen = window.staff_screen
    screen.tabs.setCurrentWidget(screen.sign_in)
    pdf = tmp_path / "code.pdf"
    codes: list[str] = []

    def keep_code(dialog: QWidget) -> None:
        codes.append(named(dialog, QLabel, "Recovery code").text())
        dialog.reject()  # Esc does not close it: the code must be kept
        assert dialog.isVisible()
        dialog.print_code(str(pdf))  # type: ignore[attr-defined]
        named(dialog, QPushButton, "I have written it down").click()

    def choose_pin(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "PIN").setText("5937")
        named(dialog, QLineEdit, "PIN again").setText("5937")
        in_modal(keep_code)
        named(dialog, QPushButton, "Turn sign-in on").click()

    in_modal(choose_pin)
    named(screen, QPushButton, "Turn sign-in on").click()
    assert get_settings(db).sign_in
    assert len(codes) == 1 and len(codes[0]) == 19
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.has_pin for p in list_staff(db)] == [True]
    assert named(window, QPushButton, "Lock the till").isVisible()
    assert window.till_lock is not None and window.till_lock.action.isEnabled()

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    in_modal(yes)
    named(screen, QPushButton, "Turn sign-in off").click()
    assert not get_settings(db).sign_in
    assert not named(window, QPushButton, "Lock the till").isVisible()
    assert not window.till_lock.action.isEnabled()
