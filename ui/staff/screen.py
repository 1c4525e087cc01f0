"""The Staff screen: the shop's people (add, change, deactivate, unlock, PIN), what each
role may do, and sign-in with auto-lock. Shown to whoever may manage staff, and to whoever
may unlock staff (a manager, at first), who sees the people and Unlock only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, permissions_of
from pos.services.staff.sign_in import unlock
from pos.services.staff.users import StaffMember, list_staff, update_user
from ui.events import AppEvents
from ui.staff.roles_tab import RolesTab
from ui.staff.sign_in_tab import SignInTab
from ui.staff.staff_model import StaffModel
from ui.staff.user_dialog import PinDialog, UserDialog
from ui.widgets.forms import MessageLabel


class StaffScreen(QWidget):
    """Three tabs: People, Roles, Sign-in. Every change goes through the services, which
    refuse it unless the user may manage staff (hiding the screen is only a courtesy)."""

    def __init__(
        self, db: Database, actor: Actor, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.events = events
        self.model = StaffModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Staff"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_person())
        self.message = MessageLabel(self.tr("Staff message"))
        self.buttons: dict[str, QPushButton] = {}
        #: What the user may do here, read again on each refresh (a role may change).
        self.may_manage = False
        self.may_unlock = False
        self.roles = RolesTab(db, actor)
        self.sign_in = SignInTab(db, actor, events)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Staff tabs"))
        self.tabs.addTab(self._people_page(), self.tr("&People"))
        self.tabs.addTab(self.roles, self.tr("&Roles"))
        self.tabs.addTab(self.sign_in, self.tr("&Sign-in"))
        self.roles_tab = self.tabs.indexOf(self.roles)
        self.sign_in_tab = self.tabs.indexOf(self.sign_in)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.refresh()

    def _people_page(self) -> QWidget:
        row = QHBoxLayout()
        for key, label, slot in (
            ("add", self.tr("Add person…"), self.add_person),
            ("edit", self.tr("Change…"), self.edit_person),
            ("pin", self.tr("Set PIN…"), self.set_pin),
            ("active", self.tr("Deactivate"), self.toggle_active),
            ("unlock", self.tr("Unlock"), self.unlock),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label.rstrip("…"))
            button.setMinimumHeight(40)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        # The selection, not the current row: the current row moves before the selection
        # does, so the buttons would follow the person chosen before.
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        return page

    def refresh(self) -> None:
        """Read the people (and the roles and sign-in state, and what the user may do
        here) again."""
        allowed = permissions_of(self.db, self.actor.user_id) if self.actor.user_id else set()
        self.may_manage = Permission.MANAGE_USERS in allowed
        self.may_unlock = Permission.UNLOCK_STAFF in allowed
        for key in ("add", "edit", "pin", "active"):
            self.buttons[key].setVisible(self.may_manage)
        self.buttons["unlock"].setVisible(self.may_unlock)
        self.tabs.setTabVisible(self.roles_tab, self.may_manage)
        self.tabs.setTabVisible(self.sign_in_tab, self.may_manage)
        chosen = self.selected()
        self.model.set_people(list_staff(self.db))
        self.roles.reload()
        self.sign_in.reload()
        if chosen is not None:
            self.select(chosen.id)
        self._selection_changed()

    def select(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected(self) -> StaffMember | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        person = self.selected()
        for key in ("edit", "pin", "active", "unlock"):
            self.buttons[key].setEnabled(person is not None)
        if person is not None:
            label = self.tr("Deactivate") if person.active else self.tr("Reactivate")
            self.buttons["active"].setText(label)
            self.buttons["active"].setAccessibleName(label)
            self.buttons["unlock"].setEnabled(self.may_unlock and self.model.is_locked(person))

    def _chosen(self) -> StaffMember | None:
        person = self.selected()
        if person is None:
            self.message.show_error(self.tr("Choose a person in the list first."))
        return person

    # --- actions ----------------------------------------------------------------------------

    def add_person(self) -> None:
        self.message.clear_message()
        dialog = UserDialog(self.db, self.actor, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.select(dialog.saved.id)
            self.message.show_success(self.tr("{name} was added.").format(name=dialog.saved.name))

    def edit_person(self) -> None:
        self.message.clear_message()
        if not self.may_manage:  # a double-click by whoever may only unlock
            return
        person = self._chosen()
        if person is None:
            return
        dialog = UserDialog(self.db, self.actor, person, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.message.show_success(self.tr("{name} was saved.").format(name=dialog.saved.name))

    def set_pin(self) -> None:
        self.message.clear_message()
        person = self._chosen()
        if person is None:
            return
        if PinDialog(self.db, self.actor, person, self).exec():
            self.refresh()
            self.message.show_success(self.tr("{name} has a new PIN.").format(name=person.name))

    def toggle_active(self) -> None:
        self.message.clear_message()
        person = self._chosen()
        if person is None:
            return
        if person.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate"),
                self.tr(
                    "Deactivate {name}? They can no longer sign in; their sales stay "
                    "recorded under their name."
                ).format(name=person.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            update_user(self.db, person.id, actor=self.actor, active=not person.active)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.refresh()

    def unlock(self) -> None:
        self.message.clear_message()
        person = self._chosen()
        if person is None:
            return
        try:
            unlock(self.db, person.id, actor=self.actor)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.refresh()
        self.message.show_success(self.tr("{name} can sign in again.").format(name=person.name))
