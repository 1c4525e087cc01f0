"""An A4/Letter invoice for any sale, with the buyer's details typed at the counter.

A user whose role may not sell is asked for a manager's approval, which covers that one
invoice (it records both)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.selling.invoices import Buyer, invoice_for
from pos.services.settings import ShopSettings
from receipts.pdf import invoice_pdf_for, save_pdf
from ui.staff.approval import with_approval


class InvoiceDialog(QDialog):
    """Asks for the receipt number and the buyer, then saves the invoice as a PDF."""

    def __init__(
        self,
        db: Database,
        settings: ShopSettings,
        number: str,
        parent: QWidget | None = None,
        *,
        actor: Actor,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Invoice"))
        self.db, self.settings = db, settings
        self.saved_to: Path | None = None
        self.number = QLineEdit(number)
        self.number.setAccessibleName(self.tr("Receipt number"))
        self.buyer_name = QLineEdit()
        self.buyer_name.setAccessibleName(self.tr("Buyer name"))
        self.buyer_address = QPlainTextEdit()
        self.buyer_address.setAccessibleName(self.tr("Buyer address"))
        self.buyer_address.setMaximumHeight(90)
        self.buyer_tax_id = QLineEdit()
        self.buyer_tax_id.setAccessibleName(self.tr("Buyer tax ID"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Invoice message"))
        form = QFormLayout()
        form.addRow(self.tr("Receipt number"), self.number)
        form.addRow(self.tr("Buyer name"), self.buyer_name)
        form.addRow(self.tr("Address"), self.buyer_address)
        form.addRow(self.tr("Tax ID"), self.buyer_tax_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save PDF…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def buyer(self) -> Buyer | None:
        fields = (
            self.buyer_name.text(),
            self.buyer_address.toPlainText(),
            self.buyer_tax_id.text(),
        )
        return Buyer(*fields) if any(f.strip() for f in fields) else None

    def choose_file(self, suggested: str) -> Path | None:
        """Where to save; a separate method so tests can answer without a file dialog."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the invoice"), suggested, self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def save(self) -> None:
        try:
            number, buyer = self.number.text(), self.buyer()
            invoice = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: invoice_for(self.db, number, buyer, actor=actor),
            )
        except ShopError as error:
            self.message.setText(str(error))
            return
        target = self.choose_file(f"{invoice.number}.pdf")
        if target is None:
            return
        try:
            self.saved_to = save_pdf(invoice_pdf_for(invoice, self.settings), target)
        except (ShopError, OSError) as error:
            self.message.setText(
                self.tr("The invoice could not be saved: {error}").format(error=error)
            )
            return
        self.accept()
