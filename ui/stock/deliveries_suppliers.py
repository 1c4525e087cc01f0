"""The suppliers list: add one, change its name, phone or notes in place, take it off the
pick list (Active unticked) or put it back. Deliveries keep naming a supplier taken off.

A user whose role may not receive deliveries is asked for a manager's approval at the first
change; it covers the rest of this visit to the list (``ApprovedWork``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import NotAllowed, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.suppliers import (
    SupplierDTO,
    add_supplier,
    list_suppliers,
    update_supplier,
)
from ui.approved_work import ApprovedWork
from ui.sales.banner import Banner
from ui.table_model import Index, ListTableModel
from ui.widgets.forms import touch_sized

NAME, PHONE, NOTES, ACTIVE = range(4)
_FIELDS = {NAME: "name", PHONE: "phone", NOTES: "notes"}


class SuppliersModel(ListTableModel):
    """The suppliers, one a row; name, phone and notes edited in place, Active ticked.

    Signals:
        edit_failed(str): a change was refused; says why (nothing was changed).
        approval_needed(object, object): a change was refused for the user's role; carries
            the NotAllowed and a function that makes it again as an (approved) Actor.
    """

    edit_failed = Signal(str)
    approval_needed = Signal(object, object)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.headers = [self.tr("Name"), self.tr("Phone"), self.tr("Notes"), self.tr("Active")]
        self.include_inactive = False
        self._rows: list[SupplierDTO] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_suppliers(self.db, include_inactive=self.include_inactive)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def supplier(self, row: int) -> SupplierDTO:
        return self._rows[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == ACTIVE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        supplier = self._rows[index.row()]
        column = index.column()
        if column == ACTIVE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if supplier.active else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(getattr(supplier, _FIELDS[column]))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        at, supplier = index.row(), self._rows[index.row()]
        column = index.column()
        changes: dict[str, Any]
        if column == ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
            changes = {"active": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif column in _FIELDS and role == Qt.ItemDataRole.EditRole:
            if str(value) == getattr(supplier, _FIELDS[column]):
                return False
            changes = {_FIELDS[column]: str(value)}
        else:
            return False

        def save(actor: Actor) -> None:
            saved = update_supplier(self.db, supplier.id, actor=actor, **changes)
            if at < len(self._rows) and self._rows[at].id == saved.id:
                self._rows[at] = saved
                self.dataChanged.emit(self.index(at, 0), self.index(at, ACTIVE))

        try:
            save(self.actor)
        except NotAllowed as refusal:
            # Asked after the editor has closed: a dialog over an open editor commits it again.
            self.approval_needed.emit(refusal, save)
            return False
        except ShopError as error:
            self.edit_failed.emit(str(error))
            return False
        return True


class SuppliersDialog(QDialog):
    """The suppliers list, with a field to add one."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suppliers"))
        self.db, self.actor = db, actor
        self.work = ApprovedWork(self, db, actor)
        self.model = SuppliersModel(db, actor, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Suppliers"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(36)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New supplier's name"))
        self.new_name.setPlaceholderText(self.tr("New supplier's name"))
        self.add_button = QPushButton(self.tr("&Add supplier"))
        self.add_button.setAccessibleName(self.tr("Add supplier"))
        self.show_inactive = QCheckBox(self.tr("Show suppliers taken off the list"))
        self.banner = Banner(self.tr("Suppliers message"))
        touch_sized(self.new_name, self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_inactive)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.show_inactive.toggled.connect(self._toggle_inactive)
        self.model.edit_failed.connect(self.banner.warn)
        self.model.approval_needed.connect(
            lambda refusal, retry: QTimer.singleShot(0, lambda: self._approve(refusal, retry))
        )
        close.rejected.connect(self.reject)
        self.resize(720, 460)
        self.model.reload()

    def _toggle_inactive(self, shown: bool) -> None:
        self.model.include_inactive = shown
        self.model.reload()

    def _approve(self, refusal: NotAllowed, retry: Callable[[Actor], None]) -> None:
        """A change the user's role may not make: a manager may approve this visit."""
        try:
            approved = self.work.ask(refusal)
            retry(approved)
        except ShopError as error:
            self.banner.warn(str(error))
            return
        self.work.keep(approved)
        self.model.actor = approved

    def add(self) -> None:
        name = self.new_name.text()
        try:
            self.work.run(lambda actor: add_supplier(self.db, name, actor=actor))
            self.model.actor = self.work.actor
        except ShopError as error:
            self.banner.warn(str(error))
            return
        self.banner.clear()
        self.new_name.clear()
        self.model.reload()
