"""Adding, changing and deactivating staff, and setting PINs: what is allowed, what is
refused (with nothing written), and what the audit log keeps."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import audit_log, users
from pos.domain.errors import InvalidField, NotAllowed, ShopError, UnknownUser
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission
from pos.services.staff.pins import pin_matches
from pos.services.staff.sign_in import sign_in
from pos.services.staff.users import (
    add_user,
    list_roles,
    list_staff,
    set_pin,
    set_role,
    set_roles,
    update_user,
)
from tests.integration.staff.conftest import CASHIER_PIN, MANAGER_PIN, Staff


@contextmanager
def refused_at(field: str, match: str) -> Iterator[None]:
    """Refused as bad input at ``field`` (where the Staff screen shows it)."""
    with pytest.raises(InvalidField, match=match) as refusal:
        yield
    assert refusal.value.field == field


def _field_of(change: dict[str, object]) -> str:
    return "active" if "active" in change else "role"


def snapshot(db: Database) -> tuple[list[tuple[object, ...]], int]:
    """Everything about the staff a refusal must leave as it was."""
    with db.read() as uow:
        rows = uow.connection.execute(select(users).order_by(users.c.id)).all()
        entries = uow.connection.scalar(select(func.count()).select_from(audit_log))
    return [tuple(row) for row in rows], int(entries or 0)


def audit_entries(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.details)
            .where(audit_log.c.action == action)
            .order_by(audit_log.c.id)
        ).all()
    return [{"user_id": user_id, **json.loads(details)} for user_id, details in rows]


def test_the_owner_adds_staff_with_roles_and_pins(db: Database, staff: Staff) -> None:
    listed = {m.name: m for m in list_staff(db)}
    assert set(listed) == {"Alex", "Mo", "Cat"}
    assert (listed["Mo"].role, listed["Mo"].active, listed["Mo"].has_pin) == ("manager", True, True)
    assert (listed["Alex"].role, listed["Alex"].has_pin) == ("owner", False)
    assert listed["Cat"].locked_until is None
    added = audit_entries(db, "user_added")
    assert [(e["name"], e["role"], e["pin_set"]) for e in added] == [
        ("Mo", "manager", True),
        ("Cat", "cashier", True),
    ]
    assert {e["user_id"] for e in added} == {staff.owner.user_id}
    with db.read() as uow:
        stored = uow.connection.scalar(select(users.c.pin_hash).where(users.c.name == "Mo"))
    assert stored is not None and MANAGER_PIN not in stored and pin_matches(MANAGER_PIN, stored)


def test_rename_change_role_deactivate_and_bring_back(db: Database, staff: Staff) -> None:
    cat = update_user(db, staff.cashier.id, actor=staff.owner, name="  Caitlin ", role="manager")
    assert (cat.name, cat.role) == ("Caitlin", "manager")
    gone = update_user(db, cat.id, actor=staff.owner, active=False)
    assert not gone.active
    assert [m.name for m in list_staff(db, include_inactive=False)] == ["Alex", "Mo"]
    back = update_user(db, cat.id, actor=staff.owner, active=True, role="cashier")
    assert (back.active, back.role) == (True, "cashier")
    changes = audit_entries(db, "user_changed")
    assert changes[0] == {
        "user_id": staff.owner.user_id,
        "user": cat.id,
        "name": "Caitlin",
        "role": "manager",
    }
    assert [c.get("active") for c in changes] == [None, False, True]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Give the staff member a name"),
        ("   ", "Give the staff member a name"),
        ("x" * 41, "at most 40"),
        ("Tab\there", "tabs or line breaks"),
        ("mo", "already someone called Mo"),
        ("  MO  ", "already someone called Mo"),
        ("alex", "already someone called Alex"),
    ],
)
def test_bad_or_taken_names_are_refused_and_nothing_written(
    db: Database, staff: Staff, name: str, message: str
) -> None:
    before = snapshot(db)
    with refused_at("name", message):
        add_user(db, name, "cashier", actor=staff.owner)
    with refused_at("name", message):
        update_user(db, staff.cashier.id, actor=staff.owner, name=name)
    assert snapshot(db) == before


def test_an_inactive_users_name_is_still_taken(db: Database, staff: Staff) -> None:
    update_user(db, staff.cashier.id, actor=staff.owner, active=False)
    with refused_at("name", "no longer active: make them active again"):
        add_user(db, "cat", "cashier", actor=staff.owner)


def test_an_unknown_role_is_refused(db: Database, staff: Staff) -> None:
    before = snapshot(db)
    with refused_at("role", "no role called 'boss'"):
        add_user(db, "Bo", "boss", actor=staff.owner)
    with refused_at("role", "no role called 'boss'"):
        update_user(db, staff.cashier.id, actor=staff.owner, role="boss")
    assert snapshot(db) == before


def test_the_last_active_owner_cannot_be_demoted_or_deactivated(db: Database, staff: Staff) -> None:
    owner_id = staff.owner.user_id
    assert owner_id is not None
    before = snapshot(db)
    for change in ({"role": "manager"}, {"active": False}):
        with refused_at(_field_of(change), "only owner"):
            update_user(db, owner_id, actor=staff.owner, **change)  # type: ignore[arg-type]
    assert snapshot(db) == before
    # With a second owner, the first may step down (and the second may not remove them
    # both).
    second = update_user(db, staff.manager.id, actor=staff.owner, role="owner")
    update_user(db, owner_id, actor=staff.acting(second), role="manager")
    with refused_at("active", "only owner"):
        update_user(db, second.id, actor=staff.acting(second), active=False)


def test_nobody_takes_away_their_own_right_to_undo(db: Database, staff: Staff) -> None:
    second = update_user(db, staff.manager.id, actor=staff.owner, role="owner")
    me = staff.acting(second)
    before = snapshot(db)
    with refused_at("role", "could not undo"):
        update_user(db, second.id, actor=me, role="cashier")
    with refused_at("active", "cannot deactivate yourself"):
        update_user(db, second.id, actor=me, active=False)
    assert snapshot(db) == before


def test_a_manager_given_the_right_manages_cashiers_but_never_owners(
    db: Database, staff: Staff
) -> None:
    manager_rights = next(r for r in list_roles(db) if r.name == "manager").permissions
    set_role(
        db, "manager", manager_rights | {Permission.MANAGE_USERS}, Decimal(50), actor=staff.owner
    )
    mo = staff.acting(staff.manager)
    bo = add_user(db, "Bo", "cashier", actor=mo)
    update_user(db, bo.id, actor=mo, name="Bob")
    owner_id = staff.owner.user_id
    assert owner_id is not None
    before = snapshot(db)
    with pytest.raises(NotAllowed, match="Only an owner can make someone an owner"):
        update_user(db, staff.manager.id, actor=mo, role="owner")
    with pytest.raises(NotAllowed, match="Only an owner can make someone an owner"):
        add_user(db, "Boss", "owner", actor=mo)
    with pytest.raises(NotAllowed, match="Only an owner can change an owner"):
        update_user(db, owner_id, actor=mo, name="Lex")
    with pytest.raises(NotAllowed, match="Only an owner can change an owner's PIN"):
        set_pin(db, owner_id, "7305", actor=mo)
    with refused_at("permissions", "could not undo"):
        set_role(db, "manager", manager_rights, Decimal(50), actor=mo)
    assert snapshot(db) == before


def test_a_cashier_may_not_manage_staff(db: Database, staff: Staff) -> None:
    cat = staff.acting(staff.cashier)
    before = snapshot(db)
    with pytest.raises(NotAllowed, match="manage staff") as refused:
        add_user(db, "Bo", "cashier", actor=cat, pin="7305")
    assert refused.value.permission == Permission.MANAGE_USERS.value
    with pytest.raises(NotAllowed):
        update_user(db, staff.manager.id, actor=cat, active=False)
    with pytest.raises(NotAllowed):
        set_pin(db, staff.manager.id, "7305", actor=cat)
    with pytest.raises(NotAllowed):
        set_role(db, "cashier", {Permission.SELL, Permission.REFUND}, Decimal(10), actor=cat)
    assert snapshot(db) == before


def test_unknown_or_inactive_users_and_actors_are_refused(db: Database, staff: Staff) -> None:
    update_user(db, staff.cashier.id, actor=staff.owner, active=False)
    gone = staff.acting(staff.cashier)
    before = snapshot(db)
    with pytest.raises(UnknownUser, match="does not exist"):
        update_user(db, 99_999, actor=staff.owner, name="Ghost")
    with pytest.raises(UnknownUser, match="does not exist"):
        set_pin(db, 99_999, "7305", actor=staff.owner)
    with pytest.raises(UnknownUser, match="no longer active"):
        update_user(db, staff.cashier.id, actor=staff.owner, name="Kat")
    with pytest.raises(UnknownUser, match="no longer active"):
        set_pin(db, staff.cashier.id, "7305", actor=staff.owner)
    with pytest.raises(UnknownUser, match="no longer active"):
        set_pin(db, staff.cashier.id, "7305", actor=gone)  # not even their own
    with pytest.raises(UnknownUser):
        add_user(db, "Bo", "cashier", actor=gone)
    with pytest.raises(UnknownUser):
        add_user(db, "Bo", "cashier", actor=Actor(99_999, "Till 1"))
    assert snapshot(db) == before


def test_pins_set_by_yourself_or_a_manager_of_staff(db: Database, staff: Staff) -> None:
    set_pin(db, staff.cashier.id, "6042", actor=staff.acting(staff.cashier))
    set_pin(db, staff.cashier.id, "6043", actor=staff.owner)
    with db.read() as uow:
        stored = uow.connection.scalar(
            select(users.c.pin_hash).where(users.c.id == staff.cashier.id)
        )
    assert pin_matches("6043", stored)
    assert [e["user"] for e in audit_entries(db, "pin_set")] == [staff.cashier.id] * 2


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("12a4", "4 to 8 digits"),
        ("1111", "one digit repeated"),
        ("4321", "in a row"),
        ("2026", "a year"),
        (MANAGER_PIN, r"^Choose another PIN\.$"),
    ],
)
def test_refused_pins_write_nothing(db: Database, staff: Staff, pin: str, message: str) -> None:
    before = snapshot(db)
    with refused_at("pin", message):
        set_pin(db, staff.cashier.id, pin, actor=staff.owner)
    with refused_at("pin", message):
        add_user(db, "Bo", "cashier", actor=staff.owner, pin=pin)
    assert snapshot(db) == before


def test_deactivating_clears_the_pin_which_may_then_be_reused(db: Database, staff: Staff) -> None:
    gone = update_user(db, staff.manager.id, actor=staff.owner, active=False)
    assert not gone.has_pin
    set_pin(db, staff.cashier.id, MANAGER_PIN, actor=staff.owner)
    back = update_user(db, staff.manager.id, actor=staff.owner, active=True)
    assert (back.active, back.has_pin) == (True, False)


def test_roles_listed_and_changed_but_never_the_owners(db: Database, staff: Staff) -> None:
    roles = {r.name: r for r in list_roles(db)}
    assert [r.name for r in list_roles(db)] == ["owner", "manager", "cashier"]
    assert roles["owner"].permissions == frozenset(Permission)
    assert roles["cashier"].discount_limit == Decimal(10)
    changed = set_role(
        db, "cashier", {Permission.SELL, Permission.REFUND}, Decimal("12.5"), actor=staff.owner
    )
    assert next(r for r in list_roles(db) if r.name == "cashier") == changed
    assert changed.permissions == {Permission.SELL, Permission.REFUND}
    before = snapshot(db)
    with refused_at("role", "owner may always do everything"):
        set_role(db, "owner", set(), Decimal(0), actor=staff.owner)
    with refused_at("role", "no role called"):
        set_role(db, "boss", set(), Decimal(0), actor=staff.owner)
    with refused_at("permissions", "no permission called"):
        set_role(db, "cashier", {"fly"}, Decimal(0), actor=staff.owner)
    for limit in (Decimal(-1), Decimal(101), Decimal("5.555"), Decimal("NaN")):
        with refused_at("discount_limit", "discount limit"):
            set_role(db, "cashier", set(), limit, actor=staff.owner)
    assert snapshot(db) == before
    assert audit_entries(db, "role_changed")[0]["permissions"] == ["refund", "sell"]


def test_no_pin_or_hash_reaches_the_audit_log_messages_or_log(
    db: Database, staff: Staff, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[ShopError] = []
    set_pin(db, staff.cashier.id, "6042", actor=staff.owner)
    for pin in ("60a2", "0000", MANAGER_PIN):
        try:
            set_pin(db, staff.cashier.id, pin, actor=staff.owner)
        except ShopError as error:
            errors.append(error)
    with db.read() as uow:
        hashes = list(
            uow.connection.scalars(select(users.c.pin_hash).where(users.c.pin_hash.is_not(None)))
        )
        details = " ".join(uow.connection.scalars(select(audit_log.c.details)))
    secrets = [CASHIER_PIN, MANAGER_PIN, "6042", "60a2", *hashes]
    seen = caplog.text + details + " ".join(str(e) for e in errors)
    assert len(errors) == 3
    for secret in secrets:
        assert secret not in seen
    for hashed in hashes:
        assert hashed.split("$")[4] not in seen  # nor its salt


def test_two_owners_demoting_each_other_at_once_leave_one(db: Database, staff: Staff) -> None:
    """Owner B is being demoted by another till (not committed yet) while B demotes owner
    A: B's change waits for the other, then is refused (B is no longer an owner), instead
    of both going through and leaving the shop without an owner."""
    import threading

    from sqlalchemy import update

    second = update_user(db, staff.manager.id, actor=staff.owner, role="owner")
    owner_id = staff.owner.user_id
    assert owner_id is not None
    outcome: list[BaseException | None] = []

    def b_demotes_a() -> None:
        try:
            update_user(db, owner_id, actor=staff.acting(second), role="manager")
            outcome.append(None)
        except ShopError as error:
            outcome.append(error)

    with db.engine.connect() as other_till:
        with other_till.begin():
            other_till.execute(update(users).where(users.c.id == second.id).values(role="manager"))
            till = threading.Thread(target=b_demotes_a)
            till.start()
            till.join(timeout=1.0)
            assert till.is_alive()  # waiting for the other till
        till.join()
    assert len(outcome) == 1 and isinstance(outcome[0], NotAllowed)
    assert [m.name for m in list_staff(db) if m.role == "owner"] == ["Alex"]


def test_reset_pin_refuses_inactive_and_ambiguous_names(db: Database, staff: Staff) -> None:
    from sqlalchemy import insert

    from pos.services.staff.reset import reset_pin

    update_user(db, staff.cashier.id, actor=staff.owner, active=False)
    with pytest.raises(UnknownUser, match="no longer active"):
        reset_pin(db, "Cat", "6042", till="Till 1")
    with db.write() as uow:  # two names alike, as only an older database may hold
        uow.connection.execute(
            insert(users), [{"name": "Ann", "role": "cashier"}, {"name": "ann ", "role": "cashier"}]
        )
        uow.commit()
    before = snapshot(db)
    with refused_at("name", "Several staff are called 'ANN'"):
        reset_pin(db, " ANN ", "6042", till="Till 1")
    assert snapshot(db) == before
    assert reset_pin(db, "mo", "6042", till="Till 1").name == "Mo"
    assert audit_entries(db, "pin_reset") == [
        {"user_id": None, "user": staff.manager.id, "by": "command line"}
    ]


def test_a_change_and_a_new_pin_are_kept_together_or_not_at_all(db: Database, staff: Staff) -> None:
    """The Change dialog's Save is one action: a PIN refused leaves the name as it was."""
    before = snapshot(db)
    with refused_at("pin", r"^Choose another PIN\.$"):
        update_user(db, staff.cashier.id, actor=staff.owner, name="Caitlin", pin=MANAGER_PIN)
    assert snapshot(db) == before
    changed = update_user(db, staff.cashier.id, actor=staff.owner, name="Caitlin", pin="6042")
    assert (changed.name, changed.has_pin) == ("Caitlin", True)
    assert sign_in(db, staff.cashier.id, "6042", "Till 1").name == "Caitlin"
    assert [e["user"] for e in audit_entries(db, "pin_set")] == [staff.cashier.id]
    assert audit_entries(db, "user_changed")[-1]["name"] == "Caitlin"


def test_made_active_again_with_a_pin_at_once(db: Database, staff: Staff) -> None:
    update_user(db, staff.cashier.id, actor=staff.owner, active=False)
    before = snapshot(db)
    with pytest.raises(UnknownUser, match="no longer active"):
        update_user(db, staff.cashier.id, actor=staff.owner, pin="6042")
    with refused_at("pin", "not active has no PIN"):
        update_user(db, staff.manager.id, actor=staff.owner, active=False, pin="6042")
    assert snapshot(db) == before
    back = update_user(db, staff.cashier.id, actor=staff.owner, active=True, pin=CASHIER_PIN)
    assert (back.active, back.has_pin) == (True, True)
    assert sign_in(db, staff.cashier.id, CASHIER_PIN, "Till 1").id == staff.cashier.id


def test_roles_saved_together_are_all_stored_or_none(db: Database, staff: Staff) -> None:
    """The Staff screen saves managers and cashiers at once: a refusal of the second keeps
    the first as it was."""
    roles_before = {r.name: r for r in list_roles(db)}
    before = snapshot(db)
    with refused_at("discount_limit", "discount limit"):
        set_roles(
            db,
            {
                "manager": ({Permission.SELL}, Decimal(5)),
                "cashier": ({Permission.SELL}, Decimal(101)),
            },
            actor=staff.owner,
        )
    with refused_at("role", "no role called"):
        set_roles(
            db,
            {"manager": ({Permission.SELL}, Decimal(5)), "clerk": ((), Decimal(0))},
            actor=staff.owner,
        )
    assert {r.name: r for r in list_roles(db)} == roles_before
    assert snapshot(db) == before
    stored = set_roles(
        db,
        {"manager": ({Permission.SELL}, Decimal(5)), "cashier": ((), Decimal(0))},
        actor=staff.owner,
    )
    assert [(r.name, r.permissions, r.discount_limit) for r in stored] == [
        ("manager", frozenset({Permission.SELL}), Decimal(5)),
        ("cashier", frozenset(), Decimal(0)),
    ]
