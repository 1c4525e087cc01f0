"""Close the till's shift: count the drawer, see expected against counted, close (Z).

With the shop's blind count on, the cashier counts first and confirms the count; only
then does the dialog show what the drawer should hold, and the count can no longer be
changed. Without it, the expected figure shows from the start and over/short follows
the count as it is typed. "Close the shift" calls ``close_shift``: the Z report, numbered
and final. Another till that closed the shift first is said plainly; nothing changes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput
from pos.services.cashup.drawer import DrawerCount
from pos.services.cashup.figures import ShiftFigures
from pos.services.cashup.reports import ShiftReportDTO, close_shift, figures_so_far
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, ZScope
from ui.cashup.count_form import DrawerCountForm
from ui.cashup.over_short import over_short_words
from ui.cashup.refusals import refused
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.widgets.forms import MessageLabel, fit_to_screen


class CloseShiftDialog(QDialog):
    """Count, compare, close. ``report`` holds the Z once the shift is closed.

    ``expected`` is None until the dialog may show it (a blind count: once counted).
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
        self.report: ShiftReportDTO | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Close the shift on {till}").format(till=actor.till))
        intro = QLabel(
            self.tr(
                "Count the cash in the drawer. The expected figure shows once the count "
                "is done (blind count)."
            )
            if self.blind
            else self.tr("Count the cash in the drawer, note by note or as one amount.")
        )
        if settings.z_scope is ZScope.SHOP:
            intro.setText(
                intro.text()
                + " "
                + self.tr(
                    "This Z closes every till's shift at once: count all the drawers together."
                )
            )
        intro.setWordWrap(True)
        self.form = DrawerCountForm(settings, text, by_pieces=True)
        self.form.total_row.hide()  # the drawer's figures below say it, beside the expected
        self.expected_label = self._figure(self.tr("Expected in the drawer"))
        self.counted_label = self._figure(self.tr("Counted"))
        self.difference_label = self._figure(self.tr("Over or short"))
        font = self.difference_label.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.difference_label.setFont(font)
        self.message = MessageLabel(self.tr("Close shift message"))
        self.count_done = QPushButton(self.tr("Count done: show the expected cash"))
        self.count_done.setAccessibleName(self.tr("Count done"))
        self.close_button = QPushButton(self.tr("Close the shift (Z)"))
        self.close_button.setAccessibleName(self.tr("Close the shift"))
        self.close_button.setStyleSheet("font-weight: bold;")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: keep the shift open"))
        for button in (self.count_done, self.close_button, cancel):
            button.setMinimumHeight(48)
            button.setAutoDefault(False)
        self._lay_out(intro, cancel)
        self.count_done.setVisible(self.blind)
        self.count_done.clicked.connect(self.confirm_count)
        self.close_button.clicked.connect(self.close_now)
        cancel.clicked.connect(self.reject)
        self.form.changed.connect(self._update)
        self.form.submitted.connect(self.confirm_count if self.blind else self.close_now)
        fit_to_screen(self, 900, 620)
        if not self.blind:
            self._fetch_expected()
        self._update()
        self.form.focus_first()

    def _figure(self, name: str) -> QLabel:
        label = QLabel("—")
        label.setAccessibleName(name)
        return label

    def _lay_out(self, intro: QLabel, cancel: QPushButton) -> None:
        figures = QFormLayout()
        figures.addRow(self.tr("Expected in the drawer:"), self.expected_label)
        figures.addRow(self.tr("Counted:"), self.counted_label)
        figures.addRow(self.tr("Over or short:"), self.difference_label)
        box = QGroupBox(self.tr("The drawer"))
        box.setLayout(figures)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.count_done)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # --- the expected figure ------------------------------------------------------------

    def _fetch_expected(self) -> None:
        self.busy = True
        self._update()
        Op(figures_so_far, self.db, self.actor).success(self._expected).failure(
            self._failed
        ).start()

    def _expected(self, figures: object) -> None:
        assert isinstance(figures, ShiftFigures)
        self.busy = False
        self.expected = figures.expected_cash
        self._update()

    def confirm_count(self) -> None:
        """Blind count: the count is done; show what the drawer should hold, and keep the
        count as it is from now on."""
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
                "You counted {amount}. Once you go on, the count cannot be changed. Is it right?"
            ).format(amount=self.text.money(counted.total)),
            buttons.Yes | buttons.No,
            buttons.No,  # a stray Enter must not end a count half done
        )
        if answer != buttons.Yes:
            self.form.focus_first()
            return
        self.confirmed = counted
        self.form.set_locked(True)
        self._fetch_expected()

    # --- closing ------------------------------------------------------------------------

    def _count_to_close(self) -> DrawerCount | None:
        if self.blind:
            return self.confirmed
        return self.form.counted()

    def _update(self) -> None:
        counted = self.confirmed or self.form.counted()
        self.counted_label.setText(self.text.money(counted.total) if counted else "—")
        if self.expected is None:
            self.expected_label.setText(
                self.tr("shown once the count is done") if self.blind else "…"
            )
            self.difference_label.setText("—")
            self.difference_label.setStyleSheet("")
        else:
            self.expected_label.setText(self.text.money(self.expected))
            if counted is None:
                self.difference_label.setText("—")
                self.difference_label.setStyleSheet("")
            else:
                words, colour = over_short_words(counted.total - self.expected, self.text)
                self.difference_label.setText(words)
                self.difference_label.setStyleSheet(f"color: {colour};")
        ready = not self.busy and self.expected is not None and self._count_to_close() is not None
        self.close_button.setEnabled(ready)
        self.count_done.setEnabled(
            not self.busy and self.confirmed is None and self.form.counted() is not None
        )

    def close_now(self) -> None:
        """Close the shift with the count: the Z report (off the UI thread)."""
        counted = self._count_to_close()
        if self.busy or counted is None or self.expected is None:
            return
        self.busy = True
        self._update()
        self.message.show_info(self.tr("Closing the shift…"))
        (
            Op(close_shift, self.db, self.actor, counted)
            .success(self._closed)
            .failure(self._failed)
            .start()
        )

    def _closed(self, report: object) -> None:
        assert isinstance(report, ShiftReportDTO)
        self.busy = False
        self.report = report
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._update()
        refused(self, error, self.message.show_error)
