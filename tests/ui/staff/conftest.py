"""A shop with staff: the owner Alex, a manager Mia and a cashier Ann, each with a PIN."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.staff.sign_in import turn_on_sign_in
from pos.services.staff.users import add_user
from tests.ui.helpers import named
from ui.app import MainWindow
from ui.staff.keypad import PinKeypad

OWNER_PIN = "5937"
MIA_PIN = "7391"
ANN_PIN = "4826"


@dataclass(frozen=True)
class Team:
    owner: UserDTO
    mia: int
    ann: int
    recovery_code: str


@pytest.fixture
def team(db: Database, shop: ShopSettings, cashier: UserDTO) -> Team:
    """Sign-in on; Mia (manager) and Ann (cashier) added with their PINs."""
    boss = Actor(cashier.id, "Till 1")
    code = turn_on_sign_in(db, OWNER_PIN, actor=boss)
    mia = add_user(db, "Mia", "manager", actor=boss, pin=MIA_PIN)
    ann = add_user(db, "Ann", "cashier", actor=boss, pin=ANN_PIN)
    return Team(cashier, mia.id, ann.id, code)


@pytest.fixture
def till(qtbot: QtBot, db: Database, team: Team, milk: ProductDTO) -> Iterator[MainWindow]:
    """The window of a shop with sign-in on: it opens on the sign-in page."""
    QSettings().clear()
    window = MainWindow(db, "Till 3")
    qtbot.addWidget(window)
    window.show()
    yield window


def type_pin(qtbot: QtBot, where: QWidget, name: str, pin: str, *, by_mouse: bool) -> None:
    """Touch the name, then type the PIN on the keypad's buttons or with the number keys."""
    qtbot.mouseClick(named(where, QPushButton, name), Qt.MouseButton.LeftButton)
    pad = where.findChild(PinKeypad)
    assert pad is not None
    qtbot.waitUntil(pad.isEnabled)
    if by_mouse:
        for digit in pin:
            qtbot.mouseClick(named(pad, QPushButton, f"Digit {digit}"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pad.buttons["ok"], Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClicks(pad, pin)
        qtbot.keyClick(pad, Qt.Key.Key_Return)


def sign_in_as(
    qtbot: QtBot, window: MainWindow, name: str, pin: str, *, by_mouse: bool = False
) -> None:
    """Sign in on the window's sign-in page and wait for the till."""
    assert window.till_lock is not None
    type_pin(qtbot, window.till_lock.screen, name, pin, by_mouse=by_mouse)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.till_page, timeout=5000)
