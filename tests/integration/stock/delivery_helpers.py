"""Shared steps of the delivery tests: receive goods through the services, check the shop."""

from __future__ import annotations

from decimal import Decimal

from pos.db.engine import Database
from pos.services.catalog.products import get_product
from pos.services.dto import Actor
from pos.services.health import check_database
from pos.services.shop import owner
from pos.services.stock.deliveries import DeliveryDTO, DeliveryHeader, create_delivery
from pos.services.stock.delivery_lines import add_product, set_line_cost
from pos.services.stock.delivery_posting import post_delivery


def receive(
    db: Database,
    actor: Actor,
    lines: list[tuple[int, str, str]],
    supplier: str = "Dairy Co",
) -> DeliveryDTO:
    """Post a delivery of (product id, quantity, unit cost) lines, costs typed as text."""
    draft = create_delivery(db, DeliveryHeader(supplier_name=supplier), actor=actor)
    for product_id, quantity, cost in lines:
        draft = add_product(
            db, draft.id, product_id, actor=actor, quantity=Decimal(quantity), separate=True
        )
        draft = set_line_cost(db, draft.lines[-1].id, cost, actor=actor)
    return post_delivery(db, draft.id, actor=actor)


def stock_and_cost(db: Database, product_id: int) -> tuple[Decimal, Decimal]:
    product = get_product(db, product_id, Actor(owner(db).id, "Till 1"))  # sees costs
    return product.on_hand, product.cost


def assert_healthy(db: Database) -> None:
    assert check_database(db) == []
