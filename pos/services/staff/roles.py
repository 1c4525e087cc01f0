"""The roles a shop has, what each may do, and the owner changing a role's set.

The owner's role is never changed: an owner may always do everything, so whatever is done
to the other roles can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, insert, select, update

from pos.db.engine import Database
from pos.db.tables import role_permissions, roles
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidField
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.staff.accounts import active_user
from pos.services.staff.permissions import Authorized, Permission, Role, authorize

_LIMIT = "The discount limit is a percentage from 0 to 100."
_ORDER = {role.value: rank for rank, role in enumerate(Role)}
_ROLES = select(roles.c.name, roles.c.discount_limit)
_GRANTS = select(role_permissions.c.role, role_permissions.c.permission)


@dataclass(frozen=True, slots=True)
class RoleDTO:
    """A role: the biggest discount (percent) it gives without approval, and what it may do."""

    name: str
    discount_limit: Decimal
    permissions: frozenset[Permission]


def list_roles(db: Database) -> list[RoleDTO]:
    """The shop's roles: owner, manager, cashier first, then any others by name."""
    with db.read() as uow:
        return read_roles(uow)


def read_roles(uow: UnitOfWork) -> list[RoleDTO]:
    granted: dict[str, set[Permission]] = {}
    known = {p.value for p in Permission}
    for role, permission in uow.connection.execute(_GRANTS):
        if permission in known:  # one a newer ShopTill added: not this one's to show
            granted.setdefault(role, set()).add(Permission(permission))
    found = [
        RoleDTO(
            name,
            Decimal(100) if name == Role.OWNER else limit,
            frozenset(Permission) if name == Role.OWNER else frozenset(granted.get(name, ())),
        )
        for name, limit in uow.connection.execute(_ROLES)
    ]
    return sorted(found, key=lambda role: (_ORDER.get(role.name, len(_ORDER)), role.name))


def role_names(uow: UnitOfWork) -> set[str]:
    return set(uow.connection.scalars(select(roles.c.name)))


def set_role(
    db: Database,
    role: str,
    permissions: Iterable[Permission | str],
    discount_limit: Decimal,
    *,
    actor: Actor,
) -> RoleDTO:
    """Give ``role`` exactly ``permissions`` and ``discount_limit`` (0 to 100 %).

    Raises:
        NotAllowed: the actor may not manage staff.
        InvalidField: the owner's role, a role that does not exist, a permission that
            does not exist, a limit out of range, or a change that would take from the
            actor the right to manage staff (they could not undo it).
    """
    return set_roles(db, {role: (permissions, discount_limit)}, actor=actor)[0]


def set_roles(
    db: Database,
    changes: Mapping[str, tuple[Iterable[Permission | str], Decimal]],
    *,
    actor: Actor,
) -> list[RoleDTO]:
    """``set_role`` for several roles at once (the Staff screen saves managers and cashiers
    together): all are stored, or none when one is refused.

    Raises: as ``set_role``, for the first role refused.
    """
    wanted = {
        role: (_permissions(permissions), _limit(limit))
        for role, (permissions, limit) in changes.items()
    }
    with db.write() as uow:
        done = authorize(uow, actor, Permission.MANAGE_USERS)
        stored = [
            _store_role(uow, done, actor, role, permissions, limit)
            for role, (permissions, limit) in wanted.items()
        ]
        uow.commit()
    return stored


def _store_role(
    uow: UnitOfWork,
    done: Authorized,
    actor: Actor,
    role: str,
    wanted: frozenset[Permission],
    limit: Decimal,
) -> RoleDTO:
    if role == Role.OWNER:
        raise InvalidField("role", "The owner may always do everything: that role stays as it is.")
    if role not in role_names(uow):
        raise InvalidField("role", f"There is no role called '{role}'.")
    if active_user(uow, actor.user_id).role == role and Permission.MANAGE_USERS not in wanted:
        raise InvalidField(
            "permissions",
            "That would take from you the right to manage staff, and you could not "
            "undo it. Ask an owner to change your role.",
        )
    connection = uow.connection
    connection.execute(delete(role_permissions).where(role_permissions.c.role == role))
    if wanted:
        connection.execute(
            insert(role_permissions),
            [{"role": role, "permission": p.value} for p in sorted(wanted)],
        )
    connection.execute(update(roles).where(roles.c.name == role).values(discount_limit=limit))
    record(
        uow,
        "role_changed",
        done.user_id,
        actor.till,
        approver_id=done.approver_id,
        role=role,
        permissions=sorted(p.value for p in wanted),
        discount_limit=str(limit),
    )
    return RoleDTO(role, limit, wanted)


def _permissions(permissions: Iterable[Permission | str]) -> frozenset[Permission]:
    wanted = set()
    for permission in permissions:
        try:
            wanted.add(Permission(permission))
        except ValueError:
            message = f"There is no permission called '{permission}'."
            raise InvalidField("permissions", message) from None
    return frozenset(wanted)


def _limit(discount_limit: Decimal) -> Decimal:
    try:
        limit = Decimal(discount_limit)
    except (InvalidOperation, TypeError, ValueError):
        raise InvalidField("discount_limit", _LIMIT) from None
    if not limit.is_finite() or not Decimal(0) <= limit <= Decimal(100):
        raise InvalidField("discount_limit", _LIMIT)
    if limit != limit.quantize(Decimal("0.01")):
        raise InvalidField("discount_limit", "The discount limit goes to two decimals at most.")
    return limit
