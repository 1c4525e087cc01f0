"""The Stock screen's Adjustments tab: the adjustments made (newest first), New adjustment,
export one to CSV, and the losses by reason over a range of days.

The value at cost, the CSV (it lists costs) and the losses are hidden from whoever may not
see costs; the losses also from whoever may not see reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, permissions_of
from pos.services.stock.adjustment_products import StockProduct
from pos.services.stock.adjustment_records import export_adjustment
from pos.services.stock.adjustments import AdjustmentReason
from pos.services.stock.losses import LossesReport, day_range, losses_by_reason
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.stock.adjustments_models import AdjustmentsListModel, LossesModel
from ui.widgets.forms import touch_sized


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AdjustmentsTab(QWidget):
    """Adjustments: the list, New adjustment… (Ctrl+N), Export CSV…, losses by reason."""

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
        allowed = frozenset() if actor.user_id is None else permissions_of(db, actor.user_id)
        self.show_costs = Permission.SEE_COSTS in allowed
        self.show_losses_section = self.show_costs and Permission.SEE_REPORTS in allowed
        self.model = AdjustmentsListModel(db, self.text, self, actor=actor)
        self.losses = LossesModel(self.text, self)
        self.banner = Banner(self.tr("Adjustments message"))
        self.view = _table(self.tr("Adjustments"))
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 90)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(3, 170)
        self.view.setColumnWidth(4, 110)
        self.view.setColumnWidth(5, 130)
        self.losses_view = _table(self.tr("Losses by reason"))
        self.losses_view.setModel(self.losses)
        self.losses_view.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate((170, 70, 100, 130)):
            self.losses_view.setColumnWidth(column, width)
        # Every reason and the total in view, without scrolling.
        rows = len(AdjustmentReason) + 1
        self.losses_view.setMinimumHeight(
            rows * self.losses_view.verticalHeader().defaultSectionSize()
            + self.losses_view.horizontalHeader().sizeHint().height()
            + 2 * self.losses_view.frameWidth()
        )
        self.losses_view.setFixedWidth(470 + 2 * self.losses_view.frameWidth() + 4)
        self.losses_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.new_button = QPushButton(self.tr("&New adjustment…"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        for button, shortcut, slot in (
            (self.new_button, "Ctrl+N", self.new_adjustment),
            (self.export_button, "", self.export_current),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            touch_sized(button)
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
                self.addAction(action)
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        today = QDate.currentDate()
        self.first_day.setDate(today.addDays(-29))
        self.last_day.setDate(today)
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")  # the same on every computer
            edit.setAccessibleName(name)
            touch_sized(edit)
            edit.dateChanged.connect(lambda _d: self.show_losses())
        self.losses_note = QLabel()
        self.losses_note.setAccessibleName(self.tr("Money lost"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.banner)
        top_layout.addWidget(QLabel(self.tr("Adjustments, newest first")))
        top_layout.addWidget(self.view, 1)
        self.losses_section = bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("Losses by reason, from")))
        range_row.addWidget(self.first_day)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last_day)
        range_row.addWidget(self.losses_note, 1)
        bottom_layout.addLayout(range_row)
        losses_row = QHBoxLayout()
        losses_row.addWidget(self.losses_view)
        losses_row.addStretch(1)
        bottom_layout.addLayout(losses_row, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        bottom.setVisible(self.show_losses_section)
        self.view.setColumnHidden(4, not self.show_costs)  # value at cost
        self.export_button.setVisible(self.show_costs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        events.stock_changed.connect(self._stock_changed)
        # Nothing is read until the tab is shown (``refresh``).
        self._shown = False

    def refresh(self) -> None:
        """Read the list and the losses again (the Stock screen calls it on showing)."""
        self._shown = True
        self.model.reload()
        if self.show_losses_section:
            self.show_losses()

    def _stock_changed(self) -> None:
        if self._shown and self.isVisible():
            self.refresh()

    # --- losses ---------------------------------------------------------------------------

    def chosen_days(self) -> tuple[date, date]:
        return self.first_day.date().toPython(), self.last_day.date().toPython()  # type: ignore[return-value]

    def show_losses(self) -> None:
        """Sum the losses of the chosen days off the UI thread; show them when ready."""
        first, last = self.chosen_days()
        if last < first:
            self.losses_note.setText(self.tr("The last day comes before the first."))
            return
        start, end = day_range(first, last)
        Op(losses_by_reason, self.db, start, end, actor=self.actor).success(
            self._losses_ready
        ).failure(lambda error: self.banner.warn(str(error))).start()

    def _losses_ready(self, report: LossesReport) -> None:
        self.losses.show_report(report)
        self.losses_note.setText(
            self.tr("Stock lost at cost: {money}").format(money=self.text.money(report.lost))
        )

    # --- actions ----------------------------------------------------------------------------

    def new_adjustment(self, products: list[StockProduct] | None = None) -> None:
        """Open the New adjustment dialog (prefilled with ``products``); after a save, show
        it first in the list and tell the other screens stock moved."""
        from ui.stock.adjustments_dialog import AdjustmentDialog

        dialog = AdjustmentDialog(self.db, self.actor, self.settings, products or (), self)
        if dialog.exec() == AdjustmentDialog.DialogCode.Accepted and dialog.adjustment:
            self.banner.info(
                self.tr("Adjustment {number} saved: {count} line(s).").format(
                    number=dialog.adjustment.number, count=len(dialog.adjustment.lines)
                )
            )
            self.events.stock_changed.emit()
            self.refresh()

    def current_number(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].number

    def export_current(self) -> None:
        """Save the selected adjustment as a CSV file."""
        number = self.current_number()
        if number is None:
            self.banner.warn(self.tr("Pick an adjustment in the list first."))
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export adjustment {number}").format(number=number),
            str(Path.home() / f"adjustment-{number}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(number, Path(path))

    def export_to(self, number: str, path: Path) -> None:
        Op(export_adjustment, self.db, number, path, actor=self.actor).success(
            lambda count: self.banner.info(
                self.tr("{number}: {count} line(s) saved to {path}").format(
                    number=number, count=count, path=path
                )
            )
        ).failure(lambda error: self.banner.warn(str(error))).start()
