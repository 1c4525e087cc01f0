"""The receipt printer: connection, model, code page, paper width, drawer, test print."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput
from pos.services.settings import ShopSettings
from receipts.code_pages import code_page, profile_names
from receipts.escpos_render import supported_code_pages
from receipts.settings import PrinterSettings, printer_settings
from ui.widgets.forms import MessageLabel, add_row, new_form, touch_sized

log = logging.getLogger(__name__)

WIDTHS = ("32", "42", "48")


def _group(title: str, form: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(form)
    return box


class PrinterForm(QWidget):
    """Every receipt printer setting, and the Test print button.

    The test print itself is run by the screen, which knows the whole unsaved form.

    Signals:
        test_requested(): the user pressed Test print.
    """

    test_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, Any] = {}
        self.connection = QLineEdit()
        self.connection.setPlaceholderText(self.tr("e.g. 192.168.1.50:9100 — empty: no printer"))
        self.connection.setClearButtonEnabled(True)
        connection_hint = QLabel(
            self.tr(
                "Network: 192.168.1.50:9100    USB: usb:04b8:0202    Device: file:/dev/usb/lp0\n"
                "Serial: serial:/dev/ttyUSB0:9600    Print queue: cups:Receipts"
            )
        )
        connection_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Milliseconds in whole numbers, like the drawer pulses: no float on the form.
        self.timeout = QSpinBox()
        self.timeout.setRange(100, 60_000)  # as the printer settings allow: 0.1 to 60 s
        self.timeout.setSingleStep(500)
        self.timeout.setSuffix(self.tr(" ms"))
        self.timeout.setToolTip(
            self.tr(
                "How long to wait for the printer before saying it does not answer. "
                "The sale is kept either way; a slow network printer may need more."
            )
        )
        touch_sized(self.timeout)
        self.profile = QComboBox()
        self.profile.addItems(profile_names())
        self.code_page = QComboBox()
        self.line_width = QComboBox()
        self.line_width.setEditable(True)
        self.line_width.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.line_width.addItems(WIDTHS)
        self.line_width.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}"), self.line_width)
        )
        self.line_width.setMinimumWidth(100)
        self.line_width.setToolTip(self.tr("32 on 58 mm paper; 42 or 48 on 80 mm paper"))
        self.cut = QCheckBox(self.tr("Cut the paper after each receipt"))
        self.code = QComboBox()
        self.code.addItem(self.tr("Barcode (Code 128)"), "code128")
        self.code.addItem(self.tr("QR code"), "qr")
        self.code.addItem(self.tr("None"), "none")
        self.invoice_paper = QComboBox()
        self.invoice_paper.addItem(self.tr("A4"), "A4")
        self.invoice_paper.addItem(self.tr("Letter"), "Letter")
        self.drawer = QCheckBox(self.tr("Open the cash drawer for cash sales"))
        self.drawer_pin = QComboBox()
        self.drawer_pin.addItem(self.tr("Pin 2"), 2)
        self.drawer_pin.addItem(self.tr("Pin 5"), 5)
        self.drawer_on = self._pulse_box(self.tr("Drawer pulse on time"))
        self.drawer_off = self._pulse_box(self.tr("Drawer pulse off time"))
        self.test_button = QPushButton(self.tr("&Test print"))
        self.test_button.setAccessibleName(self.tr("Test print"))
        self.test_button.setToolTip(
            self.tr("Prints a test page with the settings shown here, saved or not")
        )
        self.test_result = MessageLabel(self.tr("Test print result"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Printer status"))
        self.status.setWordWrap(True)
        touch_sized(self.test_button, self.cut, self.drawer)

        top = new_form()
        add_row(top, self.tr("C&onnection:"), self.connection, self.tr("Printer connection"))
        top.addRow("", connection_hint)
        add_row(top, self.tr("&Wait for the printer:"), self.timeout, self.tr("Printer timeout"))
        paper = new_form()
        add_row(paper, self.tr("Printer &model:"), self.profile, self.tr("Printer model"))
        add_row(paper, self.tr("Code &page:"), self.code_page, self.tr("Code page"))
        add_row(paper, self.tr("Characters per &line:"), self.line_width)
        add_row(paper, self.tr("Code on receipt:"), self.code, self.tr("Receipt code"))
        add_row(paper, self.tr("&Invoice paper:"), self.invoice_paper, self.tr("Invoice paper"))
        paper.addRow(self.cut)
        self.cut.setAccessibleName(self.tr("Cut paper"))
        drawer = new_form()
        drawer.addRow(self.drawer)
        self.drawer.setAccessibleName(self.tr("Open cash drawer"))
        add_row(drawer, self.tr("Drawer on:"), self.drawer_pin, self.tr("Cash drawer pin"))
        add_row(drawer, self.tr("Pulse on:"), self.drawer_on)
        add_row(drawer, self.tr("Pulse off:"), self.drawer_off)
        self.drawer_on.setAccessibleName(self.tr("Drawer pulse on time"))
        self.drawer_off.setAccessibleName(self.tr("Drawer pulse off time"))
        columns = QHBoxLayout()
        columns.addWidget(_group(self.tr("Paper"), paper), 3)
        columns.addWidget(_group(self.tr("Cash drawer"), drawer), 2)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addStretch(1)

        self.profile.currentTextChanged.connect(self._follow_profile)
        self.drawer.toggled.connect(self._enable_drawer)
        self.test_button.clicked.connect(self.test_requested)

    def _enable_drawer(self, enabled: bool) -> None:
        for widget in (self.drawer_pin, self.drawer_on, self.drawer_off):
            widget.setEnabled(enabled)

    def _pulse_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(2, 510)
        box.setSingleStep(10)
        box.setSuffix(self.tr(" ms"))
        box.setAccessibleName(name)
        touch_sized(box)
        return box

    def load(self, settings: ShopSettings) -> None:
        """Show the stored printer settings (defaults where the stored ones are unusable)."""
        self._stored = dict(settings.printer)
        try:
            printer = printer_settings(self._stored)
        except InvalidInput as error:
            log.warning("stored printer settings are unusable: %s", error)
            printer = PrinterSettings()
        self.connection.setText(printer.connection)
        self.timeout.setValue(round(printer.timeout * 1000))
        self.profile.setCurrentText(printer.profile)
        self._follow_profile(printer.profile)
        self.code_page.setCurrentText(printer.code_page)
        self.line_width.setCurrentText(str(printer.width))
        self.cut.setChecked(printer.cut)
        self.code.setCurrentIndex(self.code.findData(printer.code))
        self.invoice_paper.setCurrentIndex(self.invoice_paper.findData(printer.invoice_paper))
        self.drawer.setChecked(printer.drawer)
        self.drawer_pin.setCurrentIndex(self.drawer_pin.findData(printer.drawer_pin))
        self.drawer_on.setValue(printer.drawer_on_ms)
        self.drawer_off.setValue(printer.drawer_off_ms)
        self.show_status(
            self.tr("Receipts print on {connection}.").format(connection=printer.connection)
            if printer.connection
            else self.tr("No receipt printer is set up: sales work, receipts are not printed.")
        )

    def values(self, logo: str) -> dict[str, Any]:
        """The printer dict for ``ShopSettings.printer``; settings this form does not show
        (status checks, newer keys) are kept as stored.

        Raises:
            InvalidInput: a value the printer cannot use, in plain words.
        """
        width = self.line_width.currentText().strip()
        if not width.isdigit():
            raise InvalidInput(
                self.tr("Characters per line must be a number: usually 32, 42 or 48.")
            )
        chosen = {
            "connection": self.connection.text().strip(),
            "timeout": self.timeout.value() / 1000,
            "profile": self.profile.currentText(),
            "code_page": self.code_page.currentText(),
            "width": int(width),
            "code": self.code.currentData(),
            "cut": self.cut.isChecked(),
            "drawer": self.drawer.isChecked(),
            "drawer_pin": self.drawer_pin.currentData(),
            "drawer_on_ms": self.drawer_on.value(),
            "drawer_off_ms": self.drawer_off.value(),
            "invoice_paper": self.invoice_paper.currentData(),
            "logo": logo,
        }
        checked = printer_settings({**self._stored, **chosen})
        code_page(checked.profile, checked.code_page)
        return {**self._stored, **checked.to_dict()}

    def show_status(self, sentence: str) -> None:
        """The printer's state in a sentence, beside the Test print button."""
        self.status.setText(sentence)

    def set_testing(self, testing: bool) -> None:
        """Disable Test print while a test page is on its way."""
        self.test_button.setEnabled(not testing)
        if testing:
            self.test_result.show_info(self.tr("Printing a test page…"))

    def _follow_profile(self, profile: str) -> None:
        """Offer the code pages of the chosen model, keeping the current one if it has it."""
        current = self.code_page.currentText() or "CP858"
        pages = supported_code_pages(profile)
        self.code_page.blockSignals(True)
        self.code_page.clear()
        self.code_page.addItems(pages)
        self.code_page.blockSignals(False)
        for choice in (current, "CP858", "CP437"):
            if choice in pages:
                self.code_page.setCurrentText(choice)
                break
