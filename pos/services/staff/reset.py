"""``shoptill reset-pin``: a new PIN for someone on the staff, from the shop's own machine.

Whoever can open the database file owns the shop already, so no PIN is asked: it is the
way back in for an owner without the recovery code (``pos.services.staff.recovery``).
"""

from __future__ import annotations

from sqlalchemy import select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import users
from pos.domain.errors import InvalidField, UnknownUser
from pos.services.audit import record
from pos.services.staff.accounts import (
    StaffMember,
    active_user,
    member,
    other_pin_hashes,
    same_name,
    store_pin,
)
from pos.services.staff.pins import check_new_pin, check_pin_format, hash_pin

_NAMES = select(users.c.id, users.c.name, users.c.active)


def reset_pin(db: Database, name: str, pin: str, *, till: str) -> StaffMember:
    """Give the active staff member called ``name`` a new PIN. A lock for wrong PINs ends
    with it; the log says it came from the command line.

    Raises:
        UnknownUser: nobody active has that name.
        InvalidField: the PIN is refused (with the reason), or several have that name.
    """
    check_pin_format(pin)
    with db.read() as uow:
        found = [row for row in uow.connection.execute(_NAMES) if same_name(row.name, name)]
        if not found:
            raise UnknownUser(f"Nobody on the staff is called '{name.strip()}'.")
        if len(found) > 1:  # only in a database from before names were compared so
            raise InvalidField(
                "name",
                f"Several staff are called '{name.strip()}': rename one on the Staff screen.",
            )
        user_id = int(found[0].id)
        active_user(uow, user_id)
        others = other_pin_hashes(uow, user_id)
    pin_hash = hash_pin(check_new_pin(pin, others))
    with db.write() as uow:
        active_user(uow, user_id)
        store_pin(uow, user_id, pin_hash, utcnow())
        record(uow, "pin_reset", None, till, user=user_id, by="command line")
        uow.commit()
        return member(active_user(uow, user_id), utcnow())
