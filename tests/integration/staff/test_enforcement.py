"""Every service that acts checks the user's permission itself: each role may do what its
defaults allow and is refused the rest, with nothing written; an approver's PIN allows it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import NotAllowed
from pos.services.dto import ProductDTO
from pos.services.staff.permissions import DEFAULT_PERMISSIONS, Permission, Role
from tests.integration.staff.enforcement_world import ACTIONS, World, build_world, everything


@pytest.fixture
def world(db: Database, milk: ProductDTO, rates: dict[str, int], tmp_path: Path) -> World:
    return build_world(db, milk, rates["Standard"], tmp_path)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_does_what_it_may_and_is_refused_the_rest(
    world: World, role: Role, action: str
) -> None:
    permission, prepare = ACTIONS[action]
    act = prepare(world, world.staff[role], None)
    before = everything(world.db)
    if permission in DEFAULT_PERMISSIONS[role]:
        act()
    else:
        with pytest.raises(NotAllowed, match="approval") as refused:
            act()
        assert refused.value.permission == permission.value
        assert everything(world.db) == before


#: What a cashier may not do alone.
NEEDS_APPROVAL = [a for a, (p, _) in ACTIONS.items() if p not in DEFAULT_PERMISSIONS[Role.CASHIER]]


@pytest.mark.parametrize("action", NEEDS_APPROVAL)
def test_an_approval_lets_a_cashier_do_it(world: World, action: str) -> None:
    """A manager approves what a manager may do; the owner approves settings."""
    permission, prepare = ACTIONS[action]
    approver = (
        world.staff[Role.MANAGER]
        if permission in DEFAULT_PERMISSIONS[Role.MANAGER]
        else world.staff[Role.OWNER]
    )
    prepare(world, world.staff[Role.CASHIER], approver.id)()


@pytest.mark.parametrize("action", ["refund", "no sale", "new product", "adjust"])
def test_an_approver_who_may_not_either_is_refused(world: World, action: str) -> None:
    from tests.integration.staff.enforcement_world import hire

    _, prepare = ACTIONS[action]
    other = hire(world.db, "Bea", Role.CASHIER)
    act = prepare(world, world.staff[Role.CASHIER], other.id)
    before = everything(world.db)
    with pytest.raises(NotAllowed, match="approver may not"):
        act()
    assert everything(world.db) == before


def test_the_table_covers_every_permission_a_service_checks_today() -> None:
    """Managing staff is the staff screen's (its services check it themselves)."""
    checked = {permission for permission, _ in ACTIONS.values()}
    assert checked == set(Permission) - {Permission.MANAGE_USERS}


def test_decimal_is_exact_in_the_discount_limit(world: World) -> None:
    """10 % is a cashier's limit: exactly 10 % is allowed, a cent more is not."""
    from pos.domain.cart import Discount, DiscountKind
    from tests.integration.staff.enforcement_world import cart_of

    till = cart_of(world, world.staff[Role.CASHIER])
    line = till.cart.lines[0].line_id
    till.set_line_discount(line, Discount(DiscountKind.AMOUNT, Decimal("0.12")))  # 10 %
    with pytest.raises(NotAllowed):
        till.set_line_discount(line, Discount(DiscountKind.AMOUNT, Decimal("0.13")))
    assert till.cart.lines[0].discount == Discount(DiscountKind.AMOUNT, Decimal("0.12"))
