"""Deleting a product: only one that never moved. One that was sold, moved or repriced stays
for the records (and the reports); it is deactivated instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, select

from pos.db.engine import Database
from pos.db.models import Barcode, Product
from pos.db.tables import carts, delivery_lines, price_changes, sale_lines, stock_movements
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput
from pos.services import audit
from pos.services.catalog import products as catalog
from pos.services.dto import Actor
from pos.services.selling.cart_store import cart_from_json
from pos.services.staff.permissions import Permission, authorized


@dataclass(frozen=True, slots=True)
class ProductUsage:
    """What ties a product to the shop's records; any of it keeps it from being deleted."""

    sold: bool
    stock_moved: bool
    price_changed: bool
    in_cart_at: str | None
    #: On the lines of a delivery or return to supplier (a draft's too).
    on_delivery: bool = False

    @property
    def can_delete(self) -> bool:
        return not (
            self.sold
            or self.stock_moved
            or self.price_changed
            or self.in_cart_at
            or self.on_delivery
        )

    def reasons(self) -> list[str]:
        """Why the product must stay, in plain words."""
        found = []
        if self.sold:
            found.append("it has been sold")
        if self.stock_moved:
            found.append("its stock has moved")
        if self.price_changed:
            found.append("its price has been changed")
        if self.in_cart_at:
            found.append(f"it is in a cart at {self.in_cart_at}")
        if self.on_delivery:
            found.append("it is on a delivery")
        return found


def product_usage(db: Database, product_id: int) -> ProductUsage:
    """Whether the product was ever sold, moved or repriced, or sits in a cart."""
    with db.read() as uow:
        catalog.product_dto(uow, product_id)
        return _usage(uow, product_id)


def _usage(uow: UnitOfWork, product_id: int) -> ProductUsage:
    def has(column: Any) -> bool:
        return bool(uow.connection.scalar(select(exists().where(column == product_id))))

    # Open and parked carts are few (one a till, and what is parked): read them whole.
    in_cart_at = next(
        (
            till
            for till, payload in uow.connection.execute(select(carts.c.till, carts.c.payload))
            if any(line.product_id == product_id for line in cart_from_json(payload).lines)
        ),
        None,
    )
    return ProductUsage(
        sold=has(sale_lines.c.product_id),
        stock_moved=has(stock_movements.c.product_id),
        price_changed=has(price_changes.c.product_id),
        in_cart_at=in_cart_at,
        on_delivery=has(delivery_lines.c.product_id),
    )


def delete_product(db: Database, product_id: int, actor: Actor) -> None:
    """Delete a product that never moved, with its barcodes, as one logged unit of work.

    Raises:
        InvalidInput: the product was sold, moved, repriced or is in a cart: it must stay
            for the records, and the message says to deactivate it instead.
        NotFound: there is no such product.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        product = catalog.product_dto(uow, product_id)
        usage = _usage(uow, product_id)
        if not usage.can_delete:
            raise InvalidInput(
                f"'{product.name}' cannot be deleted: {', '.join(usage.reasons())}, and the "
                "shop's records must keep it. Deactivate it instead: it leaves the till and "
                "search, and stays in the reports."
            )
        uow.session.execute(delete(Barcode).where(Barcode.product_id == product_id))
        uow.session.execute(delete(Product).where(Product.id == product_id))
        audit.record(
            uow,
            "product_deleted",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            product_id=product_id,
            sku=product.sku,
            name=product.name,
            barcodes=list(product.barcodes),
        )
        uow.commit()
