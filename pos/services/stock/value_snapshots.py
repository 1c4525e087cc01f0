"""Month-end snapshots of the stock, so that the value at a past date is quick to sum.

Summing five million movements takes SQLite some 20 to 40 seconds; a snapshot of each
product's quantity and unit cost at a month's end, plus at most a month of movements,
takes about a second (tests/benchmarks/bench_stock_value.py).

**When, and by whom.** Lazily: the first stock value asked for a date after a month has
closed writes that month's snapshot (``ensure_snapshot``), whoever asks — the Stock
screen (off the UI thread) or ``shoptill stock-value``. Nothing runs in the background and
nothing needs scheduling; a shop that never asks never pays. It is built from the latest
earlier snapshot and the movements since (the first one from the whole ledger, once),
100,000 products at a time, each batch read in one transaction and written in its own
short one, so that tills selling meanwhile wait at most a moment for the write lock. Only
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

from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import products, stock_value_snapshots
from pos.db.uow import UnitOfWork
from pos.services.stock.value_dates import end_of_day
from pos.services.stock.value_sums import RECENT, Since, held_now, timed

#: Products per batch: each batch's write holds the lock for a fraction of a second.
BATCH = 100_000
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
_BATCH_LINES = """
    SELECT product_id, quantity, unit_cost, 0 FROM stock_value_lines
    WHERE snapshot_id = :snapshot AND product_id >= :low AND product_id < :high
"""
_IN_BATCH = " AND product_id >= :low AND product_id < :high GROUP BY"
_INSERT_LINES = text(
    "INSERT INTO stock_value_lines (snapshot_id, product_id, category_id, quantity, unit_cost)"
    " VALUES (:snapshot_id, :product_id, :category_id, :quantity, :unit_cost)"
)


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
    with db.read() as uow:
        since = latest_snapshot(uow, until)
        last_product = uow.connection.scalar(select(func.max(products.c.id))) or 0
    dialect = db.engine.dialect.name
    recent = RECENT[dialect].replace(" GROUP BY", _IN_BATCH)
    build = timed(
        _BUILD.format(recent=recent, held=held_now(dialect, _BATCH_LINES)),
        until=until,
        since=since.until,
    )
    for low in range(0, last_product + 1, BATCH):
        bounds = {"snapshot": since.snapshot_id, "low": low, "high": low + BATCH}
        with db.read() as uow:
            rows = uow.connection.execute(build, bounds).all()
        if not rows:
            continue
        with db.write() as uow:
            uow.connection.execute(
                _INSERT_LINES,
                [
                    {
                        "snapshot_id": snapshot_id,
                        "product_id": product_id,
                        "category_id": category_id,
                        "quantity": int(quantity),
                        "unit_cost": int(unit_cost),
                    }
                    for product_id, category_id, quantity, unit_cost in rows
                ],
            )
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
