"""Signing in with a PIN, a manager's PIN for one action, and what wrong PINs cost: a
growing wait, then a lock a manager lifts or time ends. The clock is passed in: no test
sleeps."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log, users
from pos.domain.errors import InvalidInput, LockedOut, NotAllowed, UnknownUser, WrongPin
from pos.services.dto import Actor
from pos.services.staff.accounts import LOCK_AFTER
from pos.services.staff.permissions import Permission, may
from pos.services.staff.pins import needs_rehash
from pos.services.staff.sign_in import approve, sign_in, unlock
from pos.services.staff.users import list_roles, list_staff, set_pin, set_role, update_user
from tests.integration.staff.conftest import CASHIER_PIN, MANAGER_PIN, Staff

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
TILL = "Till 1"


def failures(db: Database) -> list[tuple[str, int | None, str, dict[str, object]]]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.action, audit_log.c.user_id, audit_log.c.till, audit_log.c.details)
            .where(audit_log.c.action.like("%failed"))
            .order_by(audit_log.c.id)
        ).all()
    return [(a, u, t, json.loads(d)) for a, u, t, d in rows]


def wrong(db: Database, user_id: int, at: datetime) -> WrongPin:
    with pytest.raises(WrongPin) as refused:
        sign_in(db, user_id, "9999", TILL, now=at)
    return refused.value


def test_the_right_pin_signs_in(db: Database, staff: Staff) -> None:
    user = sign_in(db, staff.cashier.id, CASHIER_PIN, TILL, now=T0)
    assert (user.id, user.name, user.role) == (staff.cashier.id, "Cat", "cashier")
    with db.read() as uow:
        signed = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.till).where(audit_log.c.action == "signed_in")
        ).all()
    assert [tuple(row) for row in signed] == [(staff.cashier.id, TILL)]


def test_wrong_pins_wait_longer_each_time_then_lock(db: Database, staff: Staff) -> None:
    cat = staff.cashier.id
    at = T0
    waits, left = [], []
    for _ in range(LOCK_AFTER - 1):
        refused = wrong(db, cat, at)
        waits.append(refused.wait_seconds)
        left.append(refused.tries_left)
        at += timedelta(seconds=refused.wait_seconds)
    assert waits == [1, 2, 4, 8]
    assert left == [4, 3, 2, 1]
    with pytest.raises(LockedOut) as locked:
        sign_in(db, cat, "9999", TILL, now=at)
    assert locked.value.until == at + timedelta(minutes=15)
    # Locked: even the right PIN is refused, unchecked, until the time is over.
    with pytest.raises(LockedOut):
        sign_in(db, cat, CASHIER_PIN, TILL, now=at + timedelta(minutes=14))
    assert next(m for m in list_staff(db, now=at) if m.id == cat).locked_until == locked.value.until
    assert (
        next(m for m in list_staff(db, now=at + timedelta(minutes=15)) if m.id == cat).locked_until
        is None
    )
    assert sign_in(db, cat, CASHIER_PIN, TILL, now=at + timedelta(minutes=15)).id == cat
    logged = failures(db)
    assert [(a, u, t) for a, u, t, _ in logged] == [("sign_in_failed", cat, TILL)] * LOCK_AFTER
    assert [d["wrong_pins"] for *_, d in logged] == [1, 2, 3, 4, 5]
    assert logged[-1][3]["locked"] is True


def test_a_try_before_the_wait_is_over_is_not_checked(db: Database, staff: Staff) -> None:
    cat = staff.cashier.id
    wrong(db, cat, T0)
    second = wrong(db, cat, T0 + timedelta(seconds=1))  # the 1 s wait is over
    assert second.wait_seconds == 2
    with pytest.raises(WrongPin, match="Wait 2 seconds") as early:
        sign_in(db, cat, CASHIER_PIN, TILL, now=T0 + timedelta(seconds=1))  # the right PIN
    assert (early.value.wait_seconds, early.value.tries_left) == (2, 3)
    assert len(failures(db)) == 2  # the early try counted nothing
    assert sign_in(db, cat, CASHIER_PIN, TILL, now=T0 + timedelta(seconds=3)).id == cat


def test_success_forgets_the_wrong_pins(db: Database, staff: Staff) -> None:
    cat = staff.cashier.id
    at = T0
    for _ in range(3):
        at += timedelta(seconds=wrong(db, cat, at).wait_seconds)
    sign_in(db, cat, CASHIER_PIN, TILL, now=at)
    with db.read() as uow:
        count, until = uow.connection.execute(
            select(users.c.failed_pins, users.c.locked_until).where(users.c.id == cat)
        ).one()
    assert (count, until) == (0, None)
    assert wrong(db, cat, at).tries_left == LOCK_AFTER - 1


def lock(db: Database, user_id: int) -> datetime:
    at = T0
    for _ in range(LOCK_AFTER - 1):
        at += timedelta(seconds=wrong(db, user_id, at).wait_seconds)
    with pytest.raises(LockedOut):
        sign_in(db, user_id, "9999", TILL, now=at)
    return at


def unlocks(db: Database) -> list[tuple[int | None, int | None, object]]:
    """Who unlocked whom, as the log says: (user, approver, the user unlocked)."""
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id, audit_log.c.details)
            .where(audit_log.c.action == "user_unlocked")
            .order_by(audit_log.c.id)
        ).all()
    return [(user, approver, json.loads(details)["user"]) for user, approver, details in rows]


def test_the_owner_unlocks_and_a_cashier_may_not(db: Database, staff: Staff) -> None:
    cat = staff.cashier.id
    at = lock(db, cat)
    with pytest.raises(NotAllowed):
        unlock(db, cat, actor=staff.acting(staff.cashier))
    with pytest.raises(UnknownUser):
        unlock(db, 99_999, actor=staff.owner)
    unlock(db, cat, actor=staff.owner)
    assert sign_in(db, cat, CASHIER_PIN, TILL, now=at).id == cat


def test_a_manager_unlocks_without_managing_staff(db: Database, staff: Staff) -> None:
    """Managers may not manage staff, yet lift a lock: the issue's "lifted by a manager"."""
    cat, mo = staff.cashier.id, staff.manager.id
    with db.read() as uow:
        assert not may(uow, mo, Permission.MANAGE_USERS)
        assert may(uow, mo, Permission.UNLOCK_STAFF)
    at = lock(db, cat)
    unlock(db, cat, actor=staff.acting(staff.manager))
    assert [m.locked_until for m in list_staff(db, now=at) if m.id == cat] == [None]
    assert sign_in(db, cat, CASHIER_PIN, TILL, now=at).id == cat
    assert unlocks(db) == [(mo, None, cat)]


def test_a_cashier_asks_a_manager_standing_by(db: Database, staff: Staff) -> None:
    """The locked cashier's own request, approved by the manager's presence: both logged."""
    cat, mo = staff.cashier.id, staff.manager.id
    at = lock(db, cat)
    approver = approve(db, mo, MANAGER_PIN, Permission.UNLOCK_STAFF, TILL, now=at)
    unlock(db, cat, actor=Actor(cat, TILL, approver_id=approver))
    assert sign_in(db, cat, CASHIER_PIN, TILL, now=at).id == cat
    assert unlocks(db) == [(cat, mo, cat)]


def test_nobody_lifts_their_own_lock_alone(db: Database, staff: Staff) -> None:
    """A locked manager, who may unlock others, needs someone else: else a guesser who
    locked a manager's name would only have to press Unlock."""
    mo = staff.manager.id
    at = lock(db, mo)
    me = staff.acting(staff.manager)
    for actor in (me, Actor(mo, TILL, approver_id=mo)):
        with pytest.raises(NotAllowed, match="Nobody can lift their own lock") as refused:
            unlock(db, mo, actor=actor)
        assert refused.value.permission == Permission.UNLOCK_STAFF.value
    with pytest.raises(NotAllowed, match="approver may not"):
        unlock(db, mo, actor=Actor(mo, TILL, approver_id=staff.cashier.id))
    with pytest.raises(UnknownUser):
        unlock(db, mo, actor=Actor(mo, TILL, approver_id=99_999))
    with pytest.raises(LockedOut):
        sign_in(db, mo, MANAGER_PIN, TILL, now=at)
    assert unlocks(db) == []
    unlock(db, mo, actor=Actor(mo, TILL, approver_id=staff.owner.user_id))
    assert sign_in(db, mo, MANAGER_PIN, TILL, now=at).id == mo
    assert unlocks(db) == [(mo, staff.owner.user_id, mo)]


def test_a_role_without_the_permission_may_not_unlock(db: Database, staff: Staff) -> None:
    """The owner may take it from managers: the service, not the screen, refuses."""
    manager = next(r for r in list_roles(db) if r.name == "manager")
    set_role(
        db,
        "manager",
        manager.permissions - {Permission.UNLOCK_STAFF},
        manager.discount_limit,
        actor=staff.owner,
    )
    lock(db, staff.cashier.id)
    with pytest.raises(NotAllowed, match="without a manager's approval"):
        unlock(db, staff.cashier.id, actor=staff.acting(staff.manager))
    assert unlocks(db) == []


def test_a_new_pin_ends_the_lock(db: Database, staff: Staff) -> None:
    at = lock(db, staff.cashier.id)
    set_pin(db, staff.cashier.id, "6042", actor=staff.owner)
    assert sign_in(db, staff.cashier.id, "6042", TILL, now=at).name == "Cat"


def test_after_a_lock_ends_the_count_starts_again(db: Database, staff: Staff) -> None:
    at = lock(db, staff.cashier.id) + timedelta(minutes=15)
    assert wrong(db, staff.cashier.id, at).tries_left == LOCK_AFTER - 1


def test_no_pin_inactive_unknown_and_non_pins_are_refused_uncounted(
    db: Database, staff: Staff
) -> None:
    owner_id = staff.owner.user_id
    assert owner_id is not None
    with pytest.raises(InvalidInput, match="has no PIN yet"):
        sign_in(db, owner_id, "4827", TILL, now=T0)
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        sign_in(db, staff.cashier.id, "38l6", TILL, now=T0)
    with pytest.raises(UnknownUser):
        sign_in(db, 99_999, CASHIER_PIN, TILL, now=T0)
    update_user(db, staff.cashier.id, actor=staff.owner, active=False)
    with pytest.raises(UnknownUser, match="no longer active"):
        sign_in(db, staff.cashier.id, CASHIER_PIN, TILL, now=T0)
    assert failures(db) == []


def test_a_managers_pin_approves_one_action(db: Database, staff: Staff) -> None:
    mo = staff.manager.id
    assert approve(db, mo, MANAGER_PIN, Permission.REFUND, TILL, now=T0) == mo
    assert approve(db, mo, MANAGER_PIN, "refund", TILL, now=T0) == mo  # NotAllowed.permission
    with pytest.raises(NotAllowed, match="Mo may not manage staff either") as refused:
        approve(db, mo, MANAGER_PIN, Permission.MANAGE_USERS, TILL, now=T0)
    assert refused.value.permission == Permission.MANAGE_USERS.value
    with pytest.raises(NotAllowed, match="Cat may not give a refund either"):
        approve(db, staff.cashier.id, CASHIER_PIN, Permission.REFUND, TILL, now=T0)


def test_wrong_approval_pins_count_as_at_sign_in(db: Database, staff: Staff) -> None:
    mo = staff.manager.id
    at = T0
    for expected in (1, 2, 4, 8):
        with pytest.raises(WrongPin) as refused:
            approve(db, mo, "9999", Permission.REFUND, TILL, now=at)
        assert refused.value.wait_seconds == expected
        at += timedelta(seconds=expected)
    with pytest.raises(LockedOut):
        approve(db, mo, "9999", Permission.REFUND, TILL, now=at)
    with pytest.raises(LockedOut):
        sign_in(db, mo, MANAGER_PIN, TILL, now=at)
    assert [(a, u) for a, u, *_ in failures(db)] == [("approval_failed", mo)] * LOCK_AFTER


def test_nothing_secret_in_messages_or_the_log(
    db: Database, staff: Staff, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    messages = []
    at = T0
    for _ in range(LOCK_AFTER + 1):
        try:
            sign_in(db, staff.cashier.id, "9999", TILL, now=at)
        except (WrongPin, LockedOut) as error:
            messages.append(str(error))
            at += timedelta(seconds=getattr(error, "wait_seconds", 0))
    with db.read() as uow:
        stored = uow.connection.scalar(
            select(users.c.pin_hash).where(users.c.id == staff.cashier.id)
        )
        details = " ".join(uow.connection.scalars(select(audit_log.c.details)))
    seen = " ".join(messages) + caplog.text + details
    for secret in ("9999", CASHIER_PIN, stored, stored.split("$")[5]):
        assert secret not in seen


def test_a_pin_hashed_with_older_parameters_is_stored_anew_at_sign_in(
    db: Database, staff: Staff
) -> None:
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(CASHIER_PIN.encode(), salt=salt, n=2**10, r=8, p=1, dklen=32)
    old = "$".join(
        [
            "scrypt",
            "1024",
            "8",
            "1",
            *(base64.b64encode(x).decode().rstrip("=") for x in (salt, key)),
        ]
    )
    with db.write() as uow:
        uow.connection.execute(
            users.update().where(users.c.id == staff.cashier.id).values(pin_hash=old)
        )
        uow.commit()
    sign_in(db, staff.cashier.id, CASHIER_PIN, TILL, now=T0)
    with db.read() as uow:
        stored = uow.connection.scalar(
            select(users.c.pin_hash).where(users.c.id == staff.cashier.id)
        )
    assert stored != old and not needs_rehash(stored)
    assert sign_in(db, staff.cashier.id, CASHIER_PIN, TILL, now=T0).name == "Cat"


# At the real cost both tills read the user before either has checked the PIN (about 80 ms
# each); at the tests' small cost the first could finish first, and the second is then
# rightly told to wait instead.
@pytest.mark.real_pin_cost
def test_wrong_pins_typed_at_two_tills_at_once_both_count(db: Database, staff: Staff) -> None:
    import threading

    start = threading.Barrier(2)
    refused: list[WrongPin] = []

    def guess(till: str) -> None:
        start.wait()
        try:
            sign_in(db, staff.cashier.id, "9999", till, now=T0)
        except WrongPin as error:
            refused.append(error)

    tills = [threading.Thread(target=guess, args=(name,)) for name in ("Till 1", "Till 2")]
    for till in tills:
        till.start()
    for till in tills:
        till.join()
    assert sorted(error.tries_left for error in refused) == [3, 4]
    with db.read() as uow:
        count = uow.connection.scalar(
            select(users.c.failed_pins).where(users.c.id == staff.cashier.id)
        )
    assert count == 2
    assert {till for _, _, till, _ in failures(db)} == {"Till 1", "Till 2"}
