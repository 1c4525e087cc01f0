"""The review of a count: expected, counted, variance in units and at cost, biggest losses
first; what in its scope nobody counted, kept or counted as zero; recount; post.
Whoever may not see costs sees the variances in units only: no cost, no value, no sums."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import Cancelled, NotAllowed, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.counts_post import PostedCount, Uncounted, post_count
from pos.services.stock.counts_review import (
    CountPeople,
    ReviewTotals,
    count_people,
    review_totals,
)
from pos.services.stock.counts_scan import recount_line
from pos.services.stock.counts_start import CountDTO, get_count
from ui.costs import sees_costs
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.staff.approval import ask_approval, with_approval
from ui.stock.counts_models import ReviewColumns, ReviewModel, UncountedModel, signed_money


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


class ReviewView(QWidget):
    """One count's review; read-only once the count is posted.

    Signals:
        back_requested(int): back to counting this count (or to the list when posted).
        posted(object): the count was posted; carries the PostedCount.
        report_requested(int): the user asks for the variance report of this count.
    """

    back_requested = Signal(int)
    posted = Signal(object)
    report_requested = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, settings: ShopSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.show_costs = sees_costs(db, actor)
        self.text = MoneyText(settings)
        self.count: CountDTO | None = None
        self.totals: ReviewTotals | None = None
        #: Asks the user to confirm posting; tests replace it.
        self.confirm: Callable[[str], bool] = self._ask
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self.tr("Adding up…"))
        self.summary.setAccessibleName(self.tr("Totals of the count"))
        self.summary.setWordWrap(True)
        #: Who posted the count and the manager who approved (empty while it is open
        #: and no one had to approve starting it).
        self.people = QLabel()
        self.people.setAccessibleName(self.tr("Who posted and approved the count"))
        self.people.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = ReviewModel(db, self.text, actor=actor)
        self.uncounted_model = UncountedModel(db, self.text)
        self.lines = _table(self.model, self.tr("Counted lines, biggest losses first"))
        for column in (ReviewColumns.COST, ReviewColumns.VALUE):
            self.lines.setColumnHidden(column, not self.show_costs)
        self.uncounted = _table(self.uncounted_model, self.tr("Products not counted"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lines, self.tr("Counted"))
        self.tabs.addTab(self.uncounted, self.tr("Not counted"))
        self.keep = QRadioButton(self.tr("Leave their stock as it is"))
        self.zero = QRadioButton(self.tr("Count them as zero"))
        self.keep.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.keep)
        choice.addButton(self.zero)
        self.choice_label = QLabel(self.tr("Products not counted:"))
        self.back_button = QPushButton(self.tr("Back"))
        self.recount_button = QPushButton(self.tr("Recount line"))
        self.report_button = QPushButton(self.tr("Variance report…"))
        self.post_button = QPushButton(self.tr("Post count…"))
        self._lay_out()
        self.back_button.clicked.connect(self._back)
        self.recount_button.clicked.connect(self.recount)
        self.report_button.clicked.connect(self._report)
        self.post_button.clicked.connect(self.post)
        self.model.failed.connect(self._show_error)
        self.uncounted_model.failed.connect(self._show_error)

    def _lay_out(self) -> None:
        uncounted = QHBoxLayout()
        uncounted.addWidget(self.choice_label)
        uncounted.addWidget(self.keep)
        uncounted.addWidget(self.zero)
        uncounted.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recount_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.people)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(uncounted)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def show_count(self, count: CountDTO) -> None:
        """Review ``count``: its lines, what was not counted, its totals (in the background)."""
        self.count = count
        number = f" {count.number}" if count.number else ""
        self.title.setText(self.tr("Review{number}: {name}").format(number=number, name=count.name))
        editable = count.is_open
        for widget in (self.recount_button, self.post_button, self.keep, self.zero):
            widget.setVisible(editable)
        self.choice_label.setVisible(editable)
        self.back_button.setText(self.tr("Back to counting") if editable else self.tr("Back"))
        self.message.setText("")
        self.summary.setText(self.tr("Adding up…"))
        self.people.setText("")
        self.people.hide()
        self.model.show_count(count.id)
        self.uncounted_model.show_count(count.id)
        Op(review_totals, self.db, count.id, self.actor).success(self._show_totals).failure(
            lambda error: self._show_error(str(error))
        ).start()
        Op(count_people, self.db, count.id).success(self._show_people).failure(
            lambda error: self._show_error(str(error))
        ).start()

    def _show_people(self, people: CountPeople) -> None:
        """Who posted the count and who approved, in a line under its totals."""
        parts = []
        if people.posted_by:
            parts.append(self.tr("Posted by {name}").format(name=people.posted_by))
        if people.approved_by:
            parts.append(self.tr("Approved by {name}").format(name=people.approved_by))
        self.people.setText(" · ".join(parts))
        self.people.setVisible(bool(parts))

    def _show_totals(self, totals: ReviewTotals) -> None:
        self.totals = totals
        loss, gain, net = totals.loss, totals.gain, totals.net
        if not self.show_costs or loss is None or gain is None or net is None:
            self.summary.setText(
                self.tr(
                    "{lines} lines, {varied} with a variance · {uncounted} products in scope "
                    "not counted"
                ).format(
                    lines=f"{totals.lines:,}",
                    varied=f"{totals.lines_with_variance:,}",
                    uncounted=f"{totals.uncounted:,}",
                )
            )
            self.tabs.setTabText(1, self.tr("Not counted ({n})").format(n=f"{totals.uncounted:,}"))
            return
        self.summary.setText(
            self.tr(
                "{lines} lines, {varied} with a variance · losses {loss} · gains {gain} · "
                "net {net} at cost · {uncounted} products in scope not counted"
            ).format(
                lines=f"{totals.lines:,}",
                varied=f"{totals.lines_with_variance:,}",
                loss=signed_money(self.text, loss),
                gain=signed_money(self.text, gain),
                net=signed_money(self.text, net),
                uncounted=f"{totals.uncounted:,}",
            )
        )
        self.tabs.setTabText(1, self.tr("Not counted ({n})").format(n=f"{totals.uncounted:,}"))

    def recount(self) -> None:
        """Start the selected line over from zero and go back to counting it."""
        rows = self.lines.selectionModel().selectedRows()
        if self.count is None or not rows:
            self._show_error(self.tr("Choose the line to count again."))
            return
        product_id, count_id = self.model.row(rows[0].row()).product_id, self.count.id
        try:
            with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: recount_line(self.db, actor, count_id, product_id),
            )
        except ShopError as error:
            self._show_error(str(error))
            return
        self.back_requested.emit(self.count.id)

    def post(self) -> None:
        """Ask, then post the count in the background."""
        if self.count is None:
            return
        uncounted = Uncounted.ZERO if self.zero.isChecked() else Uncounted.KEEP
        question = self.tr(
            "Post '{name}'? Each variance becomes a stock movement and the count can no "
            "longer change."
        ).format(name=self.count.name)
        if uncounted is Uncounted.ZERO and self.totals is not None and self.totals.uncounted:
            question += " " + self.tr("The {n} products nobody counted are set to zero.").format(
                n=f"{self.totals.uncounted:,}"
            )
        if not self.confirm(question):
            return
        self.post_button.setEnabled(False)
        self.message.setText(self.tr("Posting…"))
        self._post(self.actor, uncounted)

    def _post(self, actor: Actor, uncounted: Uncounted) -> None:
        assert self.count is not None
        Op(post_count, self.db, actor, self.count.id, uncounted).success(self._posted).failure(
            lambda error: self._post_failed(error, uncounted)
        ).start()

    def _posted(self, result: PostedCount) -> None:
        self.post_button.setEnabled(True)
        self.show_count(get_count(self.db, result.count_id))
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Posted as {number}: {moves} stock movements.").format(
                number=result.number, moves=f"{result.movements:,}"
            )
        )
        self.posted.emit(result)

    def _post_failed(self, error: BaseException, uncounted: Uncounted) -> None:
        if isinstance(error, NotAllowed) and self.count is not None:
            # The user's role may not post a count: a manager may approve this one.
            approved = ask_approval(self, self.db, self.actor, error)
            if approved is not None:
                self._post(approved, uncounted)
                return
            error = Cancelled(self.tr("Not approved: nothing was changed."))
        self.post_button.setEnabled(True)
        self._show_error(str(error))

    def _show_error(self, message: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(message)

    def _back(self) -> None:
        if self.count is not None:
            self.back_requested.emit(self.count.id)

    def _report(self) -> None:
        if self.count is not None:
            self.report_requested.emit(self.count.id)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Post count"), question)
        return answer == QMessageBox.StandardButton.Yes
