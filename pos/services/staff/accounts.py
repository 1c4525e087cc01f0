"""The staff rows as the staff services read and write them: one place for the queries,
the lock rule and the DTO, so users, sign-in and recovery agree on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, bindparam, func, select, update

from pos.db.tables import users
from pos.db.uow import UnitOfWork
from pos.domain.errors import UnknownUser
from pos.services.staff.permissions import Role

#: A row of ``ROW``: id, name, role, active, pin_hash, failed_pins, locked_until.
UserRow = Row[Any]

#: Wrong PINs in a row that lock a user, and for how long.
LOCK_AFTER = 5
LOCK_MINUTES = 15
LOCK_TIME = timedelta(minutes=LOCK_MINUTES)

#: Longest name: it fits a sign-in button and a receipt's cashier line.
MAX_NAME = 40


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Someone on the staff list. ``locked_until`` is set only while too many wrong PINs
    keep them out (None once the time has passed or a manager unlocked them)."""

    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    locked_until: datetime | None


_COLUMNS: list[ColumnElement[Any]] = [
    users.c.id,
    users.c.name,
    users.c.role,
    users.c.active,
    users.c.pin_hash,
    users.c.failed_pins,
    users.c.locked_until,
]
ROW = select(*_COLUMNS)
_BY_ID = ROW.where(users.c.id == bindparam("user_id"))
_OTHER_PINS = select(users.c.pin_hash).where(
    and_(users.c.active, users.c.pin_hash.is_not(None), users.c.id != bindparam("user_id"))
)
_ACTIVE_OWNERS = select(func.count()).where(and_(users.c.active, users.c.role == Role.OWNER.value))
_LOCK_ALL = select(users.c.id).with_for_update()
_STORE_PIN = (
    update(users)
    .where(users.c.id == bindparam("user_id"))
    .values(
        pin_hash=bindparam("pin_hash"),
        pin_changed_at=bindparam("now"),
        failed_pins=0,
        locked_until=None,
    )
)


def user_row(uow: UnitOfWork, user_id: int) -> UserRow | None:
    """The user's row (``ROW``'s columns), or None."""
    return uow.connection.execute(_BY_ID, {"user_id": user_id}).first()


def active_user(uow: UnitOfWork, user_id: int | None) -> UserRow:
    """The row of a user who exists and is active, else UnknownUser."""
    row = None if user_id is None else user_row(uow, user_id)
    if row is None:
        raise UnknownUser("That staff member does not exist.")
    if not row.active:
        raise UnknownUser(f"{row.name} is no longer active. Make them active first.")
    return row


def locked_until(failed_pins: int, until: datetime | None, now: datetime) -> datetime | None:
    """When a lock for too many wrong PINs ends, if one holds at ``now``."""
    if failed_pins >= LOCK_AFTER and until is not None and until > now:
        return until
    return None


def member(row: UserRow, now: datetime) -> StaffMember:
    return StaffMember(
        id=row.id,
        name=row.name,
        role=row.role,
        active=bool(row.active),
        has_pin=row.pin_hash is not None,
        locked_until=locked_until(row.failed_pins, row.locked_until, now),
    )


def other_pin_hashes(uow: UnitOfWork, user_id: int | None) -> list[str]:
    """The PIN hashes of every active user but ``user_id``: a new PIN may match none."""
    return list(uow.connection.scalars(_OTHER_PINS, {"user_id": user_id or 0}))


def active_owners(uow: UnitOfWork) -> int:
    return int(uow.connection.scalar(_ACTIVE_OWNERS) or 0)


def store_pin(uow: UnitOfWork, user_id: int, pin_hash: str, now: datetime) -> None:
    """Give the user a new PIN (its hash); a lock for wrong PINs ends with it."""
    uow.connection.execute(_STORE_PIN, {"user_id": user_id, "pin_hash": pin_hash, "now": now})


def lock_staff(uow: UnitOfWork) -> None:
    """Hold every user row until the unit of work ends (PostgreSQL; SQLite's writes take
    the whole database already), so that two tills changing staff at once cannot both
    pass a check the other breaks: two people named alike, or two owners each demoting
    the other and leaving none."""
    uow.connection.execute(_LOCK_ALL).all()


def same_name(a: str, b: str) -> bool:
    """Two staff names are the same when they differ only in case or surrounding spaces."""
    return a.strip().casefold() == b.strip().casefold()
