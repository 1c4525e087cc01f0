"""A shop with a manager and a cashier beside the owner, added through the services."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import create_engine

from pos.db.engine import Database
from pos.db.migrate import alembic_config
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.users import StaffMember, add_user

OWNER_PIN = "4827"
MANAGER_PIN = "5091"
CASHIER_PIN = "3816"


@dataclass(frozen=True)
class Staff:
    owner: Actor
    manager: StaffMember
    cashier: StaffMember

    def acting(self, member: StaffMember) -> Actor:
        return Actor(member.id, self.owner.till)


@pytest.fixture
def staff(db: Database, shop: ShopSettings, actor: Actor) -> Staff:
    manager = add_user(db, "Mo", "manager", actor=actor, pin=MANAGER_PIN)
    cashier = add_user(db, "Cat", "cashier", actor=actor, pin=CASHIER_PIN)
    return Staff(actor, manager, cashier)


def migrate(url: str, revision: str, *, down: bool) -> None:
    """Take the database at ``url`` down or up to ``revision`` with Alembic, as a release
    upgrade would (the migration tests start from an older schema)."""
    engine = create_engine(url)
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()
