"""The home view shows today at a glance and follows the sales as they happen."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.reports import close_shift
from pos.services.cashup.shifts import open_shift
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from ui.events import AppEvents
from ui.home.view import HomeView

D = Decimal


def test_the_home_view_follows_the_day(
    qtbot: QtBot, db: Database, shop: ShopSettings, cashier: UserDTO, wine: ProductDTO
) -> None:
    events = AppEvents()
    actor = Actor(cashier.id, "Till 1")
    view = HomeView(db, actor, shop, events)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    assert view.today.figure.text() == "€0.00"
    assert view.drawer.detail.text() == "No shift is open on this till."
    assert view.last_z.detail.text() == "No shift has been closed yet."

    open_shift(db, actor, "50")
    till = CartSession(db, "Till 1", cashier)
    till.add_product(wine.id)
    sale = till.pay([Tender(PaymentMethod.CASH, D(20))])
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        events.sale_completed.emit(sale)
    assert view.today.figure.text() == "€12.50"
    assert view.today.detail.text().startswith("Sales: 1.")
    assert view.drawer.figure.text() == "€62.50"

    close_shift(db, actor, count_as_amount(shop, "62.45"))
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        events.stock_changed.emit()
    assert view.last_z.figure.text() == "€12.50"
    assert "Z000001" in view.last_z.detail.text()
    assert "Cash €0.05 short." in view.last_z.detail.text()
    assert view.drawer.figure.text() == "—"
