"""Close the till's shift: count the drawer, see expected against counted, tick the card
and mobile money totals, close (Z).

With the shop's blind count on, the cashier counts first and confirms the count; the
count goes into the audit log at that moment (``record_blind_count``) and only then
does the dialog show what the drawer should hold. The cashier may count again after
that ("Count again", or cancel and close later): the first count stays on record and the
Z prints it beside the final one, marked recounted. Without blind count, the expected
figure shows from the start and over/short follows the count as it is typed.

The card and mobile money totals show from the start (they are not cash) with a box to
tick each against the terminal's or the phone's; closing with one unticked asks first,
and the Z says which were checked. A cashier who may not close is asked for a manager's
PIN once, on opening; the manager is recorded on the Z. "Close the shift" calls
``close_shift``: the Z, numbered and final. Another till that closed the shift first is
said plainly; nothing changes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput
from pos.services.cashup.closing import Closing, record_blind_count, start_closing
from pos.services.cashup.drawer import DrawerCount
from pos.services.cashup.reports import ShiftReportDTO, close_shift
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, ZScope
from ui.cashup.count_form import DrawerCountForm
from ui.cashup.drawer_figures import DrawerFigures
from ui.cashup.refusals import Retry, refused
from ui.cashup.tender_checks import TenderChecks, not_checked_question
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.widgets.forms import MessageLabel, fit_to_screen


class CloseShiftDialog(QDialog):
    """Count, compare, tick, close. ``report`` holds the Z once the shift is closed.

    ``expected`` is None until the dialog may show it (a blind count: once counted).
    ``actor`` becomes the user with a manager's approval once a manager approved.
    """

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
        self.text = text
        self.blind = settings.blind_cash_count
        self.expected: Decimal | None = None
        self.confirmed: DrawerCount | None = None
        #: The first blind count on record, once the drawer is being counted again.
        self.first_count: Decimal | None = None
        self.report: ShiftReportDTO | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Close the shift on {till}").format(till=actor.till))
        self.intro = QLabel(
            self.tr(
                "Count the cash in the drawer. The expected figure shows once the count "
                "is done (blind count)."
            )
            if self.blind
            else self.tr("Count the cash in the drawer, note by note or as one amount.")
        )
        self.scope_note = (
            " "
            + self.tr("This Z closes every till's shift at once: count all the drawers together.")
            if settings.z_scope is ZScope.SHOP
            else ""
        )
        self.intro.setText(self.intro.text() + self.scope_note)
        self.intro.setWordWrap(True)
        self.form = DrawerCountForm(settings, text, by_pieces=True)
        self.form.total_row.hide()  # the drawer's figures below say it, beside the expected
        self.tenders = TenderChecks(text)
        self.drawer = DrawerFigures(text)
        self.expected_label = self.drawer.expected_label
        self.counted_label = self.drawer.counted_label
        self.difference_label = self.drawer.difference_label
        self.message = MessageLabel(self.tr("Close shift message"))
        self.count_done = QPushButton(self.tr("Count done: show the expected cash"))
        self.count_done.setAccessibleName(self.tr("Count done"))
        self.count_again = QPushButton(self.tr("Count again"))
        self.count_again.setAccessibleName(self.tr("Count again"))
        self.close_button = QPushButton(self.tr("Close the shift (Z)"))
        self.close_button.setAccessibleName(self.tr("Close the shift"))
        self.close_button.setStyleSheet("font-weight: bold;")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: keep the shift open"))
        for button in (self.count_done, self.count_again, self.close_button, cancel):
            button.setMinimumHeight(48)
            button.setAutoDefault(False)
        self._lay_out(cancel)
        self.count_done.setVisible(self.blind)
        self.count_again.hide()
        self.count_done.clicked.connect(self.confirm_count)
        self.count_again.clicked.connect(self.recount)
        self.close_button.clicked.connect(self.close_now)
        cancel.clicked.connect(self.reject)
        self.form.changed.connect(self._update)
        self.form.submitted.connect(self._submitted)
        fit_to_screen(self, 900, 620)
        self._start(self.actor)
        self.form.focus_first()

    def _lay_out(self, cancel: QPushButton) -> None:
        below = QHBoxLayout()
        below.addWidget(self.drawer, 1)
        below.addWidget(self.tenders, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.count_again)
        buttons.addWidget(self.count_done)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form, 1)
        layout.addLayout(below)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # --- what may be shown ---------------------------------------------------------------

    def _start(self, actor: Actor) -> None:
        """The card and mobile money totals, and (unless still blind) the expected cash."""
        self.actor = actor
        self.busy = True
        self._update()
        Op(start_closing, self.db, actor).success(self._shown).failure(
            lambda error: self._failed(error, Retry(self.db, actor, self._start))
        ).start()

    def _shown(self, closing: object) -> None:
        assert isinstance(closing, Closing)
        self.busy = False
        self.tenders.show_tenders(closing.tenders)
        if closing.figures is None and not self.blind:  # turned on since the screen read it
            self.blind = True
            self.count_done.show()
        if closing.figures is not None:
            self.expected = closing.expected
            if self.blind and self.confirmed is None:
                # Counted blind before, and the expected figure seen: this is a recount.
                self._recounting(closing.first_count)
        self._update()

    def confirm_count(self) -> None:
        """Blind count: the count is done; keep it on record, then show what the drawer
        should hold, and keep the count as it is from now on."""
        if not self.blind or self.confirmed is not None or self.busy:
            return
        try:
            counted = self.form.count()
        except InvalidInput as error:
            self.message.show_error(str(error))
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Count done?"),
            self.tr(
                "You counted {amount}. Once you go on, this count is kept on record and goes "
                "on the Z. Is it right?"
            ).format(amount=self.text.money(counted.total)),
            buttons.Yes | buttons.No,
            buttons.No,  # a stray Enter must not end a count half done
        )
        if answer != buttons.Yes:
            self.form.focus_first()
            return
        self._record_count(self.actor, counted)

    def _record_count(self, actor: Actor, counted: DrawerCount) -> None:
        self.actor = actor
        self.busy = True
        self.form.set_locked(True)
        self._update()

        def again(approved: Actor) -> None:
            self._record_count(approved, counted)

        Op(record_blind_count, self.db, actor, counted).success(
            lambda closing: self._count_kept(closing, counted)
        ).failure(lambda error: self._failed(error, Retry(self.db, actor, again))).start()

    def _count_kept(self, closing: object, counted: DrawerCount) -> None:
        assert isinstance(closing, Closing)
        self.busy = False
        self.confirmed = counted
        self.expected = closing.expected
        self.first_count = closing.first_count
        self.tenders.show_tenders(closing.tenders)
        self.count_done.hide()
        self.count_again.show()
        self._update()

    def recount(self) -> None:
        """Count once more after a blind count: allowed, and the Z shows both counts."""
        if self.confirmed is None or self.busy:
            return
        self._recounting(self.first_count or self.confirmed.total)
        self._update()
        self.form.focus_first()

    def _recounting(self, first: Decimal | None) -> None:
        self.blind = False
        self.confirmed = None
        self.first_count = first
        self.form.set_locked(False)
        self.count_done.hide()
        self.count_again.hide()
        if first is not None:
            self.intro.setText(
                self.tr(
                    "Counting again. The first count, {amount}, is on record: the Z shows it "
                    "beside this one, marked recounted."
                ).format(amount=self.text.money(first))
                + self.scope_note
            )

    # --- closing ------------------------------------------------------------------------

    def _submitted(self) -> None:
        if self.blind and self.confirmed is None:
            self.confirm_count()
        else:
            self.close_now()

    def _count_to_close(self) -> DrawerCount | None:
        if self.blind:
            return self.confirmed
        return self.form.counted()

    def _update(self) -> None:
        counted = self.confirmed or self.form.counted()
        total = None if counted is None else counted.total
        self.drawer.show_figures(self.expected, total, self.blind)
        ready = not self.busy and self.expected is not None and self._count_to_close() is not None
        self.close_button.setEnabled(ready)
        self.count_done.setEnabled(
            not self.busy and self.confirmed is None and self.form.counted() is not None
        )
        self.count_again.setEnabled(not self.busy)

    def close_now(self) -> None:
        """Close the shift with the count: the Z report (off the UI thread). A card or
        mobile money total not ticked asks first."""
        counted = self._count_to_close()
        if self.busy or counted is None or self.expected is None:
            return
        unchecked = self.tenders.unchecked()
        if unchecked:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Totals not checked"),
                not_checked_question(unchecked),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != buttons.Yes:
                return
        self._close_as(self.actor, counted, self.tenders.checked())

    def _close_as(self, actor: Actor, counted: DrawerCount, checked: set[str]) -> None:
        self.actor = actor
        self.busy = True
        self._update()
        self.message.show_info(self.tr("Closing the shift…"))

        def again(approved: Actor) -> None:
            self._close_as(approved, counted, checked)

        (
            Op(close_shift, self.db, actor, counted, checked=checked)
            .success(self._closed)
            .failure(lambda error: self._failed(error, Retry(self.db, actor, again)))
            .start()
        )

    def _closed(self, report: object) -> None:
        assert isinstance(report, ShiftReportDTO)
        self.busy = False
        self.report = report
        self.accept()

    def _failed(self, error: BaseException, retry: Retry) -> None:
        self.busy = False
        if self.blind and self.confirmed is None:
            self.form.set_locked(False)  # the count was not kept: it may still change
        self._update()
        self.message.clear_message()
        refused(self, error, self.message.show_error, retry)
