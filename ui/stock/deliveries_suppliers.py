"""The suppliers list: add one, change its name, phone or notes in place, take it off the
pick list (Active unticked) or put it back. Deliveries keep naming a supplier taken off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
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

from pos.domain.errors import ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.suppliers import (
    SupplierDTO,
    add_supplier,
    list_suppliers,
    update_supplier,
)
from ui.sales.banner import Banner
from ui.table_model import Index, ListTableModel
from ui.widgets.forms import touch_sized

NAME, PHONE, NOTES, ACTIVE = range(4)
_FIELDS = {NAME: "name", PHONE: "phone", NOTES: "notes"}


class SuppliersModel(ListTableModel):
    """The suppliers, one a row; name, phone and notes edited in place, Active ticked.

    Signals:
        edit_failed(str): a change was refused; says why (nothing was changed).
    """

    edit_failed = Signal(str)

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
        supplier = self._rows[index.row()]
        column = index.column()
        try:
            if column == ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
                active = Qt.CheckState(value) == Qt.CheckState.Checked
                saved = update_supplier(self.db, supplier.id, actor=self.actor, active=active)
            elif column in _FIELDS and role == Qt.ItemDataRole.EditRole:
                if str(value) == getattr(supplier, _FIELDS[column]):
                    return False
                changes = {_FIELDS[column]: str(value)}
                saved = update_supplier(self.db, supplier.id, actor=self.actor, **changes)  # type: ignore[arg-type]
            else:
                return False
        except ShopError as error:
            self.edit_failed.emit(str(error))
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), ACTIVE))
        return True


class SuppliersDialog(QDialog):
    """The suppliers list, with a field to add one."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suppliers"))
        self.db, self.actor = db, actor
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
        close.rejected.connect(self.reject)
        self.resize(720, 460)
        self.model.reload()

    def _toggle_inactive(self, shown: bool) -> None:
        self.model.include_inactive = shown
        self.model.reload()

    def add(self) -> None:
        try:
            add_supplier(self.db, self.new_name.text(), actor=self.actor)
        except ShopError as error:
            self.banner.warn(str(error))
            return
        self.banner.clear()
        self.new_name.clear()
        self.model.reload()
