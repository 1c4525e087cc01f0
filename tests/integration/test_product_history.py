"""A product's history: stock movements by keyset pages with their balance, price changes."""

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import stock_movements
from pos.domain.errors import InvalidInput
from pos.services.catalog.history import movements_page, price_history_page
from pos.services.catalog.products import update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.stock.movements import adjust_stock, receive_stock
from tests.integration.test_query_plans import plans

MANY = 100_000


def seed_movements(db: Database, product_id: int, count: int) -> Decimal:
    """``count`` movements in one executemany, each with the running on-hand after it."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    balance = Decimal(0)
    rows = []
    for n in range(count):
        change = Decimal(5) if n % 3 == 0 else Decimal(-2)
        balance += change
        rows.append(
            {
                "product_id": product_id,
                "quantity": change,
                "on_hand_after": balance,
                "kind": "receipt" if change > 0 else "sale",
                "reason": f"move {n}",
                "till": "Till 1",
                "created_at": start + timedelta(seconds=n),
            }
        )
    with db.write() as uow:
        uow.connection.execute(insert(stock_movements), rows)
        uow.commit()
    return balance


@pytest.fixture
def busy_milk(db: Database, milk: ProductDTO, wine: ProductDTO) -> tuple[ProductDTO, Decimal]:
    """Milk with 100,000 movements; wine has a few of its own in between."""
    seed_movements(db, wine.id, 10)
    final = seed_movements(db, milk.id, MANY)
    seed_movements(db, wine.id, 10)
    return milk, final


def test_pages_of_100000_movements_are_newest_first_with_a_running_balance(
    db: Database, busy_milk: tuple[ProductDTO, Decimal]
) -> None:
    milk, final = busy_milk
    seen = 0
    before: int | None = None
    expected_balance = final
    last_id: int | None = None
    while True:
        page = movements_page(db, milk.id, before_id=before, limit=1000)
        for row in page:
            assert last_id is None or row.id < last_id  # newest first, no repeats
            assert row.balance == expected_balance  # each balance follows from the next
            expected_balance -= row.quantity
            last_id = row.id
        seen += len(page)
        if len(page) < 1000:
            break
        before = page[-1].id
    assert seen == MANY
    assert expected_balance == 0  # back to the start: the balances add up across pages


def test_a_page_from_the_far_end_reads_the_index(
    db: Database, busy_milk: tuple[ProductDTO, Decimal]
) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    milk, _ = busy_milk
    (plan,) = plans(db, lambda: movements_page(db, milk.id, before_id=50_000, limit=200))
    assert re.search(
        r"SEARCH stock_movements USING INDEX ix_stock_movements_product_id_id "
        r"\(product_id=\? AND id<\?\)",
        plan,
    ), plan
    assert "TEMP B-TREE" not in plan  # read in the index's order, never sorted


def test_movements_from_the_stock_services_carry_who_and_why(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    receive_stock(db, milk.id, Decimal(12), actor=Actor(actor.user_id, "Till 2"))
    adjust_stock(db, milk.id, Decimal(-1), actor=actor, reason="broken")
    newest, oldest = movements_page(db, milk.id)
    assert (newest.kind, newest.quantity, newest.balance, newest.reason) == (
        "adjustment",
        Decimal(-1),
        Decimal(11),
        "broken",
    )
    assert (oldest.kind, oldest.balance, oldest.till, oldest.user) == (
        "receipt",
        Decimal(12),
        "Till 2",
        "Alex",
    )


def test_price_history_is_newest_first_with_who(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    update_product(db, milk.id, actor=actor, price=Decimal("1.30"))
    update_product(db, milk.id, actor=actor, price=Decimal("1.25"))
    update_product(db, milk.id, actor=actor, name="Milk 1 L")  # no price change
    newest, oldest = price_history_page(db, milk.id)
    assert (newest.old_price, newest.new_price, newest.user, newest.till) == (
        Decimal("1.30"),
        Decimal("1.25"),
        "Alex",
        "Till 1",
    )
    assert (oldest.old_price, oldest.new_price) == (Decimal("1.20"), Decimal("1.30"))
    assert price_history_page(db, milk.id, before_id=newest.id) == (oldest,)
    assert price_history_page(db, milk.id, before_id=oldest.id) == ()


def test_a_page_size_out_of_bounds_is_refused(db: Database, milk: ProductDTO) -> None:
    with pytest.raises(InvalidInput):
        movements_page(db, milk.id, limit=0)
    with pytest.raises(InvalidInput):
        price_history_page(db, milk.id, limit=10_000)
