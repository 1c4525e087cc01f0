"""Stock value at a date, from hand-made ledgers: deliveries at changing costs, sales,
refunds, a product with no category, stock below zero, and the day's edges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, update

from pos.db.engine import Database
from pos.db.tables import products, stock_movements, stock_value_snapshots
from pos.domain.errors import InvalidInput
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO, owner
from pos.services.stock.movements import Move, MovementKind, apply_moves, receive_stock
from pos.services.stock.value import NO_CATEGORY, StockValue, product_values, stock_value
from pos.services.stock.value_dates import end_of_day

D = Decimal


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def move(
    db: Database,
    product: ProductDTO,
    quantity: str,
    when: datetime,
    unit_cost: str,
    kind: MovementKind = MovementKind.RECEIPT,
) -> None:
    """One dated movement through the ledger's own ``apply_moves``."""
    with db.write() as uow:
        apply_moves(
            uow,
            [Move(product.id, D(quantity), D(unit_cost))],
            kind,
            user_id=None,
            till="Till 1",
            at=when,
        )
        uow.commit()


def old_movement(db: Database, product: ProductDTO, quantity: str, when: datetime) -> None:
    """A movement as written before migration 0006: no unit cost."""
    with db.write() as uow:
        (after,) = uow.connection.execute(
            update(products)
            .where(products.c.id == product.id)
            .values(on_hand=products.c.on_hand + D(quantity))
            .returning(products.c.on_hand)
        ).one()
        uow.connection.execute(
            insert(stock_movements).values(
                product_id=product.id,
                quantity=D(quantity),
                on_hand_after=after,
                kind="receipt",
                till="Till 1",
                created_at=when,
            )
        )
        uow.commit()


def by_name(value: StockValue) -> dict[str, tuple[int, Decimal, Decimal]]:
    return {c.name: (c.products, c.quantity, c.value) for c in value.categories}


@pytest.fixture
def ledger(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    """Milk (Dairy) and wine (no category) delivered, sold, delivered again dearer; their
    costs now are those of their last deliveries."""
    move(db, milk, "10", at("2025-01-10"), "0.50")
    move(db, wine, "6", at("2025-01-10", 11), "4.00")
    move(db, milk, "-3", at("2025-02-10"), "0.50", MovementKind.SALE)
    move(db, milk, "5", at("2025-03-10"), "0.60")
    move(db, wine, "-1", at("2025-03-12"), "4.00", MovementKind.SALE)
    update_product(db, milk.id, actor=actor, cost=D("0.60"))
    update_product(db, wine.id, actor=actor, cost=D("4.00"))


def test_a_day_before_any_movement_is_worth_nothing(
    db: Database, ledger: None, actor: Actor
) -> None:
    value = stock_value(db, date(2025, 1, 9), tz=UTC, actor=actor)
    assert (value.categories, value.products, value.quantity, value.value) == ((), 0, 0, 0)


def test_each_category_and_no_category_at_the_first_delivery(
    db: Database, ledger: None, actor: Actor
) -> None:
    value = stock_value(db, date(2025, 1, 10), tz=UTC, actor=actor)
    assert by_name(value) == {"Dairy": (1, D(10), D("5.00")), NO_CATEGORY: (1, D(6), D("24.00"))}
    assert [c.name for c in value.categories] == ["Dairy", NO_CATEGORY]  # "No category" last
    assert (value.products, value.quantity, value.value, value.currency) == (2, 16, 29, "EUR")


def test_between_two_costs_the_earlier_cost_counts(
    db: Database, ledger: None, actor: Actor
) -> None:
    value = stock_value(db, date(2025, 3, 9), tz=UTC, actor=actor)
    assert by_name(value)["Dairy"] == (1, D(7), D("3.50"))
    assert value.value == D("27.50")


def test_after_the_dearer_delivery_its_cost_counts(
    db: Database, ledger: None, actor: Actor
) -> None:
    value = stock_value(db, date(2025, 3, 12), tz=UTC, actor=actor)
    assert by_name(value) == {"Dairy": (1, D(12), D("7.20")), NO_CATEGORY: (1, D(5), D("20.00"))}
    assert value.value == D("27.20")


def test_today_agrees_with_on_hand_times_cost_after_sales_refunds_and_deliveries(
    db: Database,
    ledger: None,
    cashier: UserDTO,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
) -> None:
    update_product(db, milk.id, actor=actor, cost=D("0.65"))
    update_product(db, apples.id, actor=actor, cost=D("1.10"))
    receive_stock(db, apples.id, D("2.5"), actor=Actor(cashier.id, "Till 1"))
    till = CartSession(db, "Till 1", cashier)
    till.add_product(milk.id, D(4))
    till.add_product(apples.id, D("0.75"))
    sale = till.pay([Tender(PaymentMethod.CASH, till.totals().total)])
    refund_sale(
        db,
        sale.number,
        {sale.lines[0].id: D(1)},
        PaymentMethod.CASH,
        settings=get_settings(db),
        actor=Actor(cashier.id, "Till 1"),
    )
    value = stock_value(db, tz=UTC, actor=actor)
    expected = sum(
        (
            p.on_hand * p.cost
            for p in (get_product(db, i, actor) for i in (milk.id, wine.id, apples.id))
        ),
        D(0),
    )
    assert expected == D("9") * D("0.65") + 5 * 4 + D("1.75") * D("1.10") == D("27.775")
    assert by_name(value)["Dairy"] == (1, D(9), D("5.85"))
    assert value.value == D("27.78")
    assert by_name(value)[NO_CATEGORY] == (2, D("6.75"), D("21.93"))  # 21.925 rounded up
    assert check_database(db) == []


def test_a_cost_changed_after_the_last_movement_does_not_change_the_past(
    db: Database, ledger: None, actor: Actor, milk: ProductDTO
) -> None:
    update_product(db, milk.id, actor=actor, cost=D("0.90"))
    assert by_name(stock_value(db, tz=UTC, actor=actor))["Dairy"] == (1, D(12), D("7.20"))


def test_movements_without_a_cost_take_the_current_cost(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    old_movement(db, milk, "8", at("2024-06-01"))
    update_product(db, milk.id, actor=actor, cost=D("0.40"))
    assert by_name(stock_value(db, date(2024, 6, 30), tz=UTC, actor=actor))["Dairy"] == (
        1,
        D(8),
        D("3.20"),
    )
    [row] = product_values(
        db, end_of_day(date(2024, 6, 30), UTC), milk_category(db, milk), actor=actor
    )
    assert (row.unit_cost, row.cost_assumed) == (D("0.40"), True)
    assert check_database(db) == []


def test_stock_below_zero_is_shown_at_its_negative_value(
    db: Database, ledger: None, apples: ProductDTO, actor: Actor
) -> None:
    move(db, apples, "-1.5", at("2025-03-12"), "1.20", MovementKind.SALE)
    value = stock_value(db, date(2025, 3, 12), tz=UTC, actor=actor)
    no_category = next(c for c in value.categories if c.category_id is None)
    assert (no_category.products, no_category.quantity, no_category.value) == (
        2,
        D("3.5"),
        D("18.20"),
    )
    assert (no_category.below_zero, value.below_zero) == (1, 1)
    assert value.value == D("25.40")


def test_the_day_ends_at_midnight_in_the_shops_time_zone(
    db: Database, shop: ShopSettings, milk: ProductDTO, actor: Actor
) -> None:
    dublin = ZoneInfo("Europe/Dublin")
    # 23:30 UTC on 1 July is 00:30 on 2 July in Dublin (summer time).
    move(db, milk, "4", datetime(2025, 7, 1, 23, 30, tzinfo=UTC), "0.50")
    assert stock_value(db, date(2025, 7, 1), tz=dublin, actor=actor).value == 0
    assert stock_value(db, date(2025, 7, 2), tz=dublin, actor=actor).value == D("2.00")
    assert stock_value(db, date(2025, 7, 1), tz=UTC, actor=actor).value == D("2.00")
    assert end_of_day(date(2025, 1, 1), dublin) == datetime(2025, 1, 2, tzinfo=UTC)
    assert end_of_day(date(2025, 7, 1), dublin) == datetime(2025, 7, 1, 23, tzinfo=UTC)


def test_a_day_still_to_come_is_refused(db: Database, ledger: None, actor: Actor) -> None:
    tomorrow = datetime.now(UTC).date() + timedelta(days=2)
    with pytest.raises(InvalidInput, match="up to today"):
        stock_value(db, tomorrow, tz=UTC, actor=actor)


def milk_category(db: Database, milk: ProductDTO) -> int | None:
    boss = Actor(owner(db).id, "Till 1")
    names = {c.name: c.category_id for c in stock_value(db, tz=UTC, actor=boss).categories}
    return names.get("Dairy")


def test_products_of_a_category_page_by_name(
    db: Database, ledger: None, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    until = end_of_day(date(2025, 3, 12), UTC)
    [wine_row] = product_values(db, until, None, actor=actor)
    assert (wine_row.sku, wine_row.quantity, wine_row.unit_cost, wine_row.value) == (
        "WINE",
        D(5),
        D("4.00"),
        D("20.00"),
    )
    assert not wine_row.cost_assumed
    category = milk_category(db, milk)
    first = product_values(db, until, category, limit=1, actor=actor)
    assert [(r.sku, r.quantity, r.value) for r in first] == [("MILK", D(12), D("7.20"))]
    assert product_values(db, until, category, after=first[-1].sort_key, actor=actor) == []
    assert product_values(db, end_of_day(date(2025, 1, 9), UTC), category, actor=actor) == []


def snapshots_taken(db: Database) -> list[tuple[datetime, bool]]:
    with db.read() as uow:
        return [
            tuple(row)  # type: ignore[misc]
            for row in uow.connection.execute(
                select(stock_value_snapshots.c.until, stock_value_snapshots.c.complete).order_by(
                    stock_value_snapshots.c.until
                )
            )
        ]


def test_month_end_snapshots_give_what_the_whole_ledger_gives(
    db: Database, ledger: None, actor: Actor, milk: ProductDTO, apples: ProductDTO
) -> None:
    move(db, apples, "-1.5", at("2025-03-31", 23), "1.20", MovementKind.SALE)
    move(db, milk, "2", at("2025-04-01", 0), "0.70")
    days = [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 1)]
    days += [date(2025, 4, 30), date(2025, 5, 15)]
    for day in days:
        assert stock_value(db, day, tz=UTC, actor=actor) == stock_value(
            db, day, tz=UTC, snapshots=False, actor=actor
        )
    assert [until for until, _ in snapshots_taken(db)] == [
        end_of_day(date(2025, m, d), UTC) for m, d in ((1, 31), (2, 28), (3, 31), (4, 30))
    ]
    # A product moved to another category counts there, at every date, snapshot or not.
    update_product(db, milk.id, actor=actor, category="Fridge")
    for day in days:
        with_snapshot = stock_value(db, day, tz=UTC, actor=actor)
        assert with_snapshot == stock_value(db, day, tz=UTC, snapshots=False, actor=actor)
        assert "Dairy" not in by_name(with_snapshot)
    assert by_name(stock_value(db, date(2025, 4, 30), tz=UTC, actor=actor))["Fridge"] == (
        1,
        D(14),
        D("9.80"),
    )
    assert check_database(db) == []


def test_a_snapshot_is_written_once_and_one_left_half_written_is_written_again(
    db: Database, ledger: None, actor: Actor
) -> None:
    first = stock_value(db, date(2025, 3, 12), tz=UTC, actor=actor)
    assert snapshots_taken(db) == [(end_of_day(date(2025, 2, 28), UTC), True)]
    assert stock_value(db, date(2025, 3, 20), tz=UTC, actor=actor).categories == first.categories
    assert len(snapshots_taken(db)) == 1
    with db.write() as uow:  # as if the app had been closed while writing it, long ago
        uow.connection.execute(
            update(stock_value_snapshots).values(
                complete=False, taken_at=datetime(2025, 3, 1, tzinfo=UTC)
            )
        )
        uow.commit()
    assert stock_value(db, date(2025, 3, 12), tz=UTC, actor=actor) == first
    assert snapshots_taken(db) == [(end_of_day(date(2025, 2, 28), UTC), True)]
