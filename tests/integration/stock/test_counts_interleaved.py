"""A count while the shop trades: random scans, sales, refunds and deliveries, then a post
whose result must be what the ledger says it should be."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import products, stock_movements
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import ProductInput, create_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.stock.counts_post import Uncounted, post_count
from pos.services.stock.counts_scan import Entry, count_product, recount_line, scan_into_count
from pos.services.stock.counts_start import CountScope, start_count
from pos.services.stock.movements import receive_stock

PRODUCTS = 3

#: One step: what happens, to which product, how many.
steps = st.lists(
    st.tuples(
        st.sampled_from(["scan", "add", "set", "recount", "sell", "refund", "deliver"]),
        st.integers(0, PRODUCTS - 1),
        st.integers(1, 4),
    ),
    max_size=25,
)


@dataclass
class Model:
    """The stock each product should hold, and each line's (counted, expected)."""

    stock: dict[int, Decimal]
    lines: dict[int, tuple[Decimal, Decimal]] = field(default_factory=dict)

    def count(self, product_id: int, quantity: Decimal, entry: Entry) -> None:
        counted, expected = self.lines.get(product_id, (Decimal(0), self.stock[product_id]))
        if entry is Entry.SET:
            counted, expected = Decimal(0), self.stock[product_id]
        self.lines[product_id] = (counted + quantity, expected)


def stock_now(db: Database, ids: list[int]) -> dict[int, Decimal]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(products.c.id, products.c.on_hand).where(products.c.id.in_(ids))
        )
        return {pid: value for pid, value in rows}


def ledger_sums(db: Database, ids: list[int]) -> dict[int, Decimal]:
    from sqlalchemy import func

    with db.read() as uow:
        rows = uow.connection.execute(
            select(stock_movements.c.product_id, func.sum(stock_movements.c.quantity))
            .where(stock_movements.c.product_id.in_(ids))
            .group_by(stock_movements.c.product_id)
        )
        return {pid: value for pid, value in rows}


def test_a_count_while_selling_posts_what_the_ledger_says(
    db: Database, shop: ShopSettings, actor: Actor, cashier: UserDTO, rates: dict[str, int]
) -> None:
    items: list[ProductDTO] = [
        create_product(
            db,
            ProductInput(
                sku=f"ITEM{i}",
                name=f"Item {i}",
                price=Decimal("2.00"),
                cost=Decimal("1.10"),
                tax_rate_id=rates["Standard"],
                barcodes=[f"SHELF-{i}"],
            ),
            actor=actor,
        )
        for i in range(PRODUCTS)
    ]
    ids = [item.id for item in items]
    till = CartSession(db, "Till 2", cashier)

    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(steps=steps, zero=st.booleans())
    def run(steps: list[tuple[str, int, int]], zero: bool) -> None:
        count = start_count(db, actor, "Interleaved", CountScope.LIST, product_ids=ids)
        model = Model(stock_now(db, ids))
        sales: list[tuple[str, int, Decimal]] = []
        for action, index, amount in steps:
            item, quantity = items[index], Decimal(amount)
            if action == "scan":
                code = item.barcodes[0]
                line = scan_into_count(db, actor, count.id, code, shop)
                model.count(item.id, Decimal(1), Entry.ADD)
                assert line.counted == model.lines[item.id][0]
            elif action in ("add", "set"):
                entry = Entry(action)
                count_product(db, actor, count.id, item.id, quantity, entry)
                model.count(item.id, quantity, entry)
            elif action == "recount":
                recount_line(db, actor, count.id, item.id)
                model.count(item.id, Decimal(0), Entry.SET)
            elif action == "sell":
                till.add_product(item.id, quantity)
                number = till.pay([Tender(PaymentMethod.CASH, till.totals().total)]).number
                sales.append((number, item.id, quantity))
                model.stock[item.id] -= quantity
            elif action == "refund" and sales:
                number, product_id, sold = sales.pop()
                refund_sale(
                    db,
                    number,
                    None,
                    PaymentMethod.CASH,
                    settings=shop,
                    actor=Actor(cashier.id, "Till 2"),
                )
                model.stock[product_id] += sold
            elif action == "deliver":
                receive_stock(db, item.id, quantity, actor=actor)
                model.stock[item.id] += quantity
        assert stock_now(db, ids) == model.stock
        if not model.lines:
            return
        post_count(db, actor, count.id, Uncounted.ZERO if zero else Uncounted.KEEP)
        for product_id in ids:
            counted, expected = model.lines.get(
                product_id,
                (Decimal(0), model.stock[product_id]) if zero else (Decimal(0), Decimal(0)),
            )
            model.stock[product_id] += counted - expected
        assert stock_now(db, ids) == model.stock
        assert ledger_sums(db, ids) == {pid: model.stock[pid] for pid in ledger_sums(db, ids)}
        assert check_database(db) == []

    run()
