"""Add a person, or change one: name, role, PIN (typed twice), active. And a PIN alone."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidField, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.staff.pins import check_new_pin
from pos.services.staff.users import StaffMember, add_user, set_pin, update_user
from ui.staff.staff_model import role_label
from ui.widgets.forms import MessageLabel, add_row, new_form

#: The roles a person can be given here (in this order).
ROLES = ("cashier", "manager", "owner")


def pin_field(accessible_name: str) -> QLineEdit:
    """A field for a PIN: digits only, at most 8, shown as dots."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,8}$"), field))
    field.setAccessibleName(accessible_name)
    return field


class PinPair(QWidget):
    """A new PIN typed twice, each under its own message line."""

    def __init__(self, form_owner: QDialog) -> None:
        super().__init__(form_owner)
        self.pin = pin_field(self.tr("PIN"))
        self.again = pin_field(self.tr("PIN again"))
        self.message = MessageLabel(self.tr("PIN message"))

    def add_to(self, form: object, first: str, second: str) -> None:
        from PySide6.QtWidgets import QFormLayout

        assert isinstance(form, QFormLayout)
        add_row(form, first, self.pin, self.pin.accessibleName())
        add_row(form, second, self.again, self.again.accessibleName())
        form.addRow(self.message)

    def typed(self, required: bool) -> str | None:
        """The PIN, if the two agree; None when left empty and not required.

        Raises:
            InvalidField: the two differ, or none was typed and one is needed.
        """
        pin, again = self.pin.text(), self.again.text()
        if not pin and not again and not required:
            return None
        if not pin:
            raise InvalidField("pin", self.tr("Type a PIN of 4 to 8 digits."))
        if pin != again:
            raise InvalidField("pin", self.tr("The two PINs are not the same. Type them again."))
        return pin

    def forget(self) -> None:
        self.pin.clear()
        self.again.clear()


class UserDialog(QDialog):
    """A new person (``person`` None) or a change to one. ``saved`` holds the result."""

    def __init__(
        self, db: Database, actor: Actor, person: StaffMember | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.person = person
        self.saved: StaffMember | None = None
        self.setWindowTitle(
            self.tr("New person")
            if person is None
            else self.tr("Change {name}").format(name=person.name)
        )
        self.name = QLineEdit(person.name if person else "")
        self.name.setMaxLength(60)
        self.name_message = MessageLabel(self.tr("Name message"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(
            max(0, self.role.findData(str(person.role) if person else "cashier"))
        )
        self.role_message = MessageLabel(self.tr("Role message"))
        self.active = QCheckBox(self.tr("Active: may sign in and work"))
        self.active.setAccessibleName(self.tr("Active"))
        self.active.setChecked(person.active if person else True)
        self.active_message = MessageLabel(self.tr("Active message"))
        self.pins = PinPair(self)
        self.message = MessageLabel(self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = new_form()
        add_row(form, self.tr("&Name:"), self.name)
        form.addRow(self.name_message)
        add_row(form, self.tr("&Role:"), self.role)
        form.addRow(self.role_message)
        form.addRow(self.active)
        form.addRow(self.active_message)
        first = self.tr("&PIN:") if person is None else self.tr("New &PIN (empty: keep it):")
        self.pins.add_to(form, first, self.tr("PIN &again:"))
        form.addRow(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _clear_messages(self) -> None:
        labels = (self.name_message, self.role_message, self.active_message, self.pins.message)
        for label in (*labels, self.message):
            label.clear_message()

    def save(self) -> None:
        """Save, or show why not at the field it is about (nothing is saved then)."""
        self._clear_messages()
        role = str(self.role.currentData())
        name = self.name.text().strip()
        try:
            pin = self.pins.typed(required=False)
            if pin is not None:
                check_new_pin(pin)  # format and easy guesses, said at the field
            if self.person is None:
                self.saved = add_user(self.db, name, role, actor=self.actor, pin=pin)
            else:
                self.saved = update_user(  # all of it at once, or nothing
                    self.db,
                    self.person.id,
                    actor=self.actor,
                    name=name,
                    role=role,
                    active=self.active.isChecked(),
                    pin=pin,
                )
        except InvalidField as error:  # the form's checks and the services' alike
            self._show_at_field(error.field, error.message)
            return
        except ShopError as error:  # not about one field: "Only an owner can ..."
            self.message.show_error(str(error))
            return
        self.pins.forget()
        self.accept()

    def _show_at_field(self, field: str, message: str) -> None:
        """The message under the field it is about (the form's foot for any other)."""
        at = {
            "name": (self.name_message, self.name),
            "role": (self.role_message, self.role),
            "active": (self.active_message, self.active),
            "pin": (self.pins.message, self.pins.pin),
        }
        label, widget = at.get(field, (self.message, self.name))
        label.show_error(message)
        widget.setFocus()


class PinDialog(QDialog):
    """Set or reset one person's PIN: typed twice."""

    def __init__(
        self, db: Database, actor: Actor, person: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.person = person
        self.setWindowTitle(self.tr("PIN for {name}").format(name=person.name))
        self.pins = PinPair(self)
        self.message = MessageLabel(self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = new_form()
        self.pins.add_to(form, self.tr("New &PIN:"), self.tr("PIN &again:"))
        form.addRow(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.pins.message.clear_message()
        self.message.clear_message()
        try:
            pin = self.pins.typed(required=True)
            assert pin is not None
            set_pin(self.db, self.person.id, check_new_pin(pin), actor=self.actor)
        except InvalidField as error:
            self.pins.message.show_error(error.message)
            self.pins.pin.setFocus()
            return
        except ShopError as error:
            self.pins.message.show_error(str(error))
            return
        finally:
            self.pins.forget()
        self.accept()
