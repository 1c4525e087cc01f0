"""Manager approval on the spot: an action refused for the user's role asks for a manager's
PIN and is tried once more with the approver recorded beside the user.

Screens wrap a refusable service call in ``with_approval``; the call takes an ``Actor``
and is first run as the user alone. Cancelling the dialog raises ``Cancelled``, which the
screens' usual error handling shows: nothing was changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos.domain.errors import Cancelled, NotAllowed, ShopError, WrongPin
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.sign_in import approve
from pos.services.staff.users import StaffMember, list_roles, list_staff
from ui.ops import Op
from ui.staff.keypad import PinKeypad
from ui.staff.messages import pin_refusal
from ui.staff.names import NamePicker
from ui.staff.permission_words import permission_words
from ui.widgets.forms import MessageLabel, fit_to_screen

T = TypeVar("T")


def with_approval(parent: QWidget, db: Database, actor: Actor, action: Callable[[Actor], T]) -> T:
    """Run ``action(actor)``; if the user's role may not, ask for a manager's approval and
    run it once more with the approver. Cancelling raises ``Cancelled``; any other refusal
    (the retry's too) is raised as it is."""
    try:
        return action(actor)
    except NotAllowed as refusal:
        approved = ask_approval(parent, db, actor, refusal)
        if approved is None:
            raise Cancelled(_NOT_APPROVED()) from None
        return action(approved)


def ask_approval(
    parent: QWidget, db: Database, actor: Actor, refusal: NotAllowed, question: str = ""
) -> Actor | None:
    """Ask for a manager's approval of what ``refusal`` refused: ``actor`` with the
    approver, or None when nobody approved (for calls made off the UI thread, whose
    refusal arrives in a callback). ``question`` replaces the usual "Ann may not ..."."""
    dialog = ApprovalDialog(db, actor, refusal, parent, question=question)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.approver_id is None:
        return None
    return replace(actor, approver_id=dialog.approver_id)


def _NOT_APPROVED() -> str:
    return QCoreApplication.translate("staff", "Not approved: nothing was changed.")


def approvers(db: Database, actor: Actor, permission: Permission) -> list[StaffMember]:
    """Who could approve ``permission`` for ``actor``: active people other than the user,
    with a PIN, whose role may do it (the owner always may)."""
    allowed = {role.name for role in list_roles(db) if permission in role.permissions} | {
        Role.OWNER.value
    }
    return [
        person
        for person in list_staff(db, include_inactive=False)
        if person.id != actor.user_id and person.has_pin and str(person.role) in allowed
    ]


class ApprovalDialog(QDialog):
    """ "Ann may not give a refund. A manager can approve it": the manager picks their
    name and types their PIN. The PIN check runs off the UI thread (it takes ~100 ms by
    design). ``approver_id`` holds who approved, once accepted."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        refusal: NotAllowed,
        parent: QWidget | None = None,
        *,
        question: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.permission = Permission(refusal.permission)
        self.approver_id: int | None = None
        self._checking = False
        self.setWindowTitle(self.tr("Manager approval"))
        self.setModal(True)
        people = list_staff(db)
        user = next((p.name for p in people if p.id == actor.user_id), "")
        self.question = QLabel(
            question
            or self.tr(
                "{user} may not {what}. A manager can approve it: pick your name and type your PIN."
            ).format(user=user or self.tr("This user"), what=permission_words(self.permission))
        )
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("What needs approval"))
        font = self.question.font()
        font.setPointSize(font.pointSize() + 3)
        self.question.setFont(font)
        self.names = NamePicker(self.tr("Managers"), columns=1)
        self.names.show_people(
            approvers(db, actor, self.permission),
            self.tr("Nobody here may approve this. The owner can change it on the Staff screen."),
        )
        self.keypad = PinKeypad()
        self.keypad.set_ok_text(self.tr("Approve"), self.tr("Approve with this PIN"))
        self.message = MessageLabel(self.tr("Approval message"))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: do not approve"))
        cancel.setMinimumHeight(48)
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        self.names.chosen.connect(self._name_chosen)
        self.keypad.submitted.connect(self.check)
        self.keypad.cancelled.connect(self.reject)
        self.keypad.changed.connect(self.message.clear_message)
        self._lay_out(cancel)
        fit_to_screen(self, 760, 560)
        if len(self.names.people) == 1:
            self.names.choose(next(iter(self.names.people)))
        self.keypad.setFocus()

    def _lay_out(self, cancel: QPushButton) -> None:
        left = QVBoxLayout()
        left.addWidget(self.names)
        left.addStretch(1)
        left.addWidget(cancel)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.keypad, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def _name_chosen(self, _user_id: int) -> None:
        self.message.clear_message()
        self.keypad.setFocus()

    def check(self) -> None:
        """Check the chosen manager's PIN in the background; accept when it is right."""
        approver = self.names.chosen_id
        if approver is None:
            self.message.show_error(self.tr("Pick the name of the manager who approves."))
            return
        if self._checking:
            return
        self._checking = True
        self.keypad.setEnabled(False)
        pin = self.keypad.take_pin()
        Op(approve, self.db, approver, pin, self.permission, self.actor.till).success(
            self._approved
        ).failure(self._refused).start()

    def _approved(self, approver_id: int) -> None:
        self._checking = False
        self.approver_id = approver_id
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._checking = False
        self.keypad.setEnabled(True)
        self.keypad.setFocus()
        if isinstance(error, WrongPin):
            self.keypad.hold(error.wait_seconds)
        if isinstance(error, ShopError):
            self.message.show_error(pin_refusal(error))
        else:
            self.message.show_error(self.tr("The PIN could not be checked. Try again."))

    def reject(self) -> None:
        if not self._checking:  # a PIN being checked finishes first
            super().reject()
