"""Over or short, in words and in colour: "€0.05 short" in red, "€1.00 over" in amber."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from pos.domain.money import ZERO
from ui.sales.money_text import MoneyText

SHORT_COLOUR = "#b00020"
OVER_COLOUR = "#8a4b00"
RIGHT_COLOUR = "#1b5e20"


def over_short_words(difference: Decimal, text: MoneyText) -> tuple[str, str]:
    """The difference (counted less expected) in words, and the colour to show it in."""
    tr = QCoreApplication.translate
    if difference < ZERO:
        return tr("cashup", "{amount} short").format(amount=text.money(-difference)), SHORT_COLOUR
    if difference > ZERO:
        return tr("cashup", "{amount} over").format(amount=text.money(difference)), OVER_COLOUR
    return tr("cashup", "Right to the cent: nothing over or short"), RIGHT_COLOUR
