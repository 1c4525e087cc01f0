"""The shop's tax rates: a table of rates with their product counts; add, rename, switch off.

Changes here are saved at once, each as its own action: they are rows of their own, not
settings waiting for the Save button. Settings are shown only to whoever may change them;
a refusal all the same (the role changed at another till meanwhile) asks for a manager's
approval of that one change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.tax_rates import (
    TaxRateUsage,
    add_tax_rate,
    deactivate_tax_rate,
    list_tax_rate_usage,
    rename_tax_rate,
)
from ui.staff.approval import with_approval
from ui.table_model import Index, ListTableModel
from ui.widgets.decimal_edit import DecimalEdit, plain_decimal
from ui.widgets.forms import MessageLabel, touch_sized


class TaxRateModel(ListTableModel):
    """Rows of active tax rates: name, percent, how many products use each.

    The name is edited in place; the model only asks for the rename (``rename_requested``),
    the panel saves it and rereads the rows.
    """

    rename_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rates: list[TaxRateUsage] = []
        self.headers = [self.tr("Name"), self.tr("Rate"), self.tr("Products using it")]

    def set_rates(self, rates: list[TaxRateUsage]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rates = list(rates)
        self.endResetModel()

    def rate(self, row: int) -> TaxRateUsage:
        return self._rates[row]

    def row_of(self, rate_id: int) -> int:
        """The row showing ``rate_id``, or -1."""
        return next((i for i, r in enumerate(self._rates) if r.id == rate_id), -1)

    def row_count(self) -> int:
        return len(self._rates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rates):
            return None
        rate = self._rates[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return rate.name
            if column == 1:
                return f"{plain_decimal(rate.percent)} %"
            if column == 2:
                return str(rate.products)
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return rate.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not index.isValid():
            return False
        rate = self._rates[index.row()]
        if str(value).strip() != rate.name:
            self.rename_requested.emit(rate.id, str(value))
        return True


class TaxRatesPanel(QWidget):
    """The rates table with an Add row and a Switch off button; a name is renamed in place
    (double-click or F2). Each change is saved at once.

    Signals:
        rates_changed(): a rate was added, renamed or switched off.
    """

    rates_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.model = TaxRateModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tax rates"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(36)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(150)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name, e.g. Reduced"))
        self.new_name.setAccessibleName(self.tr("New tax rate name"))
        self.new_percent = DecimalEdit(self.tr("tax rate"))
        self.new_percent.setPlaceholderText(self.tr("%"))
        self.new_percent.setAccessibleName(self.tr("New tax rate percent"))
        self.new_percent.setMaximumWidth(110)
        self.add_button = QPushButton(self.tr("&Add rate"))
        self.add_button.setAccessibleName(self.tr("Add rate"))
        self.deactivate_button = QPushButton(self.tr("S&witch off selected rate"))
        self.deactivate_button.setAccessibleName(self.tr("Deactivate rate"))
        touch_sized(self.new_name, self.new_percent, self.add_button, self.deactivate_button)
        self.message = MessageLabel(self.tr("Tax rate message"))
        note = QLabel(
            self.tr(
                "Tax rate changes are saved at once. Double-click a name to rename it. A rate's "
                "percent never changes: to change it, add a new rate, move the products to it, "
                "then switch the old one off."
            )
        )
        note.setWordWrap(True)

        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("New rate:"))
        add_label.setBuddy(self.new_name)
        add_row.addWidget(add_label)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_percent)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.deactivate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(note)

        self.add_button.clicked.connect(self.add_rate)
        self.new_percent.returnPressed.connect(self.add_rate)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        # Queued: the rename rereads the rows, which must wait until the editor has closed.
        self.model.rename_requested.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reread the rates from the database."""
        self.model.set_rates(list_tax_rate_usage(self.db))
        self._update_buttons()

    def add_rate(self) -> None:
        """Add the rate typed in the New rate row."""
        self.message.clear_message()
        try:
            name, percent = self.new_name.text(), self.new_percent.decimal()
            rate = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: add_tax_rate(self.db, name, percent, actor=actor),
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.new_name.clear()
        self.new_percent.clear()
        self.refresh()
        self.rates_changed.emit()
        self.view.selectRow(self.model.row_of(rate.id))
        self.message.show_success(
            self.tr("Tax rate {name} ({percent} %) added.").format(
                name=rate.name, percent=plain_decimal(rate.percent)
            )
        )

    def rename(self, rate_id: int, name: str) -> None:
        """Save a new name for a rate, or say why it cannot have it."""
        self.message.clear_message()
        try:
            rate = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: rename_tax_rate(self.db, rate_id, name, actor=actor),
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.refresh()
        self.rates_changed.emit()
        self.view.selectRow(self.model.row_of(rate.id))
        self.message.show_success(self.tr("Tax rate renamed to {name}.").format(name=rate.name))

    def deactivate_selected(self) -> None:
        """Switch off the selected rate, or say why it cannot be."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.message.show_error(self.tr("Choose a tax rate in the table first."))
            return
        rate = self.model.rate(rows[0].row())
        try:
            with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: deactivate_tax_rate(self.db, rate.id, actor=actor),
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.refresh()
        self.rates_changed.emit()
        self.message.show_success(self.tr("Tax rate {name} switched off.").format(name=rate.name))

    def _update_buttons(self) -> None:
        self.deactivate_button.setEnabled(self.view.selectionModel().hasSelection())
