"""A shop with an owner, a manager and a cashier, and every service that acts, called as
one of them: what the enforcement tests share.

Everything is made through the services, by the owner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from pos.db.engine import Database
from pos.db.tables import carts, metadata, users
from pos.domain.cart import Discount, DiscountKind
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.reports import close_shift, x_report
from pos.services.cashup.shifts import CashDirection, CashReason, move_cash, open_shift
from pos.services.catalog.export import export_products
from pos.services.catalog.products import ProductInput, create_product, update_product
from pos.services.catalog.selection import ProductSelection
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.counter import record_no_sale
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import UserDTO, owner
from pos.services.staff.accounts import LOCK_AFTER
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.sign_in import unlock
from pos.services.staff.users import add_user, update_user
from pos.services.stock.adjustment_types import AdjustmentLine, AdjustmentReason
from pos.services.stock.adjustments import create_adjustment
from pos.services.stock.counts_post import post_count
from pos.services.stock.counts_scan import count_product
from pos.services.stock.counts_start import CountScope, start_count
from pos.services.stock.deliveries import DeliveryHeader, create_delivery
from pos.services.stock.losses import losses_by_reason
from pos.services.stock.movements import receive_stock
from pos.services.stock.reorder import reorder_list
from pos.services.stock.value import stock_value

TILL = "Till 9"


def hire(db: Database, name: str, role: Role | str, *, active: bool = True) -> UserDTO:
    """A member of staff with no PIN (sign-in is off), added by the owner."""
    boss = Actor(owner(db).id, TILL)
    made = add_user(db, name, str(role), actor=boss)
    if not active:
        update_user(db, made.id, actor=boss, active=False)
    return UserDTO(made.id, made.name, str(role))


@dataclass
class World:
    """The shop the actions run in."""

    db: Database
    settings: ShopSettings
    staff: dict[Role, UserDTO]
    milk: ProductDTO
    sale_number: str
    count_id: int
    folder: Path
    rate_id: int

    def boss(self) -> Actor:
        return Actor(self.staff[Role.OWNER].id, TILL)


def build_world(db: Database, milk: ProductDTO, rate_id: int, folder: Path) -> World:
    """Staff of each role, milk in stock, a sale to refund and a count with a line."""
    the_owner = owner(db)
    staff = {
        Role.OWNER: the_owner,
        Role.MANAGER: hire(db, "Mo", Role.MANAGER),
        Role.CASHIER: hire(db, "Cal", Role.CASHIER),
    }
    boss = Actor(the_owner.id, TILL)
    receive_stock(db, milk.id, Decimal(20), actor=boss)
    session = CartSession(db, "Till 1", the_owner)
    session.add_product(milk.id)
    sale = session.pay([Tender(PaymentMethod.CARD, session.totals().total)])
    open_shift(db, boss, "100.00")  # on the till the actions run at
    count = start_count(db, boss, "Shelf", CountScope.ALL)
    count_product(db, boss, count.id, milk.id, Decimal(18))
    return World(db, get_settings(db), staff, milk, sale.number, count.id, folder, rate_id)


def cart_of(world: World, user: UserDTO) -> CartSession:
    """A till with milk in the cart, rung up by ``user``."""
    session = CartSession(world.db, TILL, user, world.settings)
    session.add_product(world.milk.id)
    return session


#: An action as a role does it: given the world and the user, it returns the call that
#: acts (what was set up before it, by the owner or at the till, is not what is measured).
Action = Callable[[World, UserDTO, int | None], Callable[[], Any]]


def _actor(world: World, user: UserDTO, approver: int | None) -> Actor:
    return Actor(user.id, TILL, approver)


def _sell(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    session = cart_of(world, user)
    tenders = [Tender(PaymentMethod.CARD, session.totals().total)]
    return lambda: session.pay(tenders, approver_id=approver)


def _refund(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    return lambda: refund_sale(
        world.db,
        world.sale_number,
        None,
        PaymentMethod.CASH,
        settings=world.settings,
        actor=_actor(world, user, approver),
    )


def _void(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    session = cart_of(world, user)
    return lambda: session.void("changed their mind", approver_id=approver)


def _remove_line(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    session = cart_of(world, user)
    line = session.cart.lines[0].line_id
    return lambda: session.remove_line(line, approver_id=approver)


def _discount(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    session = cart_of(world, user)
    line = session.cart.lines[0].line_id
    half = Discount(DiscountKind.PERCENT, Decimal(50))
    return lambda: session.set_line_discount(line, half, approver_id=approver)


def _cart_discount(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    session = cart_of(world, user)
    off = Discount(DiscountKind.AMOUNT, Decimal("0.60"))  # half of 1.20
    return lambda: session.set_cart_discount(off, approver_id=approver)


def _price(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    session = cart_of(world, user)
    line = session.cart.lines[0].line_id
    return lambda: session.set_price(line, Decimal("0.99"), approver_id=approver)


def _no_sale(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    return lambda: record_no_sale(world.db, _actor(world, user, approver), "change for 20")


def _new_product(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    new = ProductInput("TEA", "Green tea", Decimal("2.50"), world.rate_id)
    return lambda: create_product(world.db, new, actor=_actor(world, user, approver))


def _new_price(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    actor = _actor(world, user, approver)
    return lambda: update_product(world.db, world.milk.id, actor=actor, price=Decimal("1.30"))


def _export(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    target = world.folder / f"products-{user.id}.csv"
    actor = _actor(world, user, approver)
    return lambda: export_products(world.db, ProductSelection(), target, actor=actor)


def _receive(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    header = DeliveryHeader("Dairy Co")
    return lambda: create_delivery(world.db, header, actor=_actor(world, user, approver))


def _adjust(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    lines = [AdjustmentLine(world.milk.id, AdjustmentReason.DAMAGED, change=Decimal(-1))]
    return lambda: create_adjustment(world.db, lines, _actor(world, user, approver))


def _count(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    actor = _actor(world, user, approver)
    return lambda: count_product(world.db, actor, world.count_id, world.milk.id, Decimal(1))


def _post_count(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    return lambda: post_count(world.db, _actor(world, user, approver), world.count_id)


def _reorder(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    return lambda: reorder_list(world.db, actor=_actor(world, user, approver))


def _losses(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    start, end = datetime(2020, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    return lambda: losses_by_reason(world.db, start, end, actor=_actor(world, user, approver))


def _stock_value(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    return lambda: stock_value(world.db, actor=_actor(world, user, approver))


def _settings(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    actor = _actor(world, user, approver)
    return lambda: update_settings(world.db, actor=actor, shop_name="Renamed Shop")


def _cash_in(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    actor = _actor(world, user, approver)
    return lambda: move_cash(world.db, actor, CashDirection.IN, "20.00", CashReason.CHANGE)


def _x_report(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    return lambda: x_report(world.db, _actor(world, user, approver))


def _z_report(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    counted = count_as_amount(world.settings, "100.00")
    return lambda: close_shift(world.db, _actor(world, user, approver), counted)


def _unlock(world: World, user: UserDTO, approver: int | None) -> Callable[[], Any]:
    """Lift the lock of Lou, a cashier locked out by wrong PINs (locked here directly:
    how a lock comes about is the sign-in tests')."""
    lou = hire(world.db, "Lou", Role.CASHIER)
    until = datetime.now(UTC) + timedelta(minutes=10)
    with world.db.write() as uow:
        locked = update(users).where(users.c.id == lou.id)
        uow.connection.execute(locked.values(failed_pins=LOCK_AFTER, locked_until=until))
        uow.commit()
    return lambda: unlock(world.db, lou.id, actor=_actor(world, user, approver))


#: Each service that acts, with the permission it needs.
ACTIONS: dict[str, tuple[Permission, Action]] = {
    "sell": (Permission.SELL, _sell),
    "refund": (Permission.REFUND, _refund),
    "void the cart": (Permission.VOID, _void),
    "remove a line": (Permission.VOID, _remove_line),
    "line discount of 50 %": (Permission.DISCOUNT, _discount),
    "cart discount of 50 %": (Permission.DISCOUNT, _cart_discount),
    "price at the till": (Permission.CHANGE_PRICE, _price),
    "no sale": (Permission.NO_SALE, _no_sale),
    "new product": (Permission.EDIT_PRODUCTS, _new_product),
    "new price": (Permission.EDIT_PRODUCTS, _new_price),
    "export with costs": (Permission.SEE_COSTS, _export),
    "receive": (Permission.RECEIVE, _receive),
    "adjust": (Permission.ADJUST, _adjust),
    "count": (Permission.COUNT, _count),
    "post a count": (Permission.POST_COUNT, _post_count),
    "reorder list": (Permission.SEE_REPORTS, _reorder),
    "losses": (Permission.SEE_REPORTS, _losses),
    "stock value": (Permission.SEE_REPORTS, _stock_value),
    "settings": (Permission.CHANGE_SETTINGS, _settings),
    "cash in": (Permission.CASH_IN_OUT, _cash_in),
    "X report": (Permission.CLOSE_SHIFT, _x_report),
    "close the shift": (Permission.CLOSE_SHIFT, _z_report),
    "unlock": (Permission.UNLOCK_STAFF, _unlock),
}


def everything(db: Database) -> dict[str, Any]:
    """How many rows each table holds, and the carts' contents: what a refused action
    must leave as it was."""
    with db.read() as uow:
        seen: dict[str, Any] = {
            table.name: uow.connection.scalar(select(func.count()).select_from(table))
            for table in metadata.sorted_tables
        }
        seen["cart payloads"] = sorted(uow.connection.scalars(select(carts.c.payload)))
    return seen
