"""Signing in at the till: by the keypad's buttons and by the number keys; a wrong PIN,
the wait, and the lock after too many."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.domain.errors import WrongPin
from pos.services.staff.sign_in import sign_in
from tests.ui.helpers import in_modal, named
from tests.ui.staff.conftest import ANN_PIN, MIA_PIN, Team, sign_in_as, type_pin
from ui.app import MainWindow


def test_the_till_opens_on_the_sign_in_page_with_active_names(till: MainWindow) -> None:
    assert till.till_lock is not None
    screen = till.till_lock.screen
    assert till.pages.currentWidget() is screen
    assert not till.navigation.isVisible()
    assert [p.name for p in screen.names.people.values()] == ["Alex", "Ann", "Mia"]


def test_sign_in_by_touching_the_keypad(qtbot: QtBot, till: MainWindow, team: Team) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN, by_mouse=True)
    assert named(till, QLabel, "Cashier and till").text() == "Ann at Till 3"
    assert till.session.cashier.id == team.ann
    assert till.actor.user_id == team.ann
    assert till.navigation.isVisible()


def test_sign_in_by_number_keys(qtbot: QtBot, till: MainWindow, team: Team) -> None:
    sign_in_as(qtbot, till, "Mia", MIA_PIN, by_mouse=False)
    assert named(till, QLabel, "Cashier and till").text() == "Mia at Till 3"
    assert till.session.cashier.id == team.mia


@pytest.mark.real_pin_cost
def test_a_wrong_pin_says_the_wait_and_the_tries_left(qtbot: QtBot, till: MainWindow) -> None:
    assert till.till_lock is not None
    screen = till.till_lock.screen
    type_pin(qtbot, screen, "Ann", "9046", by_mouse=False)
    qtbot.waitUntil(lambda: screen.message.kind == "error", timeout=5000)
    assert "Wait 1 s" in screen.message.text() and "4 tries left" in screen.message.text()
    assert till.pages.currentWidget() is screen
    assert screen.keypad.held  # the next try waits
    qtbot.waitUntil(lambda: not screen.keypad.held, timeout=3000)
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    assert named(till, QLabel, "Cashier and till").text() == "Ann at Till 3"


def test_too_many_wrong_pins_lock_the_name(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    # Four wrong PINs typed earlier (each after its wait), then a fifth at the till.
    start = utcnow() - timedelta(minutes=10)
    for n in range(4):
        with pytest.raises(WrongPin):
            sign_in(db, team.ann, "9046", "Till 3", now=start + timedelta(minutes=n))
    assert till.till_lock is not None
    screen = till.till_lock.screen
    type_pin(qtbot, screen, "Ann", "9046", by_mouse=True)
    qtbot.waitUntil(lambda: screen.message.kind == "error", timeout=5000)
    text = screen.message.text()
    assert "locked until" in text and "A manager (or the owner) can unlock it sooner" in text
    # Even the right PIN is refused now.
    type_pin(qtbot, screen, "Ann", ANN_PIN, by_mouse=False)
    qtbot.waitUntil(lambda: screen.message.kind == "error", timeout=5000)
    assert "locked until" in screen.message.text()
    assert till.pages.currentWidget() is screen


def test_the_owner_who_forgot_the_pin_uses_the_recovery_code(
    qtbot: QtBot, till: MainWindow, team: Team
) -> None:
    assert till.till_lock is not None
    screen = till.till_lock.screen
    codes: list[str] = []

    def written_down(dialog: QWidget) -> None:
        codes.append(named(dialog, QLabel, "Recovery code").text())
        named(dialog, QPushButton, "I have written it down").click()

    def recover(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Recovery code").setText(team.recovery_code.lower())
        named(dialog, QLineEdit, "PIN").setText("6083")
        named(dialog, QLineEdit, "PIN again").setText("6083")
        in_modal(written_down)
        dialog.save()  # type: ignore[attr-defined]

    in_modal(recover)
    named(screen, QPushButton, "Forgot the PIN?").click()
    assert len(codes) == 1 and codes[0] != team.recovery_code
    assert "sign in with it" in screen.message.text()
    sign_in_as(qtbot, till, "Alex", "6083")
    assert named(till, QLabel, "Cashier and till").text() == "Alex at Till 3"


def test_the_number_keys_type_the_pin_as_soon_as_the_till_opens(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    import gc

    from ui.app import show_window
    from ui.startup import collection_held

    try:
        with collection_held():
            window = MainWindow(db, "Till 3")
            qtbot.addWidget(window)
            show_window(window)
            assert window.till_lock is not None
            pad = window.till_lock.screen.keypad
            qtbot.waitUntil(pad.hasFocus)
            qtbot.keyClicks(window.focusWidget(), "48")
            assert pad.digits_typed == 2
            qtbot.waitUntil(window.collector.isActive)  # show_window's start-up has run
            window.collector.stop()
    finally:
        gc.unfreeze()  # as tests/ui/test_main_window.py does after show_window
        gc.disable()
