"""The permission check every service makes: by role, with an approver, and refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import insert, update

from pos.db.engine import Database
from pos.db.tables import role_permissions, users
from pos.domain.errors import NotAllowed, UnknownUser
from pos.services.dto import Actor
from pos.services.shop import UserDTO
from pos.services.staff.permissions import (
    DEFAULT_PERMISSIONS,
    Permission,
    Role,
    authorize,
    authorize_discount,
    may,
)


def add_user(db: Database, name: str, role: Role, *, active: bool = True) -> int:
    with db.write() as uow:
        new = insert(users).values(name=name, role=role.value, active=active)
        user_id = int(uow.connection.execute(new).inserted_primary_key[0])
        uow.commit()
    return user_id


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_each_role_may_do_its_defaults_and_nothing_else(
    db: Database, cashier: UserDTO, role: Role, permission: Permission
) -> None:
    user_id = add_user(db, "Someone", role)
    allowed = permission in DEFAULT_PERMISSIONS[role]
    with db.read() as uow:
        assert may(uow, user_id, permission) is allowed
        if allowed:
            assert authorize(uow, Actor(user_id, "till-1"), permission).approver_id is None
        else:
            with pytest.raises(NotAllowed, match="approval") as refused:
                authorize(uow, Actor(user_id, "till-1"), permission)
            assert refused.value.permission == permission.value


def test_a_managers_approval_allows_what_a_cashier_may_not(db: Database, cashier: UserDTO) -> None:
    ann = add_user(db, "Ann", Role.CASHIER)
    mo = add_user(db, "Mo", Role.MANAGER)
    bob = add_user(db, "Bob", Role.CASHIER)
    with db.read() as uow:
        done = authorize(uow, Actor(ann, "till-1", approver_id=mo), Permission.REFUND)
        assert (done.user_id, done.approver_id) == (ann, mo)
        with pytest.raises(NotAllowed, match="approver may not"):
            authorize(uow, Actor(ann, "till-1", approver_id=bob), Permission.REFUND)
        with pytest.raises(NotAllowed):  # approving oneself is no approval
            authorize(uow, Actor(ann, "till-1", approver_id=ann), Permission.REFUND)


def test_a_missing_or_inactive_user_is_refused(db: Database, cashier: UserDTO) -> None:
    gone = add_user(db, "Gone", Role.MANAGER, active=False)
    with db.read() as uow:
        with pytest.raises(UnknownUser, match="no longer active"):
            authorize(uow, Actor(gone, "till-1"), Permission.SELL)
        with pytest.raises(UnknownUser, match="does not exist"):
            authorize(uow, Actor(99_999, "till-1"), Permission.SELL)
        with pytest.raises(UnknownUser):
            authorize(uow, Actor(None, "till-1"), Permission.SELL)
        assert not may(uow, gone, Permission.SELL)


def test_the_owner_may_do_everything_whatever_the_table_says(
    db: Database, cashier: UserDTO
) -> None:
    with db.write() as uow:
        uow.connection.execute(role_permissions.delete())
        uow.commit()
    with db.read() as uow:
        for permission in Permission:
            authorize(uow, Actor(cashier.id, "till-1"), permission)


def test_a_discount_above_the_roles_limit_needs_the_permission(
    db: Database, cashier: UserDTO
) -> None:
    ann = add_user(db, "Ann", Role.CASHIER)
    mo = add_user(db, "Mo", Role.MANAGER)
    with db.read() as uow:
        assert authorize_discount(uow, Actor(ann, "t"), Decimal(10))
        with pytest.raises(NotAllowed, match="discount this big"):
            authorize_discount(uow, Actor(ann, "t"), Decimal("10.01"))
        done = authorize_discount(uow, Actor(ann, "t", mo), Decimal(50))
        assert done.approver_id == mo
    with db.write() as uow:
        uow.connection.execute(update(users).where(users.c.id == mo).values(active=False))
        uow.commit()
    with db.read() as uow, pytest.raises(UnknownUser):
        authorize_discount(uow, Actor(ann, "t", mo), Decimal(50))
