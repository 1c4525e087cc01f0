"""The first run on an empty machine: create the shop, or try the demo shop."""

from __future__ import annotations

import logging
from enum import Enum

from babel import Locale, UnknownLocaleError, default_locale
from babel.numbers import get_territory_currencies
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput, ShopError
from pos.domain.money import currency
from pos.domain.tax import TaxMode
from pos.services.database import Database
from pos.services.settings import ShopSettings
from pos.services.shop import ShopSetup, create_shop
from ui.settings.money_form import (
    currency_combo,
    locale_combo,
    locale_preview,
    tax_mode_combo,
)
from ui.setup.rates_model import NAME, DraftRatesModel, PercentDelegate
from ui.widgets.forms import MessageLabel, add_row, new_form, touch_sized

log = logging.getLogger(__name__)
FALLBACK = ("EUR", "en_GB")


class FirstRunChoice(Enum):
    """What the shopkeeper chose on the first run."""

    CREATED = "created"
    DEMO = "demo"


def system_defaults() -> tuple[str, str]:
    """The currency and locale of this computer's region, or EUR and en_GB when unknown."""
    try:
        name = default_locale()
        locale = Locale.parse(name) if name else None
    except (UnknownLocaleError, ValueError, LookupError):
        locale = None
    if locale is None or not locale.territory or locale.variant == "POSIX":
        return FALLBACK
    for code in get_territory_currencies(locale.territory):
        try:
            return currency(code).code, str(locale)
        except InvalidInput:
            continue
    return FALLBACK[0], str(locale)


class FirstRunDialog(QDialog):
    """Create a shop (name, currency, locale, tax mode, tax rates), or try the demo shop.

    After ``exec()`` returns Accepted, ``choice`` says which: CREATED (the shop is now in
    ``db``, its settings in ``settings``) or DEMO (``db`` is untouched; the app opens the
    separate demo database). Cancel rejects and leaves ``choice`` as None.

    Args:
        db: the empty database the shop is created in.
        parent: the owning widget.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.choice: FirstRunChoice | None = None
        self.settings: ShopSettings | None = None
        self.setWindowTitle(self.tr("Welcome to ShopTill"))
        self.setMinimumWidth(640)
        heading = QLabel(self.tr("Welcome to ShopTill"))
        heading.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; }")
        intro = QLabel(
            self.tr(
                "Set up your shop: it takes a minute and everything can be changed later in "
                "Settings. Or try the demo shop first: it has its own products and sales and "
                "leaves this till empty."
            )
        )
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Printed at the top of every receipt"))
        self.name.setMaxLength(80)
        self.currency = currency_combo()
        self.locale_box = locale_combo()
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("How amounts will look"))
        self.tax_mode = tax_mode_combo()
        default_currency, default_locale_name = system_defaults()
        self.currency.setCurrentText(default_currency)
        self.locale_box.setCurrentText(default_locale_name)
        form = new_form()
        add_row(form, self.tr("Shop &name:"), self.name, self.tr("Shop name"))
        add_row(form, self.tr("&Currency:"), self.currency, self.tr("Currency"))
        add_row(form, self.tr("&Language and region:"), self.locale_box, self.tr("Locale"))
        form.addRow("", self.preview)
        add_row(form, self.tr("&Tax mode:"), self.tax_mode, self.tr("Tax mode"))

        self.rates = DraftRatesModel(self)
        self.rates_view = QTableView()
        self.rates_view.setModel(self.rates)
        self.rates_view.setItemDelegate(PercentDelegate(self.rates_view))
        self.rates_view.setAccessibleName(self.tr("Tax rates"))
        self.rates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rates_view.verticalHeader().hide()
        self.rates_view.verticalHeader().setDefaultSectionSize(36)
        self.rates_view.horizontalHeader().setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.Stretch
        )
        self.rates_view.setMinimumHeight(4 * 36)
        rates_label = QLabel(self.tr("Tax &rates (double-click to change):"))
        rates_label.setBuddy(self.rates_view)
        self.add_rate_button = QPushButton(self.tr("Add a rate"))
        self.add_rate_button.setAccessibleName(self.tr("Add a tax rate"))
        self.remove_rate_button = QPushButton(self.tr("Remove rate"))
        self.remove_rate_button.setAccessibleName(self.tr("Remove the selected tax rate"))

        self.message = MessageLabel(self.tr("Setup message"))
        self.demo_button = QPushButton(self.tr("Try the &demo shop"))
        self.demo_button.setAccessibleName(self.tr("Try the demo shop"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.create_button = QPushButton(self.tr("&Create my shop"))
        self.create_button.setAccessibleName(self.tr("Create my shop"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        for button in (self.demo_button, self.cancel_button, self.create_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(150)
        touch_sized(self.add_rate_button, self.remove_rate_button)

        rate_buttons = QHBoxLayout()
        rate_buttons.addWidget(self.add_rate_button)
        rate_buttons.addWidget(self.remove_rate_button)
        rate_buttons.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(rates_label)
        layout.addWidget(self.rates_view, 1)
        layout.addLayout(rate_buttons)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.currency.currentTextChanged.connect(self._update_preview)
        self.locale_box.currentTextChanged.connect(self._update_preview)
        self.add_rate_button.clicked.connect(self._add_rate)
        self.remove_rate_button.clicked.connect(self._remove_rate)
        self.create_button.clicked.connect(self.create_my_shop)
        self.demo_button.clicked.connect(self.choose_demo)
        self.cancel_button.clicked.connect(self.reject)
        self._update_preview()
        self.name.setFocus()

    def setup(self) -> ShopSetup:
        """The shop as typed.

        Raises:
            InvalidInput: a tax rate's percent is not a number.
        """
        return ShopSetup(
            name=self.name.text(),
            currency=self.currency.currentText(),
            locale=self.locale_box.currentText().strip(),
            tax_mode=TaxMode(self.tax_mode.currentData()),
            tax_rates=self.rates.rates(),
        )

    def create_my_shop(self) -> None:
        """Create the shop from the form and accept, or say what is wrong and write nothing."""
        self.message.clear_message()
        try:
            self.settings = create_shop(self.db, self.setup())
        except ShopError as error:
            self.message.show_error(str(error))
            return
        log.info("shop %r created on first run", self.settings.shop_name)
        self.choice = FirstRunChoice.CREATED
        self.accept()

    def choose_demo(self) -> None:
        """Leave this database alone and let the app open the demo shop."""
        self.choice = FirstRunChoice.DEMO
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a rate being edited finishes the edit; it must not create the shop."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = self.focusWidget()
        if enter and focus is not None and self.rates_view.isAncestorOf(focus):
            event.accept()
            return
        super().keyPressEvent(event)

    def _add_rate(self) -> None:
        row = self.rates.add_rate()
        index = self.rates.index(row, NAME)
        self.rates_view.setCurrentIndex(index)
        self.rates_view.edit(index)

    def _remove_rate(self) -> None:
        rows = self.rates_view.selectionModel().selectedRows()
        if rows:
            self.rates.remove_rate(rows[0].row())

    def _update_preview(self) -> None:
        self.preview.setText(
            locale_preview(self.currency.currentText(), self.locale_box.currentText().strip())
        )
