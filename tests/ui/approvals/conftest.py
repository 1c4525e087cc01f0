"""A shop with staff (the owner Alex, a manager Mia, a cashier Ann) for the approval tests,
and the steps of answering the dialogs that come one after another."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, permissions_of
from pos.services.staff.roles import list_roles, set_role
from tests.ui.helpers import named
from tests.ui.staff.conftest import MIA_PIN, Team, team, type_pin
from ui.staff.approval import ApprovalDialog

__all__ = ["MIA_PIN", "Team", "team"]


@pytest.fixture
def ann(team: Team) -> Actor:
    """The cashier Ann at Till 3."""
    return Actor(team.ann, "Till 3")


def when_modal(kind: type[QWidget], act: Callable[[QWidget], object], tries: int = 500) -> None:
    """Run ``act`` on the next modal dialog of ``kind`` once it shows (dialogs that come one
    after another each wait for their own)."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) and left:
            QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        assert isinstance(dialog, kind), f"no {kind.__name__} opened"
        act(dialog)

    QTimer.singleShot(0, lambda: attempt(tries))


def approve_as(qtbot: QtBot, name: str, pin: str, seen: list[str]) -> None:
    """When the approval dialog opens: note its question, then approve as ``name``."""

    def act(dialog: QWidget) -> None:
        seen.append(named(dialog, QLabel, "What needs approval").text())
        type_pin(qtbot, dialog, name, pin, by_mouse=False)

    when_modal(ApprovalDialog, act)


def refuse_approval(seen: list[str]) -> None:
    """When the approval dialog opens: note its question, then cancel it."""

    def act(dialog: QWidget) -> None:
        seen.append(named(dialog, QLabel, "What needs approval").text())
        dialog.reject()

    when_modal(ApprovalDialog, act)


def answer_yes() -> None:
    """Press Yes in the next question box."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, act)


def approvals(db: Database, action: str) -> list[tuple[int | None, int | None]]:
    """(user, approver) of each audit entry of ``action``, oldest first."""
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id)
            .where(audit_log.c.action == action)
            .order_by(audit_log.c.id)
        ).all()
    return [(row[0], row[1]) for row in rows]


def take_from_cashiers(db: Database, team: Team, permission: Permission) -> None:
    """The owner takes ``permission`` from the cashiers' role (what a shop may choose)."""
    take_from(db, team, "cashier", team.ann, permission)


def take_from(db: Database, team: Team, role: str, member: int, permission: Permission) -> None:
    """The owner takes ``permission`` from ``role`` (``member`` holds that role)."""
    limit = next(r.discount_limit for r in list_roles(db) if r.name == role)
    kept = permissions_of(db, member) - {permission}
    set_role(db, role, kept, limit, actor=Actor(team.owner.id, "Till 1"))
