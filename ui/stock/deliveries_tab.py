"""The Deliveries tab of the Stock screen: the list of deliveries and returns, and the
editor that receives one.

The list shows drafts first (to be continued), then posted documents, newest first, read
a page at a time. From it: a new delivery, continue a draft (or open a posted one), a
return to supplier of a posted delivery, a CSV or PDF of any of them, delete a draft.
A user whose role may not receive is asked for a manager's approval; whoever may not see
costs sees no total at cost and no CSV or PDF (both list the costs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
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
from pos.services.stock.deliveries import DeliveryKind, DeliveryStatus, delete_draft, get_delivery
from pos.services.stock.supplier_returns import create_return
from receipts.delivery_pdf import save_delivery_file
from ui.costs import sees_costs
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.staff.approval import with_approval
from ui.stock.deliveries_editor import DeliveryEditor
from ui.stock.deliveries_list_model import SUPPLIER, TOTAL, DeliveriesListModel
from ui.stock.deliveries_suppliers import SuppliersDialog
from ui.widgets.forms import touch_sized


class DeliveriesTab(QWidget):
    """Deliveries and returns to suppliers: the list, and the editor over it."""

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
        self.show_costs = sees_costs(db, actor)
        self.model = DeliveriesListModel(db, MoneyText(settings), self, actor=actor)
        self.view = self._table()
        self.view.setColumnHidden(TOTAL, not self.show_costs)
        self.banner = Banner(self.tr("Deliveries message"))
        self.new_button = self._button(self.tr("&New delivery"), self.tr("New delivery"))
        self.open_button = self._button(self.tr("&Continue / open"), self.tr("Open delivery"))
        self.return_button = self._button(
            self.tr("&Return to supplier…"), self.tr("Return to supplier")
        )
        self.csv_button = self._button(self.tr("Export &CSV…"), self.tr("Export CSV"))
        self.pdf_button = self._button(self.tr("&PDF…"), self.tr("Delivery note PDF"))
        self.delete_button = self._button(self.tr("&Delete draft"), self.tr("Delete draft"))
        self.suppliers_button = self._button(self.tr("S&uppliers…"), self.tr("Suppliers"))
        self.editor = DeliveryEditor(db, actor, settings, events)
        self.list_page = QWidget()
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.return_button,
            self.csv_button,
            self.pdf_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.suppliers_button)
        page = QVBoxLayout(self.list_page)
        page.addLayout(buttons)
        page.addWidget(self.banner)
        page.addWidget(self.view, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._connect()
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        touch_sized(button)
        return button

    def _table(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(self.tr("Deliveries"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(36)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUPPLIER, QHeaderView.ResizeMode.Stretch)
        return view

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_delivery)
        self.open_button.clicked.connect(self.open_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.csv_button.clicked.connect(lambda: self.ask_file(".csv"))
        self.pdf_button.clicked.connect(lambda: self.ask_file(".pdf"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.suppliers_button.clicked.connect(self.edit_suppliers)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.editor.closed.connect(self.show_list)
        self.events.settings_changed.connect(self.apply_settings)
        for keys, slot in (("Ctrl+N", self.new_delivery), ("Return", self.open_selected)):
            shortcut = QShortcut(QKeySequence(keys), self.list_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (the Stock screen calls this when the tab is shown)."""
        if self.pages.currentWidget() is self.list_page:
            self.model.reload()
            if self.model.rowCount():
                self.view.selectRow(0)
        else:
            self.editor.header.load_suppliers()

    def apply_settings(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.model.text = MoneyText(settings)
        self.editor.apply_settings(settings)
        self.refresh()

    def show_list(self, select_id: int | None = None) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.model.reload()
        wanted = select_id if select_id is not None else self._editor_id()
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0 or self.model.rowCount():
            self.view.selectRow(max(row, 0))
        self.view.setFocus()

    def _editor_id(self) -> int | None:
        return None if self.editor.delivery is None else self.editor.delivery.id

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self.selected_row()
        summary = None if row < 0 else self.model.summary(row)
        posted_delivery = (
            summary is not None
            and summary.status is DeliveryStatus.POSTED
            and summary.kind is DeliveryKind.DELIVERY
        )
        for button in (self.open_button, self.csv_button, self.pdf_button):
            button.setEnabled(summary is not None)
        for button in (self.csv_button, self.pdf_button):
            button.setVisible(self.show_costs)
        self.return_button.setEnabled(posted_delivery)
        self.delete_button.setEnabled(
            summary is not None and summary.status is DeliveryStatus.DRAFT
        )

    # --- actions ------------------------------------------------------------------------

    def new_delivery(self) -> None:
        self.banner.clear()
        self.editor.show_delivery(None)
        self.pages.setCurrentWidget(self.editor)
        self.editor.scan.field.setFocus()

    def open_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.open_delivery(self.model.summary(row).id)

    def open_delivery(self, delivery_id: int) -> None:
        try:
            self.editor.open_delivery(delivery_id)
        except ShopError as error:
            self.banner.warn(str(error))
            return
        self.pages.setCurrentWidget(self.editor)

    def return_selected(self) -> None:
        """Start a return to supplier of the selected posted delivery."""
        row = self.selected_row()
        if row < 0:
            return
        delivery_id = self.model.summary(row).id
        self.editor.show_delivery(None)  # any approval kept for the last delivery is over
        try:
            draft = self.editor.work.run(
                lambda actor: create_return(self.db, delivery_id, actor=actor)
            )
        except ShopError as error:
            self.banner.warn(str(error))
            return
        self.editor.show_delivery(draft, keep_approval=True)
        self.editor.banner.info(
            self.tr(
                "Everything not yet returned is on the lines: lower or remove what stays, "
                "then post."
            )
        )
        self.pages.setCurrentWidget(self.editor)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row < 0 or self.model.summary(row).status is not DeliveryStatus.DRAFT:
            return
        summary = self.model.summary(row)
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete this draft of {lines} lines? Nothing was posted from it.").format(
                lines=summary.line_count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: delete_draft(self.db, summary.id, actor=actor),
            )
        except ShopError as error:
            self.banner.warn(str(error))
        self.show_list()

    def edit_suppliers(self) -> None:
        """The suppliers list: add, change, take off the pick list."""
        dialog = SuppliersDialog(self.db, self.actor, self)
        dialog.exec()
        self.editor.header.load_suppliers()
        self.show_list()

    def ask_file(self, suffix: str) -> None:
        """Ask where to save the selected delivery as CSV or PDF, then save it."""
        row = self.selected_row()
        if row < 0:
            return
        summary = self.model.summary(row)
        name = (summary.number or self.tr("draft")) + suffix
        kind = self.tr("CSV files (*.csv)") if suffix == ".csv" else self.tr("PDF files (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save delivery"), str(Path.home() / name), kind
        )
        if chosen:
            self.save_file(summary.id, Path(chosen))

    def save_file(self, delivery_id: int, path: Path) -> Op:
        """Write the delivery to ``path`` off the UI thread; the banner says how it went."""
        db, actor = self.db, self.actor

        def write() -> Path:
            return save_delivery_file(db, get_delivery(db, delivery_id, actor), path)

        self.banner.info(self.tr("Saving {name}…").format(name=path.name))
        return (
            Op(write)
            .success(lambda saved: self.banner.info(self.tr("Saved {path}.").format(path=saved)))
            .failure(lambda error: self.banner.warn(str(error)))
            .start()
        )
