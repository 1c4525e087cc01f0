"""A product's barcodes in the product dialog: scan or type to add, remove, generate one.

Each code is checked as the till reads it (check digits, the shop's own codes) and against
the other products as it is added, so a mistake shows at once; the save checks them again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from pos.domain.barcodes import Measure, normalize_barcode, parse_variable_measure
from pos.domain.errors import ShopError
from pos.services.catalog.editing import barcode_owner
from pos.services.catalog.internal_codes import (
    PREFERRED_PREFIXES,
    generate_internal_barcode,
    scale_key,
)
from pos.services.database import Database
from pos.services.settings import ShopSettings
from ui.table_model import Index
from ui.widgets.forms import MessageLabel, touch_sized


class BarcodeListModel(QAbstractListModel):
    """The codes a product will carry, each with what it is: 'EAN-13', 'Scale label key …'."""

    def __init__(self, settings: ShopSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.codes: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.codes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.codes):
            return None
        code = self.codes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{code}  —  {self.describe(code)}"
        if role == Qt.ItemDataRole.EditRole:
            return code
        return None

    def set_codes(self, codes: list[str]) -> None:
        self.beginResetModel()
        self.codes = list(codes)
        self.endResetModel()

    def append(self, code: str) -> None:
        self.beginInsertRows(QModelIndex(), len(self.codes), len(self.codes))
        self.codes.append(code)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.codes[row]
        self.endRemoveRows()

    def describe(self, code: str) -> str:
        """What a code is, in a shopkeeper's words."""
        key = scale_key(code, self.settings.variable_measure_rules)
        if key is not None:
            labels = self.tr("weight") if key.measure is Measure.WEIGHT else self.tr("price")
            return self.tr("Scale label key {prefix} / item {item} ({labels} labels)").format(
                prefix=key.prefix, item=key.item, labels=labels
            )
        if code.isascii() and code.isdigit():
            if len(code) == 13 and code[:2] in PREFERRED_PREFIXES:
                return self.tr("In-store EAN-13 (the shop's own)")
            if len(code) == 13 and code.startswith("0"):
                return self.tr("UPC-A")
            if len(code) in (8, 13, 14):
                return self.tr("EAN-{length}").format(length=len(code))
        return self.tr("The shop's own code")


class BarcodesPanel(QWidget):
    """The barcode list with its entry field and buttons.

    Signals:
        codes_changed(): a code was added or removed.
    """

    codes_changed = Signal()

    def __init__(
        self,
        db: Database,
        settings: ShopSettings,
        product_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.product_id = product_id
        self.model = BarcodeListModel(settings, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Barcodes"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("New barcode"))
        self.entry.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add barcode"))
        self.generate_button = QPushButton(self.tr("&Generate internal barcode"))
        self.generate_button.setAccessibleName(self.tr("Generate internal barcode"))
        self.generate_button.setToolTip(
            self.tr("A new EAN-13 for goods without a barcode, to print on shelf labels")
        )
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setAccessibleName(self.tr("Remove barcode"))
        self.remove_button.setEnabled(False)
        touch_sized(self.entry, self.add_button, self.generate_button, self.remove_button)
        self.message = MessageLabel(self.tr("Barcode message"))
        caption = QLabel(self.tr("&Barcode:"))
        caption.setBuddy(self.entry)

        grid = QGridLayout(self)
        grid.addWidget(caption, 0, 0)
        grid.addWidget(self.entry, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.message, 1, 1, 1, 2)
        grid.addWidget(self.view, 2, 0, 3, 2)
        grid.addWidget(self.generate_button, 2, 2)
        grid.addWidget(self.remove_button, 3, 2)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(1, 1)

        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.generate_button.clicked.connect(self.generate)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
        )

    def codes(self) -> list[str]:
        return list(self.model.codes)

    def set_codes(self, codes: list[str]) -> None:
        self.model.set_codes(codes)

    def show_error(self, text: str) -> None:
        self.message.show_error(text)

    def add_typed(self) -> None:
        """Add what was scanned or typed, or say at the field why it cannot be added."""
        typed = self.entry.text().strip()
        if not typed:
            return
        self.message.clear_message()
        try:
            code = normalize_barcode(typed)
        except ShopError as error:
            self._refuse(str(error))
            return
        note = ""
        label = parse_variable_measure(
            code, self.settings.variable_measure_rules, self.settings.money.exponent
        )
        if label is not None:
            # A whole scale label (key + weight or price): the product carries the key.
            code = label.item_key
            note = self.tr(
                "{label} is a scale label: its key {key} was added, so every label of this "
                "item rings up this product."
            ).format(label=typed, key=code)
        refusal = self._refusal(code)
        if refusal:
            self._refuse(refusal)
            return
        self.model.append(code)
        self.entry.clear()
        if note:
            self.message.show_info(note)
        self.codes_changed.emit()

    def _refuse(self, message: str) -> None:
        """Say why at the field; the code stays there, selected, so a rescan replaces it."""
        self.message.show_error(message)
        self.entry.selectAll()

    def _refusal(self, code: str) -> str:
        """Why ``code`` cannot be added ('' if it can)."""
        if code in self.model.codes:
            return self.tr("The barcode {code} is already in the list.").format(code=code)
        try:
            owner = barcode_owner(self.db, code)
        except ShopError as error:
            return str(error)
        if owner is not None and owner.product_id != self.product_id:
            return self.tr("The barcode {code} already belongs to '{name}'.").format(
                code=code, name=owner.name
            )
        return ""

    def generate(self) -> None:
        """Add a new internal EAN-13, clear of every product and of the scale's prefixes."""
        self.message.clear_message()
        try:
            code = generate_internal_barcode(self.db, taken=set(self.model.codes))
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.model.append(code)
        self.view.setCurrentIndex(self.model.index(len(self.model.codes) - 1))
        self.message.show_info(
            self.tr("Internal barcode {code} added: print it on a shelf label.").format(code=code)
        )
        self.codes_changed.emit()

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedIndexes()
        if not rows:
            return
        self.message.clear_message()
        self.model.remove(rows[0].row())
        self.codes_changed.emit()
