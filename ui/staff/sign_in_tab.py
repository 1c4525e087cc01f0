"""Sign-in on or off, and the minutes after which an idle till locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidField, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import get_settings, update_settings
from pos.services.staff.sign_in import turn_off_sign_in, turn_on_sign_in
from pos.services.staff.users import list_staff
from ui.events import AppEvents
from ui.staff.recovery import RecoveryCodeDialog
from ui.staff.user_dialog import PinPair, pin_field
from ui.widgets.forms import MessageLabel, add_row, limited_width, new_form


class OwnerPinDialog(QDialog):
    """Turning sign-in on: the owner types their PIN (or, with none yet, chooses one
    and types it twice). ``pin`` holds it once accepted."""

    def __init__(self, has_pin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has_pin = has_pin
        self.pin: str | None = None
        self.setWindowTitle(self.tr("Turn sign-in on"))
        form = new_form()
        self.pins = PinPair(self)
        self.single = pin_field(self.tr("Your PIN"))
        self.single.setParent(self)
        if has_pin:
            intro = self.tr("Type your PIN to turn sign-in on.")
            add_row(form, self.tr("Your &PIN:"), self.single)
            form.addRow(self.pins.message)
        else:
            intro = self.tr(
                "Choose your PIN (4 to 8 digits, not easy to guess). From now on you "
                "sign in with it, and so does everyone you give a PIN to."
            )
            self.pins.add_to(form, self.tr("Your new &PIN:"), self.tr("PIN &again:"))
        label = QLabel(intro)
        label.setWordWrap(True)
        ok = QPushButton(self.tr("Turn sign-in on"))
        ok.setAccessibleName(self.tr("Turn sign-in on"))
        ok.setDefault(True)
        ok.clicked.connect(self._accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _accept(self) -> None:
        self.pins.message.clear_message()
        try:
            self.pin = self.single.text() if self.has_pin else self.pins.typed(required=True)
        except InvalidField as error:
            self.pins.forget()
            self.pins.message.show_error(error.message)
            return
        if not self.pin:
            self.pins.message.show_error(self.tr("Type your PIN."))
            return
        self.single.clear()
        self.pins.forget()
        self.accept()


def _left(button: QPushButton) -> QHBoxLayout:
    """A button at its own width, on the left."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class SignInTab(QWidget):
    """Whether the tills ask who is there, and when an idle till locks."""

    def __init__(
        self, db: Database, actor: Actor, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.events = events
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Sign-in state"))
        self.switch = QPushButton()
        self.switch.setMinimumHeight(40)
        self.switch.clicked.connect(self.toggle)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setSuffix(self.tr(" min"))
        save = QPushButton(self.tr("Save auto-lock"))
        save.setAccessibleName(self.tr("Save auto-lock"))
        save.setMinimumHeight(36)
        save.clicked.connect(self.save_minutes)
        self.message = MessageLabel(self.tr("Sign-in message"))
        self.minutes.setMinimumWidth(120)
        form = new_form()
        add_row(
            form, self.tr("Lock an idle till after:"), self.minutes, self.tr("Auto-lock minutes")
        )
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.state)
        column.addLayout(_left(self.switch))
        column.addSpacing(16)
        column.addLayout(form)
        column.addLayout(_left(save))
        column.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(limited_width(content, 720))
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        settings = get_settings(self.db)
        self.minutes.setValue(settings.auto_lock_minutes)
        if settings.sign_in:
            self.state.setText(
                self.tr(
                    "Sign-in is on: the till opens on the sign-in screen, and Lock (Ctrl+L) "
                    "hands it to the next person with one PIN."
                )
            )
            self.switch.setText(self.tr("Turn sign-in off…"))
        else:
            self.state.setText(
                self.tr(
                    "Sign-in is off: the till opens ready to sell, as the owner. Turn it on "
                    "when others work the till, so each sale records who made it."
                )
            )
            self.switch.setText(self.tr("Turn sign-in on…"))
        self.switch.setAccessibleName(self.switch.text().rstrip("…"))

    def toggle(self) -> None:
        self.message.clear_message()
        if get_settings(self.db).sign_in:
            self._turn_off()
        else:
            self._turn_on()
        self.reload()

    def _turn_on(self) -> None:
        me = next((p for p in list_staff(self.db) if p.id == self.actor.user_id), None)
        dialog = OwnerPinDialog(me is not None and me.has_pin, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.pin is None:
            return
        try:
            code = turn_on_sign_in(self.db, dialog.pin, actor=self.actor)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        settings = get_settings(self.db)
        RecoveryCodeDialog(code, settings.shop_name, self).exec()
        self.events.settings_changed.emit(settings)
        self.message.show_success(self.tr("Sign-in is on."))

    def _turn_off(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Turn sign-in off"),
            self.tr(
                "Turn sign-in off? The till will open as the owner, with no PIN, "
                "and anyone at it can do what the owner can."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            turn_off_sign_in(self.db, actor=self.actor)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.events.settings_changed.emit(get_settings(self.db))
        self.message.show_success(self.tr("Sign-in is off."))

    def save_minutes(self) -> None:
        self.message.clear_message()
        try:
            settings = update_settings(
                self.db, actor=self.actor, auto_lock_minutes=self.minutes.value()
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.events.settings_changed.emit(settings)
        self.message.show_success(self.tr("Saved."))
