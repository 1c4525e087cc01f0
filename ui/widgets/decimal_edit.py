"""A line edit for money and percentages that yields ``Decimal``, never float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from pos.domain.money import parse_amount

#: Up to nine digits before the point and four after; a comma counts as the point.
DECIMAL_PATTERN = r"\d{0,9}(?:[.,]\d{0,4})?"


def decimal_from_text(text: str, what: str) -> Decimal:
    """Parse typed text as a Decimal, accepting a decimal comma.

    Raises:
        InvalidInput: the text is not a number; the message names ``what``.
    """
    cleaned = text.strip()
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return parse_amount(cleaned, what)


class DecimalEdit(QLineEdit):
    """Typed decimal input: the validator lets only digits and one point through.

    Args:
        what: how error messages name the value, e.g. "tax rate".
        parent: the owning widget.
    """

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self.setValidator(QRegularExpressionValidator(QRegularExpression(DECIMAL_PATTERN), self))
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def decimal(self) -> Decimal:
        """The typed value.

        Raises:
            InvalidInput: nothing or something that is not a number was typed.
        """
        return decimal_from_text(self.text(), self._what)


def plain_decimal(value: Decimal) -> str:
    """'20' for Decimal('20.0000'), '0.05' for Decimal('0.050'): never exponent notation."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
