"""A shop with a manager and a cashier beside the owner, added through the services."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pos.db.engine import Database
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
