"""The top of a delivery: the supplier (picked from the list, or typed: a new name becomes a
supplier when the delivery is saved), the supplier's reference, and the date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pos.services.database import Database
from pos.services.stock.deliveries import DeliveryDTO, DeliveryHeader
from pos.services.stock.suppliers import list_suppliers
from ui.widgets.forms import touch_sized


class DeliveryHeaderForm(QWidget):
    """Supplier, supplier's reference and date, in one row (two on a narrow screen)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.supplier = QComboBox()
        self.supplier.setEditable(True)
        self.supplier.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.supplier.setAccessibleName(self.tr("Supplier"))
        typed = self.supplier.lineEdit()
        assert typed is not None  # an editable combo box has one
        typed.setPlaceholderText(self.tr("Pick or type a supplier"))
        self.supplier.setMinimumWidth(200)
        completer = QCompleter(self.supplier.model(), self.supplier)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.supplier.setCompleter(completer)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Supplier's reference"))
        self.reference.setPlaceholderText(self.tr("Delivery note or invoice number"))
        self.reference.setMaxLength(60)
        self.delivered_on = QDateEdit()
        self.delivered_on.setCalendarPopup(True)
        self.delivered_on.setDisplayFormat("yyyy-MM-dd")
        self.delivered_on.setAccessibleName(self.tr("Delivery date"))
        self.returns = QLabel()
        self.returns.setAccessibleName(self.tr("Delivery returned"))
        touch_sized(self.supplier, self.reference, self.delivered_on)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label, field) in enumerate(
            (
                (self.tr("&Supplier:"), self.supplier),
                (self.tr("&Reference:"), self.reference),
                (self.tr("&Date:"), self.delivered_on),
            )
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            grid.addWidget(caption, 0, column * 2)
            grid.addWidget(field, 0, column * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.addWidget(self.returns, 1, 0, 1, 6)
        self.returns.hide()

    def load_suppliers(self) -> None:
        """The active suppliers, by name, keeping what is typed."""
        typed = self.supplier.currentText()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItems([s.name for s in list_suppliers(self.db)])
        self.supplier.setCurrentText(typed)
        self.supplier.blockSignals(False)

    def show_delivery(self, delivery: DeliveryDTO | None) -> None:
        """Fill the fields from ``delivery`` (None: a new one, dated today)."""
        self.load_suppliers()
        if delivery is None:
            self.supplier.setCurrentText("")
            self.reference.clear()
            self.delivered_on.setDate(QDate.currentDate())
            self.returns.hide()
            self._editable(True, True)
            return
        self.supplier.setCurrentText(delivery.supplier_name)
        self.reference.setText(delivery.supplier_reference)
        day = delivery.delivered_on
        self.delivered_on.setDate(QDate(day.year, day.month, day.day))
        self.returns.setVisible(delivery.is_return)
        if delivery.is_return:
            self.returns.setText(
                self.tr("Goods going back to the supplier from delivery {number}.").format(
                    number=delivery.returns_number
                )
            )
        self._editable(delivery.is_draft, not delivery.is_return)

    def _editable(self, draft: bool, supplier: bool) -> None:
        self.supplier.setEnabled(draft and supplier)
        self.reference.setReadOnly(not draft)
        self.delivered_on.setReadOnly(not draft)

    def header(self) -> DeliveryHeader:
        """What is typed, ready for the services."""
        day = self.delivered_on.date()
        return DeliveryHeader(
            supplier_name=self.supplier.currentText(),
            supplier_reference=self.reference.text(),
            delivered_on=date(day.year(), day.month(), day.day()),
        )
