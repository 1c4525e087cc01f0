"""The Stock screen's Reorder tab: the products at or below their reorder level, supplier
by supplier, with how much to order; saved as a PDF order sheet or a CSV file.

The list is read off the UI thread: its totals first, then its lines a page at a time as
the table scrolls (it can hold every product of a big catalog). The CSV is written a page at
a time too; the PDF order sheet is made from the whole list, as the command line makes it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.reorder import reorder_list, supplier_choices
from pos.services.stock.reorder_export import write_reorder_lines
from pos.services.stock.reorder_pages import ReorderSummary, all_reorder_lines, reorder_summary
from ui.costs import sees_costs
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.stock.reorder_model import ReorderColumn, ReorderModel
from ui.widgets.forms import touch_sized


def save_order_sheet(
    db: Database, supplier_id: int | None, settings: ShopSettings, path: Path, actor: Actor
) -> Path:
    """Read the list and write the PDF order sheet (in the background: both take a moment)."""
    from receipts.pdf import save_pdf
    from receipts.reorder_pdf import order_sheet_pdf

    listing = reorder_list(db, supplier_id, actor=actor)
    return save_pdf(order_sheet_pdf(listing, settings, at=datetime.now(UTC)), path)


def save_reorder_csv(db: Database, supplier_id: int | None, path: Path, actor: Actor) -> int:
    """Write the list as CSV, read a page at a time (in the background); how many products
    it lists."""
    return write_reorder_lines(db, all_reorder_lines(db, supplier_id, actor=actor), path)


class ReorderTab(QWidget):
    """What to order: a table, a supplier to show alone, PDF and CSV."""

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
        #: Without SEE_COSTS: no unit cost, no value, no total, no PDF or CSV (they list them).
        self.show_costs = sees_costs(db, actor)
        self.model = ReorderModel(db, self.text, self, actor=actor)
        self.banner = Banner(self.tr("Reorder message"))
        self.model.failed.connect(self.banner.warn)
        self.supplier = QComboBox()
        self.supplier.setAccessibleName(self.tr("Supplier shown"))
        self.supplier.setMinimumWidth(200)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Reorder summary"))
        self.refresh_button = QPushButton(self.tr("&Refresh (F5)"))
        self.pdf_button = QPushButton(self.tr("Order sheet &PDF…"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        for button, slot in (
            (self.refresh_button, self.refresh),
            (self.pdf_button, self.save_pdf),
            (self.csv_button, self.save_csv),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            touch_sized(button)
        touch_sized(self.supplier)
        again = QAction(self)
        again.setShortcut(QKeySequence(Qt.Key.Key_F5))
        again.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.triggered.connect(self.refresh)
        self.addAction(again)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Products to reorder"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        for column in (ReorderColumn.COST, ReorderColumn.VALUE):
            self.view.setColumnHidden(column, not self.show_costs)
        self.pdf_button.setVisible(self.show_costs)
        self.csv_button.setVisible(self.show_costs)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReorderColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ReorderColumn.SUPPLIER, 150)
        for column in range(ReorderColumn.ON_HAND, ReorderColumn.VALUE + 1):
            header.resizeSection(column, 88)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Supplier:")))
        row.addWidget(self.supplier)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.supplier.activated.connect(lambda _i: self.refresh())
        events.stock_changed.connect(self._changed)
        events.catalog_changed.connect(self._changed)
        self._shown = False
        #: The list's totals being read, if any (``refresh``).
        self._reading: Op | None = None
        # Nothing is read until the tab is shown (``refresh``).

    def _changed(self) -> None:
        if self._shown and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the suppliers and the list again (the Stock screen calls it on showing)."""
        self._shown = True
        chosen = self.supplier.currentData()
        self.supplier.clear()
        self.supplier.addItem(self.tr("All suppliers"), None)
        for choice in supplier_choices(self.db):
            self.supplier.addItem(choice.name, choice.id)
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(chosen)))
        self.summary.setText(self.tr("Reading the reorder list…"))
        # A burst of stock changes asks again and again: a read still queued is withdrawn,
        # and only the last one asked for is shown.
        if self._reading is not None:
            self._reading.withdraw()
        op = Op(reorder_summary, self.db, self.supplier.currentData(), actor=self.actor)
        self._reading = op
        op.success(lambda listing: self._summarised(op, listing)).failure(
            lambda error: self._read_failed(op, error)
        ).start()

    def _read_failed(self, op: Op, error: BaseException) -> None:
        if op is self._reading:
            self._reading = None
            self.banner.warn(str(error))

    def _summarised(self, op: Op, listing: ReorderSummary) -> None:
        if op is not self._reading:
            return
        self._reading = None
        self.model.show_summary(listing)
        if not listing.line_count:
            self.summary.setText(self.tr("No product is at or below its reorder level."))
            return
        value = listing.value
        if not self.show_costs or value is None:
            self.summary.setText(
                self.tr(
                    "{count} product(s) to order: {suppliers} supplier(s), {none} product(s) "
                    "with no supplier."
                ).format(
                    count=f"{listing.line_count:,}",
                    suppliers=listing.supplier_count,
                    none=f"{listing.without_supplier:,}",
                )
            )
            return
        self.summary.setText(
            self.tr(
                "{count} product(s) to order: {suppliers} supplier(s), {none} product(s) with "
                "no supplier; {money} at cost."
            ).format(
                count=f"{listing.line_count:,}",
                suppliers=listing.supplier_count,
                none=f"{listing.without_supplier:,}",
                money=self.text.money(value),
            )
        )

    # --- saving ---------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, kind: str) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kind)
        return Path(path) if path else None

    def save_pdf(self) -> None:
        path = self._ask_path(
            self.tr("Save the order sheet"), "order-sheet.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> None:
        self.banner.info(self.tr("Making the order sheet…"))
        supplier = self.supplier.currentData()
        Op(save_order_sheet, self.db, supplier, self.settings, path, self.actor).success(
            lambda saved: self.banner.info(
                self.tr("Order sheet saved to {path}").format(path=saved)
            )
        ).failure(lambda error: self.banner.warn(str(error))).start()

    def save_csv(self) -> None:
        path = self._ask_path(
            self.tr("Save the reorder list"), "reorder-list.csv", self.tr("CSV files (*.csv)")
        )
        if path is not None:
            self.save_csv_to(path)

    def save_csv_to(self, path: Path) -> None:
        self.banner.info(self.tr("Saving the reorder list…"))
        Op(save_reorder_csv, self.db, self.supplier.currentData(), path, self.actor).success(
            lambda count: self.banner.info(
                self.tr("{count} product(s) saved to {path}").format(count=count, path=path)
            )
        ).failure(lambda error: self.banner.warn(str(error))).start()
