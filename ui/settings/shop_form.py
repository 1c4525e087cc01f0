"""The shop's profile as printed on receipts: name, address, tax ID, logo, footer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput
from pos.services.settings import ShopSettings
from ui.widgets.forms import TOUCH_HEIGHT, add_row, new_form, touch_sized


class ShopForm(QWidget):
    """Name, address, tax ID, logo and receipt footer of the shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("Printed at the top of every receipt"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("Street, town, phone: one line each"))
        self.address.setMinimumHeight(TOUCH_HEIGHT * 2)
        self.address.setMaximumHeight(TOUCH_HEIGHT * 3)
        self.tax_id = QLineEdit()
        self.tax_id.setPlaceholderText(self.tr("VAT or tax registration number"))
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose a logo image"))
        touch_sized(self.browse, self.logo)
        self.browse.clicked.connect(self._choose_logo)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo, 1)
        logo_layout.addWidget(self.browse)
        self.footer = QPlainTextEdit()
        self.footer.setTabChangesFocus(True)
        self.footer.setMinimumHeight(TOUCH_HEIGHT * 2)
        self.footer.setMaximumHeight(TOUCH_HEIGHT * 3)

        form = new_form()
        add_row(form, self.tr("Shop &name:"), self.name, self.tr("Shop name"))
        add_row(form, self.tr("&Address:"), self.address, self.tr("Address"))
        add_row(form, self.tr("&Tax ID:"), self.tax_id, self.tr("Tax ID"))
        add_row(form, self.tr("&Logo image:"), logo_row, self.tr("Logo"))
        self.logo.setAccessibleName(self.tr("Logo image file"))
        add_row(form, self.tr("Receipt &footer:"), self.footer, self.tr("Receipt footer"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self, settings: ShopSettings, logo: str) -> None:
        """Show the stored profile; ``logo`` comes from the printer settings."""
        self.name.setText(settings.shop_name)
        self.address.setPlainText(settings.address)
        self.tax_id.setText(settings.tax_id)
        self.logo.setText(logo)
        self.footer.setPlainText(settings.receipt_footer)

    def values(self) -> dict[str, Any]:
        """The profile's ShopSettings fields as typed.

        Raises:
            InvalidInput: the shop has no name.
        """
        name = self.name.text().strip()
        if not name:
            raise InvalidInput(self.tr("Give the shop a name: it prints on every receipt."))
        return {
            "shop_name": name,
            "address": self.address.toPlainText().strip(),
            "tax_id": self.tax_id.text().strip(),
            "receipt_footer": self.footer.toPlainText().strip(),
        }

    def logo_path(self) -> str:
        """The logo image's path, or "" for none.

        Raises:
            InvalidInput: the file is missing or is not an image Qt can read.
        """
        path = self.logo.text().strip()
        if not path:
            return ""
        if not Path(path).is_file():
            raise InvalidInput(self.tr("The logo file {path} cannot be found.").format(path=path))
        if not QImageReader(path).canRead():
            raise InvalidInput(
                self.tr("The logo file {path} is not a picture. Use a PNG or JPEG image.").format(
                    path=path
                )
            )
        return path

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo for the receipts"),
            str(Path(self.logo.text()).parent) if self.logo.text() else str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if path:
            self.logo.setText(path)
