"""Cash put into the drawer or taken out of it, outside a sale, with the reason.

The service refuses what the shop could not account for (more out than the drawer
should hold, a bad amount, "other" without a note); its message shows at the field it
is about, and nothing is written.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput, NotAllowed, NotFound
from pos.services.cashup.shifts import (
    NOTE_MAX,
    CashDirection,
    CashMovementDTO,
    CashReason,
    move_cash,
)
from pos.services.database import Database
from pos.services.dto import Actor
from ui.cashup.refusals import Retry, refused
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.widgets.forms import TOUCH_HEIGHT, MessageLabel, add_row, fit_to_screen, new_form

_BAD = "QLineEdit { border: 2px solid #b00020; }"


class CashDialog(QDialog):
    """In or out, how much, why. ``moved`` holds the movement once accepted."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        text: MoneyText,
        direction: CashDirection = CashDirection.IN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.text = text
        self.moved: CashMovementDTO | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Cash in or out"))
        self.cash_in = QRadioButton(self.tr("Cash in"))
        self.cash_out = QRadioButton(self.tr("Cash out"))
        group = QButtonGroup(self)
        for button, name in (
            (self.cash_in, self.tr("Cash into the drawer")),
            (self.cash_out, self.tr("Cash out of the drawer")),
        ):
            button.setAccessibleName(name)
            button.setMinimumHeight(TOUCH_HEIGHT)
            group.addButton(button)
        (self.cash_in if direction is CashDirection.IN else self.cash_out).setChecked(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(text.money(Decimal(0)))
        self.amount_message = MessageLabel(self.tr("Amount message"))
        self.reason = QComboBox()
        for reason, label in (
            (CashReason.CHANGE, self.tr("Change bought")),
            (CashReason.SUPPLIER, self.tr("Supplier paid")),
            (CashReason.BANK, self.tr("Bank drop (takings to the bank or safe)")),
            (CashReason.OTHER, self.tr("Other (say what in the note)")),
        ):
            self.reason.addItem(label, reason.value)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note_message = MessageLabel(self.tr("Note message"))
        self.message = MessageLabel(self.tr("Cash message"))
        self.ok = QPushButton(self.tr("Record"))
        self.ok.setAccessibleName(self.tr("Record the cash"))
        self.ok.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        for push in (self.ok, cancel):
            push.setMinimumHeight(48)
        self._lay_out(cancel)
        self.cash_in.toggled.connect(self._direction_changed)
        self.amount.textChanged.connect(lambda _t: self._clear(self.amount, self.amount_message))
        self.note.textChanged.connect(lambda _t: self._clear(self.note, self.note_message))
        self.amount.returnPressed.connect(self.record)
        self.note.returnPressed.connect(self.record)
        self.ok.clicked.connect(self.record)
        cancel.clicked.connect(self.reject)
        self._direction_changed()
        fit_to_screen(self, 560, 420)
        self.amount.setFocus()

    def _lay_out(self, cancel: QPushButton) -> None:
        directions = QHBoxLayout()
        directions.addWidget(self.cash_in)
        directions.addWidget(self.cash_out)
        directions.addStretch(1)
        form = new_form()
        add_row(form, self.tr("&Amount:"), self.amount, self.tr("Amount"))
        form.addRow("", self.amount_message)
        add_row(form, self.tr("&Reason:"), self.reason, self.tr("Reason"))
        add_row(form, self.tr("&Note:"), self.note, self.tr("Note"))
        form.addRow("", self.note_message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addLayout(directions)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    @property
    def direction(self) -> CashDirection:
        return CashDirection.IN if self.cash_in.isChecked() else CashDirection.OUT

    def _direction_changed(self) -> None:
        """The likely reason for the way the cash goes (change comes in, the bank's goes
        out); the cashier can pick another."""
        likely = CashReason.CHANGE if self.direction is CashDirection.IN else CashReason.BANK
        self.reason.setCurrentIndex(self.reason.findData(likely.value))
        self.setWindowTitle(
            self.tr("Cash into the drawer")
            if self.direction is CashDirection.IN
            else self.tr("Cash out of the drawer")
        )

    def _clear(self, field: QLineEdit, message: MessageLabel) -> None:
        field.setStyleSheet("")
        message.clear_message()
        self.message.clear_message()

    def _refuse_at(self, field: QLineEdit, message: MessageLabel, text: str) -> None:
        field.setStyleSheet(_BAD)
        message.show_error(text)
        field.setFocus()

    def record(self) -> None:
        """Check what can be checked here, then record the movement (off the UI thread)."""
        if self.busy:
            return
        reason = CashReason(self.reason.currentData())
        try:
            amount = self.text.parse_money(self.amount.text(), "amount")
        except InvalidInput as error:
            self._refuse_at(self.amount, self.amount_message, str(error))
            return
        if reason is CashReason.OTHER and not self.note.text().strip():
            self._refuse_at(
                self.note,
                self.note_message,
                self.tr("Say why the cash was moved: a few words in the note."),
            )
            return
        self._record_as(self.actor, self.direction, amount, reason, self.note.text())

    def _record_as(
        self, actor: Actor, direction: CashDirection, amount: Decimal, reason: CashReason, note: str
    ) -> None:
        """Record the movement as ``actor`` (the user, or with a manager's approval)."""
        self.busy = True
        self.ok.setEnabled(False)

        def again(approved: Actor) -> None:
            self._record_as(approved, direction, amount, reason, note)

        (
            Op(move_cash, self.db, actor, direction, amount, reason, note)
            .success(self._recorded)
            .failure(lambda error: self._failed(error, Retry(self.db, actor, again)))
            .start()
        )

    def _recorded(self, moved: object) -> None:
        assert isinstance(moved, CashMovementDTO)
        self.busy = False
        self.moved = moved
        self.accept()

    def _failed(self, error: BaseException, retry: Retry) -> None:
        """The amount's refusals at the amount; no shift, no right (a manager may approve)
        and the like below."""
        self.busy = False
        self.ok.setEnabled(True)
        if isinstance(error, InvalidInput) and not isinstance(error, NotFound | NotAllowed):
            refused(
                self, error, lambda text: self._refuse_at(self.amount, self.amount_message, text)
            )
        else:
            refused(self, error, self.message.show_error, retry)
