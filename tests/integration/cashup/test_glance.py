"""Today at a glance: sales so far against last week's same day, the drawer, low stock,
the last Z."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.glance import glance
from pos.services.cashup.reports import close_shift
from pos.services.cashup.shifts import open_shift
from pos.services.catalog.products import update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO

D = Decimal


def test_today_against_the_same_day_last_week(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    actor = Actor(cashier.id, "Till 1")
    update_product(db, milk.id, actor=actor, reorder_level=D(5))  # 0 on hand: low
    open_shift(db, actor, "20")
    till = CartSession(db, "Till 1", cashier)
    till.add_product(wine.id)
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.CASH, D("13.70"))])
    refund_sale(
        db, "S000001", None, PaymentMethod.CARD, settings=shop, actor=Actor(cashier.id, "Till 1")
    )
    till.add_product(wine.id)
    till.pay([Tender(PaymentMethod.CARD, D("12.50"))])
    now = datetime.now(UTC) + timedelta(seconds=1)

    today = glance(db, actor, now=now)
    assert (today.sales_today, today.sales_count, today.last_week) == (D("12.50"), 2, 0)
    assert today.change is None and today.low_stock == 1 and today.last_z is None
    assert today.drawer == D("20") + D("13.70")  # the refund went back by card

    close_shift(db, actor, count_as_amount(shop, "33.00"))
    closed = glance(db, actor, now=now)
    assert closed.drawer is None and closed.last_z is not None
    assert (closed.last_z.number, closed.last_z.net, closed.last_z.over_short) == (
        "Z000001", D("12.50"), D("-0.70")
    )  # fmt: skip

    week_on = glance(db, actor, now=now + timedelta(days=7))
    assert (week_on.sales_today, week_on.last_week, week_on.change) == (0, D("12.50"), -100)
