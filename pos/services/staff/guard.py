"""Checking a typed PIN against guessing: a growing wait after each wrong PIN, a lock after
``LOCK_AFTER`` in a row, each failure in the audit log.

The slow hash check runs outside any transaction, so a PIN typed at one till never holds
up a sale at another. The count of wrong PINs is then raised in the database itself
(``failed_pins + 1``), so tries made at several tills at once each count: guessing in
parallel gains no tries, only skips some of the waits, and the lock still comes after
``LOCK_AFTER``. A try made before the wait is over is refused without checking the PIN,
so it tells a guesser nothing.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, bindparam, case, or_, update

from pos.db.engine import Database
from pos.db.tables import users
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput, LockedOut, WrongPin
from pos.services.audit import record
from pos.services.staff.accounts import (
    LOCK_AFTER,
    LOCK_MINUTES,
    LOCK_TIME,
    UserRow,
    active_user,
    locked_until,
)
from pos.services.staff.pins import check_pin_format, hash_pin, needs_rehash, pin_matches


def wait_after(failed_pins: int) -> timedelta:
    """How long the keypad waits after ``failed_pins`` wrong PINs in a row: 1, 2, 4, 8 s,
    then the lock."""
    if failed_pins <= 0:
        return timedelta(0)
    if failed_pins >= LOCK_AFTER:
        return LOCK_TIME
    return timedelta(seconds=2 ** (failed_pins - 1))


def check_pin(
    db: Database,
    user_id: int,
    pin: str,
    till: str,
    *,
    failure: str,
    now: datetime,
    success: str | None = None,
) -> UserRow:
    """The user's row if ``pin`` is their PIN, else ``WrongPin`` or ``LockedOut``.

    Args:
        failure: the audit action recorded for a wrong PIN ("sign_in_failed" ...).
        success: the audit action recorded for the right one ("signed_in"), in the same
            transaction that clears the count of wrong PINs; None records nothing.

    Raises:
        UnknownUser: no such user, or not active.
        InvalidInput: the user has no PIN, or what was typed is not a PIN (not counted).
        WrongPin: a wrong PIN (counted), or a try before the wait is over (not checked).
        LockedOut: too many wrong PINs; ``until`` says when the lock ends.
    """
    with db.read() as uow:
        row = active_user(uow, user_id)
    if row.pin_hash is None:
        raise InvalidInput(f"{row.name} has no PIN yet. Ask the owner to set one.")
    check_pin_format(pin)
    _refuse_early_tries(row, now)
    if pin_matches(pin, row.pin_hash):
        return _succeeded(db, row, pin, till, success, now)
    raise _failed(db, row, till, failure, now)


def _refuse_early_tries(row: UserRow, now: datetime) -> None:
    until = locked_until(row.failed_pins, row.locked_until, now)
    if until is not None:
        raise locked_out(row.name, until)
    if row.failed_pins < LOCK_AFTER and row.locked_until is not None and row.locked_until > now:
        seconds = math.ceil((row.locked_until - now).total_seconds())
        raise WrongPin(
            f"Wait {_seconds(seconds)}, then type the PIN again.",
            wait_seconds=seconds,
            tries_left=LOCK_AFTER - row.failed_pins,
        )


_SUCCEEDED = (
    update(users)
    .where(
        and_(
            users.c.id == bindparam("user_id"),
            users.c.active,
            users.c.pin_hash == bindparam("old_hash"),
            or_(
                users.c.failed_pins < LOCK_AFTER,
                users.c.locked_until.is_(None),
                users.c.locked_until <= bindparam("now", type_=users.c.locked_until.type),
            ),
        )
    )
    .values(failed_pins=0, locked_until=None, pin_hash=bindparam("new_hash"))
)


def _succeeded(
    db: Database, row: UserRow, pin: str, till: str, action: str | None, now: datetime
) -> UserRow:
    """Clear the wrong-PIN count (and store the PIN with today's parameters if it was
    hashed with older ones), unless another till locked the user meanwhile."""
    new_hash = hash_pin(pin) if needs_rehash(row.pin_hash) else row.pin_hash
    with db.write() as uow:
        params = {"user_id": row.id, "old_hash": row.pin_hash, "new_hash": new_hash, "now": now}
        if uow.connection.execute(_SUCCEEDED, params).rowcount != 1:
            _changed_meanwhile(uow, row.id, now)
        if action is not None:
            record(uow, action, row.id, till)
        uow.commit()
    return row


def _changed_meanwhile(uow: UnitOfWork, user_id: int, now: datetime) -> None:
    """Another till locked the user, or their PIN or status changed, while this PIN was
    being checked: refuse as the new state says."""
    row = active_user(uow, user_id)
    until = locked_until(row.failed_pins, row.locked_until, now)
    if until is not None:
        raise locked_out(row.name, until)
    raise WrongPin(
        f"{row.name}'s PIN was changed a moment ago: type the new one.",
        wait_seconds=0,
        tries_left=max(LOCK_AFTER - row.failed_pins, 1),
    )


def _counted(now: datetime) -> ColumnElement[int]:
    """``failed_pins`` after one more wrong PIN: counting again from 1 once a lock is over."""
    lock_over = and_(
        users.c.failed_pins >= LOCK_AFTER,
        users.c.locked_until.is_not(None),
        users.c.locked_until <= bindparam("now", now, type_=users.c.locked_until.type),
    )
    return case((lock_over, 1), else_=users.c.failed_pins + 1)


def _failed(
    db: Database, row: UserRow, till: str, action: str, now: datetime
) -> WrongPin | LockedOut:
    """Count a wrong PIN, start the wait (or the lock), log it; the error to raise."""
    with db.write() as uow:
        counted = update(users).where(users.c.id == row.id).values(failed_pins=_counted(now))
        failed = int(uow.connection.execute(counted.returning(users.c.failed_pins)).scalar_one())
        until = now + wait_after(failed)
        uow.connection.execute(update(users).where(users.c.id == row.id).values(locked_until=until))
        record(uow, action, row.id, till, wrong_pins=failed, locked=failed >= LOCK_AFTER)
        uow.commit()
    if failed >= LOCK_AFTER:
        return locked_out(row.name, until)
    left = LOCK_AFTER - failed
    wait = int(wait_after(failed).total_seconds())
    return WrongPin(
        f"Wrong PIN. {left} {'try' if left == 1 else 'tries'} left, then {row.name} is locked "
        f"for {LOCK_MINUTES} minutes. Wait {_seconds(wait)} before the next try.",
        wait_seconds=wait,
        tries_left=left,
    )


def locked_out(name: str, until: datetime) -> LockedOut:
    at = until.astimezone().strftime("%H:%M")
    return LockedOut(
        f"Too many wrong PINs: {name} is locked until {at}. A manager can unlock them sooner.",
        until=until,
    )


def _seconds(seconds: int) -> str:
    return "1 second" if seconds == 1 else f"{seconds} seconds"
