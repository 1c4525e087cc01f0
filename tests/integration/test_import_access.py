"""Before an import runs, the service says whether its Cost column will need a manager's
approval: the same rule the import applies at the end (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import NotAllowed
from pos.services.catalog.import_access import CostColumn, cost_column
from pos.services.catalog.import_apply import import_products
from pos.services.catalog.import_columns import Field, guess_mapping
from pos.services.catalog.import_read import open_table
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.roles import list_roles, set_role
from pos.services.staff.users import add_user

TILL = "Till 1"
WITH_COST = "SKU,Name,Price,Cost,VAT\nTEA,Green tea,2.40,1.10,20\n"


def test_a_cost_column_needs_approval_for_an_editor_who_may_not_see_costs(
    db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "products.csv"
    path.write_text(WITH_COST, encoding="utf-8")
    table = open_table(str(path), shop.locale)
    mapping = guess_mapping(table.headers, {})
    assert Field.COST in mapping
    without_cost = tuple(None if field is Field.COST else field for field in mapping)
    manager = next(role for role in list_roles(db) if role.name == Role.MANAGER.value)
    kept = set(manager.permissions) - {Permission.SEE_COSTS}
    set_role(db, Role.MANAGER.value, kept, manager.discount_limit, actor=actor)
    kim = Actor(add_user(db, "Kim", Role.MANAGER.value, actor=actor).id, TILL)

    assert cost_column(db, mapping, actor) is CostColumn.ALLOWED  # the owner
    assert cost_column(db, without_cost, kim) is CostColumn.NONE
    assert cost_column(db, mapping, kim) is CostColumn.NEEDS_APPROVAL
    assert cost_column(db, mapping, Actor(kim.user_id, TILL, actor.user_id)) is (CostColumn.ALLOWED)
    # What the preview said is what the import does.
    with pytest.raises(NotAllowed, match="You may not set costs"):
        import_products(db, table, mapping, kim)
    assert import_products(db, table, without_cost, kim).new == 1
