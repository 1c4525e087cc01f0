"""End of day: how the drawer is counted and what a Z report closes."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput
from pos.services.cashup.denomination_tables import DENOMINATIONS
from pos.services.settings import ShopSettings, ZScope
from ui.widgets.forms import touch_sized


class CashupForm(QWidget):
    """The blind count, the Z's reach, and the notes and coins the drawer is counted in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blind = QCheckBox(self.tr("Blind count: the cashier counts before seeing the total"))
        self.blind.setAccessibleName(self.tr("Blind cash count"))
        blind_hint = QLabel(
            self.tr("The drawer's expected amount shows only once the count is entered.")
        )
        self.per_till = QRadioButton(self.tr("A Z report closes this till's shift"))
        self.whole_shop = QRadioButton(
            self.tr("A Z report closes every till's shift at once (one report for the shop)")
        )
        self.per_till.setAccessibleName(self.tr("Z report per till"))
        self.whole_shop.setAccessibleName(self.tr("Z report for the whole shop"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.per_till)
        self.scope.addButton(self.whole_shop)
        pieces_label = QLabel(self.tr("Notes and coins, largest first, separated by spaces"))
        self.pieces = QLineEdit()
        self.pieces.setAccessibleName(self.tr("Notes and coins"))
        pieces_label.setBuddy(self.pieces)
        self.pieces_hint = QLabel("")
        touch_sized(self.blind, self.per_till, self.whole_shop, self.pieces)
        layout = QVBoxLayout(self)
        for widget in (
            self.blind,
            blind_hint,
            self.per_till,
            self.whole_shop,
            pieces_label,
            self.pieces,
            self.pieces_hint,
        ):
            if isinstance(widget, QLabel) and widget is not pieces_label:
                widget.setWordWrap(True)
                widget.setIndent(24)
            layout.addWidget(widget)
        layout.addStretch(1)

    def load(self, settings: ShopSettings) -> None:
        self.blind.setChecked(settings.blind_cash_count)
        (self.whole_shop if settings.z_scope is ZScope.SHOP else self.per_till).setChecked(True)
        self.pieces.setText(" ".join(_plain(v) for v in settings.denominations))
        standard = DENOMINATIONS.get(settings.currency, ())
        if standard:
            self.pieces.setPlaceholderText(" ".join(_plain(v) for v in standard))
            self.pieces_hint.setText(
                self.tr("Leave empty for the usual {currency} notes and coins shown.").format(
                    currency=settings.currency
                )
            )
        else:
            self.pieces.setPlaceholderText("")
            self.pieces_hint.setText(
                self.tr(
                    "ShopTill has no list for {currency}: enter yours, or the drawer is "
                    "counted as one amount."
                ).format(currency=settings.currency)
            )

    def values(self) -> dict[str, Any]:
        """The form as settings.

        Raises:
            InvalidInput: a note or coin that is not a number.
        """
        pieces = []
        for word in self.pieces.text().replace(",", " ").split():
            try:
                value = Decimal(word)
            except InvalidOperation:
                raise InvalidInput(
                    self.tr("'{word}' is not the value of a note or coin.").format(word=word)
                ) from None
            if not value.is_finite():
                raise InvalidInput(
                    self.tr("'{word}' is not the value of a note or coin.").format(word=word)
                )
            pieces.append(value)
        return {
            "blind_cash_count": self.blind.isChecked(),
            "z_scope": ZScope.SHOP if self.whole_shop.isChecked() else ZScope.TILL,
            "denominations": tuple(pieces),
        }


def _plain(value: Decimal) -> str:
    """0.50 as '0.50', 20 as '20': as printed on the piece."""
    return format(value, "f")
