"""Locking the till mid-cart: the same cashier keeps the cart; another cashier starts a new
one and the open cart is parked under the first cashier's name. No lock with sign-in off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import parked_carts
from pos.services.settings import ShopSettings, get_settings, update_settings
from tests.ui.helpers import named, scanner
from tests.ui.staff.conftest import ANN_PIN, MIA_PIN, Team, sign_in_as
from ui.app import MainWindow


def test_lock_and_the_same_cashier_keeps_the_cart(qtbot: QtBot, till: MainWindow) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    assert len(till.session.cart.lines) == 1
    till.activateWindow()
    qtbot.keyClick(till.sales.scan.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert till.till_lock is not None
    screen = till.till_lock.screen
    assert till.pages.currentWidget() is screen
    assert "Ann's cart is kept" in named(screen, QLabel, "Cart waiting").text()
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    assert len(till.session.cart.lines) == 1
    assert not till.sales.banner.isVisible()


def test_another_cashier_parks_the_cart_under_the_first_name(
    qtbot: QtBot, till: MainWindow, db: Database, shop: ShopSettings
) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN, by_mouse=True)
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    qtbot.mouseClick(named(till, QPushButton, "Lock the till"), Qt.MouseButton.LeftButton)
    assert till.till_lock is not None and till.till_lock.locked
    sign_in_as(qtbot, till, "Mia", MIA_PIN)  # one PIN: no restart
    assert named(till, QLabel, "Cashier and till").text() == "Mia at Till 3"
    assert till.session.cart.lines == ()
    parked = parked_carts(db, get_settings(db))
    assert len(parked) == 1 and "Ann" in parked[0].label
    assert "Ann's cart was parked" in till.sales.banner.label.text()


def test_auto_lock_after_idle_minutes(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    boss = Actor(team.owner.id, "Till 3")
    till.events.settings_changed.emit(update_settings(db, actor=boss, auto_lock_minutes=5))
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    assert till.till_lock is not None
    idle = till.till_lock.idle
    assert idle.timer.isActive() and idle.timer.interval() == 5 * 60_000
    idle.timer.setInterval(300)  # five minutes, shortened for the test
    idle.timer.start()
    qtbot.wait(150)
    qtbot.keyClick(till.sales.scan.field, Qt.Key.Key_1)  # someone is there: counted again
    qtbot.wait(200)
    assert till.pages.currentWidget() is till.till_page
    qtbot.waitUntil(lambda: till.pages.currentWidget() is till.till_lock.screen, timeout=2000)
    assert not idle.timer.isActive()


def test_with_sign_in_off_there_is_no_lock(
    qtbot: QtBot, db: Database, shop: ShopSettings, milk: ProductDTO
) -> None:
    window = MainWindow(db, "Till 3")
    qtbot.addWidget(window)
    window.show()
    assert window.till_lock is None
    assert window.pages.currentWidget() is window.till_page
    assert not named(window, QPushButton, "Lock the till").isVisible()
    qtbot.keyClick(window.sales.scan.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.till_page
    assert named(window, QLabel, "Cashier and till").text() == "Alex at Till 3"


def restarted(qtbot: QtBot, crashed: MainWindow, db: Database) -> MainWindow:
    """A new window on the same database file, the first one dropped as it was: its open
    cart is only in the database, as after the app was killed."""
    crashed.hide()
    window = MainWindow(db, "Till 3")
    qtbot.addWidget(window)
    window.show()
    return window


def test_after_a_crash_the_cart_is_parked_under_the_cashier_who_rang_it(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    again = restarted(qtbot, till, db)
    assert again.till_lock is not None and again.till_lock.locked
    screen = again.till_lock.screen
    assert "Ann's cart is kept" in named(screen, QLabel, "Cart waiting").text()
    sign_in_as(qtbot, again, "Mia", MIA_PIN)
    assert again.session.cart.lines == ()
    parked = parked_carts(db, get_settings(db))
    assert [(p.label, p.line_count) for p in parked] == [("Ann", 1)]
    assert "Ann's cart was parked" in again.sales.banner.label.text()


def test_after_a_crash_the_cashier_who_rang_it_carries_on(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    again = restarted(qtbot, till, db)
    sign_in_as(qtbot, again, "Ann", ANN_PIN)
    assert again.session.cashier.id == team.ann
    assert len(again.session.cart.lines) == 1
    assert again.sales.cart_model.rowCount() == 1
    assert parked_carts(db, get_settings(db)) == []
    assert not again.sales.banner.isVisible()
