"""``shoptill demo``: a realistic demo shop from the catalog shipped in resources/demo."""

from __future__ import annotations

import csv
import random
from decimal import Decimal
from importlib import resources

from pos.db.engine import Database
from pos.domain.cart import Unit
from pos.domain.payments import PaymentMethod, Tender
from pos.domain.tax import TaxMode
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import get_settings
from pos.services.shop import ShopSetup, create_shop, owner, shop_exists
from pos.services.stock.movements import adjust_stock, receive_stock

DEMO_SHOP = ShopSetup(
    name="Corner Shop (demo)",
    currency="EUR",
    locale="en_IE",
    tax_mode=TaxMode.INCLUSIVE,
    tax_rates=[("Standard", Decimal("20")), ("Reduced", Decimal("5")), ("Zero", Decimal("0"))],
    owner_name="Sam",
    address="12 Market Street\nKilbride",
    tax_id="IE1234567T",
    cash_rounding=Decimal("0.05"),
)
DEMO_TILL = "Till 1"


def demo_rows() -> list[dict[str, str]]:
    """The demo catalog as CSV rows."""
    text = resources.files("resources").joinpath("demo/catalog.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def holds_demo_shop(db: Database) -> bool:
    """Whether ``db`` already holds the demo shop."""
    return shop_exists(db) and get_settings(db).shop_name == DEMO_SHOP.name


def create_demo_shop(db: Database, sales: int = 25, seed: int = 7) -> int:
    """Fill an empty database with the demo shop, stock deliveries and some sales.

    Returns the number of products created.
    """
    rows = demo_rows()  # read first: a missing catalog must not leave half a shop
    create_shop(db, DEMO_SHOP)
    rates = {rate.name.lower(): rate.id for rate in list_tax_rates(db)}
    cashier = owner(db)
    actor = Actor(cashier.id, DEMO_TILL)
    product_ids = []
    for row in rows:
        product = create_product(
            db,
            ProductInput(
                sku=row["sku"],
                name=row["name"],
                category=row["category"],
                unit=Unit(row["unit"]),
                price=Decimal(row["price"]),
                cost=Decimal(row["cost"]),
                tax_rate_id=rates[row["tax"]],
                barcodes=[row["barcode"]] if row["barcode"] else [],
                favourite=row["favourite"] == "1",
                reorder_level=Decimal(5),
            ),
            actor=actor,
        )
        product_ids.append(product.id)
        if Decimal(row["stock"]) > 0:
            receive_stock(
                db,
                product.id,
                Decimal(row["stock"]),
                actor=actor,
                reason="opening stock",
            )
    _ring_up_sales(db, product_ids, sales, random.Random(seed))
    adjust_stock(
        db,
        product_ids[0],
        Decimal(-1),
        actor=actor,
        reason="dropped and broken",
    )
    return len(product_ids)


def _ring_up_sales(db: Database, product_ids: list[int], count: int, rng: random.Random) -> None:
    session = CartSession(db, DEMO_TILL, owner(db))
    numbers = []
    for _ in range(count):
        for product_id in rng.sample(product_ids, rng.randint(1, 6)):
            line = session.add_product(product_id)
            if line.unit is Unit.KG:
                session.set_quantity(line.line_id, Decimal(rng.randint(200, 1500)) / 1000)
        total = session.totals().total
        if rng.random() < 0.5:
            tenders = [Tender(PaymentMethod.CASH, (total / 5).to_integral_value() * 5 + 5)]
        elif rng.random() < 0.7:
            tenders = [Tender(PaymentMethod.CARD, total)]
        else:
            tenders = [
                Tender(PaymentMethod.MOBILE, total, reference=f"MP{rng.randint(10**7, 10**8)}")
            ]
        numbers.append(session.pay(tenders).number)
    if numbers:
        refund_sale(
            db,
            numbers[0],
            None,
            PaymentMethod.CASH,
            settings=session.settings,
            actor=session.actor(),
        )
