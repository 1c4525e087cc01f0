"""The till's shift at a glance, and what can be done with it: open it with a float, put
cash in or take it out, look at the figures so far (X), close it with a count (Z).

The first sale of a till with no open shift opens one with an empty drawer (the sale
never waits); "Open shift" here is how the float is counted in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos.services.cashup.reports import ShiftReportDTO, x_report
from pos.services.cashup.shift_opening import ShiftOpening, shift_opening
from pos.services.cashup.shifts import CashDirection, ShiftDTO
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from receipts.text import format_datetime_local
from ui.cashup.refusals import Retry, refused
from ui.cashup.report_dialog import ReportDialog
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.widgets.forms import MessageLabel

BUTTON_HEIGHT = 64


class ShiftTab(QWidget):
    """The shift's state and its five actions.

    Signals:
        report_made(object): an X or Z report (ShiftReportDTO) was made and stored.
    """

    report_made = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings
        self.events = events
        self.text = MoneyText(settings)
        self.shift: ShiftDTO | None = None
        #: The manager who approved opening the shift, by name (empty for none).
        self.approved_by = ""
        #: False until the first reading of the shift has come back.
        self.known = False
        self.state = QLabel(self.tr("Reading the shift…"))
        self.state.setAccessibleName(self.tr("Shift state"))
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        font = self.state.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.state.setFont(font)
        self.detail = QLabel()
        self.detail.setAccessibleName(self.tr("Shift details"))
        self.detail.setWordWrap(True)
        self.message = MessageLabel(self.tr("Shift message"))
        tr = self.tr
        self.open_button = self._button(tr("Open shift…"), tr("Open shift"), self.open_shift)
        self.cash_in_button = self._button(
            tr("Cash in…"), tr("Cash in"), lambda: self.move_cash(CashDirection.IN)
        )
        self.cash_out_button = self._button(
            tr("Cash out…"), tr("Cash out"), lambda: self.move_cash(CashDirection.OUT)
        )
        self.x_button = self._button(tr("X report (figures so far)"), tr("X report"), self.x_report)
        self.close_button = self._button(
            tr("Close shift (Z)…"), tr("Close shift"), self.close_shift
        )
        grid = QGridLayout()
        for index, button in enumerate(
            (
                self.open_button,
                self.cash_in_button,
                self.cash_out_button,
                self.x_button,
                self.close_button,
            )
        ):
            grid.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.state)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._show_shift(None)
        self.state.setText(self.tr("Reading the shift…"))

    def _button(self, label: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(name)
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.clicked.connect(slot)
        return button

    # --- state --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the till's shift again (off the UI thread): a sale elsewhere on this till
        may have opened it, another window closed it."""
        Op(shift_opening, self.db, self.actor.till).success(self._shown).failure(
            lambda error: refused(self, error, self.message.show_error)
        ).start()

    def apply_settings(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.text = MoneyText(settings)
        self._show_shift(self.shift, self.approved_by)

    def _shown(self, opening: object) -> None:
        assert opening is None or isinstance(opening, ShiftOpening)
        self.known = True
        if opening is None:
            self._show_shift(None)
        else:
            self._show_shift(opening.shift, opening.approved_by)

    def _show_shift(self, shift: ShiftDTO | None, approved_by: str = "") -> None:
        self.shift, self.approved_by = shift, approved_by
        till = self.actor.till
        if shift is None:
            self.state.setText(self.tr("No open shift on {till}").format(till=till))
            self.detail.setText(
                self.tr(
                    "Open the shift with the float in the drawer before the first sale. A "
                    "sale made first opens the shift itself, with an empty drawer."
                )
            )
        else:
            since = shift.opened_at.astimezone()
            self.state.setText(
                self.tr("{till}: shift open since {time}").format(
                    till=till, time=since.strftime("%H:%M")
                )
            )
            opened = self.tr("Opened {date} by {who}, with a float of {amount}.").format(
                date=format_datetime_local(shift.opened_at, self.settings.locale),
                who=shift.opened_by or self.tr("a sale (no one counted a float)"),
                amount=self.text.money(shift.opening_float),
            )
            if approved_by:
                opened += " " + self.tr("Approved by {manager}.").format(manager=approved_by)
            self.detail.setText(opened)
        is_open = shift is not None
        self.open_button.setEnabled(not is_open)
        for button in (self.cash_in_button, self.cash_out_button, self.x_button, self.close_button):
            button.setEnabled(is_open)

    # --- actions ------------------------------------------------------------------------

    def open_shift(self) -> None:
        from ui.cashup.open_dialog import OpenShiftDialog

        dialog = OpenShiftDialog(self.db, self.actor, self.settings, self.text, self)
        if dialog.exec() == OpenShiftDialog.DialogCode.Accepted and dialog.shift is not None:
            self._show_shift(dialog.shift)
            self.message.show_success(
                self.tr("The shift is open with {amount} in the drawer.").format(
                    amount=self.text.money(dialog.shift.opening_float)
                )
            )
        self.refresh()

    def move_cash(self, direction: CashDirection) -> None:
        from ui.cashup.cash_dialog import CashDialog

        dialog = CashDialog(self.db, self.actor, self.text, direction, self)
        if dialog.exec() == CashDialog.DialogCode.Accepted and dialog.moved is not None:
            moved = dialog.moved
            done = (
                self.tr("{amount} put into the drawer.")
                if moved.direction is CashDirection.IN
                else self.tr("{amount} taken out of the drawer.")
            )
            self.message.show_success(done.format(amount=self.text.money(moved.amount)))
        self.refresh()

    def x_report(self) -> None:
        """The figures so far, numbered and stored (changes nothing in the shift)."""
        self._x_report_as(self.actor)

    def _x_report_as(self, actor: Actor) -> None:
        """The X as ``actor``: the user, or the user with a manager's approval."""
        self.x_button.setEnabled(False)
        Op(x_report, self.db, actor).success(self._report).failure(
            lambda error: self._x_failed(error, actor)
        ).start()

    def _x_failed(self, error: BaseException, actor: Actor) -> None:
        self.x_button.setEnabled(self.shift is not None)
        refused(self, error, self.message.show_error, Retry(self.db, actor, self._x_report_as))
        self.refresh()

    def close_shift(self) -> None:
        from ui.cashup.close_dialog import CloseShiftDialog

        dialog = CloseShiftDialog(self.db, self.actor, self.settings, self.text, self)
        accepted = dialog.exec() == CloseShiftDialog.DialogCode.Accepted
        if accepted and dialog.report is not None:
            self._show_shift(None)
            self.message.show_success(
                self.tr("The shift is closed: {number}.").format(number=dialog.report.number)
            )
            self._report(dialog.report)
        self.refresh()

    def _report(self, report: object) -> None:
        assert isinstance(report, ShiftReportDTO)
        self.x_button.setEnabled(self.shift is not None)
        self.report_made.emit(report)
        self.show_report(report)

    def show_report(self, report: ShiftReportDTO) -> None:
        ReportDialog(self.db, report, self.settings, self.events, self).exec()
