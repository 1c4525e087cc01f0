"""The counter's fast paths keep every guarantee: durability levels, exact money, stock."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pos.db.base import utcnow
from pos.db.engine import Database, open_database
from pos.db.models import StockMovement
from pos.db.tables import products
from pos.domain.cart import Discount, DiscountKind
from pos.domain.errors import NotFound
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.import_apply import import_products
from pos.services.catalog.import_columns import guess_mapping
from pos.services.catalog.import_read import open_table
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO
from pos.services.stock.movements import Move, MovementKind, apply_moves, receive_stock

ROOT = Path(__file__).resolve().parents[2]
MILK, WINE = "4006381333931", "96385074"


def synchronous(db: Database, durable: bool | None) -> object:
    """The commit durability a write runs at (None: a plain ``engine.begin()``, as Alembic)."""
    query = text(
        "PRAGMA synchronous" if db.engine.dialect.name == "sqlite" else "SHOW synchronous_commit"
    )
    if durable is None:
        with db.engine.begin() as connection:
            return connection.execute(query).scalar()
    with db.write(durable=durable) as uow:
        return uow.connection.execute(query).scalar()


def test_only_a_non_durable_unit_of_work_skips_the_fsync(db: Database) -> None:
    full, normal = (2, 1) if db.engine.dialect.name == "sqlite" else ("on", "off")
    assert synchronous(db, durable=True) == full
    assert synchronous(db, durable=False) == normal
    # The same pooled connection is FULL again for every other kind of write.
    assert synchronous(db, durable=True) == full
    assert synchronous(db, durable=False) == normal
    assert synchronous(db, durable=None) == full
    with db.read() as uow:  # a read neither needs nor pays for a level of its own
        uow.connection.execute(text("SELECT 1"))
    assert synchronous(db, durable=False) == normal


def test_an_idle_pooled_connection_is_durable_again(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with db.write(durable=False) as uow:
        uow.commit()
    with db.raw() as connection:
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_non_durable_commit_is_rolled_back_unless_committed(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO
) -> None:
    with db.write(durable=False) as uow:
        uow.connection.execute(text("DELETE FROM carts"))
        uow.connection.execute(
            text(
                "INSERT INTO carts (till, status, label, user_id, payload, created_at, "
                "updated_at) VALUES ('X', 'open', '', NULL, '{}', '2025-01-01 00:00:00', "
                "'2025-01-01 00:00:00')"
            )
        )
    with db.read() as uow:
        assert uow.connection.execute(text("SELECT count(*) FROM carts")).scalar() == 0


CART_CHILD = textwrap.dedent(
    """
    import sys, time
    from pos.db.engine import open_database
    from pos.services.selling.cart import CartSession
    from pos.services.shop import owner

    db = open_database(sys.argv[1])
    till = CartSession(db, "Till 9", owner(db))
    print("ready", flush=True)
    for n in range(1, 10_000):
        till.scan(sys.argv[2 + n % 2])
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_open_cart_snapshots_survive_sigkill(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    """Each scan is committed without an fsync, yet is in the file once scan() returns:
    killing the app loses no reported scan (only a power cut may)."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the crash case is the local SQLite file")
    rng = random.Random(7)
    for _ in range(5):
        with subprocess.Popen(
            [sys.executable, "-c", CART_CHILD, db.url, MILK, WINE],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            reported = 0
            for _ in range(rng.randint(3, 40)):
                reported = int(child.stdout.readline())
            os.kill(child.pid, signal.SIGKILL)
            rest = child.stdout.read()  # not communicate(): it would skip readline's buffer
            assert child.wait(timeout=30) == -signal.SIGKILL
        reported = max([reported, *(int(n) for n in rest.split())])
        restarted = CartSession(db, "Till 9", cashier)
        scanned = sum(line.quantity for line in restarted.cart.lines)
        assert scanned in (reported, reported + 1)  # the scan in flight may have committed
        if restarted.cart.lines:
            restarted.void("test")
    assert check_database(db) == []


def test_money_and_quantities_round_trip_exactly(
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    actor: Actor,
) -> None:
    update_settings(db, cash_rounding=Decimal("0.05"), actor=actor)
    till = CartSession(db, "Till 1", cashier)
    till.add_product(apples.id, Decimal("0.125"))
    till.scan(WINE)
    till.scan(MILK)
    till.set_line_discount(till.cart.lines[1].line_id, Discount(DiscountKind.PERCENT, Decimal(15)))
    till.set_cart_discount(Discount(DiscountKind.AMOUNT, Decimal("0.33")))
    sale = till.pay(
        [Tender(PaymentMethod.CARD, Decimal("5.01")), Tender(PaymentMethod.CASH, Decimal(20))]
    )
    assert get_sale(db, sale.number) == sale
    assert sale.lines[0].quantity == Decimal("0.125")
    assert sale.lines[0].base == Decimal("0.37")  # 0.125 kg at 2.99 a kilo
    with db.read() as uow:
        stored = uow.connection.execute(
            text("SELECT quantity, unit_price FROM sale_lines WHERE id = :id"),
            {"id": sale.lines[0].id},
        ).one()
        moves = uow.session.scalars(
            select(StockMovement.on_hand_after).order_by(StockMovement.id)
        ).all()
    assert tuple(stored) == (125, 2990)  # thousandths, as the ORM stores them
    assert moves == [Decimal("-0.125"), Decimal(-1), Decimal(-1)]
    assert get_product(db, apples.id).on_hand == Decimal("-0.125")


def test_a_product_twice_in_one_sale_moves_its_stock_in_order(
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    actor: Actor,
) -> None:
    update_settings(db, merge_repeat_scans=False, actor=actor)
    receive_stock(db, milk.id, Decimal(10), actor=Actor(cashier.id, "back office"))
    till = CartSession(db, "Till 1", cashier)
    for code in (MILK, WINE, MILK):
        till.scan(code)
    sale = till.pay([Tender(PaymentMethod.CASH, Decimal(20))])
    assert [line.line_no for line in sale.lines] == [1, 2, 3]
    assert len({line.id for line in sale.lines}) == 3
    assert get_sale(db, sale.number).lines == sale.lines
    with db.read() as uow:
        moves = uow.session.execute(
            select(StockMovement.product_id, StockMovement.on_hand_after)
            .where(StockMovement.sale_id == sale.id)
            .order_by(StockMovement.id)
        ).all()
    assert [tuple(m) for m in moves] == [
        (milk.id, Decimal(9)),
        (wine.id, Decimal(-1)),
        (milk.id, Decimal(8)),
    ]
    assert get_product(db, milk.id).on_hand == Decimal(8)
    assert check_database(db) == []


def test_park_keeps_the_latest_change(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    till = CartSession(db, "Till 1", cashier)
    till.scan(WINE)
    till.set_quantity(till.cart.lines[0].line_id, Decimal(3))
    parked = till.park("later")
    assert CartSession(db, "Till 1", cashier).cart.lines == ()
    other = CartSession(db, "Till 2", cashier)
    other.resume(parked.id)
    assert [(ln.name, ln.quantity) for ln in other.cart.lines] == [
        ("Crème de cassis 70 cl", Decimal(3))
    ]


def test_opening_a_current_database_does_not_import_alembic(db_url: str) -> None:
    open_database(db_url).close()
    probe = (
        "import sys\n"
        "from pos.db.engine import open_database\n"
        "open_database(sys.argv[1]).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('alembic', 'pos.db.migrate'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, db_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_many_products_move_together_each_figure_as_if_one_by_one(
    db: Database, shop: ShopSettings, rates: dict[str, int], actor: Actor, tmp_path: Path
) -> None:
    """More products than one statement moves on SQLite (1,000), some twice: each
    movement's figure after it is the one moving them one by one in product order gives."""
    source = tmp_path / "many.csv"
    rate = next(iter(rates))
    rows = [f"M{n:05d},Item {n},1.00,{rate}" for n in range(2_500)]
    source.write_text("SKU,Name,Price,Tax rate\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = open_table(source, shop.locale)
    import_products(db, table, guess_mapping(table.headers), actor)
    with db.read() as uow:
        stock = dict(uow.connection.execute(select(products.c.id, products.c.on_hand)).all())
    ids = sorted(stock)
    moves = [Move(pid, Decimal(-2)) for pid in reversed(ids)] + [
        Move(pid, Decimal("0.5")) for pid in ids[::3]
    ]
    with db.write() as uow:
        after = apply_moves(
            uow, moves, MovementKind.ADJUSTMENT, user_id=actor.user_id, till="T", at=utcnow()
        )
        uow.commit()
    expected = dict(stock)
    for index in sorted(range(len(moves)), key=lambda i: moves[i].product_id):
        expected[moves[index].product_id] += moves[index].quantity
        assert after[index] == expected[moves[index].product_id]
    with db.read() as uow:
        now = dict(uow.connection.execute(select(products.c.id, products.c.on_hand)).all())
    assert now == expected
    assert check_database(db) == []


def test_a_move_of_a_missing_product_writes_nothing(
    db: Database, shop: ShopSettings, milk: ProductDTO, actor: Actor
) -> None:
    with pytest.raises(NotFound), db.write() as uow:
        apply_moves(
            uow,
            [Move(milk.id, Decimal(-1)), Move(milk.id + 999, Decimal(-1))],
            MovementKind.ADJUSTMENT,
            user_id=actor.user_id,
            till="T",
            at=utcnow(),
        )
        uow.commit()
    assert get_product(db, milk.id).on_hand == milk.on_hand
