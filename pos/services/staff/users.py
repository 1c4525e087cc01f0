"""The staff list: adding, renaming, changing the role of and deactivating users, and
setting PINs.

Who may: anyone with ``MANAGE_USERS``; only an owner touches an owner's account or makes
someone an owner (else a manager given the right could take the shop over). Refused with a
plain message, nothing written: a bad or taken name, a role that does not exist, leaving
the shop without an active owner, or the actor taking away their own right to undo it.
A refusal of what was typed is an ``InvalidField`` naming the form's field (``name``,
``role``, ``pin``, ``active``), so the Staff screen says it there. Each change is in the
audit log; a PIN or its hash never is.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import users
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidField, NotAllowed, UnknownUser
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.staff.accounts import (
    MAX_NAME,
    ROW,
    StaffMember,
    UserRow,
    active_owners,
    active_user,
    lock_staff,
    member,
    other_pin_hashes,
    same_name,
    store_pin,
    user_row,
)
from pos.services.staff.permissions import Authorized, Permission, Role, authorize
from pos.services.staff.pins import check_new_pin, check_pin_format, hash_pin, weakness
from pos.services.staff.roles import (
    RoleDTO,
    list_roles,
    read_roles,
    role_names,
    set_role,
    set_roles,
)

__all__ = [
    "RoleDTO",
    "StaffMember",
    "add_user",
    "list_roles",
    "list_staff",
    "set_pin",
    "set_role",
    "set_roles",
    "update_user",
]

_NAMES = select(users.c.id, users.c.name, users.c.active)


def list_staff(
    db: Database, *, include_inactive: bool = True, now: datetime | None = None
) -> list[StaffMember]:
    """Everyone on the staff, by name (the sign-in screen's buttons, the Staff screen)."""
    at = now or utcnow()
    query = ROW if include_inactive else ROW.where(users.c.active)
    with db.read() as uow:
        rows = uow.connection.execute(query).all()
    return sorted((member(row, at) for row in rows), key=lambda m: (m.name.casefold(), m.id))


def add_user(
    db: Database, name: str, role: str, *, actor: Actor, pin: str | None = None
) -> StaffMember:
    """A new active staff member, with a PIN if given.

    Raises:
        NotAllowed: the actor may not manage staff, or only an owner may add an owner.
        InvalidField: the name or role is refused, or the PIN (with the reason).
    """
    name = _checked_name(name)
    pin_hash = None if pin is None else _new_pin_hash(db, pin, actor, None)
    with db.write() as uow:
        lock_staff(uow)  # first: the actor's own role is read after it
        done = authorize(uow, actor, Permission.MANAGE_USERS)
        _check_role(uow, role, done)
        _check_name_free(uow, name, None)
        values: dict[str, object] = {"name": name, "role": role, "pin_hash": pin_hash}
        if pin_hash is not None:
            values["pin_changed_at"] = utcnow()
        user_id = int(uow.connection.scalar(insert(users).returning(users.c.id), values))
        record(
            uow,
            "user_added",
            done.user_id,
            actor.till,
            approver_id=done.approver_id,
            user=user_id,
            name=name,
            role=role,
            pin_set=pin_hash is not None,
        )
        uow.commit()
        return member(_row(uow, user_id), utcnow())


def update_user(
    db: Database,
    user_id: int,
    *,
    actor: Actor,
    name: str | None = None,
    role: str | None = None,
    active: bool | None = None,
    pin: str | None = None,
) -> StaffMember:
    """Rename, change the role of, deactivate or make active again a staff member, and
    give them a new PIN: all of it, or (refused) none of it.

    An inactive member can only be made active again (with other changes at once).
    Deactivating someone clears their PIN: made active again, they are given a new one.

    Raises:
        NotAllowed: the actor may not manage staff, or only an owner may change an owner.
        UnknownUser: no such user, or one no longer active (and not being made active).
        InvalidField: a refused name, role or PIN, the last active owner demoted or
            deactivated, the actor taking away their own right to manage staff, or a PIN
            for someone left inactive.
    """
    new_name = None if name is None else _checked_name(name)
    pin_hash = None if pin is None else _new_pin_hash(db, pin, actor, None, changing=user_id)
    with db.write() as uow:
        lock_staff(uow)  # first: the actor's own role is read after it
        done = authorize(uow, actor, Permission.MANAGE_USERS)
        target = _row(uow, user_id)
        if not target.active and active is not True:
            active_user(uow, user_id)  # refused: "no longer active"
        if target.role == Role.OWNER and not _by_owner(uow, done):
            raise NotAllowed(Permission.MANAGE_USERS.value, "Only an owner can change an owner.")
        changes: dict[str, object] = {}
        if new_name is not None and new_name != target.name:
            _check_name_free(uow, new_name, user_id)
            changes["name"] = new_name
        if role is not None and role != target.role:
            _check_role(uow, role, done)
            changes["role"] = role
        if active is not None and bool(active) != bool(target.active):
            changes["active"] = bool(active)
        _check_keeps_control(uow, target, changes, actor)
        if pin_hash is not None and not changes.get("active", target.active):
            raise InvalidField("pin", "Someone who is not active has no PIN: leave it empty.")
        if changes:
            stored = dict(changes)
            if changes.get("active") is False:
                # Someone who leaves takes no PIN with them: brought back, they get a new
                # one (and an old PIN never clashes with one given out meanwhile).
                stored.update(pin_hash=None, failed_pins=0, locked_until=None)
            uow.connection.execute(update(users).where(users.c.id == user_id).values(**stored))
            record(
                uow,
                "user_changed",
                done.user_id,
                actor.till,
                approver_id=done.approver_id,
                user=user_id,
                **changes,
            )
        if pin_hash is not None:
            store_pin(uow, user_id, pin_hash, utcnow())
            record(
                uow, "pin_set", done.user_id, actor.till, approver_id=done.approver_id, user=user_id
            )
        uow.commit()
        return member(_row(uow, user_id), utcnow())


def set_pin(db: Database, user_id: int, pin: str, *, actor: Actor) -> None:
    """Give a staff member a new PIN: your own, or anyone's with ``MANAGE_USERS`` (an
    owner's only by an owner). A lock for wrong PINs ends with it.

    Raises:
        NotAllowed, UnknownUser: as ``update_user``.
        InvalidField: the PIN is refused (with the reason; "Choose another PIN." alone
            when another user has it).
    """
    pin_hash = _new_pin_hash(db, pin, actor, user_id)
    with db.write() as uow:
        done = _may_set_pin(uow, user_id, actor)
        store_pin(uow, user_id, pin_hash, utcnow())
        record(uow, "pin_set", done.user_id, actor.till, approver_id=done.approver_id, user=user_id)
        uow.commit()


def _new_pin_hash(
    db: Database, pin: str, actor: Actor, user_id: int | None, *, changing: int | None = None
) -> str:
    """The hash of ``pin`` if the actor may set it and it may be used: the permission is
    checked first, so nobody learns from the refusal which PINs are taken.

    ``user_id`` is whose PIN ``set_pin`` sets (None: a new person's). ``update_user``
    passes ``changing`` instead: the person changed, who may be inactive yet (being made
    active again), by whoever may manage staff; a PIN of anyone else's is taken."""
    check_pin_format(pin)
    reason = weakness(pin, utcnow().date())
    if reason is not None:
        raise InvalidField("pin", f"{reason} Choose another PIN.")
    with db.read() as uow:
        if user_id is None:
            authorize(uow, actor, Permission.MANAGE_USERS)
        else:
            _may_set_pin(uow, user_id, actor)
        others = other_pin_hashes(uow, changing if user_id is None else user_id)
    return hash_pin(check_new_pin(pin, others))


def _may_set_pin(uow: UnitOfWork, user_id: int, actor: Actor) -> Authorized:
    if actor.user_id == user_id:
        active_user(uow, user_id)
        return Authorized(user_id, None)
    done = authorize(uow, actor, Permission.MANAGE_USERS)
    target = active_user(uow, user_id)
    if target.role == Role.OWNER and not _by_owner(uow, done):
        raise NotAllowed(Permission.MANAGE_USERS.value, "Only an owner can change an owner's PIN.")
    return done


def _checked_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidField("name", "Give the staff member a name.")
    if len(name) > MAX_NAME:
        raise InvalidField("name", f"A name is at most {MAX_NAME} letters long.")
    if not name.isprintable():
        raise InvalidField("name", "A name cannot hold tabs or line breaks.")
    return name


def _check_name_free(uow: UnitOfWork, name: str, user_id: int | None) -> None:
    for row in uow.connection.execute(_NAMES):
        if row.id != user_id and same_name(row.name, name):
            gone = "" if row.active else " (no longer active: make them active again)"
            raise InvalidField("name", f"There is already someone called {row.name}{gone}.")


def _check_role(uow: UnitOfWork, role: str, done: Authorized) -> None:
    if role not in role_names(uow):
        raise InvalidField("role", f"There is no role called '{role}'.")
    if role == Role.OWNER and not _by_owner(uow, done):
        raise NotAllowed(Permission.MANAGE_USERS.value, "Only an owner can make someone an owner.")


def _check_keeps_control(
    uow: UnitOfWork, target: UserRow, changes: dict[str, object], actor: Actor
) -> None:
    """Refuse leaving the shop without an active owner, or the actor without the right to
    undo what they do."""
    leaves = changes.get("active") is False or ("role" in changes and target.role == Role.OWNER)
    if target.role == Role.OWNER and target.active and leaves and active_owners(uow) <= 1:
        field = "active" if changes.get("active") is False else "role"
        raise InvalidField(
            field, f"{target.name} is the only owner. Make someone else an owner first."
        )
    if target.id != actor.user_id:
        return
    if changes.get("active") is False:
        raise InvalidField("active", "You cannot deactivate yourself. Ask an owner.")
    new_role = changes.get("role")
    if new_role is not None and not _role_may(uow, str(new_role), Permission.MANAGE_USERS):
        raise InvalidField(
            "role",
            "That would take from you the right to manage staff, and you could not undo it. "
            "Ask an owner.",
        )


def _role_may(uow: UnitOfWork, role: str, permission: Permission) -> bool:
    return any(r.name == role and permission in r.permissions for r in read_roles(uow))


def _by_owner(uow: UnitOfWork, done: Authorized) -> bool:
    """Whether the actor, or the approver who allowed the action, is an owner."""
    ids = [done.user_id] + ([done.approver_id] if done.approver_id is not None else [])
    return any(
        (row := user_row(uow, user_id)) is not None and row.role == Role.OWNER and row.active
        for user_id in ids
    )


def _row(uow: UnitOfWork, user_id: int) -> UserRow:
    row = user_row(uow, user_id)
    if row is None:
        raise UnknownUser("That staff member does not exist.")
    return row
