"""A small known month of sales and refunds, in Nairobi (UTC+3 all year), on two tills'
cashiers, three tenders, two categories, rung up at set instants through the services.

Worked out by hand (prices include tax; tax = gross x rate / (100 + rate), half up):

====  ===================  =================  ======  =============================  =====
doc   UTC                  Nairobi            who     what                           paid
====  ===================  =================  ======  =============================  =====
S1    2026-02-27 10:00     Fri 27 Feb 13:00   Alex    3 milk 3.60 (tax 0.17)         cash
S2    2026-02-28 20:59:59  Sat 28 Feb 23:59   Alex    wine 12.50 (tax 2.08)          card
S3    2026-02-28 21:00     Sun 1 Mar 00:00    Alex    milk 1.20 (tax 0.06)           cash
S4    2026-03-02 07:15     Mon 2 Mar 10:15    Alex    2 milk 2.40 (0.11) + wine      cash
                                                      12.50 (2.08) = 14.90
S5    2026-03-02 21:30     Tue 3 Mar 00:30    Sam     milk 1.20 (0.06)               mobile MP-1
S6    2026-03-03 11:00     Tue 3 Mar 14:00    Sam     wine 12.50 less 10 % = 11.25   card
                                                      (tax 1.88)
R1    2026-03-04 08:00     Wed 4 Mar 11:00    Alex    S4's wine back: 12.50 (2.08)   cash
====  ===================  =================  ======  =============================  =====

Milk costs 0.80, wine 7.00 when sold; the wine's cost is raised to 9.00 afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import users
from pos.domain.cart import Discount, DiscountKind
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import ProductInput, create_product, update_product
from pos.services.dto import Actor
from pos.services.selling import refunds as refunds_module
from pos.services.selling import sales as sales_module
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO

NAIROBI = ZoneInfo("Africa/Nairobi")
D = Decimal


@dataclass(frozen=True)
class KnownShop:
    db: Database
    owner: Actor
    cashier: Actor  # Sam, a cashier: may not see reports


def add_user(db: Database, name: str, role: str) -> UserDTO:
    with db.write() as uow:
        new = insert(users).values(name=name, role=role, active=True)
        user_id = int(uow.connection.execute(new).inserted_primary_key[0])
        uow.commit()
    return UserDTO(user_id, name, role)


@pytest.fixture
def known(
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    rates: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[KnownShop]:
    milk = create_product(
        db,
        ProductInput(
            sku="MILK",
            name="Fresh Milk 1 L",
            price=D("1.20"),
            cost=D("0.80"),
            tax_rate_id=rates["Reduced"],
            category="Dairy",
        ),
        actor=Actor(cashier.id, "Till 1"),
    )
    wine = create_product(
        db,
        ProductInput(
            sku="WINE",
            name="Crème de cassis 70 cl",
            price=D("12.50"),
            cost=D("7.00"),
            tax_rate_id=rates["Standard"],
        ),
        actor=Actor(cashier.id, "Till 1"),
    )
    sam = add_user(db, "Sam", "cashier")
    owner = Actor(cashier.id, "Till 1")

    def at(*moment: int) -> None:
        now = datetime(*moment, tzinfo=UTC)  # type: ignore[misc]
        monkeypatch.setattr(sales_module, "utcnow", lambda: now)
        monkeypatch.setattr(refunds_module, "utcnow", lambda: now)

    def sell(
        who: UserDTO,
        till: str,
        lines: list[tuple[int, int]],
        tender: Tender,
        discount: Decimal | None = None,
    ) -> object:
        session = CartSession(db, till, who, shop)
        for product_id, quantity in lines:
            session.add_product(product_id, D(quantity))
        if discount is not None:
            session.set_cart_discount(Discount(DiscountKind.PERCENT, discount))
        return session.pay([tender])

    cash, card, mobile = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE
    at(2026, 2, 27, 10, 0)
    sell(cashier, "Till 1", [(milk.id, 3)], Tender(cash, D("3.60")))
    at(2026, 2, 28, 20, 59, 59)
    sell(cashier, "Till 1", [(wine.id, 1)], Tender(card, D("12.50")))
    at(2026, 2, 28, 21, 0)
    sell(cashier, "Till 1", [(milk.id, 1)], Tender(cash, D("1.20")))
    at(2026, 3, 2, 7, 15)
    s4 = sell(cashier, "Till 1", [(milk.id, 2), (wine.id, 1)], Tender(cash, D("20")))
    at(2026, 3, 2, 21, 30)
    sell(sam, "Till 2", [(milk.id, 1)], Tender(mobile, D("1.20"), "MP-1"))
    at(2026, 3, 3, 11, 0)
    sell(sam, "Till 2", [(wine.id, 1)], Tender(card, D("11.25")), discount=D("10"))
    at(2026, 3, 4, 8, 0)
    wine_line = next(line for line in s4.lines if line.sku == "WINE")  # type: ignore[attr-defined]
    refund_sale(
        db, "S000004", {wine_line.id: D(1)}, cash, settings=shop, actor=Actor(cashier.id, "Till 1")
    )
    update_product(db, wine.id, actor=owner, cost=D("9.00"))
    yield KnownShop(db, owner, Actor(sam.id, "Till 2"))
