"""The End of day screen's tests: a shop with milk and wine, the screen as the window
builds it, a loopback receipt printer, and dialogs driven as a cashier drives them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.shifts import open_shift
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import UserDTO
from tests.receipts.fake_printer import FakePrinter, Mode
from ui.cashup.screen import EndOfDayScreen
from ui.events import AppEvents
from ui.ops import wait_for_all

TILL = "Till 1"
D = Decimal
W = TypeVar("W", bound=QWidget)


@pytest.fixture
def printer(db: Database, shop: ShopSettings, actor: Actor) -> Iterator[FakePrinter]:
    """A receipt printer on 127.0.0.1 that takes every job; the shop prints to it."""
    server = FakePrinter(Mode.OK)
    server.start()
    update_settings(db, actor=actor, printer={"connection": server.address, "timeout": 0.5})
    yield server
    server.stop()


def card_and_mobile_day(db: Database, actor: Actor, cashier: UserDTO, milk: ProductDTO) -> None:
    """€50 float; two milks by card (one with a reference), one by mobile money."""
    open_shift(db, actor, "50")
    till = CartSession(db, TILL, cashier)
    for tender in (
        Tender(PaymentMethod.CARD, D("1.20"), reference="4242"),
        Tender(PaymentMethod.CARD, D("1.20")),
        Tender(PaymentMethod.MOBILE, D("1.20"), reference="MP7Q2"),
    ):
        till.add_product(milk.id)
        till.pay([tender])


def make_screen(qtbot: QtBot, db: Database, actor: Actor) -> EndOfDayScreen:
    screen = EndOfDayScreen(db, actor, get_settings(db), AppEvents())
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitUntil(lambda: screen.shift.known, timeout=5000)
    return screen


@pytest.fixture
def screen(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> EndOfDayScreen:
    return make_screen(qtbot, db, actor)


#: Dialog watchers still waiting: each test must see its dialogs open (``in_dialog``).
_WAITING: list[QTimer] = []


@pytest.fixture(autouse=True)
def _no_dialog_left_waiting_for() -> Iterator[None]:
    """A watcher left waiting would act on the next test's dialog: stop it, and fail."""
    yield
    left = [timer for timer in _WAITING if timer.isActive()]
    for timer in _WAITING:
        timer.stop()
    _WAITING.clear()
    assert not left, "a dialog the test waited for never opened"


def dialogs_done(qtbot: QtBot) -> None:
    """Wait until every dialog the test waits for has opened and been dealt with (one
    that opens once a background call is back comes after the click returns)."""
    qtbot.waitUntil(lambda: not any(timer.isActive() for timer in _WAITING), timeout=6000)
    wait_for_all()


def in_dialog(kind: type[W], act: Callable[[W], object], tries: int = 500) -> None:
    """Run ``act`` on the next modal dialog of ``kind`` once it is up (its ``exec()``
    blocks the test); another modal on top of it (the one before, closing) is waited out.
    A failing ``act`` closes the dialog, so the test reports its error instead of hanging."""
    timer = QTimer()
    timer.setInterval(10)
    left = [tries]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        left[0] -= 1
        if not isinstance(dialog, kind) and left[0] > 0:
            return
        timer.stop()
        assert isinstance(dialog, kind), f"no {kind.__name__} opened"
        try:
            act(dialog)
        except BaseException:
            dialog.close()  # the test fails with its own error, not a dialog left open
            raise

    timer.timeout.connect(attempt)
    _WAITING.append(timer)
    timer.start()
