"""A cost change records who made it and the manager who approved (issue 14), wherever a
cost is set: the product dialog (``save_product``), the products table
(``edit_in_place``) and a delivery's line (``set_line_cost``). Costs have no history
table of their own: the audit log holds the change, and the chain still verifies."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log
from pos.domain.errors import NotAllowed
from pos.services.catalog.edit_in_place import edit_in_place
from pos.services.catalog.editing import ProductForm, save_product
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.roles import list_roles, set_role
from pos.services.staff.users import add_user
from pos.services.stock.deliveries import DeliveryHeader, create_delivery
from pos.services.stock.delivery_lines import add_product, set_line_cost

TILL = "Till 3"


def hire(db: Database, name: str, role: str, boss: Actor) -> UserDTO:
    made = add_user(db, name, role, actor=boss)
    return UserDTO(made.id, made.name, role)


@pytest.fixture
def cal(db: Database, shop: ShopSettings, actor: Actor) -> UserDTO:
    return hire(db, "Cal", Role.CASHIER.value, actor)


@pytest.fixture
def mo(db: Database, shop: ShopSettings, actor: Actor) -> UserDTO:
    return hire(db, "Mo", Role.MANAGER.value, actor)


def cost_entries(db: Database) -> list[tuple[int | None, int | None, dict[str, object]]]:
    """Every cost change in the log: user, approver and details, oldest first."""
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id, audit_log.c.details)
            .where(audit_log.c.action == "cost_changed")
            .order_by(audit_log.c.id)
        ).all()
    return [(user, approver, json.loads(details)) for user, approver, details in rows]


def form_of(product: ProductDTO, **changes: object) -> ProductForm:
    values: dict[str, object] = {
        "sku": product.sku,
        "name": product.name,
        "price": product.price,
        "tax_rate_ids": tuple(rate.id for rate in product.tax_rates),
        "unit": product.unit,
        "cost": product.cost,
        "category": product.category,
        "barcodes": tuple(product.barcodes),
    }
    values.update(changes)
    return ProductForm(**values)  # type: ignore[arg-type]


def test_a_cashiers_cost_change_approved_by_a_manager_names_both(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    milk = get_product(db, milk.id, actor)
    with pytest.raises(NotAllowed):
        save_product(db, milk.id, form_of(milk, cost=Decimal("0.70")), Actor(cal.id, TILL))
    assert cost_entries(db) == []  # refused: nothing written, nothing logged

    save_product(db, milk.id, form_of(milk, cost=Decimal("0.70")), Actor(cal.id, TILL, mo.id))
    (entry,) = cost_entries(db)
    user, approver, details = entry
    assert (user, approver) == (cal.id, mo.id)
    assert details["product_id"] == milk.id
    assert Decimal(str(details["old_cost"])) == 0
    assert Decimal(str(details["new_cost"])) == Decimal("0.70")
    assert get_product(db, milk.id, actor).cost == Decimal("0.70")
    # Saving the dialog again without touching the cost logs no cost change.
    save_product(db, milk.id, form_of(milk, name="Milk 1 L", cost=None), Actor(cal.id, TILL, mo.id))
    assert len(cost_entries(db)) == 1
    assert check_database(db) == []  # the chain still verifies


def test_an_editor_who_may_not_see_costs_records_who_approved_the_cost(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    """A cashier role given 'edit products' but not 'see costs' edits alone; only the
    cost needs the manager, and the log says so."""
    cashier = next(role for role in list_roles(db) if role.name == Role.CASHIER.value)
    kept = {*cashier.permissions, Permission.EDIT_PRODUCTS}
    set_role(db, Role.CASHIER.value, kept, cashier.discount_limit, actor=actor)
    milk = get_product(db, milk.id, actor)
    save_product(db, milk.id, form_of(milk, cost=Decimal("0.65")), Actor(cal.id, TILL, mo.id))
    (entry,) = cost_entries(db)
    assert entry[:2] == (cal.id, mo.id)
    # A new product with a cost: from zero, approved the same way.
    made = save_product(
        db,
        None,
        form_of(milk, sku="OAT", name="Oat drink", barcodes=(), cost=Decimal("1.10")),
        Actor(cal.id, TILL, mo.id),
    )
    assert cost_entries(db)[-1][:2] == (cal.id, mo.id)
    assert cost_entries(db)[-1][2]["product_id"] == made.id
    assert check_database(db) == []


def test_a_cost_typed_into_the_products_table_names_both(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    with pytest.raises(NotAllowed):
        edit_in_place(db, milk.id, "cost", Decimal("0.80"), actor=Actor(cal.id, TILL))
    edit_in_place(db, milk.id, "cost", Decimal("0.80"), actor=Actor(cal.id, TILL, mo.id))
    edit_in_place(db, milk.id, "cost", Decimal("0.90"), actor=actor)  # the owner, alone
    first, second = cost_entries(db)
    assert first[:2] == (cal.id, mo.id)
    assert second[:2] == (actor.user_id, None)
    assert Decimal(str(second[2]["old_cost"])) == Decimal("0.80")
    assert check_database(db) == []


def test_a_delivery_lines_cost_names_who_set_it_and_who_approved(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    approved = Actor(cal.id, TILL, mo.id)
    draft = create_delivery(db, DeliveryHeader("Dairy & Co"), actor=approved)
    draft = add_product(db, draft.id, milk.id, actor=approved, quantity=Decimal(6))
    line_id = draft.lines[0].id
    with pytest.raises(NotAllowed):
        set_line_cost(db, line_id, "0.70", actor=Actor(cal.id, TILL))
    assert cost_entries(db) == []
    set_line_cost(db, line_id, "0.70", actor=approved)
    set_line_cost(db, line_id, "0.70", actor=approved)  # the same cost again: no change
    (entry,) = cost_entries(db)
    user, approver, details = entry
    assert (user, approver) == (cal.id, mo.id)
    assert (details["delivery_id"], details["line_id"]) == (draft.id, line_id)
    assert Decimal(str(details["new_cost"])) == Decimal("0.70")
    assert check_database(db) == []
