"""The sums behind the stock value: per category, quantity and value at an instant.

A snapshot (``value_snapshots``) holds each product's quantity and unit cost at an earlier
instant. The value at ``until`` is the snapshot's sums per category, less the products that
changed since (moved, or put in another category) as the snapshot has them, plus those
products as they are at ``until``: the movements since the snapshot, from the index on
their time, and the products' categories now. With no snapshot it is the whole ledger.

Per product "the movements since" means their sum and the unit cost of the last of them:
SQLite takes that cost from the row holding ``max(id)`` in the same pass (its documented
"bare column" rule), PostgreSQL from ``array_agg(... ORDER BY id DESC)[1]``. Money and
quantities are thousandths, so a value is in millionths; sums stay integers in the
database and become Decimals here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import TextClause, bindparam, text

from pos.db.base import UtcDateTime
from pos.db.uow import UnitOfWork

#: Before any movement: the start of the ledger when there is no snapshot.
BEGINNING = datetime(1970, 1, 1, tzinfo=UTC)
#: Later than any change: no product counts as recategorised when there is no snapshot.
NEVER = datetime(9999, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class CategorySums:
    """A category's exact figures: ``value`` unrounded (quantity x cost)."""

    category_id: int | None
    products: int
    quantity: Decimal
    value: Decimal
    below_zero: int


@dataclass(frozen=True, slots=True)
class Since:
    """The snapshot the sums start from: its id (0: none), its instant and when it was
    taken (products recategorised from then on are corrected)."""

    snapshot_id: int = 0
    until: datetime = BEGINNING
    taken_at: datetime = NEVER


#: Per product, the movements in [:since, :until): their sum and the last unit cost.
RECENT = {
    "sqlite": """
        SELECT product_id, sum(quantity) AS quantity, max(id) AS last_id, unit_cost
        FROM stock_movements WHERE created_at >= :since AND created_at < :until
        GROUP BY product_id
    """,
    "postgresql": """
        SELECT product_id, sum(quantity) AS quantity,
               (array_agg(unit_cost ORDER BY id DESC))[1] AS unit_cost
        FROM stock_movements WHERE created_at >= :since AND created_at < :until
        GROUP BY product_id
    """,
}
#: Per product, the quantity and the unit cost at :until from rows of ``recent`` (moved 1)
#: and snapshot lines (moved 0): the cost of the last movement if it moved, else the line's.
#: No join on a CTE here: SQLite would scan it once per row (no index on it).
PICK_COST = {
    "sqlite": "max(h.moved) AS moved, h.unit_cost AS unit_cost",
    "postgresql": "(array_agg(h.unit_cost ORDER BY h.moved DESC))[1] AS unit_cost",
}


def held_now(dialect: str, lines: str) -> str:
    """Per product: ``recent``'s movements added to the snapshot lines ``lines`` picks."""
    return f"""
        SELECT h.product_id AS product_id, sum(h.quantity) AS quantity, {PICK_COST[dialect]}
        FROM (
            SELECT product_id, quantity, unit_cost, 1 AS moved FROM recent
            UNION ALL
            {lines}
        ) AS h
        GROUP BY h.product_id
    """


# CROSS JOIN makes SQLite loop over the left side (a few changed products) and look up
# the right one by its key; PostgreSQL reads it as a plain join.
_BY_CATEGORY = """
WITH recent AS ({recent}),
changed AS (
    SELECT product_id FROM recent
    UNION
    SELECT product_id FROM stock_value_recategorised WHERE changed_at >= :taken
),
held AS ({held}),
parts AS (
    SELECT category_id, count(*) AS n, sum(quantity) AS quantity,
           sum(quantity * unit_cost) AS value,
           sum(CASE WHEN quantity < 0 THEN 1 ELSE 0 END) AS below
    FROM stock_value_lines WHERE snapshot_id = :snapshot GROUP BY category_id
    UNION ALL
    SELECT l.category_id, -1, -l.quantity, -(l.quantity * l.unit_cost),
           CASE WHEN l.quantity < 0 THEN -1 ELSE 0 END
    FROM changed AS c CROSS JOIN stock_value_lines AS l
    WHERE l.snapshot_id = :snapshot AND l.product_id = c.product_id
    UNION ALL
    SELECT p.category_id, 1, h.quantity, h.quantity * coalesce(h.unit_cost, p.cost),
           CASE WHEN h.quantity < 0 THEN 1 ELSE 0 END
    FROM held AS h CROSS JOIN products AS p
    WHERE p.id = h.product_id AND h.quantity <> 0
)
SELECT category_id, sum(n), sum(quantity), sum(value), sum(below)
FROM parts GROUP BY category_id HAVING sum(n) <> 0
"""
_CHANGED_LINES = """
    SELECT l.product_id, l.quantity, l.unit_cost, 0
    FROM changed AS c CROSS JOIN stock_value_lines AS l
    WHERE l.snapshot_id = :snapshot AND l.product_id = c.product_id
"""
_THOUSANDTHS = -3
_MILLIONTHS = -6


def timed(statement: str, **instants: datetime) -> TextClause:
    """``statement`` with its instants bound as the database keeps timestamps."""
    return text(statement).bindparams(
        *(bindparam(name, value, type_=UtcDateTime()) for name, value in instants.items())
    )


def category_sums(uow: UnitOfWork, until: datetime, since: Since) -> list[CategorySums]:
    """Each category's products in stock, quantity and exact value before ``until``."""
    dialect = uow.dialect.name
    statement = _BY_CATEGORY.format(recent=RECENT[dialect], held=held_now(dialect, _CHANGED_LINES))
    query = timed(statement, until=until, since=since.until, taken=since.taken_at)
    rows = uow.connection.execute(query, {"snapshot": since.snapshot_id})
    return [
        CategorySums(
            category_id,
            int(count),
            Decimal(int(quantity)).scaleb(_THOUSANDTHS),
            Decimal(int(value)).scaleb(_MILLIONTHS),
            int(below),
        )
        for category_id, count, quantity, value, below in rows
    ]
