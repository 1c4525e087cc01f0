"""The quick-pick buttons: favourite products for items without a barcode (bread rolls,
loose fruit), by category. Read at every start of the till, so in Core."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, bindparam, select

from pos.db.engine import Database
from pos.db.tables import categories, products
from pos.domain.cart import Unit

#: Active favourites by category then name: answered from ``ix_products_favourite``.
_FAVOURITES = (
    select(
        products.c.id,
        products.c.name,
        products.c.price,
        products.c.unit,
        categories.c.name,
        categories.c.colour,
    )
    .outerjoin(categories, categories.c.id == products.c.category_id)
    .where(products.c.favourite, products.c.active)
    .order_by(categories.c.name, products.c.name)
    .limit(bindparam("limit", type_=Integer))
)


@dataclass(frozen=True, slots=True)
class QuickPick:
    """A button on the till for an item without a barcode."""

    product_id: int
    name: str
    price: Decimal
    unit: Unit
    category: str
    #: The category's tab colour, '#rrggbb'; None for the style's own.
    colour: str | None = None


def list_quick_picks(db: Database, limit: int = 200) -> list[QuickPick]:
    """Active favourite products, by category then name (bounded: they are buttons)."""
    with db.read() as uow:
        rows = uow.connection.execute(_FAVOURITES, {"limit": limit})
        return [
            QuickPick(pid, name, price, Unit(unit), category or "Other", colour)
            for pid, name, price, unit, category, colour in rows
        ]
