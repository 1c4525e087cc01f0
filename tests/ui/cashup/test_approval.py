"""A cashier at the End of day screen: taking cash out, the X report and closing the shift
are refused for the role, and a manager's PIN carries them out with both recorded;
cancelling the approval changes nothing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log, cash_movements, shift_reports
from pos.services.cashup.reports import get_report
from pos.services.cashup.shifts import current_shift, open_shift
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, get_settings
from pos.services.staff.sign_in import turn_on_sign_in
from pos.services.staff.users import add_user
from tests.ui.cashup.conftest import TILL, dialogs_done, in_dialog, make_screen
from tests.ui.helpers import named
from tests.ui.staff.conftest import type_pin
from ui.cashup.cash_dialog import CashDialog
from ui.cashup.close_dialog import CloseShiftDialog
from ui.cashup.report_dialog import ReportDialog
from ui.ops import wait_for_all
from ui.sales.money_text import MoneyText
from ui.staff.approval import ApprovalDialog

MIA_PIN = "7391"


@dataclass(frozen=True)
class Staff:
    ann: int
    mia: int


@pytest.fixture
def staff(db: Database, shop: ShopSettings, actor: Actor) -> Staff:
    """Sign-in on; Mia (manager, with a PIN) and Ann (cashier); the owner's shift open."""
    turn_on_sign_in(db, "5937", actor=actor)
    mia = add_user(db, "Mia", "manager", actor=actor, pin=MIA_PIN)
    ann = add_user(db, "Ann", "cashier", actor=actor, pin="4826")
    open_shift(db, actor, "100")
    return Staff(ann.id, mia.id)


def approve_as_mia(qtbot: QtBot, seen: list[str]) -> None:
    """When the approval opens: note its question, then Mia types her PIN."""

    def act(dialog: ApprovalDialog) -> None:
        seen.append(named(dialog, QLabel, "What needs approval").text())
        type_pin(qtbot, dialog, "Mia", MIA_PIN, by_mouse=False)

    in_dialog(ApprovalDialog, act)


def test_a_cashiers_cash_out_approved_by_a_manager_records_both(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    screen = make_screen(qtbot, db, Actor(staff.ann, TILL))
    tab = screen.shift
    qtbot.waitUntil(tab.cash_out_button.isEnabled)
    seen: list[str] = []

    def bank_drop(dialog: CashDialog) -> None:
        qtbot.keyClicks(dialog.amount, "30")
        approve_as_mia(qtbot, seen)
        dialog.ok.click()

    in_dialog(CashDialog, bank_drop)
    tab.cash_out_button.click()
    dialogs_done(qtbot)
    assert seen == [
        "Ann may not put cash in or take it out. A manager can approve it: pick your name "
        "and type your PIN."
    ]
    assert tab.message.text() == "€30.00 taken out of the drawer."
    with db.read() as uow:
        moved = uow.connection.execute(
            select(cash_movements.c.user_id, cash_movements.c.approver_id, cash_movements.c.amount)
        ).all()
        logged = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id).where(
                audit_log.c.action == "cash_out"
            )
        ).all()
    assert [tuple(row) for row in moved] == [(staff.ann, staff.mia, 30)]
    assert [tuple(row) for row in logged] == [(staff.ann, staff.mia)]


def test_cancelling_the_approval_of_a_cash_out_changes_nothing(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    screen = make_screen(qtbot, db, Actor(staff.ann, TILL))
    tab = screen.shift
    qtbot.waitUntil(tab.cash_out_button.isEnabled)

    def bank_drop(dialog: CashDialog) -> None:
        qtbot.keyClicks(dialog.amount, "30")
        in_dialog(ApprovalDialog, lambda approval: approval.reject())
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.message.kind == "error")
        assert dialog.message.text().endswith("Not approved: nothing was changed.")
        assert dialog.ok.isEnabled()  # the cashier may ask again, or cancel
        dialog.reject()

    in_dialog(CashDialog, bank_drop)
    tab.cash_out_button.click()
    dialogs_done(qtbot)
    with db.read() as uow:
        assert uow.connection.execute(select(cash_movements.c.id)).all() == []
        actions = uow.connection.scalars(select(audit_log.c.action)).all()
    assert "cash_out" not in actions


def test_a_cashiers_x_report_approved_by_a_manager(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    screen = make_screen(qtbot, db, Actor(staff.ann, TILL))
    tab = screen.shift
    qtbot.waitUntil(tab.x_button.isEnabled)
    seen: list[str] = []
    approve_as_mia(qtbot, seen)
    in_dialog(ReportDialog, lambda report: report.accept())
    tab.x_button.click()
    dialogs_done(qtbot)
    assert seen and seen[0].startswith("Ann may not close a shift.")
    with db.read() as uow:
        made = uow.connection.execute(
            select(shift_reports.c.kind, shift_reports.c.user_id, shift_reports.c.approver_id)
        ).all()
    assert [tuple(row) for row in made] == [("X", staff.ann, staff.mia)]


def test_a_cashiers_close_approved_by_a_manager_records_both_on_the_z(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    settings = get_settings(db)
    seen: list[str] = []
    approve_as_mia(qtbot, seen)  # asked on opening: the count needs the expected cash
    dialog = CloseShiftDialog(db, Actor(staff.ann, TILL), settings, MoneyText(settings))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.expected_label.text() == "€100.00")
    dialogs_done(qtbot)
    assert seen and seen[0].startswith("Ann may not close a shift.")
    assert dialog.actor == Actor(staff.ann, TILL, approver_id=staff.mia)
    dialog.form.amount_choice.click()
    qtbot.keyClicks(dialog.form.amount, "100")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert wait_for_all()
    assert current_shift(db, TILL) is None
    z = get_report(db, "Z000001")
    assert z.made_by == "Ann"
    with db.read() as uow:
        row = uow.connection.execute(
            select(shift_reports.c.user_id, shift_reports.c.approver_id)
        ).one()
        logged = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id).where(
                audit_log.c.action == "z_report"
            )
        ).one()
    assert tuple(row) == tuple(logged) == (staff.ann, staff.mia)


def test_cancelling_the_approval_of_a_close_leaves_the_shift_open(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    settings = get_settings(db)
    in_dialog(ApprovalDialog, lambda approval: approval.reject())
    dialog = CloseShiftDialog(db, Actor(staff.ann, TILL), settings, MoneyText(settings))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.message.kind == "error")
    dialogs_done(qtbot)
    assert dialog.message.text().endswith("Not approved: nothing was changed.")
    assert not dialog.close_button.isEnabled() and dialog.expected_label.text() == "…"
    assert current_shift(db, TILL) is not None
    with db.read() as uow:
        assert uow.connection.execute(select(shift_reports.c.id)).all() == []


def test_opening_a_shift_approved_for_a_role_that_may_not_sell(
    qtbot: QtBot, db: Database, staff: Staff, actor: Actor
) -> None:
    """A role without "sell" (a stock clerk's, say) opens the till only with a manager."""
    from decimal import Decimal

    from pos.services.cashup.drawer import count_as_amount
    from pos.services.cashup.reports import close_shift
    from pos.services.staff.permissions import Permission
    from pos.services.staff.roles import set_role
    from ui.cashup.open_dialog import OpenShiftDialog

    close_shift(db, actor, count_as_amount(get_settings(db), "100"))
    set_role(db, "cashier", {Permission.COUNT}, Decimal(0), actor=actor)
    screen = make_screen(qtbot, db, Actor(staff.ann, TILL))
    tab = screen.shift
    seen: list[str] = []

    def float_of_50(dialog: OpenShiftDialog) -> None:
        qtbot.keyClicks(dialog.form.amount, "50")
        approve_as_mia(qtbot, seen)
        dialog.open_button.click()

    in_dialog(OpenShiftDialog, float_of_50)
    tab.open_button.click()
    dialogs_done(qtbot)
    assert seen and seen[0].startswith("Ann may not sell.")
    shift = current_shift(db, TILL)
    assert shift is not None and shift.opened_by_id == staff.ann
    with db.read() as uow:
        logged = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id).where(
                audit_log.c.action == "shift_opened"
            )
        ).all()
    assert tuple(logged[-1]) == (staff.ann, staff.mia)
