"""Fixtures for receipts: real sales rung up through the till, and a loopback printer."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.cart import Discount, DiscountKind
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import ProductInput, create_product
from pos.services.dto import Actor, ProductDTO, SaleDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import UserDTO
from tests.receipts.fake_printer import FakePrinter, Mode

TILL = "Till 1"


@pytest.fixture
def shop_profile(db: Database, shop: ShopSettings, actor: Actor) -> ShopSettings:
    """The test shop with an address, a tax ID and a footer, as a receipt shows them."""
    return update_settings(
        db,
        shop_name="Café Crème",
        address="12 Grüner Weg\nDublin D02 X285",
        tax_id="IE1234567T",
        receipt_footer="Thank you! Returns within 30 days with this receipt.",
        actor=actor,
    )


@pytest.fixture
def muesli(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    return create_product(
        db,
        ProductInput(
            sku="MUESLI",
            name="Grüße Müsli Crunchy Hazelnut & Chocolate Family Pack 750 g",
            price=Decimal("4.49"),
            tax_rate_id=rates["Reduced"],
        ),
        actor=actor,
    )


@pytest.fixture
def sale(
    db: Database,
    shop_profile: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    muesli: ProductDTO,
) -> SaleDTO:
    """S000001: two milks, wine with 10 % off, 0.350 kg apples, muesli; €50 cash given."""
    till = CartSession(db, TILL, cashier)
    till.add_product(milk.id, Decimal(2))
    wine_line = till.add_product(wine.id)
    till.set_line_discount(wine_line.line_id, Discount(DiscountKind.PERCENT, Decimal(10)))
    till.add_product(apples.id, Decimal("0.350"))
    till.add_product(muesli.id)
    return till.pay([Tender(PaymentMethod.CASH, Decimal(50))])


@pytest.fixture
def card_sale(
    db: Database, shop_profile: ShopSettings, cashier: UserDTO, milk: ProductDTO
) -> SaleDTO:
    till = CartSession(db, TILL, cashier)
    till.add_product(milk.id)
    return till.pay([Tender(PaymentMethod.CARD, Decimal("1.20"), reference="4242")])


@pytest.fixture
def refund(db: Database, sale: SaleDTO, cashier: UserDTO) -> SaleDTO:
    """R000001: everything of S000001 back, in cash."""
    return refund_sale(
        db,
        sale.number,
        None,
        PaymentMethod.CASH,
        settings=get_settings(db),
        actor=Actor(cashier.id, TILL),
    )


def ring_up(db: Database, cashier: UserDTO, products: list[ProductDTO], count: int) -> SaleDTO:
    """A sale of ``count`` lines, cycling through ``products``, paid by card."""
    update_settings(db, merge_repeat_scans=False, actor=Actor(cashier.id, TILL))
    till = CartSession(db, TILL, cashier)
    for i in range(count):
        till.add_product(products[i % len(products)].id, Decimal(1 + i % 3))
    return till.pay([Tender(PaymentMethod.CARD, till.totals().total)])


@pytest.fixture
def long_sale(
    db: Database,
    shop_profile: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    muesli: ProductDTO,
) -> SaleDTO:
    """A 120-line sale: several invoice pages."""
    return ring_up(db, cashier, [milk, wine, muesli], 120)


@pytest.fixture
def printer_at(db: Database, actor: Actor) -> Iterator[object]:
    """Start a loopback printer in a mode and point the shop's printer setting at it."""
    started: list[FakePrinter] = []

    def start(mode: Mode = Mode.OK, **settings: object) -> FakePrinter:
        server = FakePrinter(mode)
        server.start()
        started.append(server)
        update_settings(
            db, printer={"connection": server.address, "timeout": 0.5, **settings}, actor=actor
        )
        return server

    yield start
    for server in started:
        server.stop()
