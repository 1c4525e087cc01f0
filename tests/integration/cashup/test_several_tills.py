"""Several tills: each has its own shift; a Z per till or for the whole shop; two tills
closing at once, one wins and the other is told."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.errors import NotFound, ShopError
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.reports import ShiftReportDTO, close_shift, x_report
from pos.services.cashup.shifts import current_shift, open_shift
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, ZScope, update_settings
from pos.services.shop import UserDTO

D = Decimal


def sell(db: Database, cashier: UserDTO, till: str, product: ProductDTO, cash: str) -> None:
    session = CartSession(db, till, cashier)
    session.add_product(product.id)
    session.pay([Tender(PaymentMethod.CASH, D(cash))])


@pytest.fixture
def two_tills(db: Database, shop: ShopSettings, cashier: UserDTO, wine: ProductDTO) -> None:
    """Till 1 opened with €50 and sold a wine; Till 2 with €30, two wines."""
    open_shift(db, Actor(cashier.id, "Till 1"), "50")
    open_shift(db, Actor(cashier.id, "Till 2"), "30")
    sell(db, cashier, "Till 1", wine, "12.50")
    sell(db, cashier, "Till 2", wine, "20")
    sell(db, cashier, "Till 2", wine, "12.50")


def test_each_till_closes_its_own_shift(
    db: Database, two_tills: None, cashier: UserDTO, shop: ShopSettings
) -> None:
    first = close_shift(db, Actor(cashier.id, "Till 1"), count_as_amount(shop, "62.50"))
    f = first.figures
    assert (f.till, f.sales_count, f.expected_cash, first.over_short) == (
        "Till 1", 1, D("62.50"), 0
    )  # fmt: skip
    assert current_shift(db, "Till 1") is None and current_shift(db, "Till 2") is not None
    assert x_report(db, Actor(cashier.id, "Till 2")).figures.expected_cash == D("55.00")


def test_a_z_of_the_whole_shop_closes_every_till(
    db: Database, two_tills: None, cashier: UserDTO, actor: Actor
) -> None:
    settings = update_settings(db, z_scope=ZScope.SHOP, actor=actor)
    z = close_shift(db, Actor(cashier.id, "Till 2"), count_as_amount(settings, "117.00"))
    f = z.figures
    assert (f.till, f.sales_count, f.opening_float) == ("Till 1, Till 2", 3, D(80))
    assert (f.expected_cash, z.over_short) == (D("117.50"), D("-0.50"))
    assert current_shift(db, "Till 1") is None and current_shift(db, "Till 2") is None
    with pytest.raises(NotFound, match="No till has an open shift"):
        x_report(db, Actor(cashier.id, "Till 1"))
    assert check_database(db) == []


def test_two_tills_closing_at_once_one_wins(
    db: Database, two_tills: None, cashier: UserDTO, actor: Actor
) -> None:
    settings = update_settings(db, z_scope=ZScope.SHOP, actor=actor)
    start = threading.Barrier(2)
    done: list[ShiftReportDTO] = []
    refused: list[ShopError] = []

    def close(till: str) -> None:
        start.wait()
        try:
            done.append(close_shift(db, Actor(cashier.id, till), count_as_amount(settings, "0")))
        except ShopError as error:
            refused.append(error)

    workers = [threading.Thread(target=close, args=(till,)) for till in ("Till 1", "Till 2")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert [z.number for z in done] == ["Z000001"]
    assert len(refused) == 1 and isinstance(refused[0], NotFound)
    assert check_database(db) == []
