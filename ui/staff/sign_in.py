"""The sign-in screen: pick your name, type your PIN. Shown at start when sign-in is on, and
whenever the till is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from pos.domain.errors import LockedOut, NotAllowed, ShopError, WrongPin
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import get_settings
from pos.services.shop import UserDTO
from pos.services.staff.permissions import Permission
from pos.services.staff.sign_in import sign_in, unlock
from pos.services.staff.users import list_staff
from ui.ops import Op
from ui.staff.approval import ask_approval
from ui.staff.keypad import PinKeypad
from ui.staff.messages import pin_refusal
from ui.staff.names import NamePicker
from ui.widgets.forms import MessageLabel


class SignInScreen(QWidget):
    """Names as big buttons on the left, the keypad on the right. The PIN is checked off
    the UI thread: a deliberate ~100 ms per try.

    Signals:
        signed_in(object): the UserDTO of whoever signed in.
    """

    signed_in = Signal(object)

    def __init__(self, db: Database, till: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.till = till
        self._checking = False
        self.title = QLabel(self.tr("Who is at the till?"))
        font = self.title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Sign in"))
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setAccessibleName(self.tr("Cart waiting"))
        self.locked_note.hide()
        self.names = NamePicker(self.tr("Staff names"), columns=2)
        self.prompt = QLabel(self.tr("Touch your name, then type your PIN."))
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What to do"))
        font = self.prompt.font()
        font.setPointSize(font.pointSize() + 3)
        self.prompt.setFont(font)
        self.keypad = PinKeypad()
        self.keypad.set_ok_text(self.tr("Sign in"), self.tr("Sign in with this PIN"))
        self.message = MessageLabel(self.tr("Sign-in message"))
        self.forgot = QPushButton(self.tr("Forgot the PIN?"))
        self.forgot.setAccessibleName(self.tr("Forgot the PIN?"))
        self.forgot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.forgot.setFlat(True)
        self.forgot.setToolTip(self.tr("The owner's recovery code sets a new PIN."))
        self.forgot.clicked.connect(self.recover)
        #: Shown while the chosen name is locked out: a manager standing by lifts the lock.
        self.unlock_button = QPushButton(self.tr("Ask a manager to unlock"))
        self.unlock_button.setAccessibleName(self.tr("Ask a manager to unlock"))
        self.unlock_button.setToolTip(
            self.tr("A manager (or the owner) types their own PIN, and this name may try again.")
        )
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button.setMinimumHeight(48)
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.unlock_button.hide()
        self.names.chosen.connect(self._name_chosen)
        self.keypad.submitted.connect(self.check)
        self.keypad.changed.connect(self._typing)
        self._lay_out()
        self.setFocusProxy(self.keypad)

    def _lay_out(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.names)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.locked_note)
        left.addWidget(scroll, 1)
        left.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.prompt)
        right.addWidget(self.message)
        right.addWidget(self.unlock_button)
        right.addWidget(self.keypad, 1)
        holder = QWidget()
        holder.setLayout(right)
        holder.setMaximumWidth(420)
        body = QHBoxLayout(self)
        body.setContentsMargins(24, 16, 24, 16)
        body.setSpacing(32)
        body.addLayout(left, 3)
        body.addWidget(holder, 2)

    def show_people(self, waiting_for: str = "") -> None:
        """Read the active staff again and start afresh. ``waiting_for`` names the
        cashier whose open cart waits behind the lock (said on screen)."""
        self.keypad.clear()
        self.message.clear_message()
        self.unlock_button.hide()
        self.names.show_people(
            list_staff(self.db, include_inactive=False),
            self.tr("Nobody is set up to sign in. Start ShopTill with sign-in off."),
        )
        if waiting_for:
            self.locked_note.setText(
                self.tr(
                    "Locked. {name}'s cart is kept: {name} carries on with it; "
                    "anyone else starts a new cart and it is parked under {name}'s name."
                ).format(name=waiting_for)
            )
        self.locked_note.setVisible(bool(waiting_for))
        self.prompt.setText(self.tr("Touch your name, then type your PIN."))
        if len(self.names.people) == 1:
            self.names.choose(next(iter(self.names.people)))
        self.keypad.setFocus()

    def recover(self) -> None:
        """The owner forgot the PIN: the recovery code and a new PIN; the next code is
        shown once, as when sign-in was turned on."""
        from ui.staff.recovery import RecoverDialog, RecoveryCodeDialog

        dialog = RecoverDialog(self.db, self)
        if dialog.exec() and dialog.new_code is not None:
            RecoveryCodeDialog(dialog.new_code, get_settings(self.db).shop_name, self).exec()
            self.show_people()
            self.message.show_success(self.tr("The owner's PIN is changed: sign in with it."))

    def _name_chosen(self, user_id: int) -> None:
        self.message.clear_message()
        person = self.names.people.get(user_id)
        locked = person is not None and person.locked_until is not None
        self.unlock_button.setVisible(locked)
        if locked:
            self.prompt.setText(
                self.tr("{name} is locked out by wrong PINs. A manager can unlock it now.").format(
                    name=self.names.name_of(user_id)
                )
            )
        else:
            self.prompt.setText(
                self.tr("{name}, type your PIN.").format(name=self.names.name_of(user_id))
            )
        self.keypad.setFocus()

    def ask_unlock(self) -> None:
        """A manager standing by lifts the chosen name's lock in one step: they pick their
        name and type their own PIN in the approval dialog, and the lock is gone. The log
        records the locked person's request and the manager who approved it."""
        user_id = self.names.chosen_id
        if user_id is None:
            return
        name = self.names.name_of(user_id)
        me = Actor(user_id, self.till)
        refusal = NotAllowed(Permission.UNLOCK_STAFF.value, "")
        question = self.tr(
            "{name} is locked out by wrong PINs. A manager can unlock {name} now: pick your "
            "name and type your PIN."
        ).format(name=name)
        approved = ask_approval(self, self.db, me, refusal, question)
        if approved is None:
            self.message.show_info(self.tr("Still locked: nothing was changed."))
            return
        try:
            unlock(self.db, user_id, actor=approved)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self._people_again(chosen=user_id)
        self.keypad.clear()
        self.keypad.hold(0)  # no wait left from the wrong PINs
        self.message.show_success(self.tr("{name} is unlocked: type your PIN.").format(name=name))

    def _people_again(self, chosen: int) -> None:
        """Read the names again (who is locked has changed), keeping ``chosen`` chosen."""
        self.names.show_people(list_staff(self.db, include_inactive=False))
        self.names.choose(chosen)

    def _typing(self) -> None:
        if self.message.kind == "error":
            self.message.clear_message()

    def check(self) -> None:
        """Check the PIN of the chosen name off the UI thread."""
        user_id = self.names.chosen_id
        if user_id is None:
            self.keypad.clear()
            self.message.show_error(self.tr("Touch your name first."))
            return
        if self._checking:
            return
        self._checking = True
        self.keypad.setEnabled(False)
        self.message.show_info(self.tr("Checking…"))
        pin = self.keypad.take_pin()
        Op(sign_in, self.db, user_id, pin, self.till).success(self._signed_in).failure(
            self._refused
        ).start()

    def _signed_in(self, user: UserDTO) -> None:
        self._checking = False
        self.keypad.setEnabled(True)
        self.message.clear_message()
        self.unlock_button.hide()
        self.signed_in.emit(user)

    def _refused(self, error: BaseException) -> None:
        self._checking = False
        self.keypad.setEnabled(True)
        self.keypad.setFocus()
        if isinstance(error, WrongPin):
            self.keypad.hold(error.wait_seconds)
        if isinstance(error, LockedOut) and self.names.chosen_id is not None:
            # The names again: this one is locked now (the Unlock button comes with it,
            # and stays when they touch another name and come back).
            self._people_again(chosen=self.names.chosen_id)
        if isinstance(error, ShopError):
            self.message.show_error(pin_refusal(error))
        else:
            self.message.show_error(self.tr("The PIN could not be checked. Try again."))
