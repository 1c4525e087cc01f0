"""How the counter behaves: repeat scans and printing a receipt for every sale."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from pos.services.settings import ShopSettings
from ui.widgets.forms import touch_sized


class CounterForm(QWidget):
    """Two switches for the sales screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.merge_repeat_scans = QCheckBox(
            self.tr("Scanning the same item again adds one to its line")
        )
        self.merge_repeat_scans.setAccessibleName(self.tr("Merge repeat scans"))
        merge_hint = QLabel(self.tr("Off: every scan adds a new line to the cart."))
        self.print_receipts = QCheckBox(self.tr("Print a receipt for every sale"))
        self.print_receipts.setAccessibleName(self.tr("Print a receipt for every sale"))
        print_hint = QLabel(
            self.tr("Off: receipts print only when asked for (Reprint), which saves paper.")
        )
        touch_sized(self.merge_repeat_scans, self.print_receipts)
        layout = QVBoxLayout(self)
        for widget in (self.merge_repeat_scans, merge_hint, self.print_receipts, print_hint):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                widget.setIndent(24)
            layout.addWidget(widget)
        layout.addStretch(1)

    def load(self, settings: ShopSettings) -> None:
        self.merge_repeat_scans.setChecked(settings.merge_repeat_scans)
        self.print_receipts.setChecked(settings.print_receipts)

    def values(self) -> dict[str, Any]:
        return {
            "merge_repeat_scans": self.merge_repeat_scans.isChecked(),
            "print_receipts": self.print_receipts.isChecked(),
        }
