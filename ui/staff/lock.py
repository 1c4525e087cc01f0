"""Locking the till and signing in again: the Lock action (Ctrl+L and the header's button),
auto-lock after idle minutes, and the sign-in page in front of the till.

With sign-in off none of it shows or runs: a one-person shop sees the till as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QWidget

from pos.services.database import Database
from pos.services.settings import ShopSettings
from ui.staff.idle import IdleWatcher
from ui.staff.sign_in import SignInScreen

#: The key that locks the till, from any screen.
LOCK_KEY = "Ctrl+L"


class TillLock(QObject):
    """Puts the sign-in page in front of the till page, and takes it away again when
    someone signs in.

    Signals:
        signed_in(object): the UserDTO of whoever signed in (the window hands the cart
            over and shows their name).
        locked_changed(bool): the till was locked (True) or unlocked (False).
    """

    signed_in = Signal(object)
    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        pages: QStackedWidget,
        till_page: QWidget,
        db: Database,
        till: str,
        waiting_for: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.pages = pages
        self.till_page = till_page
        self.waiting_for = waiting_for
        self.enabled = False
        self.locked = False
        self.minutes = 0
        self.screen = SignInScreen(db, till)
        self.screen.signed_in.connect(self._signed_in)
        pages.addWidget(self.screen)
        self.action = QAction(self.tr("Lock the till"), window)
        self.action.setShortcut(QKeySequence(LOCK_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.lock)
        self.action.setEnabled(False)
        window.addAction(self.action)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)

    def apply(self, settings: ShopSettings) -> None:
        """Follow the shop's settings: sign-in on or off, the auto-lock minutes."""
        self.enabled = settings.sign_in
        self.minutes = settings.auto_lock_minutes if settings.sign_in else 0
        self.action.setEnabled(self.enabled and not self.locked)
        if not self.locked:
            self.idle.set_minutes(self.minutes)

    def lock(self) -> None:
        """Show the sign-in page; the open cart stays as it is behind it."""
        if not self.enabled or self.locked:
            return
        self.locked = True
        self.idle.set_minutes(0)
        self.action.setEnabled(False)
        self.screen.show_people(self.waiting_for())
        self.pages.setCurrentWidget(self.screen)
        self.screen.keypad.setFocus()
        self.locked_changed.emit(True)

    def _signed_in(self, user: object) -> None:
        self.locked = False
        self.pages.setCurrentWidget(self.till_page)
        self.action.setEnabled(self.enabled)
        self.idle.set_minutes(self.minutes)
        self.locked_changed.emit(False)
        self.signed_in.emit(user)
