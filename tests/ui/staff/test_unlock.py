"""Lifting a lock for wrong PINs: at the sign-in screen a manager standing by types their own
PIN (one step); on the Staff screen a manager, who may not manage staff, sees Unlock."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import audit_log
from pos.domain.errors import LockedOut, WrongPin
from pos.services.staff.accounts import LOCK_AFTER
from pos.services.staff.sign_in import sign_in
from pos.services.staff.users import list_staff
from tests.ui.helpers import in_modal, named
from tests.ui.staff.conftest import ANN_PIN, MIA_PIN, OWNER_PIN, Team, sign_in_as, type_pin
from ui.app import MainWindow
from ui.staff.approval import ApprovalDialog
from ui.staff.sign_in import SignInScreen

STAFF = 3


def lock_out(db: Database, user_id: int) -> None:
    """Wrong PINs typed a few minutes ago, each after its wait, up to the lock."""
    start = utcnow() - timedelta(minutes=10)
    for n in range(LOCK_AFTER - 1):
        with pytest.raises(WrongPin):
            sign_in(db, user_id, "9046", "Till 3", now=start + timedelta(minutes=n))
    with pytest.raises(LockedOut):
        sign_in(db, user_id, "9046", "Till 3", now=start + timedelta(minutes=LOCK_AFTER))


def locked(db: Database, user_id: int) -> bool:
    return next(m for m in list_staff(db) if m.id == user_id).locked_until is not None


def unlocks(db: Database) -> list[tuple[int, int | None, int]]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id, audit_log.c.details).where(
                audit_log.c.action == "user_unlocked"
            )
        ).all()
    return [(u, a, json.loads(d)["user"]) for u, a, d in rows]


def sign_in_screen(till: MainWindow) -> SignInScreen:
    assert till.till_lock is not None
    return till.till_lock.screen


def test_a_manager_standing_by_unlocks_at_the_sign_in_screen(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    lock_out(db, team.ann)
    screen = sign_in_screen(till)
    screen.show_people()  # the names as they are now: Ann locked
    unlock = named(screen, QPushButton, "Ask a manager to unlock")
    assert not unlock.isVisible()
    qtbot.mouseClick(named(screen, QPushButton, "Ann"), Qt.MouseButton.LeftButton)
    assert unlock.isVisible()
    assert "Ann is locked out" in named(screen, QLabel, "What to do").text()
    asked: list[str] = []
    names: list[list[str]] = []

    def approve(dialog: QWidget) -> None:
        assert isinstance(dialog, ApprovalDialog)
        asked.append(named(dialog, QLabel, "What needs approval").text())
        names.append([p.name for p in dialog.names.people.values()])
        type_pin(qtbot, dialog, "Mia", MIA_PIN, by_mouse=True)

    in_modal(approve)
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.kind == "success", timeout=5000)
    assert asked == [
        "Ann is locked out by wrong PINs. A manager can unlock Ann now: pick your name and "
        "type your PIN."
    ]
    assert names == [["Alex", "Mia"]]  # who may unlock, Ann herself not
    assert screen.message.text() == "Ann is unlocked: type your PIN."
    assert not unlock.isVisible()
    assert not locked(db, team.ann)
    assert unlocks(db) == [(team.ann, team.mia, team.ann)]
    assert screen.names.chosen_id == team.ann  # Ann goes on: only her PIN now
    qtbot.keyClicks(screen.keypad, ANN_PIN)
    qtbot.keyClick(screen.keypad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.pages.currentWidget() is till.till_page, timeout=5000)
    assert till.session.cashier.id == team.ann


def test_the_button_shows_when_the_lock_falls_at_the_keypad_and_cancel_keeps_it(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    start = utcnow() - timedelta(minutes=10)
    for n in range(LOCK_AFTER - 1):
        with pytest.raises(WrongPin):
            sign_in(db, team.ann, "9046", "Till 3", now=start + timedelta(minutes=n))
    screen = sign_in_screen(till)
    unlock = named(screen, QPushButton, "Ask a manager to unlock")
    type_pin(qtbot, screen, "Ann", "9046", by_mouse=False)  # the fifth: locked
    qtbot.waitUntil(lambda: screen.message.kind == "error", timeout=5000)
    assert "A manager (or the owner) can unlock it sooner." in screen.message.text()
    assert unlock.isVisible()
    qtbot.mouseClick(named(screen, QPushButton, "Mia"), Qt.MouseButton.LeftButton)
    assert not unlock.isVisible()
    qtbot.mouseClick(named(screen, QPushButton, "Ann"), Qt.MouseButton.LeftButton)
    assert unlock.isVisible()  # Ann is known to be locked now
    in_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Still locked: nothing was changed."
    assert locked(db, team.ann)
    assert unlocks(db) == []


def test_a_locked_manager_cannot_unlock_themselves(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    """Mia is locked: she is not offered as her own approver; the owner is."""
    lock_out(db, team.mia)
    screen = sign_in_screen(till)
    screen.show_people()
    qtbot.mouseClick(named(screen, QPushButton, "Mia"), Qt.MouseButton.LeftButton)
    offered: list[list[str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ApprovalDialog)
        offered.append([p.name for p in dialog.names.people.values()])
        dialog.reject()

    in_modal(look)
    unlock = named(screen, QPushButton, "Ask a manager to unlock")
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert offered == [["Alex"]]
    assert locked(db, team.mia)


def test_a_manager_sees_the_staff_screen_with_unlock_only(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    lock_out(db, team.ann)
    sign_in_as(qtbot, till, "Mia", MIA_PIN)
    assert till.screen_actions[STAFF].isVisible()
    till.screen_actions[STAFF].trigger()
    screen = till.staff_screen
    assert till.stack.currentWidget() is screen
    for key in ("add", "edit", "pin", "active"):
        assert not screen.buttons[key].isVisible()
    assert [screen.tabs.isTabVisible(i) for i in range(3)] == [True, False, False]
    screen.select(team.ann)
    button = screen.buttons["unlock"]
    assert button.isVisible() and button.isEnabled()
    screen.edit_person()  # a double-click opens nothing for her
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert named(screen, QLabel, "Staff message").text() == "Ann can sign in again."
    assert not locked(db, team.ann)
    assert unlocks(db) == [(team.mia, None, team.ann)]
    assert not button.isEnabled()  # nobody locked now


def test_the_owner_sees_every_button_and_tab(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team
) -> None:
    sign_in_as(qtbot, till, "Alex", OWNER_PIN)
    till.screen_actions[STAFF].trigger()
    screen = till.staff_screen
    assert all(screen.buttons[k].isVisible() for k in ("add", "edit", "pin", "active", "unlock"))
    assert [screen.tabs.isTabVisible(i) for i in range(3)] == [True, True, True]
