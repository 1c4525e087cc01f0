"""Turning sign-in on and off, and the owner's way back in: the recovery code.

Turning sign-in on asks the owner for their PIN: a new one if they have none yet (it
becomes their PIN), else the one they have (proof it is them). It gives back a recovery
code, shown once for the owner to print or write down. Only its hash is stored (in the
settings table, under a key the settings screen never reads), made like a PIN's. With the
code, ``recover`` gives the owner a new PIN, lifts any lock and issues a new code: the old
one is used up. The other way back is ``shoptill reset-pin OWNER`` on the shop's machine.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import settings as settings_table
from pos.db.tables import users
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidField, InvalidInput, NotAllowed
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.settings import read_settings, write_settings
from pos.services.staff.accounts import UserRow, active_user, other_pin_hashes, store_pin
from pos.services.staff.guard import check_pin
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.pins import check_new_pin, hash_pin, pin_matches

#: No 0/O, 1/I/L: a code copied from paper is read back right. 31 letters, 16 of them:
#: about 79 bits, beyond guessing even at one try a microsecond.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_GROUPS, _GROUP = 4, 4
_KEY = "sign_in_recovery"
_READ = select(settings_table.c.value).where(settings_table.c.key == _KEY)
_WRITE = update(settings_table).where(settings_table.c.key == _KEY)
_FIRST_OWNER = (
    select(users.c.id)
    .where(users.c.active, users.c.role == Role.OWNER.value)
    .order_by(users.c.id)
    .limit(1)
)


@dataclass(frozen=True, slots=True)
class _Recovery:
    owner_id: int
    code_hash: str


def new_code() -> str:
    """A fresh recovery code, in groups: 'K7QH-2MZP-RT9C-WX4D'."""
    letters = "".join(secrets.choice(ALPHABET) for _ in range(_GROUPS * _GROUP))
    return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))


def normalized(code: str) -> str:
    """The code as stored: capitals, without the spaces and dashes people add or leave."""
    return "".join(code.split()).replace("-", "").upper()


def turn_on_sign_in(
    db: Database, owner_pin: str, *, actor: Actor, now: datetime | None = None
) -> str:
    """Ask for a PIN at every till from now on; the new recovery code, shown once.

    ``owner_pin`` is the acting owner's PIN: the one they have, or a new one when they
    have none yet (checked like any new PIN). Staff without a PIN cannot sign in until
    they are given one (``StaffMember.has_pin`` shows who).

    Raises:
        NotAllowed: the actor is not an owner.
        InvalidInput: sign-in is on already, or the new PIN is refused (with the reason).
        WrongPin, LockedOut: the owner's existing PIN was typed wrong.
    """
    at = now or utcnow()
    with db.read() as uow:
        owner = _acting_owner(uow, actor, "turn sign-in on")
        if read_settings(uow).sign_in:
            raise InvalidInput("Sign-in is on already.")
        others = other_pin_hashes(uow, owner.id)
    new_pin_hash = None
    if owner.pin_hash is None:
        new_pin_hash = hash_pin(check_new_pin(owner_pin, others))
    else:
        check_pin(db, owner.id, owner_pin, actor.till, failure="sign_in_failed", now=at)
    code = new_code()
    code_hash = hash_pin(normalized(code))
    with db.write() as uow:
        owner = _acting_owner(uow, actor, "turn sign-in on")
        shop = read_settings(uow)
        if shop.sign_in:
            raise InvalidInput("Sign-in is on already.")
        if new_pin_hash is not None:
            store_pin(uow, owner.id, new_pin_hash, at)
        write_settings(uow, replace(shop, sign_in=True), ["sign_in"])
        _store(uow, _Recovery(owner.id, code_hash))
        record(uow, "sign_in_turned_on", owner.id, actor.till, pin_set=new_pin_hash is not None)
        uow.commit()
    return code


def new_recovery_code(
    db: Database, owner_pin: str, *, actor: Actor, now: datetime | None = None
) -> str:
    """A new recovery code for a lost one (the old one stops working), shown once. The
    acting owner confirms with their PIN.

    Raises:
        NotAllowed: the actor is not an owner.
        InvalidInput: sign-in is off (there is no code to replace).
        WrongPin, LockedOut: the owner's PIN was typed wrong.
    """
    at = now or utcnow()
    with db.read() as uow:
        owner = _acting_owner(uow, actor, "make a new recovery code")
        if not read_settings(uow).sign_in:
            raise InvalidInput("Sign-in is off, so there is no recovery code to replace.")
    check_pin(db, owner.id, owner_pin, actor.till, failure="sign_in_failed", now=at)
    code = new_code()
    code_hash = hash_pin(normalized(code))
    with db.write() as uow:
        owner = _acting_owner(uow, actor, "make a new recovery code")
        if not read_settings(uow).sign_in:
            raise InvalidInput("Sign-in is off, so there is no recovery code to replace.")
        _store(uow, _Recovery(owner.id, code_hash))
        record(uow, "recovery_code_replaced", owner.id, actor.till)
        uow.commit()
    return code


def turn_off_sign_in(db: Database, *, actor: Actor) -> None:
    """Stop asking for PINs (the PINs are kept; the recovery code is void).

    Raises:
        NotAllowed: the actor is not an owner.
    """
    with db.write() as uow:
        owner = _acting_owner(uow, actor, "turn sign-in off")
        shop = read_settings(uow)
        if not shop.sign_in:
            return
        write_settings(uow, replace(shop, sign_in=False), ["sign_in"])
        uow.connection.execute(delete(settings_table).where(settings_table.c.key == _KEY))
        record(uow, "sign_in_turned_off", owner.id, actor.till)
        uow.commit()


def recover(
    db: Database, recovery_code: str, new_pin: str, *, till: str = "-", now: datetime | None = None
) -> str:
    """Give the owner ``new_pin`` with the recovery code, lift any lock, and return the
    next recovery code (the one typed is used up).

    Raises:
        InvalidInput: no code was issued (sign-in is off), the code is wrong, or the new
            PIN is refused (with the reason).
    """
    at = now or utcnow()
    with db.read() as uow:
        stored = _stored(uow)
        if stored is None or not read_settings(uow).sign_in:
            raise InvalidInput("Sign-in is off, so there is no recovery code to use.")
    if not pin_matches(normalized(recovery_code), stored.code_hash):
        with db.write() as uow:
            record(uow, "recovery_failed", None, till)
            uow.commit()
        raise InvalidField(
            "recovery_code", "That recovery code is not right. Check it letter by letter."
        )
    with db.read() as uow:
        owner_id = _owner_to_recover(uow, stored.owner_id)
        others = other_pin_hashes(uow, owner_id)
    pin_hash = hash_pin(check_new_pin(new_pin, others))
    code = new_code()
    code_hash = hash_pin(normalized(code))
    with db.write() as uow:
        if _stored(uow) != stored:
            raise InvalidInput("The recovery code was just used at another till.")
        store_pin(uow, owner_id, pin_hash, at)
        _store(uow, _Recovery(owner_id, code_hash))
        record(uow, "pin_recovered", owner_id, till)
        uow.commit()
    return code


def _acting_owner(uow: UnitOfWork, actor: Actor, what: str) -> UserRow:
    owner = active_user(uow, actor.user_id)
    if owner.role != Role.OWNER.value:
        raise NotAllowed(Permission.MANAGE_USERS.value, f"Only an owner can {what}.")
    return owner


def _owner_to_recover(uow: UnitOfWork, owner_id: int) -> int:
    """The owner the code was issued to, or (no longer an active owner) the first one."""
    if _is_active_owner(uow, owner_id):
        return owner_id
    first = uow.connection.scalar(_FIRST_OWNER)
    if first is None:
        raise InvalidInput("This shop has no active owner to give the PIN to.")
    return int(first)


def _is_active_owner(uow: UnitOfWork, user_id: int) -> bool:
    role = uow.connection.scalar(select(users.c.role).where(users.c.id == user_id, users.c.active))
    return role == Role.OWNER.value


def _stored(uow: UnitOfWork) -> _Recovery | None:
    value = uow.connection.scalar(_READ)
    if value is None:
        return None
    data = json.loads(value)
    return _Recovery(int(data["owner_id"]), str(data["hash"]))


def _store(uow: UnitOfWork, recovery: _Recovery) -> None:
    value = json.dumps({"owner_id": recovery.owner_id, "hash": recovery.code_hash})
    if uow.connection.execute(_WRITE.values(value=value)).rowcount == 0:
        uow.connection.execute(insert(settings_table).values(key=_KEY, value=value))
