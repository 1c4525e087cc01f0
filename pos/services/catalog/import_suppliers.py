"""A products file's Supplier and Max level columns: the usual supplier, found by name, and
the level stock is reordered up to, checked against the reorder level.

The import never makes a supplier: a name the shop does not know is more likely a typing
slip than a new supplier, and a supplier made from it would take the product's orders
away from the right one. The row says which name was not found; the supplier is added
(Suppliers… on the Deliveries tab, or by its first delivery) and the file imported again.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from pos.db.tables import suppliers
from pos.db.uow import UnitOfWork


class Suppliers:
    """The shop's suppliers by name, letter case aside ('dairy co' finds 'Dairy Co'), as a
    delivery finds them; read once per import (a shop has a few dozen)."""

    def __init__(self, uow: UnitOfWork) -> None:
        rows = uow.connection.execute(select(suppliers.c.id, suppliers.c.name))
        self.by_name = {name.casefold(): int(sid) for sid, name in rows}

    def find(self, name: str) -> int | None:
        """The id of the supplier called ``name``; None if the shop has none by that name."""
        return self.by_name.get(name.casefold())


def unknown_supplier(name: str) -> str:
    """Why a row's supplier cannot be used, in the shopkeeper's words."""
    return (
        f"there is no supplier called '{name}': check the spelling, or add the supplier "
        "first (Suppliers… on the Stock screen's Deliveries tab)"
    )


def max_below_reorder_level(max_level: Decimal, reorder_level: Decimal) -> str | None:
    """Why a max level cannot be used with this reorder level, or None when it can: zero
    (no max level), or at least the reorder level (stock is ordered up to it)."""
    if 0 < max_level < reorder_level:
        return (
            f"the max level {max_level.normalize():f} is below the reorder level "
            f"{reorder_level.normalize():f}: raise it, or leave it at 0 for none"
        )
    return None
