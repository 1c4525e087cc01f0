"""The owner's recovery code: shown once when sign-in is turned on (or a code is used), with
Print; and "Forgot the PIN?", where the code and a new PIN let the owner in again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidField, ShopError
from pos.services.database import Database
from pos.services.staff.sign_in import recover
from receipts.pdf import save_pdf
from receipts.recovery_pdf import recovery_pdf
from ui.staff.user_dialog import PinPair
from ui.widgets.forms import MessageLabel, add_row, new_form


class RecoveryCodeDialog(QDialog):
    """Show ``code`` once, large, until the owner says it is written down (or printed).

    Closing by Esc is refused: a code not kept is a shop that cannot be opened again
    when the owner forgets the PIN."""

    def __init__(self, code: str, shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.shop_name = shop_name
        self.setWindowTitle(self.tr("Your recovery code"))
        intro = QLabel(
            self.tr(
                "If you ever forget your PIN, this code lets you choose a new one. "
                "It is shown only now: write it down or print it, and keep it away from the till."
            )
        )
        intro.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.code_label.font()
        font.setPointSize(font.pointSize() + 14)
        font.setBold(True)
        font.setFamily("monospace")
        self.code_label.setFont(font)
        self.message = MessageLabel(self.tr("Printing message"))
        self.print_button = QPushButton(self.tr("Print (save as PDF)…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        done = QPushButton(self.tr("I have written it down"))
        done.setAccessibleName(self.tr("I have written it down"))
        done.setDefault(True)
        done.clicked.connect(self.accept)
        for button in (self.print_button, done):
            button.setMinimumHeight(48)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 260)

    def print_code(self, path: str | None = None) -> None:
        """Save the code on an A4 page (to print at once): ``path`` or asked for."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery code"),
                self.tr("shoptill-recovery.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
        if not path:
            return
        lines = (
            self.tr("If the owner forgets the PIN: on the sign-in screen choose"),
            self.tr("'Forgot the PIN?', type this code and a new PIN."),
            self.tr("Or on the shop's computer run: shoptill reset-pin OWNER"),
            self.tr("Using the code gives a new code: this one then stops working."),
        )
        try:
            data = recovery_pdf(
                self.code, self.shop_name, title=self.tr("ShopTill recovery code"), lines=lines
            )
            saved = save_pdf(data, Path(path))
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.message.show_success(self.tr("Saved as {path}. Print it now.").format(path=saved))

    def reject(self) -> None:
        """Esc does not close it: the owner must say the code is kept."""


class RecoverDialog(QDialog):
    """The owner forgot the PIN: the recovery code and a new PIN (twice). On success the
    owner can sign in with the new PIN, and ``new_code`` (the next recovery code) is shown."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.new_code: str | None = None
        self.setWindowTitle(self.tr("Forgot the PIN?"))
        intro = QLabel(
            self.tr(
                "Type the recovery code shown when sign-in was turned on, and a new PIN "
                "for the owner. No code? On the shop's computer run: shoptill reset-pin NAME"
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code_message = MessageLabel(self.tr("Code message"))
        self.pins = PinPair(self)
        ok = QPushButton(self.tr("Set the new PIN"))
        ok.setAccessibleName(self.tr("Set the new PIN"))
        ok.setDefault(True)
        ok.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        form = new_form()
        add_row(form, self.tr("Recovery &code:"), self.code)
        form.addRow(self.code_message)
        self.pins.add_to(form, self.tr("New &PIN:"), self.tr("PIN &again:"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def save(self) -> None:
        self.code_message.clear_message()
        self.pins.message.clear_message()
        try:
            pin = self.pins.typed(required=True)
            assert pin is not None
            self.new_code = recover(self.db, self.code.text().strip(), pin)
        except InvalidField as error:  # the new PIN's refusal at the PIN, the code's at it
            at_pin = error.field == "pin"
            (self.pins.message if at_pin else self.code_message).show_error(error.message)
            (self.pins.pin if at_pin else self.code).setFocus()
            return
        except ShopError as error:
            self.code_message.show_error(str(error))
            return
        finally:
            self.pins.forget()
        self.code.clear()
        self.accept()
