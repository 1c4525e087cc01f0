"""Money and tax rules: currency, locale, whether prices include tax, rounding."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies
from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from pos.domain.errors import InvalidInput
from pos.domain.money import currency, format_money
from pos.domain.tax import TaxMode, TaxRounding
from pos.services.settings import CostMethod, ShopSettings, validate
from ui.widgets.decimal_edit import DECIMAL_PATTERN, decimal_from_text, plain_decimal
from ui.widgets.forms import add_row, new_form

#: Locales offered in the list; any other Babel locale can be typed.
COMMON_LOCALES = (
    "en_GB", "en_US", "en_IE", "en_IN", "en_KE", "en_NG", "en_ZA", "en_AU", "en_CA",
    "fr_FR", "fr_BE", "fr_CA", "fr_SN", "de_DE", "de_AT", "de_CH", "es_ES", "es_MX",
    "it_IT", "nl_NL", "pt_PT", "pt_BR", "pl_PL", "cs_CZ", "sv_SE", "da_DK", "nb_NO",
    "fi_FI", "el_GR", "tr_TR", "ro_RO", "hu_HU", "sw_KE", "ar_EG", "hi_IN", "ja_JP",
)  # fmt: skip
CASH_STEPS = ("0.01", "0.05", "0.10", "0.20", "0.25", "0.50", "1", "5", "10")
_SAMPLE = Decimal("1234.50")


def currency_combo() -> QComboBox:
    """An editable list of every ISO 4217 code Babel knows; typing is upper-cased."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(sorted(list_currencies()))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), combo))
    combo.setMinimumWidth(160)
    return combo


def locale_combo() -> QComboBox:
    """An editable list of common locales; any Babel locale may be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(COMMON_LOCALES)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumWidth(160)
    return combo


def tax_mode_combo() -> QComboBox:
    """Prices include tax, or tax is added at the till (Settings and the first run alike:
    one context, "settings", for the translators)."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("settings", "Prices include tax"), TaxMode.INCLUSIVE)
    combo.addItem(
        QCoreApplication.translate("settings", "Prices exclude tax (added at the till)"),
        TaxMode.EXCLUSIVE,
    )
    return combo


def locale_preview(currency_code: str, locale_code: str) -> str:
    """'English (United Kingdom): €1,234.50', or '' while the typed values are unusable."""
    try:
        money = currency(currency_code)
        locale = Locale.parse(locale_code.replace("-", "_"))
        return f"{locale.get_display_name(locale)}: {format_money(_SAMPLE, money, str(locale))}"
    except (InvalidInput, UnknownLocaleError, ValueError, LookupError):
        return ""


class MoneyForm(QWidget):
    """Currency, locale, tax mode, tax rounding and cash rounding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency_combo()
        self.locale_box = locale_combo()
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("How amounts will look"))
        self.tax_mode = tax_mode_combo()
        self.tax_rounding = QComboBox()
        self.tax_rounding.addItem(self.tr("On every line"), TaxRounding.LINE)
        self.tax_rounding.addItem(self.tr("Once per receipt"), TaxRounding.DOCUMENT)
        self.cash_rounding = QComboBox()
        self.cash_rounding.setEditable(True)
        self.cash_rounding.setMinimumWidth(160)
        self.cash_rounding.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._off = self.tr("Off")
        self.cash_rounding.addItem(self._off)
        self.cash_rounding.addItems(CASH_STEPS)
        pattern = f"{DECIMAL_PATTERN}|{re.escape(self._off)}"
        self.cash_rounding.setValidator(
            QRegularExpressionValidator(QRegularExpression(pattern), self.cash_rounding)
        )
        hint = QLabel(
            self.tr(
                "Cash totals are rounded to this coin; card payments and tax are never rounded."
            )
        )
        self.cost_method = QComboBox()
        self.cost_method.addItem(self.tr("Last cost"), CostMethod.LAST)
        self.cost_method.addItem(self.tr("Average cost"), CostMethod.AVERAGE)
        self.cost_hint = QLabel()
        self.cost_hint.setWordWrap(True)
        self.cost_method.currentIndexChanged.connect(self._update_cost_hint)

        form = new_form()
        add_row(form, self.tr("&Currency:"), self.currency, self.tr("Currency"))
        add_row(form, self.tr("&Language and region:"), self.locale_box, self.tr("Locale"))
        form.addRow("", self.preview)
        add_row(form, self.tr("&Tax mode:"), self.tax_mode, self.tr("Tax mode"))
        add_row(form, self.tr("Round tax &per:"), self.tax_rounding, self.tr("Tax rounding"))
        add_row(form, self.tr("Cash &rounding:"), self.cash_rounding, self.tr("Cash rounding"))
        form.addRow("", hint)
        add_row(form, self.tr("C&ost of goods:"), self.cost_method, self.tr("Cost method"))
        form.addRow("", self.cost_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.currency.currentTextChanged.connect(self._update_preview)
        self.locale_box.currentTextChanged.connect(self._update_preview)

    def load(self, settings: ShopSettings) -> None:
        """Show the stored money rules."""
        self.currency.setCurrentText(settings.currency)
        self.locale_box.setCurrentText(settings.locale)
        self.tax_mode.setCurrentIndex(self.tax_mode.findData(settings.tax_mode))
        self.tax_rounding.setCurrentIndex(self.tax_rounding.findData(settings.tax_rounding))
        rounding = settings.cash_rounding
        shown = self._off if rounding is None else plain_decimal(rounding)
        self.cash_rounding.setCurrentText(shown)
        self.cost_method.setCurrentIndex(self.cost_method.findData(settings.cost_method))
        self._update_preview()
        self._update_cost_hint()

    def values(self) -> dict[str, Any]:
        """The money ShopSettings fields as typed, checked together.

        Raises:
            InvalidInput: an unknown currency or locale, or an unusable cash rounding.
        """
        text = self.cash_rounding.currentText().strip()
        rounding = (
            None if text in ("", self._off) else decimal_from_text(text, self.tr("cash rounding"))
        )
        checked = validate(
            ShopSettings(
                currency=self.currency.currentText(),
                locale=self.locale_box.currentText().strip(),
                cash_rounding=rounding,
            )
        )
        return {
            "currency": checked.currency,
            "locale": checked.locale,
            "tax_mode": TaxMode(self.tax_mode.currentData()),
            "tax_rounding": TaxRounding(self.tax_rounding.currentData()),
            "cash_rounding": checked.cash_rounding,
            "cost_method": CostMethod(self.cost_method.currentData()),
        }

    def _update_cost_hint(self) -> None:
        if self.cost_method.currentData() == CostMethod.AVERAGE:
            text = self.tr(
                "A delivery averages its cost with the stock on hand, by quantity "
                "(with nothing on hand, the delivery's cost is taken)."
            )
        else:
            text = self.tr("A delivery sets each product's cost to what was paid for it.")
        self.cost_hint.setText(text)

    def _update_preview(self) -> None:
        self.preview.setText(
            locale_preview(self.currency.currentText(), self.locale_box.currentText().strip())
        )
