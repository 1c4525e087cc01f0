"""Asking how to change many prices: up or down, by a percentage or an amount, rounded how."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.domain.pricing import PriceChangeKind, PriceChangeRule, PriceRounding
from pos.services.catalog.bulk import ChangePrice
from ui.sales.money_text import MoneyText
from ui.widgets.decimal_edit import DecimalEdit


class PriceChangeDialog(QDialog):
    """The rule for a bulk price change; ``change`` holds it once accepted."""

    def __init__(self, text: MoneyText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.change: ChangePrice | None = None
        self.setWindowTitle(self.tr("Change prices"))
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Raise or lower"))
        self.direction.addItem(self.tr("Raise prices"), 1)
        self.direction.addItem(self.tr("Lower prices"), -1)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("By"))
        self.kind.addItem(self.tr("by a percentage (%)"), PriceChangeKind.PERCENT)
        self.kind.addItem(
            self.tr("by an amount ({symbol})").format(symbol=text.symbol), PriceChangeKind.AMOUNT
        )
        self.value = DecimalEdit(self.tr("change"))
        self.value.setAccessibleName(self.tr("How much"))
        self.rounding = QComboBox()
        self.rounding.setAccessibleName(self.tr("Rounding"))
        choices = [
            (self.tr("to the smallest coin"), PriceRounding.COIN),
            (self.tr("to end in .99"), PriceRounding.END_99),
            (self.tr("to end in .49 or .99"), PriceRounding.END_49_99),
            (self.tr("to whole units (.00)"), PriceRounding.WHOLE),
            (self.tr("to tens"), PriceRounding.TENS),
        ]
        for label, rule in choices:
            if text.currency.exponent == 0 and rule in (
                PriceRounding.END_99, PriceRounding.END_49_99, PriceRounding.WHOLE
            ):  # fmt: skip
                continue  # no cents to end in
            self.rounding.addItem(label, rule)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet("color:#8a0000;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.direction)
        form.addRow(self.kind, self.value)
        form.addRow(self.tr("Round"), self.rounding)
        form.addRow(self.error)
        form.addRow(buttons)

    def _accept(self) -> None:
        try:
            value = self.value.decimal() * Decimal(int(self.direction.currentData()))
            rule = PriceChangeRule(
                PriceChangeKind(self.kind.currentData()),
                value,
                PriceRounding(self.rounding.currentData()),
            )
            rule.check(self.text.currency)
        except ShopError as error:
            self.error.setText(str(error))
            self.value.setFocus()
            return
        self.change = ChangePrice(rule)
        self.accept()
