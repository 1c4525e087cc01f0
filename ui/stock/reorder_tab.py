"""The Stock screen's Reorder tab: the products at or below their reorder level, supplier
by supplier, with how much to order; saved as a PDF order sheet or a CSV file.

The list is read off the UI thread; the screen shows the last one read meanwhile.
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
from pos.services.stock.reorder import ReorderList, reorder_list, supplier_choices
from pos.services.stock.reorder_export import write_reorder_csv
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.stock.reorder_model import ReorderColumn, ReorderModel
from ui.widgets.forms import touch_sized


def save_order_sheet(
    db: Database, listing: ReorderList, settings: ShopSettings, path: Path
) -> Path:
    """Write the PDF order sheet (in the background: ReportLab takes a moment)."""
    from receipts.pdf import save_pdf
    from receipts.reorder_pdf import order_sheet_pdf

    return save_pdf(order_sheet_pdf(listing, settings, at=datetime.now(UTC)), path)


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
        self.model = ReorderModel(self.text, self)
        self.banner = Banner(self.tr("Reorder message"))
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
        Op(reorder_list, self.db, self.supplier.currentData(), actor=self.actor).success(
            self._listed
        ).failure(lambda error: self.banner.warn(str(error))).start()

    def _listed(self, listing: ReorderList) -> None:
        self.model.show_list(listing)
        if not listing.line_count:
            self.summary.setText(self.tr("No product is at or below its reorder level."))
            return
        self.summary.setText(
            self.tr(
                "{count} product(s) to order: {suppliers} supplier(s), {none} product(s) with "
                "no supplier; {money} at cost."
            ).format(
                count=f"{listing.line_count:,}",
                suppliers=listing.supplier_count,
                none=f"{listing.without_supplier:,}",
                money=self.text.money(listing.value),
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
        Op(save_order_sheet, self.db, self.model.listing, self.settings, path).success(
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
        Op(write_reorder_csv, self.db, self.model.listing, path).success(
            lambda count: self.banner.info(
                self.tr("{count} product(s) saved to {path}").format(count=count, path=path)
            )
        ).failure(lambda error: self.banner.warn(str(error))).start()
