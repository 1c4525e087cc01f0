"""Month-end snapshots of the stock, so that the value at a past date is quick to sum.

Summing five million movements takes SQLite some 20 to 40 seconds; a snapshot of each
product's quantity and unit cost at a month's end, plus at most a month of movements,
takes about a second (tests/benchmarks/bench_stock_value.py).

**When, and by whom.** Lazily: the first stock value asked for a date after a month has
closed writes that month's snapshot (``ensure_snapshot``), whoever asks — the Stock
screen (off the UI thread) or ``shoptill stock-value``. Nothing runs in the background and
nothing needs scheduling; a shop that never asks never pays. It is built from the latest
earlier snapshot and the movements since (the first one from the whole ledger, once), read
in one pass and written 20,000 lines at a time, each batch in its own short transaction,
so that tills selling meanwhile wait at most a moment for the write lock. Only
a ``complete`` snapshot is read: one being written, or left half-written by a crash, is
ignored (and written again after ``STALE_BUILD``); two tills building the same month at
once: the second finds the first's row and uses the earlier snapshot meanwhile.

A snapshot is written once and kept: a month that is over has a fixed ledger (movements
are stamped with the time they are made). What can change later is a product's category:
a trigger lists it in ``stock_value_recategorised`` and the sums put it in its category of
now. A movement without a unit cost (from before migration 0006) is kept at the product's
cost when the snapshot was written.
"""

from __future__ import annotations

from array import array
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import stock_value_snapshots
from pos.db.uow import UnitOfWork
from pos.services.stock.value_dates import end_of_day
from pos.services.stock.value_sums import RECENT, Since, held_now, timed

#: Lines per write: each holds the write lock for a fraction of a second.
BATCH = 20_000
#: A snapshot still incomplete after this long was abandoned (a crash): written again.
STALE_BUILD = timedelta(minutes=10)
snapshots = stock_value_snapshots.c

_BUILD = """
WITH recent AS ({recent}),
held AS ({held})
SELECT h.product_id, p.category_id, h.quantity, coalesce(h.unit_cost, p.cost)
FROM held AS h CROSS JOIN products AS p
WHERE p.id = h.product_id AND h.quantity <> 0
"""
_PREVIOUS_LINES = """
    SELECT product_id, quantity, unit_cost, 0 FROM stock_value_lines
    WHERE snapshot_id = :snapshot
"""
_INSERT_LINES = text(
    "INSERT INTO stock_value_lines (snapshot_id, product_id, category_id, quantity, unit_cost)"
    " VALUES (:snapshot_id, :product_id, :category_id, :quantity, :unit_cost)"
)


class _Lines:
    """A snapshot's lines before they are written: product, category (0: none), quantity
    and unit cost as the integers the database keeps."""

    def __init__(self) -> None:
        self.products = array("q")
        self.categories = array("q")
        self.quantities = array("q")
        self.costs = array("q")

    def add(self, product: int, category: int | None, quantity: Any, cost: Any) -> None:
        self.products.append(product)
        self.categories.append(category or 0)
        self.quantities.append(int(quantity))
        self.costs.append(int(cost))

    def batch(self, snapshot_id: int, start: int) -> list[dict[str, Any]]:
        """Rows ``start`` to ``start + BATCH`` as the insert's parameters."""
        end = start + BATCH
        return [
            {
                "snapshot_id": snapshot_id,
                "product_id": product,
                "category_id": category or None,
                "quantity": quantity,
                "unit_cost": cost,
            }
            for product, category, quantity, cost in zip(
                self.products[start:end],
                self.categories[start:end],
                self.quantities[start:end],
                self.costs[start:end],
                strict=True,
            )
        ]


def snapshot_day(day: date, today: date) -> date | None:
    """The month end whose snapshot serves ``day``: ``day`` itself when it ends a month
    that is over, else the last day of the month before. None: no such month yet."""
    if (day + timedelta(days=1)).day == 1 and day < today:
        return day
    return day.replace(day=1) - timedelta(days=1)


def latest_snapshot(uow: UnitOfWork, until: datetime) -> Since:
    """The latest complete snapshot at or before ``until``; ``Since()`` when there is none."""
    row = uow.connection.execute(
        select(snapshots.id, snapshots.until, snapshots.taken_at)
        .where(snapshots.complete, snapshots.until <= until)
        .order_by(snapshots.until.desc())
        .limit(1)
    ).first()
    return Since() if row is None else Since(*row)


def ensure_snapshot(db: Database, day: date, tz: tzinfo | None = None) -> None:
    """Write the snapshot at the end of ``day`` unless it exists (or is being written)."""
    until = end_of_day(day, tz)
    snapshot_id = _claim(db, until)
    if snapshot_id is None:
        return
    dialect = db.engine.dialect.name
    columns = _Lines()
    with db.read() as uow:
        since = latest_snapshot(uow, until)
        build = timed(
            _BUILD.format(recent=RECENT[dialect], held=held_now(dialect, _PREVIOUS_LINES)),
            until=until,
            since=since.until,
        )
        # One pass over the ledger (or the previous snapshot and a month), kept in four
        # integer arrays (32 bytes a product) until it is written.
        for row in uow.connection.execute(build, {"snapshot": since.snapshot_id}):
            columns.add(*row)
    for start in range(0, len(columns.products), BATCH):
        with db.write() as uow:
            uow.connection.execute(_INSERT_LINES, columns.batch(snapshot_id, start))
            uow.commit()
    with db.write() as uow:
        uow.connection.execute(
            update(stock_value_snapshots).where(snapshots.id == snapshot_id).values(complete=True)
        )
        uow.commit()


def _claim(db: Database, until: datetime) -> int | None:
    """A new, empty snapshot row at ``until`` for this caller to fill; None when one is
    complete or another caller is writing it."""
    now = utcnow()
    with db.write() as uow:
        row = uow.connection.execute(
            select(snapshots.id, snapshots.complete, snapshots.taken_at).where(
                snapshots.until == until
            )
        ).first()
        if row is not None:
            if row.complete or row.taken_at > now - STALE_BUILD:
                return None
            # Abandoned half-way (the app was closed or crashed): its lines go with it.
            uow.connection.execute(delete(stock_value_snapshots).where(snapshots.id == row.id))
        try:
            snapshot_id = uow.connection.execute(
                insert(stock_value_snapshots)
                .values(until=until, complete=False, taken_at=now)
                .returning(snapshots.id)
            ).scalar_one()
            uow.commit()
        except IntegrityError:
            return None
    return int(snapshot_id)
