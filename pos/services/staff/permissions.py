"""What each role may do, and the check every service makes before it acts.

A service asks ``authorize`` inside its own unit of work, so a user deactivated or a role
changed a moment ago is refused at once, on every till. Hiding a button is the screens'
courtesy; this check is the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import bindparam, exists, insert, select

from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import role_permissions, roles, users
from pos.db.uow import UnitOfWork
from pos.domain.errors import NotAllowed, UnknownUser
from pos.services.dto import Actor


class Role(StrEnum):
    """The roles a shop starts with. The owner may do everything, always."""

    OWNER = "owner"
    MANAGER = "manager"
    CASHIER = "cashier"


class Permission(StrEnum):
    """Something a role may be allowed to do. Stored by value: never rename one."""

    SELL = "sell"
    REFUND = "refund"
    #: Void a line of the cart, or the whole cart.
    VOID = "void"
    #: Give a discount above the role's limit (``roles.discount_limit``).
    DISCOUNT = "discount"
    #: Change a price at the till, for one sale.
    CHANGE_PRICE = "change_price"
    #: Open the cash drawer without a sale.
    NO_SALE = "no_sale"
    CASH_IN_OUT = "cash_in_out"
    #: Close a shift and print its Z report.
    CLOSE_SHIFT = "close_shift"
    #: Add and edit products, categories and prices in the back office.
    EDIT_PRODUCTS = "edit_products"
    SEE_COSTS = "see_costs"
    RECEIVE = "receive"
    ADJUST = "adjust"
    #: Count stock (scan into a count); posting a count is ``POST_COUNT``.
    COUNT = "count"
    POST_COUNT = "post_count"
    SEE_REPORTS = "see_reports"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_USERS = "manage_users"
    #: Lift a lock for too many wrong PINs before its time (a manager standing by).
    UNLOCK_STAFF = "unlock_staff"


#: What a new shop's roles may do. The owner may change a role's set, but never the
#: owner's: an owner can always undo what they did.
DEFAULT_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.MANAGER: frozenset(Permission) - {Permission.CHANGE_SETTINGS, Permission.MANAGE_USERS},
    Role.CASHIER: frozenset({Permission.SELL, Permission.VOID, Permission.COUNT}),
}

#: The biggest discount (percent) each role gives without approval, in a new shop.
DEFAULT_DISCOUNT_LIMITS: dict[Role, Decimal] = {
    Role.OWNER: Decimal(100),
    Role.MANAGER: Decimal(100),
    Role.CASHIER: Decimal(10),
}


def seed_roles(uow: UnitOfWork) -> None:
    """Give a new shop its roles with their default permissions and discount limits."""
    uow.connection.execute(
        insert(roles),
        [{"name": role.value, "discount_limit": DEFAULT_DISCOUNT_LIMITS[role]} for role in Role],
    )
    uow.connection.execute(
        insert(role_permissions),
        [
            {"role": role.value, "permission": permission.value}
            for role in Role
            for permission in sorted(DEFAULT_PERMISSIONS[role])
        ],
    )


@dataclass(frozen=True, slots=True)
class Authorized:
    """Who may do what was asked: the user, and the approver whose PIN allowed it
    (None when the user could do it alone). The document records both; ``name`` is the
    user's, for the receipt."""

    user_id: int
    approver_id: int | None
    name: str = ""


#: The whole check in one indexed statement: the user (primary key), whether their role
#: holds the permission (the primary key of role_permissions) and the role's discount
#: limit. A sale makes it once, prepared, so it costs one round trip and no ORM.
_CHECK = Prepared(
    select(
        users.c.name,
        users.c.role,
        users.c.active,
        exists()
        .where(
            role_permissions.c.role == users.c.role,
            role_permissions.c.permission == bindparam("permission"),
        )
        .label("granted"),
        select(roles.c.discount_limit)
        .where(roles.c.name == users.c.role)
        .scalar_subquery()
        .label("discount_limit"),
    ).where(users.c.id == bindparam("user_id"))
)


@dataclass(frozen=True, slots=True)
class _Check:
    user_id: int
    name: str
    role: str
    granted: bool
    discount_limit: Decimal | None


def authorize(uow: UnitOfWork, actor: Actor, permission: Permission) -> Authorized:
    """Check that ``actor`` may do ``permission``, alone or with ``actor.approver_id``'s
    approval. Raises ``UnknownUser`` for a user (or approver) who does not exist or is
    inactive, and ``NotAllowed`` (which says an approval would do) when neither may."""
    user = _check(uow, actor.user_id, permission)
    if user.granted:
        return Authorized(user.user_id, None, user.name)
    return _approved(uow, actor, user, permission)


def authorized(uow: UnitOfWork, actor: Actor, permission: Permission) -> Actor:
    """``authorize``, as the actor the service passes on: its ``approver_id`` is the
    approver only when the approval was needed, ready for the documents and the log."""
    done = authorize(uow, actor, permission)
    return Actor(done.user_id, actor.till, done.approver_id)


def authorize_discount(uow: UnitOfWork, actor: Actor, percent: Decimal) -> Authorized:
    """Check that ``actor`` may give a discount of ``percent`` (of the line or cart):
    up to the role's limit alone, above it with the ``DISCOUNT`` permission or approval."""
    user = _check(uow, actor.user_id, Permission.DISCOUNT)
    if _gives(user, percent):
        return Authorized(user.user_id, None, user.name)
    return _approved(uow, actor, user, Permission.DISCOUNT, percent)


def may(uow: UnitOfWork, user_id: int, permission: Permission) -> bool:
    """Whether an active user may do ``permission`` alone (for screens deciding what to
    show; the services still check)."""
    try:
        return _check(uow, user_id, permission).granted
    except UnknownUser:
        return False


def sees_costs(uow: UnitOfWork, actor: Actor) -> bool:
    """Whether ``actor``'s user may see costs and margins (SEE_COSTS) alone. Read services
    leave costs out (None) for whoever may not; an approver's PIN given for another action
    never shows costs, since the user is still the one looking."""
    return actor.user_id is not None and may(uow, actor.user_id, Permission.SEE_COSTS)


def require_active(uow: UnitOfWork, user_id: int | None) -> str:
    """The user's name; ``UnknownUser`` unless they exist and are active (a user taking
    over the till, whatever they may do there)."""
    return _check(uow, user_id, Permission.SELL).name


def permissions_of(db: Database, user_id: int) -> frozenset[Permission]:
    """What an active user may do alone (none for an unknown or inactive user), for a
    screen deciding which buttons to show. The services check again when they act."""
    with db.read() as uow:
        row = uow.connection.execute(_USER, {"user_id": user_id}).first()
        if row is None or not row.active:
            return frozenset()
        if row.role == Role.OWNER:
            return frozenset(Permission)
        granted = uow.connection.scalars(
            select(role_permissions.c.permission).where(role_permissions.c.role == row.role)
        )
        return frozenset(Permission(p) for p in granted if p in _VALUES)


_USER = select(users.c.role, users.c.active).where(users.c.id == bindparam("user_id"))
_VALUES = frozenset(p.value for p in Permission)


def _gives(user: _Check, percent: Decimal) -> bool:
    """Whether the user may give a discount of ``percent``: within their role's limit, or
    any with the DISCOUNT permission."""
    return user.granted or (user.discount_limit is not None and percent <= user.discount_limit)


def _approved(
    uow: UnitOfWork,
    actor: Actor,
    user: _Check,
    permission: Permission,
    percent: Decimal | None = None,
) -> Authorized:
    """The user may not alone: allowed only with an approver (someone else) who may (for
    a discount of ``percent``: who may give it)."""
    if actor.approver_id is not None and actor.approver_id != user.user_id:
        approver = _check(uow, actor.approver_id, permission)
        if approver.granted if percent is None else _gives(approver, percent):
            return Authorized(user.user_id, actor.approver_id, user.name)
        raise NotAllowed(permission.value, "The approver may not do this either.")
    raise NotAllowed(permission.value, _refusal(permission))


def _check(uow: UnitOfWork, user_id: int | None, permission: Permission) -> _Check:
    """The user and what their role gives; ``UnknownUser`` unless they exist and are active."""
    if user_id is None:
        raise UnknownUser("That user does not exist. Sign in again.")
    row = _CHECK.first(uow, {"user_id": user_id, "permission": permission.value})
    if row is None:
        raise UnknownUser("That user does not exist. Sign in again.")
    name, role, active, granted, limit = row
    if not active:
        raise UnknownUser(f"{name} is no longer active. Ask the owner.")
    return _Check(user_id, name, role, role == Role.OWNER or bool(granted), limit)


#: Plain words for each refusal: "You may not <this> without a manager's approval."
_WHAT: dict[Permission, str] = {
    Permission.SELL: "sell",
    Permission.REFUND: "give a refund",
    Permission.VOID: "void a line or the cart",
    Permission.DISCOUNT: "give a discount this big",
    Permission.CHANGE_PRICE: "change a price at the till",
    Permission.NO_SALE: "open the drawer without a sale",
    Permission.CASH_IN_OUT: "put cash in or take it out",
    Permission.CLOSE_SHIFT: "close a shift",
    Permission.EDIT_PRODUCTS: "edit products or prices",
    Permission.SEE_COSTS: "see costs and margins",
    Permission.RECEIVE: "receive deliveries",
    Permission.ADJUST: "adjust stock",
    Permission.COUNT: "count stock",
    Permission.POST_COUNT: "post a stock count",
    Permission.SEE_REPORTS: "see reports",
    Permission.CHANGE_SETTINGS: "change settings",
    Permission.MANAGE_USERS: "manage staff",
    Permission.UNLOCK_STAFF: "unlock someone locked out by wrong PINs",
}


def describe(permission: Permission) -> str:
    """What the permission allows, in a shopkeeper's words ("give a refund")."""
    return _WHAT[permission]


def _refusal(permission: Permission) -> str:
    return f"You may not {describe(permission)} without a manager's approval."
