"""Migration 0013: a shop from before it (revision d2f7c4a8e6b1), where a manager could not
lift a lock, upgrades and its manager may; whoever could unlock before still can."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, insert, select

from pos.db.engine import Database, open_database
from pos.db.migrate import current_revision, head_revision
from pos.db.tables import role_permissions
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, may
from pos.services.staff.sign_in import sign_in, unlock
from pos.services.staff.users import StaffMember, add_user, list_roles, list_staff, set_role
from tests.integration.staff.conftest import CASHIER_PIN, MANAGER_PIN, migrate
from tests.integration.staff.test_sign_in import TILL, lock

#: The schema just before migration 0013.
BEFORE_UNLOCK = "d2f7c4a8e6b1"


def holders(url: str) -> list[str]:
    """The roles holding unlock_staff, one entry per row (read with no ShopTill code)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = select(role_permissions.c.role).where(
                role_permissions.c.permission == "unlock_staff"
            )
            return sorted(connection.scalars(query))
    finally:
        engine.dispose()


@pytest.fixture
def older(db_url: str, db: Database, shop: ShopSettings, actor: Actor) -> Iterator[str]:
    """A shop with a manager (Mo) and a cashier (Cat), taken back to the schema before
    0013 (its database closed: the test opens it as the app would). Left at the head
    whatever happens, for the next test on the shared PostgreSQL database."""
    add_user(db, "Mo", "manager", actor=actor, pin=MANAGER_PIN)
    add_user(db, "Cat", "cashier", actor=actor, pin=CASHIER_PIN)
    db.close()
    migrate(db_url, BEFORE_UNLOCK, down=True)
    try:
        yield db_url
    finally:
        migrate(db_url, "head", down=False)


def member(db: Database, name: str) -> StaffMember:
    return next(m for m in list_staff(db) if m.name == name)


def test_before_the_upgrade_no_role_may_unlock_as_such(older: str) -> None:
    assert holders(older) == []


def test_an_older_shops_manager_may_unlock_after_the_upgrade(older: str) -> None:
    db = open_database(older)  # migrated, as the app opens a shop
    try:
        assert current_revision(db.engine) == head_revision()
        assert holders(older) == ["manager", "owner"]
        mo, cat = member(db, "Mo"), member(db, "Cat")
        with db.read() as uow:
            assert may(uow, mo.id, Permission.UNLOCK_STAFF)
            assert not may(uow, mo.id, Permission.MANAGE_USERS)
            assert not may(uow, cat.id, Permission.UNLOCK_STAFF)
        manager = next(r for r in list_roles(db) if r.name == "manager")
        assert Permission.UNLOCK_STAFF in manager.permissions
        at = lock(db, cat.id)
        unlock(db, cat.id, actor=Actor(mo.id, TILL))
        assert sign_in(db, cat.id, CASHIER_PIN, TILL, now=at).id == cat.id
    finally:
        db.close()


def test_a_role_that_could_manage_staff_keeps_unlocking(
    db_url: str, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    """The owner had given cashiers the right to manage staff (and so to unlock); a role
    that holds unlock_staff already (a newer ShopTill's doing) gets no second row."""
    cashier = next(r for r in list_roles(db) if r.name == "cashier")
    wanted = {Permission.SELL, Permission.MANAGE_USERS}
    set_role(db, "cashier", wanted, cashier.discount_limit, actor=actor)
    db.close()
    migrate(db_url, BEFORE_UNLOCK, down=True)
    try:
        engine = create_engine(db_url)
        with engine.begin() as connection:
            row = {"role": "manager", "permission": "unlock_staff"}
            connection.execute(insert(role_permissions).values(row))
        engine.dispose()
        open_database(db_url).close()
        assert holders(db_url) == ["cashier", "manager", "owner"]
    finally:
        migrate(db_url, "head", down=False)
