"""The Settings screen: six tabs of settings, one Save button, and the printer test."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, get_settings, update_settings, validate
from receipts.escpos_printer import print_test_page
from ui.events import AppEvents
from ui.ops import Op
from ui.settings.cashup_form import CashupForm
from ui.settings.counter_form import CounterForm
from ui.settings.money_form import MoneyForm
from ui.settings.printer_form import PrinterForm
from ui.settings.shop_form import ShopForm
from ui.settings.tax_rates import TaxRatesPanel
from ui.staff.approval import with_approval
from ui.widgets.forms import MessageLabel, limited_width, touch_sized

log = logging.getLogger(__name__)


def _scrolling(widget: QWidget) -> QScrollArea:
    """Wrap a tab's content so a small screen scrolls instead of squeezing it."""
    area = QScrollArea()
    area.setWidget(limited_width(widget))
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class SettingsScreen(QWidget):
    """Shop, money and tax, tax rates, counter and printer settings.

    Nothing is stored until Save; then every field is checked and, if one is refused, the
    message says why and nothing changes. Tax rates are the exception: each change to them
    is saved at once. Test print uses the values on screen without saving them.

    Args:
        db: the shop's database.
        events: the application's change signals; ``settings_changed`` is emitted on save.
        parent: the owning widget.
        actor: who changes the settings (the services check that they may).
    """

    def __init__(
        self, db: Database, events: AppEvents, parent: QWidget | None = None, *, actor: Actor
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.actor = actor
        self.shop_form = ShopForm()
        self.money_form = MoneyForm()
        self.rates = TaxRatesPanel(db, actor=actor)
        self.rates.rates_changed.connect(events.tax_rates_changed)
        self.counter_form = CounterForm()
        self.printer_form = PrinterForm()
        self.cashup_form = CashupForm()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.setDocumentMode(True)
        # Tabs a finger can hit; the style's default tabs are about 24 px high.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { min-height: 32px; padding: 0 14px; }")
        self.tabs.addTab(_scrolling(self.shop_form), self.tr("Shop"))
        self.tabs.addTab(_scrolling(self.money_form), self.tr("Money && tax"))
        self.tabs.addTab(self.rates, self.tr("Tax rates"))
        self.tabs.addTab(_scrolling(self.counter_form), self.tr("Counter"))
        self.tabs.addTab(_scrolling(self.printer_form), self.tr("Receipt printer"))
        self.tabs.addTab(_scrolling(self.cashup_form), self.tr("End of day"))

        self.message = MessageLabel(self.tr("Settings message"))
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        shortcut = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button = QPushButton(self.tr("Save ({shortcut})").format(shortcut=shortcut))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setToolTip(self.tr("Check and store every setting on these tabs"))
        self.save_button.setDefault(True)
        touch_sized(self.save_button)
        self.save_button.setMinimumWidth(180)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.save_button.clicked.connect(self.save)

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        bottom.addWidget(self.save_button, 0, top_right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.printer_form.test_requested.connect(self.test_print)
        self.events.printer_state_changed.connect(self._printer_state)
        self.reload()

    def reload(self) -> None:
        """Show the stored settings, dropping anything typed and not saved."""
        settings = get_settings(self.db)
        self.shop_form.load(settings, str(settings.printer.get("logo", "")))
        self.money_form.load(settings)
        self.counter_form.load(settings)
        self.printer_form.load(settings)
        self.cashup_form.load(settings)
        self.rates.refresh()
        self._loaded_state = self._form_state()

    def form_changes(self) -> dict[str, Any]:
        """Every field on the forms as ShopSettings keyword arguments, checked.

        When a value is refused, its tab is brought forward before the error is raised.

        Raises:
            InvalidInput: the first value that cannot be used.
        """
        return self._collected(show_refused=True)

    def _collected(self, *, show_refused: bool = False) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        steps = (
            (self.shop_form, self.shop_form.values),
            (self.money_form, self.money_form.values),
            (self.counter_form, self.counter_form.values),
            (self.cashup_form, self.cashup_form.values),
            (self.shop_form, lambda: {"logo": self.shop_form.logo_path()}),
            (self.printer_form, lambda: {"printer": self.printer_form.values(changes["logo"])}),
        )
        for form, collect in steps:
            try:
                changes.update(collect())
            except InvalidInput:
                if show_refused:
                    self._show_tab_of(form)
                raise
        del changes["logo"]
        return changes

    def has_unsaved_changes(self) -> bool:
        """Whether anything on the forms was changed since they were loaded or saved.

        The forms are compared with themselves as they were then, not with the stored
        settings: a form tidies what it shows (spaces, a logo file that has gone), and that
        alone is no change. Tax rates are saved as they change, so they never count.
        """
        return self._form_state() != self._loaded_state

    def _form_state(self) -> tuple[object, ...]:
        """What each form holds, checked: its values, or the reason one is refused."""
        logo = self.shop_form.logo.text().strip()
        steps: tuple[Callable[[], object], ...] = (
            self.shop_form.values,
            self.money_form.values,
            self.counter_form.values,
            self.cashup_form.values,
            self.shop_form.logo_path,
            lambda: self.printer_form.values(logo),
        )
        state: list[object] = []
        for step in steps:
            try:
                state.append(step())
            except InvalidInput as refused:
                state.append(str(refused))
        return tuple(state)

    def settings_on_screen(self) -> ShopSettings:
        """The settings as shown, unsaved, checked like Save checks them.

        Raises:
            InvalidInput: a value that cannot be used.
        """
        return validate(replace(get_settings(self.db), **self.form_changes()))

    def save(self) -> None:
        """Check and store every setting; on success tell the rest of the app."""
        self.message.clear_message()
        try:
            changes = self.form_changes()
            settings = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: update_settings(self.db, actor=actor, **changes),
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.printer_form.load(settings)
        self._loaded_state = self._form_state()
        self.message.show_success(self.tr("Settings saved."))
        self.events.settings_changed.emit(settings)

    def language_changed(self) -> None:
        """The language just saved is now the window's: this screen keeps the words it was
        built with, and says when it changes."""
        self.message.show_success(
            self.tr(
                "Settings saved. The other screens speak the new language when next opened; "
                "this one and Sell when ShopTill is next started."
            )
        )

    def test_print(self) -> None:
        """Print a test page off the UI thread with the settings on screen, saved or not."""
        form = self.printer_form
        form.test_result.clear_message()
        try:
            shop = self.settings_on_screen()
        except ShopError as error:
            form.test_result.show_error(str(error))
            return
        form.set_testing(True)
        Op(print_test_page, shop).success(self._test_printed).failure(self._test_failed).start()

    def _test_printed(self, _result: object) -> None:
        self.printer_form.set_testing(False)
        self.printer_form.test_result.show_success(self.tr("Test page printed."))

    def _test_failed(self, error: BaseException) -> None:
        self.printer_form.set_testing(False)
        message = (
            str(error)
            if isinstance(error, ShopError)
            else self.tr("The test page could not be printed: {error}").format(error=error)
        )
        self.printer_form.test_result.show_error(message)

    def _printer_state(self, _state: str, sentence: str) -> None:
        self.printer_form.show_status(sentence)

    def _show_tab_of(self, form: QWidget) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and (page is form or page.isAncestorOf(form)):
                self.tabs.setCurrentIndex(index)
                return
