"""The Stock screen's "Stock value" tab: the stock at cost at the end of a day, by category.

Pick a day (today by default; days to come cannot be picked), read the categories and the
total, click a category to list its products (read a page at a time as you scroll), save
the figures as CSV or PDF. The sums run off the UI thread (``ui.ops``); the first value
asked after a month has closed also writes that month's snapshot, which on a big shop takes
a while, so the tab says it is working and keeps its buttons off meanwhile.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.value import StockValue, stock_value
from pos.services.stock.value_export import save_value_csv
from receipts.stock_value_pdf import save_value_pdf
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.stock.value_models import CategoryValuesModel, ProductValuesModel


class StockValueTab(QWidget):
    """The stock value at a date: categories and total, a category's products, exports."""

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
        self.text = MoneyText(settings)
        self.value: StockValue | None = None
        self.busy = False
        self._stale = True
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Stock value date"))
        self.show_button = QPushButton(self.tr("Show"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.working = QProgressBar()
        self.working.setRange(0, 0)  # no figure to show: it only says "working"
        self.working.setMaximumWidth(160)
        self.working.setAccessibleName(self.tr("Working out the stock value"))
        self.working.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.banner = Banner(self.tr("Stock value message"))
        self.categories = CategoryValuesModel(self.text, self)
        self.products = ProductValuesModel(db, self.text, self, actor=actor)
        self.category_view = self._view(self.categories, self.tr("Stock value by category"))
        self.product_view = self._view(self.products, self.tr("Products of the category"))
        self.product_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.category_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self._layout()
        self.date_edit.setDate(QDate.currentDate())
        self._reset_dates()
        self.show_button.clicked.connect(self.compute)
        self.date_edit.editingFinished.connect(self.compute)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.category_view.selectionModel().currentRowChanged.connect(self._category_picked)
        events.stock_changed.connect(self._stock_changed)
        events.settings_changed.connect(self._settings_changed)
        self._set_busy(False)

    def _view(self, model: CategoryValuesModel | ProductValuesModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setAlternatingRowColors(True)
        return view

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Stock at the end of")))
        bar.addWidget(self.date_edit)
        bar.addWidget(self.show_button)
        bar.addWidget(self.working)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.category_view)
        split.addWidget(self.product_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def _reset_dates(self) -> None:
        """Today at most: a day to come has no stock value yet."""
        today = QDate.currentDate()
        self.date_edit.setMaximumDate(today)
        if not self.date_edit.date().isValid() or self.date_edit.date() > today:
            self.date_edit.setDate(today)

    # --- the Stock screen's calls -------------------------------------------------------

    def refresh(self) -> None:
        """Called when the tab is shown: work the figures out again if stock has moved."""
        self._reset_dates()
        if self._stale:
            self.compute()

    def compute(self) -> None:
        """Work out the value at the chosen day, off the UI thread."""
        if self.busy:
            return
        picked = self.date_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        self._stale = False
        self._set_busy(True)
        Op(stock_value, self.db, day, actor=self.actor).success(self._shown).failure(
            self._failed
        ).start()

    # --- results ------------------------------------------------------------------------

    def _shown(self, value: object) -> None:
        assert isinstance(value, StockValue)
        self.value = value
        self._set_busy(False)
        self.categories.show_value(value)
        self.products.show_category(None, None)
        self.banner.hide()
        note = self.tr("Valued at the unit cost each product's last movement recorded.")
        if value.below_zero:
            note += " " + self.tr(
                "%n product(s) below zero are counted at a negative value.", "", value.below_zero
            )
        self.status.setText(note)
        if value.categories:
            self.category_view.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.banner.show_message("error", str(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.working.setVisible(busy)
        for widget in (self.show_button, self.date_edit):
            widget.setEnabled(not busy)
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(not busy and self.value is not None)

    def _category_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        category = self.categories.category(current.row())
        if self.value is None or category is None:
            self.products.show_category(None, None)
            return
        self.products.show_category(self.value.until, category.category_id)
        # The first page now; the view asks for the next ones as it scrolls. A page is a
        # few index lookups per product (milliseconds), so it is read on the UI thread.
        self.products.fetchMore()

    def _stock_changed(self) -> None:
        self._stale = True
        if self.isVisible() and not self.busy:
            self.compute()

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, ShopSettings):
            self.settings = settings
            self.text = MoneyText(settings)
            self.categories.text = self.text
            self.products.text = self.text

    # --- exports ------------------------------------------------------------------------

    def export_csv(self) -> None:
        self._export("csv", self.tr("CSV files (*.csv)"))

    def export_pdf(self) -> None:
        self._export("pdf", self.tr("PDF files (*.pdf)"))

    def _export(self, kind: str, pattern: str) -> None:
        if self.value is None:
            return
        suggested = f"stock-value-{self.value.on.isoformat()}.{kind}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the stock value"), suggested, pattern
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        value = self.value
        if kind == "csv":
            op = Op(save_value_csv, value, path)
        else:
            op = Op(
                save_value_pdf,
                value,
                path,
                shop_name=self.settings.shop_name,
                locale=self.settings.locale,
            )
        op.success(self._saved).failure(self._failed).start()

    def _saved(self, path: object) -> None:
        self.banner.show_message("info", self.tr("Saved to %1").replace("%1", str(path)))
