"""The Reports screen: pick a report and a period; see it as a chart and a table; save it.

Each report is worked out by the database off the UI thread (``build_table``); a newer
choice made meanwhile wins, an older answer is dropped. The chart draws the report's
money per row (``chart_data``); the table shows every row and the total.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.reports.cells import note_text, period_text, title_text
from pos.services.reports.export import save_csv, save_xlsx
from pos.services.reports.table import ReportTable, build_table
from pos.services.reports.words import Heading
from pos.services.settings import ShopSettings
from receipts.sales_report_pdf import save_sales_report_pdf
from ui.events import AppEvents
from ui.ops import Op
from ui.reports.bar_chart import BarChart
from ui.reports.chart_data import chart_data
from ui.reports.controls import ReportControls
from ui.reports.table_model import ReportTableModel
from ui.reports.words import report_words
from ui.sales.money_text import MoneyText
from ui.widgets.forms import MessageLabel, touch_sized

#: Choices made within this many ms are asked for once.
SETTLE_MS = 150


class ReportsScreen(QWidget):
    """Sales reports with a chart, for a user allowed to see them.

    Signals:
        shown(object): a report is on screen; carries its ReportTable.
        saved(str): a report was saved; carries the file's path.
    """

    shown = Signal(object)
    saved = Signal(str)

    def __init__(
        self, db: Database, actor: Actor, settings: ShopSettings, events: AppEvents
    ) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.settings = settings
        self.money = MoneyText(settings)
        #: The reports' words in the user's language (headings, titles, 'Total' ...).
        self.words = report_words()
        self.controls = ReportControls()
        self.controls.set_locale(settings.locale)
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Chart of the report"))
        self.model = ReportTableModel(settings.locale, self.words)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setAccessibleName(self.tr("Report table"))
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.title = QLabel("")
        self.title.setStyleSheet("font-size:17px; font-weight:bold;")
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.message = MessageLabel(self.tr("Reports message"))
        self.buttons = {
            suffix: QPushButton(label)
            for suffix, label in (
                ("csv", self.tr("Save as CSV")),
                ("xlsx", self.tr("Save for Excel")),
                ("pdf", self.tr("Save as PDF")),
            )
        }
        for suffix, button in self.buttons.items():
            button.setAccessibleName(button.text())
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, s=suffix: self.ask_where_to_save(s))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            touch_sized(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)  # the buttons keep to the right while no message shows
        for button in self.buttons.values():
            bottom.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.table: ReportTable | None = None
        self._asked = 0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self.controls.changed.connect(self._settle.start)
        events.sale_completed.connect(self._settle.start)
        events.settings_changed.connect(self._settings_changed)
        self.refresh()

    def refresh(self) -> None:
        """Ask for the report chosen, off the UI thread."""
        self._settle.stop()
        try:
            request = self.controls.request()
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.message.show_info(self.tr("Working it out…"))
        self._asked += 1
        asked = self._asked
        op = Op(build_table, self.db, self.actor, request)
        op.success(lambda table: self._arrived(asked, table))
        op.failure(lambda error: self._failed(asked, error))
        op.start()

    def _arrived(self, asked: int, table: ReportTable) -> None:
        if asked != self._asked:
            return  # a newer choice is on its way
        self.table = table
        self.message.clear_message()
        locale = self.settings.locale
        self.title.setText(
            self.tr("{title}, {period}").format(
                title=title_text(table, self.words),
                period=period_text(table.period, locale, self.words, isolated=True),
            )
        )
        self.note.setText(note_text(table, self.words))
        self.note.setVisible(table.note is not None)
        # A new report shows in the report's own order, not by the last column sorted.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.show(table, locale, self.words)
        self._stretch_names(table)
        self._draw(table)
        for button in self.buttons.values():
            button.setEnabled(True)
        self.shown.emit(table)

    def _stretch_names(self, table: ReportTable) -> None:
        """The names' column (products, categories ...) takes the room left over."""
        header = self.view.horizontalHeader()
        wide = table.column(Heading.PRODUCT) or 0
        for index in range(len(table.columns)):
            mode = QHeaderView.ResizeMode.Stretch if index == wide else None
            header.setSectionResizeMode(index, mode or QHeaderView.ResizeMode.ResizeToContents)

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        message = (
            str(error)
            if isinstance(error, ShopError)
            else self.tr(
                "The report could not be made. Try again; if it keeps failing, run shoptill check."
            )
        )
        self.message.show_error(message)

    def _draw(self, table: ReportTable) -> None:
        locale = self.settings.locale
        data = chart_data(
            table, ranked=self.controls.choice().ranked, locale=locale, words=self.words
        )
        self.chart.setVisible(data is not None)
        if data is None:
            return
        title = title_text(table, self.words)
        if data.cut:
            title = self.tr("{title}: the biggest").format(title=title)
        self.chart.draw(
            title,
            data.labels,
            data.amounts,
            self.money.money,
            locale=locale,
            now_name=period_text(table.period, locale, self.words, isolated=True),
            before=data.before,
            before_name=self.tr("The period before"),
            across=self.controls.choice().ranked,
        )

    def ask_where_to_save(self, suffix: str) -> None:
        if self.table is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / f"report.{suffix}"),
            {
                "csv": self.tr("CSV (*.csv)"),
                "xlsx": self.tr("Excel (*.xlsx)"),
                "pdf": self.tr("PDF (*.pdf)"),
            }[suffix],
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Save the report on screen to ``path`` (.csv, .xlsx or .pdf), off the UI thread."""
        table = self.table
        if table is None:
            return
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx", ".pdf"):
            self.message.show_error(self.tr("Save the report as a .csv, .xlsx or .pdf file."))
            return
        shop, words = self.settings, self.words  # plain data: read by the worker thread

        def save() -> Path:
            if suffix == ".csv":
                return save_csv(table, path, shop, words)
            if suffix == ".xlsx":
                return save_xlsx(table, path, words, shop.locale)
            save_sales_report_pdf(
                table, path, shop_name=shop.shop_name, locale=shop.locale, words=words
            )
            return path

        Op(save).success(self._saved).failure(self._save_failed).start()

    def _saved(self, path: Path) -> None:
        self.message.show_success(self.tr("Saved as {path}.").format(path=path))
        self.saved.emit(str(path))

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ShopError):
            self.message.show_error(str(error))
            return
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.message.show_error(
            self.tr(
                "The report could not be saved: {reason}. Check the folder exists and you "
                "may write to it."
            ).format(reason=reason)
        )

    def _settings_changed(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.money = MoneyText(settings)
        self.controls.set_locale(settings.locale)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """A language installed while the screen is open words the report anew."""
        if event.type() == QEvent.Type.LanguageChange:
            self.words = report_words()
            if self.table is not None:
                self._arrived(self._asked, self.table)
        super().changeEvent(event)
