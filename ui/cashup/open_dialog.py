"""Open the till's shift with the float in the drawer: typed, or counted note by note."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos.domain.errors import InvalidInput
from pos.services.cashup.shifts import ShiftDTO, open_shift
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from ui.cashup.count_form import DrawerCountForm
from ui.cashup.refusals import Retry, refused
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.widgets.forms import MessageLabel, fit_to_screen

BUTTON_HEIGHT = 48


class OpenShiftDialog(QDialog):
    """The float, then "Open shift". ``shift`` holds the opened shift once accepted."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        text: MoneyText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.shift: ShiftDTO | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Open the shift on {till}").format(till=actor.till))
        intro = QLabel(
            self.tr(
                "Count the float: the cash in the drawer before the first sale. Type the "
                "amount, or count it note by note."
            )
        )
        intro.setWordWrap(True)
        self.form = DrawerCountForm(
            settings, text, by_pieces=False, total_caption=self.tr("Float:")
        )
        self.message = MessageLabel(self.tr("Open shift message"))
        self.open_button = QPushButton(self.tr("Open shift"))
        self.open_button.setAccessibleName(self.tr("Open shift"))
        self.open_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        for button in (self.open_button, cancel):
            button.setMinimumHeight(BUTTON_HEIGHT)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_shift)
        cancel.clicked.connect(self.reject)
        self.form.submitted.connect(self.open_shift)
        self.form.changed.connect(self._changed)
        fit_to_screen(self, 720, 560)
        self._changed()
        self.form.focus_first()

    def _changed(self) -> None:
        self.message.clear_message()
        self.open_button.setEnabled(not self.busy and self.form.counted() is not None)

    def open_shift(self) -> None:
        """Open the shift with the float counted (off the UI thread)."""
        if self.busy:
            return
        try:
            counted = self.form.count()
        except InvalidInput as error:
            self.message.show_error(str(error))
            return
        self._open_as(self.actor, counted.total)

    def _open_as(self, actor: Actor, amount: Decimal) -> None:
        """Open the shift as ``actor`` (the user, or the user with a manager's approval)."""
        self.busy = True
        self.open_button.setEnabled(False)
        (
            Op(open_shift, self.db, actor, amount)
            .success(self._opened)
            .failure(lambda error: self._failed(error, actor, amount))
            .start()
        )

    def _opened(self, shift: object) -> None:
        assert isinstance(shift, ShiftDTO)
        self.busy = False
        self.shift = shift
        self.accept()

    def _failed(self, error: BaseException, actor: Actor, amount: Decimal) -> None:
        self.busy = False
        self._changed()
        again = Retry(self.db, actor, lambda approved: self._open_as(approved, amount))
        refused(self, error, self.message.show_error, again)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
