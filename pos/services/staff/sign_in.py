"""Signing in with a PIN, a manager's PIN approving one action, and unlocking a user.

Turning sign-in on and off and the owner's recovery code live in
``pos.services.staff.recovery``; they are offered here too, as the screens know them.
A shop with sign-in off (every new shop, every older database) never asks for a PIN.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import users
from pos.db.uow import UnitOfWork
from pos.domain.errors import NotAllowed
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.shop import UserDTO
from pos.services.staff.accounts import active_user
from pos.services.staff.guard import check_pin
from pos.services.staff.permissions import (
    Authorized,
    Permission,
    authorize,
    describe,
    may,
    require_active,
)
from pos.services.staff.recovery import (
    new_recovery_code,
    recover,
    turn_off_sign_in,
    turn_on_sign_in,
)

__all__ = [
    "approve",
    "new_recovery_code",
    "recover",
    "sign_in",
    "turn_off_sign_in",
    "turn_on_sign_in",
    "unlock",
]


def sign_in(
    db: Database, user_id: int, pin: str, till: str, *, now: datetime | None = None
) -> UserDTO:
    """The user, signed in at ``till`` if ``pin`` is theirs.

    Raises:
        WrongPin: a wrong PIN (``wait_seconds`` before the next try, ``tries_left``).
        LockedOut: too many wrong PINs (``until``).
        UnknownUser: no such user, or no longer active.
        InvalidInput: the user has no PIN yet, or what was typed is not a PIN.
    """
    at = now or utcnow()
    row = check_pin(db, user_id, pin, till, failure="sign_in_failed", success="signed_in", now=at)
    return UserDTO(row.id, row.name, row.role)


def approve(
    db: Database,
    approver_id: int,
    pin: str,
    permission: Permission | str,
    till: str,
    *,
    now: datetime | None = None,
) -> int:
    """``approver_id`` if ``pin`` is theirs and they may do ``permission``: put it in
    ``Actor.approver_id`` for that one action. A wrong PIN counts against the approver as
    at sign-in (the same wait and lock).

    Raises:
        WrongPin, LockedOut, UnknownUser, InvalidInput: as ``sign_in``.
        NotAllowed: the approver's role may not do it either.
    """
    wanted = Permission(permission)  # also NotAllowed.permission, as a refusal carries it
    at = now or utcnow()
    row = check_pin(db, approver_id, pin, till, failure="approval_failed", now=at)
    with db.read() as uow:
        allowed = may(uow, row.id, wanted)
    if not allowed:
        raise NotAllowed(wanted.value, f"{row.name} may not {describe(wanted)} either.")
    return int(row.id)


def unlock(db: Database, user_id: int, *, actor: Actor) -> None:
    """Lift a lock for wrong PINs (and forget the wrong PINs so far) before its time:
    ``UNLOCK_STAFF`` (owners and managers, at first), or another's approval.

    Nobody lifts their own lock alone, whatever they may do: a locked manager asks
    another manager (``actor.approver_id``), as a cashier does, or waits.

    Raises:
        NotAllowed: the actor may not unlock (alone, or it is their own lock), and the
            approver (if any) may not either; ``permission`` is ``unlock_staff``, so the
            screen can ask for a manager's approval and try again.
        UnknownUser: the actor, the approver or the user does not exist or is not active.
    """
    with db.write() as uow:
        if actor.user_id == user_id:
            done = _approved_by_someone_else(uow, actor)
        else:
            done = authorize(uow, actor, Permission.UNLOCK_STAFF)
        active_user(uow, user_id)
        uow.connection.execute(
            update(users).where(users.c.id == user_id).values(failed_pins=0, locked_until=None)
        )
        record(
            uow,
            "user_unlocked",
            done.user_id,
            actor.till,
            approver_id=done.approver_id,
            user=user_id,
        )
        uow.commit()


def _approved_by_someone_else(uow: UnitOfWork, actor: Actor) -> Authorized:
    """A user lifting their own lock: only with an approver who is someone else and may
    unlock alone (the log records the user and the approver)."""
    if actor.user_id is None or actor.approver_id is None or actor.approver_id == actor.user_id:
        raise NotAllowed(
            Permission.UNLOCK_STAFF.value,
            "Nobody can lift their own lock: another manager can, or wait until it ends.",
        )
    require_active(uow, actor.approver_id)
    if not may(uow, actor.approver_id, Permission.UNLOCK_STAFF):
        raise NotAllowed(Permission.UNLOCK_STAFF.value, "The approver may not do this either.")
    return Authorized(actor.user_id, actor.approver_id)
