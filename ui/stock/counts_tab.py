"""The Stock screen's Counts tab: counts in progress and posted, counting, review, post.

Everything a count holds is in the database, so the tab survives a restart: it shows the
open counts again and the counter picks up where they left off (or where another till got
to: two tills count into the same count).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.counts_start import CountDTO, cancel_count, get_count
from receipts.count_sheet_pdf import save_count_sheet
from receipts.count_variance_pdf import export_count_file
from ui.events import AppEvents
from ui.ops import Op
from ui.staff.approval import with_approval
from ui.stock.counts_counting import CountingView
from ui.stock.counts_models import CountsModel
from ui.stock.counts_review_view import ReviewView
from ui.stock.counts_start_dialog import StartCountDialog

#: Asks where to save: (title, suggested file name, filter) -> a path, or None.
AskPath = Callable[[str, str, str], Path | None]


class CountsTab(QWidget):
    """Counts in progress and posted; starting, counting, reviewing and posting them."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.settings, self.events = db, actor, settings, events
        #: Where a file is saved; tests replace it.
        self.ask_path: AskPath = self._ask_path
        self.open_model = CountsModel(db, "open", self._when)
        self.posted_model = CountsModel(db, "posted", self._when)
        self.open_counts = self._table(self.open_model, self.tr("Counts in progress"))
        self.posted_counts = self._table(self.posted_model, self.tr("Posted counts"))
        self.start_button = QPushButton(self.tr("Start count…"))
        self.continue_button = QPushButton(self.tr("Continue counting"))
        self.cancel_button = QPushButton(self.tr("Cancel count…"))
        self.sheet_button = QPushButton(self.tr("Count sheet…"))
        self.review_button = QPushButton(self.tr("Review / report"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.counting = CountingView(db, actor, settings)
        self.review = ReviewView(db, actor, settings)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self.counting)
        self.pages.addWidget(self.review)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.start_button.clicked.connect(self.start_count)
        self.continue_button.clicked.connect(self._continue_selected)
        self.cancel_button.clicked.connect(self._cancel_selected)
        self.sheet_button.clicked.connect(lambda: self.save_sheet(self._selected_open()))
        self.review_button.clicked.connect(self._review_selected)
        self.open_counts.doubleClicked.connect(lambda _i: self._continue_selected())
        self.posted_counts.doubleClicked.connect(lambda _i: self._review_selected())
        self.counting.back_requested.connect(self.show_list)
        self.counting.review_requested.connect(self.show_review)
        self.counting.sheet_requested.connect(self.save_sheet)
        self.review.back_requested.connect(self._back_from_review)
        self.review.posted.connect(lambda _result: self.events.stock_changed.emit())
        self.review.report_requested.connect(self.save_report)

    def _list_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        for button in (
            self.start_button,
            self.continue_button,
            self.cancel_button,
            self.sheet_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("In progress")))
        layout.addWidget(self.open_counts, 1)
        layout.addWidget(QLabel(self.tr("Posted")))
        layout.addWidget(self.posted_counts, 2)
        layout.addWidget(self.message)
        return page

    def _table(self, model: CountsModel, name: str) -> QTableView:
        view = QTableView()
        view.setAccessibleName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def refresh(self) -> None:
        """The tab is shown: read the counts again (another till may have changed them)."""
        self.open_model.reload()
        self.posted_model.reload()

    # --- the list -------------------------------------------------------------------------
    def start_count(self) -> None:
        dialog = StartCountDialog(self.db, self.actor, self.settings, self)
        if dialog.exec() and dialog.count is not None:
            self.show_counting(dialog.count, dialog.approved)

    def show_list(self) -> None:
        self.refresh()
        self.pages.setCurrentIndex(0)

    def show_counting(self, count: CountDTO, approved: Actor | None = None) -> None:
        """Count ``count``; ``approved``: the user with the manager who approved starting
        it, whose approval covers counting it."""
        self.counting.show_count(count, approved)
        self.pages.setCurrentWidget(self.counting)
        self.counting.scan.field.setFocus()

    def show_review(self, count_id: int) -> None:
        try:
            count = get_count(self.db, count_id)
        except ShopError as error:
            self._say(str(error))
            return
        self.review.show_count(count)
        self.pages.setCurrentWidget(self.review)

    def _back_from_review(self, count_id: int) -> None:
        count = get_count(self.db, count_id)
        if count.is_open:
            self.show_counting(count)
        else:
            self.show_list()

    def _selected(self, view: QTableView, model: CountsModel) -> CountDTO | None:
        rows = view.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def _selected_open(self) -> int | None:
        count = self._selected(self.open_counts, self.open_model)
        return count.id if count is not None else None

    def _continue_selected(self) -> None:
        count = self._selected(self.open_counts, self.open_model)
        if count is None:
            self._say(self.tr("Choose a count in progress first."))
            return
        self.show_counting(get_count(self.db, count.id))

    def _review_selected(self) -> None:
        count = self._selected(self.posted_counts, self.posted_model) or self._selected(
            self.open_counts, self.open_model
        )
        if count is None:
            self._say(self.tr("Choose a count first."))
            return
        self.show_review(count.id)

    def _cancel_selected(self) -> None:
        count = self._selected(self.open_counts, self.open_model)
        if count is None:
            self._say(self.tr("Choose a count in progress first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel count"),
            self.tr("Cancel '{name}'? Nothing it counted will change the stock.").format(
                name=count.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with_approval(
                self, self.db, self.actor, lambda actor: cancel_count(self.db, actor, count.id)
            )
        except ShopError as error:
            self._say(str(error))
            return
        self.refresh()

    # --- files ----------------------------------------------------------------------------
    def save_sheet(self, count_id: int | None) -> None:
        """Save a count sheet: of a count's scope, or of every active product."""
        blind = False
        title = self.tr("Count sheet")
        if count_id is not None:
            count = get_count(self.db, count_id)
            blind, title = count.blind, self.tr("Count sheet: {name}").format(name=count.name)
        path = self.ask_path(self.tr("Save count sheet"), "count-sheet.pdf", "PDF (*.pdf)")
        if path is None:
            return
        self._say(self.tr("Saving the count sheet…"))
        Op(
            save_count_sheet,
            self.db,
            path,
            self.settings,
            count_id=count_id,
            title=title,
            blind=blind,
        ).success(
            lambda result: self._say(
                self.tr("Count sheet of {n} products saved to {path}").format(
                    n=f"{result[1]:,}", path=result[0]
                )
            )
        ).failure(lambda error: self._say(str(error))).start()

    def save_report(self, count_id: int) -> None:
        """Save a count's variance report as PDF or CSV."""
        count = get_count(self.db, count_id)
        name = (count.number or f"count-{count.id}") + ".pdf"
        path = self.ask_path(
            self.tr("Save variance report"), name, self.tr("PDF (*.pdf);;CSV (*.csv)")
        )
        if path is None:
            return
        self.review.message.setText(self.tr("Saving the variance report…"))
        Op(export_count_file, self.db, count_id, path, self.settings, self.actor).success(
            lambda lines: self.review.message.setText(
                self.tr("Variance report ({n} lines) saved to {path}").format(
                    n=f"{lines:,}", path=path
                )
            )
        ).failure(lambda error: self.review.message.setText(str(error))).start()

    def _ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filters)
        return Path(chosen) if chosen else None

    def _say(self, message: str) -> None:
        self.message.setText(message)
        if self.pages.currentWidget() is self.counting:
            self.counting.message.setText(message)

    def _when(self, moment: datetime) -> str:
        """A time stored in UTC, on the till's clock."""
        return moment.astimezone().strftime("%d %b %Y %H:%M")
