"""The sums behind the stock value: per category, quantity and value at an instant.

One statement per dialect. Per product it needs the sum of its movements before the
instant and the unit cost of the last of them: SQLite takes that cost from the row that
holds ``max(id)`` in the same pass (its documented "bare column" rule), PostgreSQL with
``array_agg(... ORDER BY id DESC)[1]``. Money and quantities are thousandths, so a value is
in millionths; the sums stay integers in the database and become Decimals here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, text

from pos.db.base import UtcDateTime
from pos.db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class CategorySums:
    """A category's exact figures: ``value`` unrounded (quantity x cost)."""

    category_id: int | None
    products: int
    quantity: Decimal
    value: Decimal
    below_zero: int


#: Per product: the quantity held and the unit cost last recorded, before :until.
_HELD = {
    "sqlite": """
        SELECT product_id, sum(quantity) AS quantity, max(id) AS last_id, unit_cost
        FROM stock_movements WHERE created_at < :until GROUP BY product_id
    """,
    "postgresql": """
        SELECT product_id, sum(quantity) AS quantity,
               (array_agg(unit_cost ORDER BY id DESC))[1] AS unit_cost
        FROM stock_movements WHERE created_at < :until GROUP BY product_id
    """,
}
_BY_CATEGORY = """
    SELECT p.category_id, count(*), sum(h.quantity),
           sum(h.quantity * coalesce(h.unit_cost, p.cost)),
           sum(CASE WHEN h.quantity < 0 THEN 1 ELSE 0 END)
    FROM ({held}) AS h JOIN products AS p ON p.id = h.product_id
    WHERE h.quantity <> 0
    GROUP BY p.category_id
"""
_THOUSANDTHS = -3
_MILLIONTHS = -6


def category_sums(uow: UnitOfWork, until: datetime) -> list[CategorySums]:
    """Each category's products in stock, quantity and exact value before ``until``."""
    held = _HELD[uow.dialect.name]
    query = text(_BY_CATEGORY.format(held=held)).bindparams(
        bindparam("until", until, type_=UtcDateTime())
    )
    return [
        CategorySums(
            category_id,
            int(count),
            Decimal(int(quantity)).scaleb(_THOUSANDTHS),
            Decimal(int(value)).scaleb(_MILLIONTHS),
            int(below),
        )
        for category_id, count, quantity, value, below in uow.connection.execute(query)
    ]
