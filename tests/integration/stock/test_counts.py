"""The stock count: start, scan, review, post; its example, its refusals, two tills at once."""

from __future__ import annotations

import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from pos.db.engine import Database, open_database
from pos.db.tables import stock_movements
from pos.domain.errors import InvalidInput, UnknownBarcode, WeightNeeded
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import ProductInput, create_product, list_categories
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.stock.counts_post import Uncounted, post_count
from pos.services.stock.counts_review import (
    LineOrder,
    count_lines,
    review_totals,
    uncounted_products,
)
from pos.services.stock.counts_scan import (
    Entry,
    count_product,
    parse_quantity,
    recount_line,
    scan_into_count,
)
from pos.services.stock.counts_start import (
    CountScope,
    cancel_count,
    get_count,
    list_counts,
    start_count,
)
from pos.services.stock.movements import receive_stock

ROOT = Path(__file__).resolve().parents[3]
MILK_CODE = "4006381333931"


def on_hand(db: Database, product_id: int) -> Decimal:
    with db.read() as uow:
        moved = uow.connection.scalar(
            select(stock_movements.c.on_hand_after)
            .where(stock_movements.c.product_id == product_id)
            .order_by(stock_movements.c.id.desc())
            .limit(1)
        )
    return moved if moved is not None else Decimal(0)


def sell(db: Database, cashier: UserDTO, product_id: int, quantity: Decimal) -> str:
    till = CartSession(db, "Till 2", cashier)
    till.add_product(product_id, quantity)
    return till.pay([Tender(PaymentMethod.CASH, till.totals().total)]).number


def test_the_issues_example_counted_then_sold_then_posted(
    db: Database, shop: ShopSettings, actor: Actor, cashier: UserDTO, milk: ProductDTO
) -> None:
    """On hand 10; counted 9 (10:05); one sold (10:10); posted (10:30): variance -1, on hand 8."""
    receive_stock(db, milk.id, Decimal(10), actor=actor)
    count = start_count(db, actor, "Dairy, evening", CountScope.ALL)
    for _ in range(9):
        line = scan_into_count(db, actor, count.id, MILK_CODE, shop)
    assert (line.counted, line.expected) == (Decimal(9), Decimal(10))
    sell(db, cashier, milk.id, Decimal(1))
    (reviewed,) = count_lines(db, count.id)
    assert (reviewed.expected, reviewed.counted, reviewed.variance) == (10, 9, -1)

    posted = post_count(db, actor, count.id)

    assert (posted.number, posted.lines, posted.movements) == ("C000001", 1, 1)
    assert on_hand(db, milk.id) == Decimal(8)
    with db.read() as uow:
        kind, quantity, document = uow.connection.execute(
            select(
                stock_movements.c.kind, stock_movements.c.quantity, stock_movements.c.document
            ).order_by(stock_movements.c.id.desc())
        ).first()  # type: ignore[misc]
    assert (kind, quantity, document) == ("count", Decimal(-1), "C000001")
    assert get_count(db, count.id).number == "C000001"
    assert check_database(db) == []


def test_typed_quantities_add_set_and_recount(
    db: Database, shop: ShopSettings, actor: Actor, cashier: UserDTO, milk: ProductDTO
) -> None:
    receive_stock(db, milk.id, Decimal(5), actor=actor)
    count = start_count(db, actor, "Milk", CountScope.LIST, product_ids=[milk.id])
    count_product(db, actor, count.id, milk.id, Decimal(3))
    assert count_product(db, actor, count.id, milk.id, Decimal(2)).counted == 5
    sell(db, cashier, milk.id, Decimal(1))  # on hand 4 now
    # A set reads the stock anew: counted 4 against 4 expected.
    assert count_product(db, actor, count.id, milk.id, Decimal(4), Entry.SET).expected == 4
    sell(db, cashier, milk.id, Decimal(1))  # on hand 3
    again = recount_line(db, actor, count.id, milk.id)
    assert (again.counted, again.expected) == (0, 3)
    scan_into_count(db, actor, count.id, MILK_CODE, shop)
    post_count(db, actor, count.id)
    assert on_hand(db, milk.id) == 1
    assert check_database(db) == []


def test_blind_count_hides_what_is_expected(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    count = start_count(db, actor, "Blind", CountScope.ALL, blind=True)
    assert get_count(db, count.id).blind
    assert scan_into_count(db, actor, count.id, MILK_CODE, shop).expected is None


def test_refusals_say_why_and_change_nothing(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
) -> None:
    dairy = next(c.id for c in list_categories(db) if c.name == "Dairy")
    count = start_count(db, actor, "Dairy", CountScope.CATEGORIES, category_ids=[dairy])
    with pytest.raises(UnknownBarcode):
        scan_into_count(db, actor, count.id, "5012345678900", shop)
    with pytest.raises(InvalidInput, match="not part of this count"):
        scan_into_count(db, actor, count.id, "96385074", shop)  # the wine: no category
    with pytest.raises(InvalidInput, match="cannot be negative"):
        count_product(db, actor, count.id, milk.id, Decimal(-2))
    for typed in ("abc", "-1", "NaN", "1e9"):
        with pytest.raises(InvalidInput):
            parse_quantity(typed)
    assert parse_quantity(" 1,25 ") == Decimal("1.25")
    with pytest.raises(InvalidInput, match="Nothing has been counted"):
        post_count(db, actor, count.id)
    assert get_count(db, count.id).is_open  # the refused post changed nothing
    assert count_lines(db, count.id) == []

    everything = start_count(db, actor, "All", CountScope.ALL)
    with pytest.raises(WeightNeeded):
        scan_into_count(db, actor, everything.id, "2100001", shop)  # loose apples: weigh them
    assert count_product(db, actor, everything.id, apples.id, Decimal("1.250")).counted == Decimal(
        "1.250"
    )
    scan_into_count(db, actor, everything.id, MILK_CODE, shop)
    post_count(db, actor, everything.id)
    with pytest.raises(InvalidInput, match="posted as C000001"):
        post_count(db, actor, everything.id)
    with pytest.raises(InvalidInput, match="posted as C000001"):
        scan_into_count(db, actor, everything.id, MILK_CODE, shop)
    with pytest.raises(InvalidInput, match="Give the count a name"):
        start_count(db, actor, "  ", CountScope.ALL)
    cancel_count(db, actor, count.id)
    with pytest.raises(InvalidInput, match="cancelled"):
        scan_into_count(db, actor, count.id, MILK_CODE, shop)
    assert check_database(db) == []


def test_uncounted_kept_or_zeroed_and_review_pages(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    rates: dict[str, int],
) -> None:
    extra = [
        create_product(
            db,
            ProductInput(
                sku=f"P{i}",
                name=f"Product {i}",
                price=Decimal(1),
                cost=Decimal("0.40"),
                tax_rate_id=rates["Standard"],
            ),
            actor=actor,
        )
        for i in range(5)
    ]
    for product in (milk, wine, *extra):
        receive_stock(db, product.id, Decimal(4), actor=actor)
    keep = start_count(db, actor, "Keep", CountScope.ALL)
    zero = start_count(db, actor, "Zero", CountScope.ALL)
    for index, product in enumerate(extra):
        count_product(db, actor, keep.id, product.id, Decimal(index), Entry.SET)  # -4..0
        count_product(db, actor, zero.id, product.id, Decimal(4))
    totals = review_totals(db, keep.id, actor)
    assert (totals.lines, totals.lines_with_variance, totals.uncounted) == (5, 4, 2)
    assert totals.loss == Decimal("-4.0")  # (4+3+2+1) x 0.40
    first = count_lines(db, keep.id, LineOrder.LOSSES, limit=2, actor=actor)
    rest = count_lines(db, keep.id, LineOrder.LOSSES, after=first[-1].key, limit=10, actor=actor)
    assert [line.variance for line in first + rest] == [-4, -3, -2, -1, 0]
    assert {p.product_id for p in uncounted_products(db, keep.id)} == {milk.id, wine.id}
    page = uncounted_products(db, keep.id, limit=1)
    assert uncounted_products(db, keep.id, after_id=page[0].product_id) != page

    post_count(db, actor, keep.id, Uncounted.KEEP)
    assert on_hand(db, milk.id) == 4
    posted = post_count(db, actor, zero.id, Uncounted.ZERO)
    assert (posted.lines, posted.movements) == (7, 2)  # milk and wine counted as zero
    assert (on_hand(db, milk.id), on_hand(db, wine.id)) == (0, 0)
    # Its lines were counted before the first count posted: their variance is 0, and the
    # first count's -4 stands.
    assert (on_hand(db, extra[0].id), on_hand(db, extra[4].id)) == (0, 4)
    assert [c.name for c in list_counts(db, "posted")] == ["Zero", "Keep"]
    assert list_counts(db, "open") == []
    assert check_database(db) == []


def test_sold_scope_takes_what_was_sold_since_the_last_count(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
) -> None:
    sell(db, cashier, milk.id, Decimal(1))
    first = start_count(db, actor, "Sold today", CountScope.SOLD)
    with pytest.raises(InvalidInput, match="not part of this count"):
        count_product(db, actor, first.id, wine.id, Decimal(1))
    count_product(db, actor, first.id, milk.id, Decimal(0), Entry.SET)
    post_count(db, actor, first.id)
    with pytest.raises(InvalidInput, match="Nothing was sold"):
        start_count(db, actor, "Sold since", CountScope.SOLD)
    sell(db, cashier, wine.id, Decimal(1))
    second = start_count(db, actor, "Sold since", CountScope.SOLD)
    assert count_product(db, actor, second.id, wine.id, Decimal(0), Entry.SET).counted == 0
    assert check_database(db) == []


def test_two_tills_posting_at_once_one_wins_the_other_is_told(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    receive_stock(db, milk.id, Decimal(3), actor=actor)
    count = start_count(db, actor, "Race", CountScope.ALL)
    count_product(db, actor, count.id, milk.id, Decimal(1))
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def till(name: str) -> None:
        own = open_database(db.url)
        try:
            barrier.wait()
            outcomes.append(post_count(own, Actor(actor.user_id, name), count.id).number)
        except InvalidInput as refused:
            outcomes.append(str(refused))
        finally:
            own.close()

    threads = [threading.Thread(target=till, args=(f"Till {n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes)[0] == "C000001"
    assert "posted as C000001" in sorted(outcomes)[1]
    assert on_hand(db, milk.id) == 1
    assert check_database(db) == []


def start_counter(url: str, till: str, count_id: int, scans: int) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.stock.count_worker",
            url,
            till,
            str(count_id),
            str(scans),
            MILK_CODE,
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    assert first == "ready", child.stderr.read() if child.stderr else first
    return child


def test_two_processes_scanning_one_count_lose_no_scan(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    scans = 150
    count = start_count(db, actor, "Shared", CountScope.ALL)
    tills = [start_counter(db.url, f"Till {n}", count.id, scans) for n in (1, 2)]
    for child in tills:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in tills:
        output, errors = child.communicate(timeout=120)
        assert child.returncode == 0, errors
        assert output.split() == ["done"]
    (line,) = count_lines(db, count.id)
    assert line.counted == 2 * scans
    post_count(db, actor, count.id)
    assert on_hand(db, milk.id) == 2 * scans
    assert check_database(db) == []
