"""Turning sign-in on (the owner's PIN, a recovery code shown once) and off, and the owner
getting back in with the code."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log, users
from pos.db.tables import settings as settings_table
from pos.domain.errors import InvalidField, InvalidInput, LockedOut, NotAllowed, WrongPin
from pos.services.settings import get_settings, update_settings
from pos.services.staff.accounts import LOCK_AFTER
from pos.services.staff.recovery import ALPHABET
from pos.services.staff.sign_in import (
    new_recovery_code,
    recover,
    sign_in,
    turn_off_sign_in,
    turn_on_sign_in,
)
from pos.services.staff.users import list_staff, set_pin
from tests.integration.staff.conftest import MANAGER_PIN, OWNER_PIN, Staff

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
CODE = re.compile(f"[{ALPHABET}]{{4}}(-[{ALPHABET}]{{4}}){{3}}")


def owner_id(staff: Staff) -> int:
    assert staff.owner.user_id is not None
    return staff.owner.user_id


def test_a_new_shop_never_asks_for_a_pin(db: Database, staff: Staff) -> None:
    shop = get_settings(db)
    assert (shop.sign_in, shop.auto_lock_minutes) == (False, 0)


def test_turning_on_sets_the_owners_pin_and_gives_a_code_once(db: Database, staff: Staff) -> None:
    code = turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)
    assert CODE.fullmatch(code)
    assert get_settings(db).sign_in
    assert sign_in(db, owner_id(staff), OWNER_PIN, "Till 1", now=T0).role == "owner"
    with db.read() as uow:
        stored = " ".join(uow.connection.scalars(select(settings_table.c.value)))
        details = " ".join(uow.connection.scalars(select(audit_log.c.details)))
    assert code not in stored and code.replace("-", "") not in stored
    assert code.replace("-", "") not in details
    with pytest.raises(InvalidInput, match="on already"):
        turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)


def test_an_owner_with_a_pin_confirms_it(db: Database, staff: Staff) -> None:
    set_pin(db, owner_id(staff), OWNER_PIN, actor=staff.owner)
    with pytest.raises(WrongPin):
        turn_on_sign_in(db, "7305", actor=staff.owner, now=T0)
    assert not get_settings(db).sign_in
    assert CODE.fullmatch(
        turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0 + timedelta(seconds=1))
    )


def test_turning_on_needs_an_owner_and_a_good_pin(db: Database, staff: Staff) -> None:
    with pytest.raises(NotAllowed, match="Only an owner can turn sign-in on"):
        turn_on_sign_in(db, MANAGER_PIN, actor=staff.acting(staff.manager), now=T0)
    with pytest.raises(InvalidField, match="in a row") as weak:
        turn_on_sign_in(db, "1234", actor=staff.owner, now=T0)
    with pytest.raises(InvalidField, match=r"^Choose another PIN\.$") as taken:
        turn_on_sign_in(db, MANAGER_PIN, actor=staff.owner, now=T0)
    assert weak.value.field == taken.value.field == "pin"
    assert not get_settings(db).sign_in
    assert not next(m for m in list_staff(db) if m.id == owner_id(staff)).has_pin


def test_sign_in_is_not_switched_through_the_settings_form(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput, match="Staff screen"):
        update_settings(db, actor=staff.owner, sign_in=True)
    assert not get_settings(db).sign_in
    update_settings(db, actor=staff.owner, sign_in=False, auto_lock_minutes=5)  # unchanged: fine
    assert get_settings(db).auto_lock_minutes == 5


@pytest.mark.parametrize("minutes", [-1, 241, True, "5"])
def test_auto_lock_is_zero_to_240_minutes(db: Database, staff: Staff, minutes: object) -> None:
    with pytest.raises(InvalidInput, match="0 to 240"):
        update_settings(db, actor=staff.owner, auto_lock_minutes=minutes)
    assert get_settings(db).auto_lock_minutes == 0


def test_saving_settings_never_puts_back_sign_in_changed_meanwhile(
    db: Database, staff: Staff
) -> None:
    """A till saving its settings form writes only what it changed: another till turning
    sign-in on while that save waits is not undone by it."""
    import threading

    from sqlalchemy import update

    saved: list[object] = []

    def save_footer() -> None:
        saved.append(update_settings(db, actor=staff.owner, receipt_footer="See you soon"))

    with db.engine.connect() as other_till:
        with other_till.begin():
            footer = settings_table.c.key == "receipt_footer"
            other_till.execute(update(settings_table).where(footer).values(value='"Hello"'))
            till = threading.Thread(target=save_footer)
            till.start()
            till.join(timeout=1.0)  # it read the settings, and waits for the footer's row
            other_till.execute(
                update(settings_table).where(settings_table.c.key == "sign_in").values(value="true")
            )
        till.join()
    assert len(saved) == 1
    shop = get_settings(db)
    assert (shop.sign_in, shop.receipt_footer) == (True, "See you soon")


def test_turning_off_voids_the_code(db: Database, staff: Staff) -> None:
    code = turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)
    with pytest.raises(NotAllowed):
        turn_off_sign_in(db, actor=staff.acting(staff.manager))
    turn_off_sign_in(db, actor=staff.owner)
    assert not get_settings(db).sign_in
    with pytest.raises(InvalidInput, match="Sign-in is off"):
        recover(db, code, "6042", now=T0)


def lock_owner(db: Database, staff: Staff) -> datetime:
    at = T0
    for _ in range(LOCK_AFTER):
        try:
            sign_in(db, owner_id(staff), "9999", "Till 1", now=at)
        except WrongPin as error:
            at += timedelta(seconds=error.wait_seconds)
        except LockedOut:
            return at
    raise AssertionError("not locked")


def test_the_code_gives_a_locked_out_owner_a_new_pin_and_a_new_code(
    db: Database, staff: Staff
) -> None:
    code = turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)
    at = lock_owner(db, staff)
    typed = code.lower().replace("-", " ")  # as someone may copy it from paper
    new_code = recover(db, typed, "6042", till="Till 2", now=at)
    assert CODE.fullmatch(new_code) and new_code != code
    assert sign_in(db, owner_id(staff), "6042", "Till 1", now=at).role == "owner"
    with pytest.raises(InvalidField, match="not right") as used_up:
        recover(db, code, "6043", now=at)
    assert used_up.value.field == "recovery_code"
    assert CODE.fullmatch(recover(db, new_code, "6043", now=at))
    with db.read() as uow:
        actions = list(
            uow.connection.scalars(
                select(audit_log.c.action)
                .where(audit_log.c.action.in_(["pin_recovered", "recovery_failed"]))
                .order_by(audit_log.c.id)
            )
        )
    assert actions == ["pin_recovered", "recovery_failed", "pin_recovered"]


def test_a_wrong_code_or_weak_pin_changes_nothing(
    db: Database, staff: Staff, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    code = turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)
    with db.read() as uow:
        before = uow.connection.execute(select(users.c.pin_hash).order_by(users.c.id)).all()
    messages = []
    for typed, pin in (("AAAA-BBBB-CCCC-DDDD", "6042"), (code, "0000"), (code, MANAGER_PIN)):
        with pytest.raises(InvalidInput) as refused:
            recover(db, typed, pin, now=T0)
        messages.append(str(refused.value))
    assert "not right" in messages[0] and "one digit" in messages[1]
    assert messages[2] == "Choose another PIN."
    with db.read() as uow:
        after = uow.connection.execute(select(users.c.pin_hash).order_by(users.c.id)).all()
    assert after == before
    assert sign_in(db, owner_id(staff), OWNER_PIN, "Till 1", now=T0).role == "owner"
    seen = " ".join(messages) + caplog.text
    assert code not in seen and code.replace("-", "") not in seen and OWNER_PIN not in seen


def test_a_lost_code_is_replaced_with_the_owners_pin(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput, match="Sign-in is off"):
        new_recovery_code(db, OWNER_PIN, actor=staff.owner, now=T0)
    old = turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)
    with pytest.raises(NotAllowed):
        new_recovery_code(db, MANAGER_PIN, actor=staff.acting(staff.manager), now=T0)
    with pytest.raises(WrongPin):
        new_recovery_code(db, "7305", actor=staff.owner, now=T0)
    new = new_recovery_code(db, OWNER_PIN, actor=staff.owner, now=T0 + timedelta(seconds=1))
    assert CODE.fullmatch(new) and new != old
    with pytest.raises(InvalidInput, match="not right"):
        recover(db, old, "6042", now=T0)
    assert CODE.fullmatch(recover(db, new, "6042", now=T0))
