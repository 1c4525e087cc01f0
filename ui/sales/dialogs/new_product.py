"""Adding a product at the counter when its barcode is unknown: name, price, tax rate.

A cashier whose role may not edit products is asked for a manager's approval, which covers
adding this one product."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Unit
from pos.domain.errors import ShopError
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.database import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import get_settings
from ui.sales.money_text import MoneyText
from ui.staff.approval import with_approval

_PRICE = QRegularExpression(r"^\d{0,10}([.,]\d{0,3})?$")


class NewProductDialog(QDialog):
    """A short form; the barcode is already filled in from the scan."""

    def __init__(
        self, db: Database, barcode: str, parent: QWidget | None = None, *, actor: Actor
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New product"))
        self.db = db
        self.actor = actor
        self.text = MoneyText(get_settings(db))
        self.product: ProductDTO | None = None
        self.barcode = QLineEdit(barcode)
        self.barcode.setAccessibleName(self.tr("Barcode"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Product name"))
        self.sku = QLineEdit(barcode)
        self.sku.setAccessibleName(self.tr("SKU"))
        self.price = QLineEdit()
        self.price.setAccessibleName(self.tr("Price"))
        self.price.setValidator(QRegularExpressionValidator(_PRICE, self))
        self.tax_rate = QComboBox()
        self.tax_rate.setAccessibleName(self.tr("Tax rate"))
        for rate in list_tax_rates(db):
            self.tax_rate.addItem(f"{rate.name} ({rate.percent.normalize():f}%)", rate.id)
        self.by_weight = QCheckBox(self.tr("Sold by weight (price per kg)"))
        self.by_weight.setAccessibleName(self.tr("Sold by weight"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Barcode"), self.barcode)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.tr("Tax rate"), self.tax_rate)
        form.addRow("", self.by_weight)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name.setFocus()

    def save(self) -> None:
        try:
            wanted = ProductInput(
                sku=self.sku.text(),
                name=self.name.text(),
                price=self.text.parse_money(self.price.text() or "", "price"),
                tax_rate_id=int(self.tax_rate.currentData()),
                unit=Unit.KG if self.by_weight.isChecked() else Unit.EACH,
                barcodes=[self.barcode.text()] if self.barcode.text().strip() else [],
            )
            self.product = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: create_product(self.db, wanted, actor=actor),
            )
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.accept()
