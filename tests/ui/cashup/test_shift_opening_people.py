"""The End of day screen's shift view names the manager who approved opening the shift
(issue 14), beside who opened it; one opened without approval names no one more."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.cashup.shift_opening import shift_opening
from pos.services.cashup.shifts import open_shift
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.roles import set_role
from pos.services.staff.sign_in import turn_on_sign_in
from pos.services.staff.users import add_user, update_user
from tests.ui.cashup.conftest import TILL, dialogs_done, in_dialog, make_screen
from tests.ui.helpers import named
from tests.ui.staff.conftest import type_pin
from ui.cashup.open_dialog import OpenShiftDialog
from ui.staff.approval import ApprovalDialog


def test_the_shift_view_names_who_approved_the_opening(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    mia = add_user(db, "Mia", Role.MANAGER.value, actor=actor)
    ann = add_user(db, "Ann", Role.CASHIER.value, actor=actor)
    # A trainee's till: the cashier role may not sell, so Ann opens with Mia's PIN.
    set_role(db, Role.CASHIER.value, {Permission.COUNT}, Decimal(0), actor=actor)
    open_shift(db, Actor(ann.id, TILL, mia.id), "50")
    update_user(db, mia.id, actor=actor, active=False)  # Mia has left since
    opening = shift_opening(db, TILL)
    assert opening is not None and opening.approved_by == "Mia"

    screen = make_screen(qtbot, db, actor)
    detail = screen.shift.detail.text()
    assert "by Ann, with a float of €50.00." in detail
    assert detail.endswith("Approved by Mia.")
    screen.shift.apply_settings(screen.shift.settings)  # shown again: still named
    assert screen.shift.detail.text().endswith("Approved by Mia.")
    assert screen.grab().save(str(tmp_path / "end-of-day-shift.png"))


def test_a_shift_opened_alone_names_no_approver(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    open_shift(db, actor, "20")
    opening = shift_opening(db, TILL)
    assert opening is not None and opening.approved_by == ""
    screen = make_screen(qtbot, db, actor)
    assert "by Alex, with a float of €20.00." in screen.shift.detail.text()
    assert "Approved" not in screen.shift.detail.text()
    assert shift_opening(db, "Till 7") is None


def test_opening_with_a_managers_pin_on_the_screen_names_her_at_once(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    """The way a till reaches it: Ann presses Open shift, may not sell, Mia types her PIN;
    the view then says Mia approved."""
    turn_on_sign_in(db, "5937", actor=actor)
    add_user(db, "Mia", Role.MANAGER.value, actor=actor, pin="7391")
    ann = add_user(db, "Ann", Role.CASHIER.value, actor=actor, pin="4826")
    set_role(db, Role.CASHIER.value, {Permission.COUNT}, Decimal(0), actor=actor)
    screen = make_screen(qtbot, db, Actor(ann.id, TILL))
    asked: list[str] = []

    def approve(dialog: ApprovalDialog) -> None:
        asked.append(named(dialog, QLabel, "What needs approval").text())
        type_pin(qtbot, dialog, "Mia", "7391", by_mouse=False)

    def float_of_30(dialog: OpenShiftDialog) -> None:
        qtbot.keyClicks(dialog.form.amount, "30")
        in_dialog(ApprovalDialog, approve)
        dialog.open_button.click()

    in_dialog(OpenShiftDialog, float_of_30)
    screen.shift.open_button.click()
    dialogs_done(qtbot)
    assert asked and asked[0].startswith("Ann may not sell.")
    qtbot.waitUntil(lambda: screen.shift.detail.text().endswith("Approved by Mia."))
    assert "by Ann, with a float of €30.00." in screen.shift.detail.text()
    assert screen.shift.approved_by == "Mia"
