"""What an approval leaves behind (the cashier and the approver on the document and in the
log), users who may not act at all, handing the till over, and costs kept from a cashier."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from pos.db.engine import Database
from pos.db.tables import audit_log, price_changes, sales, stock_adjustments, users
from pos.domain.cart import Discount, DiscountKind
from pos.domain.errors import NotAllowed, UnknownUser
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.listing import ProductOrder, SortKey, count_products, read_window
from pos.services.catalog.products import update_product
from pos.services.catalog.selection import ProductFilter
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession, parked_carts
from pos.services.selling.refunds import refund_sale
from pos.services.shop import UserDTO
from pos.services.staff.permissions import Permission, Role, permissions_of
from pos.services.stock.adjustment_types import AdjustmentLine, AdjustmentReason
from pos.services.stock.adjustments import create_adjustment
from tests.integration.staff.enforcement_world import (
    TILL,
    World,
    build_world,
    cart_of,
    everything,
    hire,
)


@pytest.fixture
def world(db: Database, milk: ProductDTO, rates: dict[str, int], tmp_path: Path) -> World:
    return build_world(db, milk, rates["Standard"], tmp_path)


def last_entry(db: Database, action: str) -> tuple[int | None, int | None, dict[str, str]]:
    with db.read() as uow:
        row = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id, audit_log.c.details)
            .where(audit_log.c.action == action)
            .order_by(audit_log.c.id.desc())
            .limit(1)
        ).one()
    return row.user_id, row.approver_id, json.loads(row.details)


def sale_row(db: Database, sale_id: int) -> tuple[int, int | None]:
    with db.read() as uow:
        row = uow.connection.execute(
            select(sales.c.cashier_id, sales.c.approver_id).where(sales.c.id == sale_id)
        ).one()
    return row.cashier_id, row.approver_id


def test_an_approved_refund_records_the_cashier_and_the_approver(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    refund = refund_sale(
        world.db,
        world.sale_number,
        None,
        PaymentMethod.CASH,
        settings=world.settings,
        actor=Actor(cal.id, TILL, approver_id=mo.id),
    )
    assert refund.cashier == "Cal"
    assert sale_row(world.db, refund.id) == (cal.id, mo.id)
    user, approver, details = last_entry(world.db, "refund")
    assert (user, approver, details["original"]) == (cal.id, mo.id, world.sale_number)


def test_a_refund_the_manager_may_do_alone_records_no_approver(world: World) -> None:
    mo, owner = world.staff[Role.MANAGER], world.staff[Role.OWNER]
    refund = refund_sale(
        world.db,
        world.sale_number,
        None,
        PaymentMethod.CASH,
        settings=world.settings,
        actor=Actor(mo.id, TILL, approver_id=owner.id),  # an approval nobody needed
    )
    assert sale_row(world.db, refund.id) == (mo.id, None)


def test_a_discount_above_the_cashiers_limit_is_refused_then_approved(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    till = cart_of(world, cal)
    line = till.cart.lines[0].line_id
    quarter = Discount(DiscountKind.PERCENT, Decimal(25))
    with pytest.raises(NotAllowed, match="discount this big") as refused:
        till.set_line_discount(line, quarter)
    assert refused.value.permission == Permission.DISCOUNT.value
    assert till.cart.lines[0].discount is None
    till.set_line_discount(line, quarter, approver_id=mo.id)
    assert till.cart.lines[0].discount == quarter
    assert last_entry(world.db, "line_discount")[:2] == (cal.id, mo.id)
    sale = till.pay([Tender(PaymentMethod.CARD, till.totals().total)])
    assert sale.discount == Decimal("0.30")
    assert sale_row(world.db, sale.id) == (cal.id, mo.id)  # the approval is on the sale


def test_an_approved_cart_survives_the_app_restarting(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    till = cart_of(world, cal)
    till.set_price(till.cart.lines[0].line_id, Decimal("0.50"), approver_id=mo.id)
    again = CartSession(world.db, TILL, cal)  # the open cart, read back from its snapshot
    assert again.cart.approver_id == mo.id
    assert again.cart.lines[0].unit_price == Decimal("0.50")
    sale = again.pay([Tender(PaymentMethod.CARD, again.totals().total)])
    assert sale_row(world.db, sale.id) == (cal.id, mo.id)
    user, approver, details = last_entry(world.db, "price_at_till")
    assert (user, approver, details["new"]) == (cal.id, mo.id, "0.50")


def test_a_price_change_and_an_adjustment_record_their_approver(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    approved = Actor(cal.id, TILL, approver_id=mo.id)
    update_product(world.db, world.milk.id, actor=approved, price=Decimal("1.40"))
    lines = [AdjustmentLine(world.milk.id, AdjustmentReason.EXPIRED, change=Decimal(-2))]
    create_adjustment(world.db, lines, approved)
    with world.db.read() as uow:
        price = uow.connection.execute(
            select(price_changes.c.user_id, price_changes.c.approver_id)
        ).one()
        adjustment = uow.connection.execute(
            select(stock_adjustments.c.user_id, stock_adjustments.c.approver_id)
        ).one()
    assert tuple(price) == tuple(adjustment) == (cal.id, mo.id)
    assert last_entry(world.db, "product_changed")[:2] == (cal.id, mo.id)


def test_a_user_who_does_not_exist_or_left_is_refused_and_nothing_is_written(
    world: World,
) -> None:
    ghost = UserDTO(99_999, "Ghost", Role.OWNER.value)
    till = CartSession(world.db, "Till 5", world.staff[Role.OWNER])
    till.add_product(world.milk.id)
    till.cashier = ghost
    tenders = [Tender(PaymentMethod.CARD, till.totals().total)]
    before = everything(world.db)
    with pytest.raises(UnknownUser, match="does not exist"):
        till.pay(tenders)
    assert everything(world.db) == before

    mo = world.staff[Role.MANAGER]
    with world.db.write() as uow:
        uow.connection.execute(update(users).where(users.c.id == mo.id).values(active=False))
        uow.commit()
    till.cashier = mo
    with pytest.raises(UnknownUser, match="Mo is no longer active"):
        till.pay(tenders)
    cal = world.staff[Role.CASHIER]
    with pytest.raises(UnknownUser, match="no longer active"):  # nor may they approve
        refund_sale(
            world.db,
            world.sale_number,
            None,
            PaymentMethod.CASH,
            settings=world.settings,
            actor=Actor(cal.id, TILL, approver_id=mo.id),
        )
    till.cashier = world.staff[Role.OWNER]
    with pytest.raises(UnknownUser):  # nor take over a till: the cart stays as it is
        till.hand_over(mo)
    assert till.cashier == world.staff[Role.OWNER] and len(till.cart.lines) == 1
    assert everything(world.db) == before


def test_handing_over_keeps_the_cart_for_the_same_user_and_parks_it_for_another(
    world: World,
) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    till = cart_of(world, cal)
    assert till.hand_over(UserDTO(cal.id, cal.name, cal.role)) is None
    assert len(till.cart.lines) == 1
    parked = till.hand_over(mo)
    assert parked is not None and parked.label == "Cal"
    assert till.cashier == mo and till.cart.lines == ()
    assert [p.label for p in parked_carts(world.db, world.settings)] == ["Cal"]
    assert till.hand_over(cal) is None  # an empty cart: nothing to park
    till.resume(parked.id)
    sale = till.pay([Tender(PaymentMethod.CARD, till.totals().total)])
    assert sale.cashier == "Cal"


def test_a_cashier_sees_no_costs_in_the_product_list(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    total = count_products(world.db, ProductFilter())
    order = ProductOrder(sort=SortKey.NAME)
    (seen,) = read_window(world.db, order, 0, total, total, user_id=cal.id)
    assert (seen.cost, seen.margin(prices_include_tax=True)) == (None, None)
    (shown,) = read_window(world.db, order, 0, total, total, user_id=mo.id)
    assert shown.cost == world.milk.cost
    with pytest.raises(NotAllowed):
        read_window(world.db, ProductOrder(sort=SortKey.MARGIN), 0, 1, total, user_id=cal.id)


def test_permissions_of_a_user_for_the_screens(world: World, db: Database) -> None:
    assert permissions_of(db, world.staff[Role.OWNER].id) == frozenset(Permission)
    assert permissions_of(db, world.staff[Role.CASHIER].id) == {
        Permission.SELL,
        Permission.VOID,
        Permission.COUNT,
    }
    gone = hire(db, "Gone", Role.MANAGER, active=False)
    assert permissions_of(db, gone.id) == frozenset()
    assert permissions_of(db, 99_999) == frozenset()


def test_the_check_is_one_statement_on_primary_keys(world: World, db: Database) -> None:
    """The sale's permission check: the user, their role's permission and its limit, each
    found by its key (no table read through), in one statement."""
    from pos.services.staff.permissions import authorize
    from tests.integration.test_query_plans import plans

    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")

    def check() -> None:
        with db.read() as uow:
            authorize(uow, Actor(world.staff[Role.CASHIER].id, TILL), Permission.SELL)

    (plan,) = plans(db, check)
    assert "SEARCH users USING INTEGER PRIMARY KEY" in plan, plan
    assert "SEARCH role_permissions USING" in plan and "SEARCH roles USING" in plan, plan
    assert "SCAN" not in plan, plan


def test_an_approver_without_the_discount_permission_approves_up_to_their_limit(
    world: World, db: Database
) -> None:
    """A shop's own role (a supervisor: 30 %, no DISCOUNT) approves a cashier's 25 %, not 50 %."""
    from sqlalchemy import insert

    from pos.db.tables import roles

    with db.write() as uow:
        uow.connection.execute(insert(roles), {"name": "supervisor", "discount_limit": 30})
        uow.commit()
    sue = hire(db, "Sue", "supervisor")
    till = cart_of(world, world.staff[Role.CASHIER])
    line = till.cart.lines[0].line_id
    till.set_line_discount(line, Discount(DiscountKind.PERCENT, Decimal(25)), approver_id=sue.id)
    with pytest.raises(NotAllowed, match="approver may not"):
        till.set_line_discount(
            line, Discount(DiscountKind.PERCENT, Decimal(50)), approver_id=sue.id
        )
    assert till.cart.lines[0].discount == Discount(DiscountKind.PERCENT, Decimal(25))
