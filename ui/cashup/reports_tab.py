"""Past X and Z reports: the list, newest first; view one, reprint it (marked COPY) or
save it as a PDF. A report is read back as stored, never worked out again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.services.cashup.reports import ShiftReportDTO, get_report
from pos.services.database import Database
from pos.services.settings import ShopSettings
from ui.cashup.refusals import refused
from ui.cashup.report_dialog import ReportDialog
from ui.cashup.report_output import ReportOutput
from ui.cashup.reports_model import PastReportsModel
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.widgets.forms import MessageLabel


class PastReportsTab(QWidget):
    """The list of past reports and what can be done with one."""

    def __init__(
        self,
        db: Database,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.events = events
        self.model = PastReportsModel(db, MoneyText(settings), self)
        self.output = ReportOutput(db, events, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Past reports"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(36)  # rows a finger can pick
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        self.message = MessageLabel(self.tr("Past reports message"))
        self.view_button = self._button(self.tr("View"), self.tr("View the report"), self.open)
        self.reprint_button = self._button(
            self.tr("Reprint (copy)"), self.tr("Reprint the report"), self.reprint
        )
        self.pdf_button = self._button(
            self.tr("Save PDF…"), self.tr("Save the report as a PDF"), self.ask_pdf
        )
        buttons = QHBoxLayout()
        for button in (self.view_button, self.reprint_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        # Double-click or Enter (a desktop set to open on one click: a click) opens it.
        self.view.activated.connect(lambda _index: self.open())
        self.view.selectionModel().currentRowChanged.connect(self._picked)
        self.output.printed.connect(
            lambda report: self.message.show_success(
                self.tr("{number} was reprinted (marked COPY).").format(number=report.number)
            )
        )
        self.output.saved.connect(
            lambda path: self.message.show_success(self.tr("Saved to {path}").format(path=path))
        )
        self.output.failed.connect(self.message.show_error)
        self._picked(QModelIndex(), QModelIndex())

    def _button(self, label: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(name)
        button.setMinimumHeight(48)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        """Read the list again from the newest (a report may have been made since)."""
        self.model.reload()
        if self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.rowCount():
            self.view.selectRow(0)
        self._picked(self.view.currentIndex(), QModelIndex())

    def apply_settings(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.model.text = MoneyText(settings)
        self.refresh()

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = self.model.report(current.row()) is not None
        for button in (self.view_button, self.reprint_button, self.pdf_button):
            button.setEnabled(chosen)

    def chosen_number(self) -> str | None:
        row = self.model.report(self.view.currentIndex().row())
        return row.number if row else None

    def _with_report(self, then: Callable[[ShiftReportDTO], object]) -> None:
        """Read the chosen report back (a copy) off the UI thread, then ``then`` it."""
        number = self.chosen_number()
        if number is None:
            return
        self.message.clear_message()
        Op(get_report, self.db, number).success(then).failure(
            lambda error: refused(self, error, self.message.show_error)
        ).start()

    def open(self) -> None:
        self._with_report(self._show)

    def _show(self, report: ShiftReportDTO) -> None:
        ReportDialog(self.db, report, self.settings, self.events, self).exec()

    def reprint(self) -> None:
        self.message.show_info(self.tr("Reprinting…"))
        self._with_report(self.output.print_report)

    def ask_pdf(self) -> None:
        number = self.chosen_number()
        if number is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as a PDF"),
            f"{number}-copy.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            path = Path(name)
            self._with_report(lambda report: self.output.save_pdf(report, path))
