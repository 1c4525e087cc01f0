"""The stock value benchmark's shop: a 1,000,000-product catalog with 5,000,000 movements.

The catalog is a copy of the core benchmark's seed (``products-<N>.db``, never written to),
migrated to the current schema; the movements go in with raw ``sqlite3.executemany`` in
time order over the last two years, so ``on_hand`` and each ``on_hand_after`` agree with the
ledger (``shoptill check`` stays clean). Sales take one to three pieces, deliveries bring a
carton at a cost that drifts (the product's cost follows the last delivery, as the LAST cost
method does); movements older than 18 months carry no unit cost, as if written before
migration 0006. A few products are sold below zero. The result is cached beside the catalog
with a ``.seed.json`` marker, and every run measures a fresh copy of it.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pos.db.engine import make_engine
from pos.db.migrate import current_revision, head_revision, upgrade_to_head
from tests.benchmarks.bench_core import SQLITE_TIME, copy_flushed, remove_db, sqlite_url

SEED_VERSION = 1
#: The ledger's span: its first movement is this long before the seed's "now".
SPAN = timedelta(days=730)
#: Movements older than this have no unit cost (written before migration 0006).
COSTED_SINCE = timedelta(days=548)
INSERT = (
    "INSERT INTO stock_movements (id, product_id, quantity, on_hand_after, kind, reason,"
    " sale_id, user_id, till, created_at, document, unit_cost)"
    " VALUES (?, ?, ?, ?, ?, '', NULL, 1, 'Till 1', ?, ?, ?)"
)


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".seed.json")


def movements(
    costs: list[int], on_hand: list[int], count: int, now: datetime, rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    """``count`` movement rows (the insert's parameters) in time order. ``costs`` and
    ``on_hand`` (thousandths, indexed by product id) follow each product's deliveries and
    stock, so that they hold the final figures once the rows are all taken."""
    products = len(costs) - 1
    start = now - SPAN
    step = SPAN / count
    costed_from = now - COSTED_SINCE
    receipt_number = 0
    for movement_id in range(1, count + 1):
        at = start + step * movement_id
        # A few products sell far more than the rest, as in a real shop.
        product = 1 + int(products * rng.random() ** 1.6)
        held = on_hand[product]
        document = ""
        if (held <= 0 and rng.random() < 0.97) or rng.random() < 0.08:
            kind = "receipt"
            change = rng.choice((6, 12, 24, 48)) * 1000
            cost = max(10, costs[product] * rng.randint(90, 112) // 100)
            costs[product] = cost
            receipt_number += 1
            document = f"D{receipt_number:06d}"
        else:
            kind = "sale" if rng.random() < 0.95 else "adjustment"
            change = -rng.randint(1, 3) * 1000
            cost = costs[product]
        on_hand[product] = held + change
        unit_cost = cost if at >= costed_from else None
        yield (
            movement_id,
            product,
            change,
            on_hand[product],
            kind,
            at.strftime(SQLITE_TIME),
            document,
            unit_cost,
        )


def seed(catalog: Path, path: Path, count: int, rng_seed: int) -> dict[str, Any]:
    """Copy ``catalog`` to ``path``, migrate it and load ``count`` movements."""
    remove_db(path)
    marker_path(path).unlink(missing_ok=True)
    started = time.perf_counter()
    copy_flushed(catalog, path)
    engine = make_engine(sqlite_url(path))
    try:
        backup = upgrade_to_head(engine, sqlite_url(path))
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    if backup is not None:
        backup.unlink(missing_ok=True)
    migrated = time.perf_counter()
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=OFF", "cache_size=-1000000", "temp_store=2"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN IMMEDIATE")
    costs = [0, *(c for (c,) in con.execute("SELECT cost FROM products ORDER BY id"))]
    now = datetime.now(UTC).replace(microsecond=0)
    on_hand = [0] * len(costs)
    rows = movements(costs, on_hand, count, now, random.Random(rng_seed))
    while chunk := [row for _, row in zip(range(100_000), rows, strict=False)]:
        con.executemany(INSERT, chunk)
    con.executemany(
        "UPDATE products SET on_hand = ?, cost = ? WHERE id = ?",
        ((on_hand[i], costs[i], i) for i in range(1, len(costs)) if on_hand[i] or costs[i]),
    )
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    info = {
        "seed_version": SEED_VERSION,
        "movements": count,
        "catalog": str(catalog),
        "seed": rng_seed,
        "revision": head_revision(),
        "now": now.isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "migrate_seconds": round(migrated - started, 1),
        "bytes": path.stat().st_size,
    }
    marker_path(path).write_text(json.dumps(info, indent=1))
    return info
