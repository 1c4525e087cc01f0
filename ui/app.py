"""Composition root: the QApplication, the database, the services and the main window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from babel.numbers import format_decimal

from pos.domain.errors import ShopError
from pos.services.database import Database, demo_database_url, open_database
from pos.services.dto import Actor
from pos.services.selling.cart_restore import restore_session
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO, owner, shop_exists
from pos.services.staff.permissions import Permission, permissions_of
from pos.services.stock.reorder import count_low

# ShopTill's core loads before Qt: once Qt is imported, its import hook reads the source of
# every module imported after it (tens of milliseconds of the till's start).
# isort: split

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.events import AppEvents
from ui.i18n import ShopLanguage
from ui.ops import Op, wait_for_all
from ui.sales.printing import ERROR, READY, printer_state
from ui.sales.screen import SalesScreen
from ui.startup import collect_due, settle_collection

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui.cashup.screen import EndOfDayScreen
    from ui.home.view import HomeView
    from ui.products.screen import ProductsScreen
    from ui.reports.screen import ReportsScreen
    from ui.settings.screen import SettingsScreen
    from ui.staff.lock import TillLock
    from ui.staff.screen import StaffScreen
    from ui.stock.screen import StockScreen

log = logging.getLogger(__name__)
#: The navigation entries of the Staff and Settings screens (hidden from whoever may not).
#: Navigation entries hidden from a user who may not use them.
STAFF, REPORTS, TODAY, SETTINGS = 3, 5, 6, 7
#: The screens built on first use, which are built again for another person or language.
_BUILT_ON_FIRST_USE = (
    "_products_screen",
    "_stock_screen",
    "_staff_screen",
    "_end_of_day_screen",
    "_reports_screen",
    "_today_screen",
    "_settings_screen",
)
_PRINTER_STYLES = {READY: "color:#14401a;", ERROR: "color:#8a0000; font-weight:bold;"}


class ShopHeader(QWidget):
    """The shop, how many products are low, the cashier, the till and the printer's state,
    at a glance."""

    def __init__(
        self, settings: ShopSettings, cashier: str, till: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = QLabel()
        font = self.shop.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.shop.setFont(font)
        self.till = till
        self.cashier = cashier
        self.who = QLabel()
        #: Lock the till (Ctrl+L): shown only while sign-in is on.
        self.lock = QPushButton()
        self.lock.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock.setMinimumHeight(32)
        self.lock.hide()
        self.printer = QLabel()
        self.low = QLabel()
        self.low.setStyleSheet("color:#8a4b00; font-weight:bold;")
        self.low.hide()  # until counted, and while none is low
        self.low_count = 0
        self.shop_locale = settings.locale
        self.printer_state = ("", "")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.shop)
        layout.addStretch(1)
        layout.addWidget(self.low)
        layout.addSpacing(16)
        layout.addWidget(self.who)
        layout.addWidget(self.lock)
        layout.addSpacing(16)
        layout.addWidget(self.printer)
        self.retranslate()
        self.show_shop(settings)

    def retranslate(self) -> None:
        """Word everything in the language installed now (at first, and when it changes)."""
        self.shop.setAccessibleName(self.tr("Shop"))
        self.who.setAccessibleName(self.tr("Cashier and till"))
        self.lock.setText(self.tr("Lock (Ctrl+L)"))
        self.lock.setAccessibleName(self.tr("Lock the till"))
        self.printer.setAccessibleName(self.tr("Printer state"))
        self.low.setAccessibleName(self.tr("Low stock"))
        self.low.setToolTip(
            self.tr("Products at or below their reorder level: see the reorder list on Stock.")
        )
        self.show_cashier(self.cashier)
        if self.low_count:
            self.show_low(self.low_count)
        if self.printer_state[0]:
            self.show_printer(*self.printer_state)

    def show_cashier(self, cashier: str) -> None:
        """Say who is signed in at this till."""
        self.cashier = cashier
        self.who.setText(self.tr("{cashier} at {till}").format(cashier=cashier, till=self.till))

    def show_shop(self, settings: ShopSettings) -> None:
        self.shop.setText(settings.shop_name)
        self.shop_locale = settings.locale
        self.show_printer(*printer_state(settings))
        if self.low_count:
            self.show_low(self.low_count)  # written as the shop's locale writes numbers

    def show_low(self, count: int) -> None:
        """Say how many products are low; nothing when none is."""
        self.low_count = count
        shown = format_decimal(count, locale=self.shop_locale)
        self.low.setText(self.tr("{count} low on stock").format(count=shown))
        self.low.setVisible(count > 0)

    def show_printer(self, state: str, message: str) -> None:
        self.printer_state = (state, message)
        labels = {READY: self.tr("Printer ready"), ERROR: self.tr("Printer problem")}
        self.printer.setText(labels.get(state, self.tr("No receipt printer")))
        self.printer.setToolTip(message)
        self.printer.setStyleSheet(_PRINTER_STYLES.get(state, "color:#555;"))


class MainWindow(QMainWindow):
    """ShopTill's window: the header, the navigation, and one screen at a time.

    The shop's locale chooses the language and the reading direction (``ui.i18n``); it is
    installed before any text is made, and follows the setting when it changes.

    Args:
        db: the shop's database.
        till: this till's name.
        catalogs: the folder of ShopTill's translations (the shipped one by default).
    """

    def __init__(self, db: Database, till: str, *, catalogs: Path | None = None) -> None:
        super().__init__()
        self.db = db
        self.events = AppEvents(self)
        settings = get_settings(db)
        self.language = ShopLanguage(catalogs, parent=self)
        self.language.apply(settings.locale)
        self.shop_name = settings.shop_name
        cashier = owner(db)
        self.till = till
        # After a crash with sign-in on, the open cart stays its cashier's (not the owner's).
        self.session = restore_session(db, till, cashier, settings)
        #: Who is signed in: the owner while sign-in is off.
        self.user = cashier
        self.actor = Actor(cashier.id, till)
        self.header = ShopHeader(settings, cashier.name, till)
        self.sales = SalesScreen(db, self.session, self.events)
        # Built on first use: the till must be ready fast, and Settings counts products.
        self._settings_screen: SettingsScreen | None = None
        self._products_screen: ProductsScreen | None = None
        self._stock_screen: StockScreen | None = None
        self._staff_screen: StaffScreen | None = None
        self._reports_screen: ReportsScreen | None = None
        self._today_screen: HomeView | None = None
        #: Locking and signing in, built once sign-in is on (a one-person shop never loads it).
        self.till_lock: TillLock | None = None
        self._end_of_day_screen: EndOfDayScreen | None = None
        #: Runs the cycle collector on this thread once the window is shown (show_window).
        self.collector = QTimer(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sales)
        self._navigation()
        self.till_page = QWidget()
        layout = QVBoxLayout(self.till_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        #: The till, or the sign-in page in front of it while locked.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.till_page)
        self.setCentralWidget(self.pages)
        self.events.settings_changed.connect(self._settings_changed)
        self.events.printer_state_changed.connect(self.header.show_printer)
        # How many products are low: counted off the UI thread, once the window is up and
        # again whenever stock or the catalog changes (a sale, an adjustment, a new level).
        self._low_counting = False
        self._low_again = False
        self._low_started = 0.0
        self.events.stock_changed.connect(self.count_low_stock)
        self.events.catalog_changed.connect(self.count_low_stock)
        QTimer.singleShot(0, self.count_low_stock)
        self._settings_changed(settings)
        self._restore_geometry()
        self._show_allowed()
        if settings.sign_in:
            self.lock()  # the till opens on the sign-in page

    def count_low_stock(self) -> None:
        """Count the low products in the background. Changes made during a count are
        counted once more after it, and not at once: after a pause of five times what the
        count took (one second at least), so that a busy till on a catalog where the count
        is slow (half a million low products: seconds) does not count without a break."""
        if self._low_counting:
            self._low_again = True
            return
        self._low_counting = True
        self._low_started = time.monotonic()
        Op(count_low, self.db).success(self._low_counted).failure(self._low_failed).start()

    def _low_counted(self, count: int) -> None:
        self.header.show_low(count)
        if not self._low_again:
            self._low_counting = False
            return
        self._low_again = False
        took = time.monotonic() - self._low_started
        QTimer.singleShot(max(1000, int(took * 5000)), self._count_low_again)

    def _count_low_again(self) -> None:
        self._low_counting = False
        self.count_low_stock()

    def _low_failed(self, error: BaseException) -> None:
        self._low_counting = False
        log.warning("counting low stock failed: %s", error)

    def _navigation(self) -> None:
        bar = QToolBar()
        bar.setObjectName("screens")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        group = QActionGroup(self)
        # Products, Stock and Settings are built on first use.
        screens: tuple[tuple[Callable[[], QWidget], str], ...] = (
            (lambda: self.sales, "Ctrl+1"),
            (lambda: self.products_screen, "Ctrl+2"),
            (lambda: self.stock_screen, "Ctrl+3"),
            (lambda: self.staff_screen, "Ctrl+4"),
            (lambda: self.end_of_day_screen, "Ctrl+5"),
            (lambda: self.reports_screen, "Ctrl+6"),
            (lambda: self.today_screen, "Ctrl+7"),
            (lambda: self.settings_screen, "Ctrl+9"),
        )
        for screen, key in screens:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, s=screen: self.show_screen(s()))
            group.addAction(action)
            bar.addAction(action)
        group.actions()[0].setChecked(True)
        self.screen_actions = group.actions()
        self.navigation = bar
        self._word_navigation()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _word_navigation(self) -> None:
        """The navigation's words in the language installed now, each with its key."""
        self.navigation.setWindowTitle(self.tr("Screens"))
        labels = (
            self.tr("Sell"),
            self.tr("Products"),
            self.tr("Stock"),
            self.tr("Staff"),
            self.tr("End of day"),
            self.tr("Reports"),
            self.tr("Today"),
            self.tr("Settings"),
        )
        for action, label in zip(self.screen_actions, labels, strict=True):
            # As the shop's language names the keys (Strg+1 in German), as on Sell's buttons.
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(f"{label} ({key})")

    def changeEvent(self, event: QEvent) -> None:
        """Another language installed: the window's own words follow at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self._word_navigation()
            self.header.retranslate()
            self._show_title()
        super().changeEvent(event)

    @property
    def settings_screen(self) -> SettingsScreen:
        """The Settings screen, built the first time it is wanted."""
        if self._settings_screen is None:
            # Imported here too: the printer library it needs costs the till's start-up.
            from ui.settings.screen import SettingsScreen

            self._settings_screen = SettingsScreen(self.db, self.events, actor=self.actor)
            self.stack.addWidget(self._settings_screen)
        return self._settings_screen

    @property
    def products_screen(self) -> ProductsScreen:
        """The Products screen, built the first time it is wanted."""
        if self._products_screen is None:
            from ui.products.screen import ProductsScreen

            settings = get_settings(self.db)
            self._products_screen = ProductsScreen(self.db, self.actor, settings, self.events)
            self.stack.addWidget(self._products_screen)
        return self._products_screen

    @property
    def stock_screen(self) -> StockScreen:
        """The Stock screen, built the first time it is wanted."""
        if self._stock_screen is None:
            from ui.stock.screen import StockScreen

            settings = get_settings(self.db)
            self._stock_screen = StockScreen(self.db, self.actor, settings, self.events)
            self.stack.addWidget(self._stock_screen)
        return self._stock_screen

    @property
    def staff_screen(self) -> StaffScreen:
        """The Staff screen, built the first time it is wanted."""
        if self._staff_screen is None:
            from ui.staff.screen import StaffScreen

            self._staff_screen = StaffScreen(self.db, self.actor, self.events)
            self.stack.addWidget(self._staff_screen)
        return self._staff_screen

    @property
    def end_of_day_screen(self) -> EndOfDayScreen:
        """The End of day screen (shifts, X and Z), built the first time it is wanted."""
        if self._end_of_day_screen is None:
            from ui.cashup.screen import EndOfDayScreen

            screen = EndOfDayScreen(self.db, self.actor, get_settings(self.db), self.events)
            self._end_of_day_screen = screen
            self.stack.addWidget(screen)
        return self._end_of_day_screen

    @property
    def reports_screen(self) -> ReportsScreen:
        """The Reports screen (sales reports and charts), built the first time it is wanted."""
        if self._reports_screen is None:
            from ui.reports.screen import ReportsScreen

            screen = ReportsScreen(self.db, self.actor, get_settings(self.db), self.events)
            self._reports_screen = screen
            self.stack.addWidget(screen)
        return self._reports_screen

    @property
    def today_screen(self) -> HomeView:
        """Today at a glance (the owner's home view), built the first time it is wanted."""
        if self._today_screen is None:
            from ui.home.view import HomeView

            view = HomeView(self.db, self.actor, get_settings(self.db), self.events)
            self._today_screen = view
            self.stack.addWidget(view)
        return self._today_screen

    def show_screen(self, screen: QWidget) -> None:
        leaving = self.stack.currentWidget()
        settings = self._settings_screen
        if leaving is settings is not screen and not self._settings_may_close():
            self._check_action_of(settings)
            return
        self.stack.setCurrentWidget(screen)
        self._check_action_of(screen)
        if screen is self.sales:
            self.sales.refresh()
        elif screen is self._products_screen and leaving is not screen:
            self._products_screen.refresh()  # sales and edits elsewhere since it was shown
        elif screen is self._stock_screen and leaving is not screen:
            self._stock_screen.refresh()
        elif screen is self._staff_screen and leaving is not screen:
            self._staff_screen.refresh()
        elif screen is self._today_screen and leaving is not screen:
            self._today_screen.refresh()

    def _check_action_of(self, screen: QWidget | None) -> None:
        """Mark the navigation entry of ``screen`` (never building a screen to compare)."""
        built = (
            self.sales,
            self._products_screen,
            self._stock_screen,
            self._staff_screen,
            self._end_of_day_screen,
            self._reports_screen,
            self._today_screen,
            self._settings_screen,
        )
        for action, shown in zip(self.screen_actions, built, strict=True):
            action.setChecked(shown is screen)

    def _settings_changed(self, settings: ShopSettings) -> None:
        self.shop_name = settings.shop_name
        self._show_title()
        self.header.show_shop(settings)
        if self.language.apply(settings.locale):
            self._language_changed()
        if settings.sign_in and self.till_lock is None:
            self._build_lock()
        if self.till_lock is not None:
            self.till_lock.apply(settings)
        self.header.lock.setVisible(settings.sign_in)

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("ShopTill — {shop}").format(shop=self.shop_name))

    def _language_changed(self) -> None:
        """Another language: the back-office screens built so far are built again on their
        next opening, in it; the one on show (Settings, where it was chosen) and the till's
        screen keep their words until ShopTill is restarted, and say so."""
        self._drop_screens(keep=self.stack.currentWidget())
        note = self.tr("The Sell screen changes language when ShopTill is next started.")
        self.sales.banner.info(note)
        if self._settings_screen is not None:
            self._settings_screen.language_changed()

    def _drop_screens(self, keep: QWidget | None = None) -> None:
        """Forget the back-office screens built so far (but ``keep``): each is built again
        the next time it is wanted."""
        for name in _BUILT_ON_FIRST_USE:
            screen = getattr(self, name)
            if screen is not None and screen is not keep:
                self.stack.removeWidget(screen)
                screen.deleteLater()
                setattr(self, name, None)

    # --- who is at the till -------------------------------------------------------------------

    def _build_lock(self) -> None:
        from ui.staff.lock import TillLock

        lock = TillLock(self, self.pages, self.till_page, self.db, self.till, self._cart_owner)
        lock.signed_in.connect(self.signed_in)
        lock.locked_changed.connect(self._locked_changed)
        self.header.lock.clicked.connect(lock.lock)
        self.till_lock = lock

    def _cart_owner(self) -> str:
        """Whose cart waits behind the lock (nobody's when it is empty)."""
        return self.session.cashier.name if self.session.cart.lines else ""

    def lock(self) -> None:
        """Lock the till (Ctrl+L): the sign-in page in front, the cart kept as it is."""
        if self.till_lock is not None:
            self.till_lock.lock()

    def _locked_changed(self, locked: bool) -> None:
        self.navigation.setVisible(not locked)
        for action in self.screen_actions:
            action.setEnabled(not locked)
        if not locked:
            self._show_allowed()

    def signed_in(self, user: UserDTO) -> None:
        """Someone signed in: the same person carries on with the cart; another starts
        afresh, with the open cart parked under the first cashier's name."""
        first = self.session.cashier
        parked = self.session.hand_over(user)
        if user.id != self.user.id:
            self._user_changed(user)
        self.show_screen(self.sales)
        if parked is not None:
            self.sales.banner.info(
                self.tr(
                    "{first}'s cart was parked under their name. {first} can take it back "
                    "with Resume (F6)."
                ).format(first=first.name)
            )
        self.sales.focus_scan()

    def _user_changed(self, user: UserDTO) -> None:
        """Another person at the till: their name in the header, and the back-office
        screens built again for them (each holds who acts)."""
        self.user = user
        self.actor = Actor(user.id, self.till)
        self.header.show_cashier(user.name)
        self.stack.setCurrentWidget(self.sales)
        self._drop_screens()
        self._show_allowed()

    def _show_allowed(self) -> None:
        """Hide the screens the user may not use (a courtesy: the services refuse anyway)."""
        allowed = permissions_of(self.db, self.user.id)
        hidden = {
            STAFF: not allowed & {Permission.MANAGE_USERS, Permission.UNLOCK_STAFF},
            REPORTS: Permission.SEE_REPORTS not in allowed,
            TODAY: Permission.SEE_REPORTS not in allowed,
            SETTINGS: Permission.CHANGE_SETTINGS not in allowed,
        }
        for index, hide in hidden.items():
            self.screen_actions[index].setVisible(not hide)

    def _restore_geometry(self) -> None:
        stored = QSettings()
        geometry = stored.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        panes = stored.value("main_window/sales_panes")
        if panes is not None:
            self.sales.splitter.restoreState(panes)

    def _settings_may_close(self) -> bool:
        """Settings with changes not saved: save them, drop them, or stay. True to go on."""
        screen = self._settings_screen
        if screen is None or not screen.has_unsaved_changes():
            return True
        from PySide6.QtWidgets import QMessageBox  # only when there is something to ask

        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved settings"),
            self.tr("Some settings were changed but not saved. Save them now?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Cancel,  # a scanner's Enter must not decide for the shopkeeper
        )
        if answer == buttons.Save:
            screen.save()  # a refused value stays on screen with its reason
            return not screen.has_unsaved_changes()
        if answer == buttons.Discard:
            screen.reload()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settings_may_close():
            event.ignore()
            return
        stored = QSettings()
        stored.setValue("main_window/geometry", self.saveGeometry())
        stored.setValue("main_window/sales_panes", self.sales.splitter.saveState())
        wait_for_all(5_000)  # a receipt being sent finishes (or times out) first
        super().closeEvent(event)


def choose_database(url: str | None) -> Database | None:
    """Open the shop; on an empty one, offer to create a shop or try the separate demo."""
    db = open_database(url)
    if shop_exists(db):
        return db
    # Imported only on a first run: a shop's every start skips their cost.
    from pos.services.demo import create_demo_shop, holds_demo_shop
    from ui.setup.first_run import FirstRunChoice, FirstRunDialog

    dialog = FirstRunDialog(db)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    if dialog.choice is FirstRunChoice.DEMO:
        db.close()
        demo = open_database(demo_database_url())
        if not holds_demo_shop(demo):
            create_demo_shop(demo)
        return demo
    return db


def run_gui(url: str | None, till: str) -> int:
    """Open the window and run Qt's event loop until it closes."""
    app = QApplication(sys.argv)
    app.setOrganizationName("ShopTill")
    app.setApplicationName("ShopTill")
    try:
        db = choose_database(url)
        if db is None:
            return 0
        window = MainWindow(db, till)
    except ShopError as error:
        log.error("cannot start: %s", error)
        from PySide6.QtWidgets import QMessageBox  # only when the till cannot start

        QMessageBox.critical(
            None, QApplication.translate("app", "ShopTill cannot start"), str(error)
        )
        return 1
    show_window(window)
    return app.exec()


def show_window(window: MainWindow) -> None:
    """Show the till with the cursor in the scan field; once the event loop runs (the
    window's first paint is due then), the cycle collector runs again, on this thread only
    (``ui.startup``)."""
    window.show()
    if window.till_lock is not None and window.till_lock.locked:
        window.till_lock.screen.keypad.setFocus()  # the number keys type the PIN at once
    else:
        window.sales.focus_scan()
    window.collector.timeout.connect(collect_due)
    QTimer.singleShot(0, settle_collection)
    QTimer.singleShot(0, lambda: window.collector.start(COLLECT_EVERY_MS))
    QTimer.singleShot(PRELOAD_AFTER_MS, preload_products_screen)


#: How often the UI thread collects cyclic garbage that is due (``ui.startup.collect_due``).
COLLECT_EVERY_MS = 1000


#: How long after the till is shown the Products screen's code is loaded.
PRELOAD_AFTER_MS = 1500


def preload_products_screen() -> None:
    """Load the Products screen's modules while the shop opens up, not at the first Ctrl+2
    (some 60 ms of a first opening). The screen itself is still built on first use; the
    ORM still loads only with the product dialog."""
    import ui.products.screen  # noqa: F401
