"""Stock value benchmark: the value at past dates over 1,000,000 products and 5,000,000
movements, beside raw sqlite3.

Run from the repository root::

    python -m tests.benchmarks.bench_stock_value                # ~10 min the first time
    python -m tests.benchmarks.bench_stock_value --rounds 3 --no-plain

The shop is ``stock_value_seed``'s (a copy of the core benchmark's catalog, never written
to, with the movements loaded by raw ``sqlite3``), cached in ``--cache-dir`` and copied
afresh for each run. Measured, for a year ago, last month (30 days ago), yesterday and
today:

- first ask: ``stock_value`` when the month-end snapshot it needs is not there yet (it is
  written then: once per month, the first from the whole ledger);
- ``stock_value`` (p50/p95 over ``--rounds``), its snapshot in place: the target is <= 2 s;
- raw sqlite3, the same snapshot + movements-since statement by hand;
- raw sqlite3, the plain sum of the whole ledger up to the date (what it costs without
  snapshots; skipped with ``--no-plain``);
- a drill-down page: ``product_values``, the first 200 products of the biggest category.

It prints a table and the load average; it never asserts and always exits 0.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from pos.db.engine import make_engine, open_database
from pos.db.migrate import current_revision, head_revision, upgrade_to_head
from pos.services.dto import Actor
from pos.services.shop import owner
from pos.services.stock.value import product_values, stock_value
from pos.services.stock.value_snapshots import latest_snapshot
from pos.services.stock.value_sums import _BY_CATEGORY, _CHANGED_LINES, RECENT, held_now
from tests.benchmarks.bench_core import SQLITE_TIME, copy_flushed, remove_db, sqlite_url
from tests.benchmarks.stock_value_seed import SEED_VERSION, marker_path, seed

TARGET_SECONDS = 2.0


def seeded(catalog: Path, path: Path, count: int, rng_seed: int) -> dict[str, Any]:
    """The cached shop's marker, seeding it first unless a matching one is there."""
    marker = marker_path(path)
    if marker.exists() and path.exists():
        info: dict[str, Any] = json.loads(marker.read_text())
        if (info["seed_version"], info["movements"], info["seed"]) == (
            SEED_VERSION,
            count,
            rng_seed,
        ):
            return info
    print(f"seeding {path} ({count:,} movements; a few minutes) ...", flush=True)
    return seed(catalog, path, count, rng_seed)


def fresh_copy(source: Path, target: Path) -> float:
    """Copy the seed and bring it to the current schema; returns the migration's seconds."""
    remove_db(target)
    copy_flushed(source, target)
    started = time.perf_counter()
    engine = make_engine(sqlite_url(target))
    try:
        backup = upgrade_to_head(engine, sqlite_url(target))
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    if backup is not None:
        backup.unlink(missing_ok=True)
    return time.perf_counter() - started


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def raw_plain(con: sqlite3.Connection, until: datetime) -> list[Any]:
    """The whole ledger up to ``until``, by category, by hand."""
    return con.execute(
        """SELECT p.category_id, count(*), sum(h.quantity),
                  sum(h.quantity * coalesce(h.unit_cost, p.cost))
           FROM (SELECT product_id, sum(quantity) AS quantity, max(id), unit_cost
                 FROM stock_movements WHERE created_at < ? GROUP BY product_id) AS h
           JOIN products AS p ON p.id = h.product_id
           WHERE h.quantity <> 0 GROUP BY p.category_id""",
        (until.astimezone(UTC).strftime(SQLITE_TIME),),
    ).fetchall()


def raw_snapshot(con: sqlite3.Connection, until: datetime, since: Any) -> list[Any]:
    """The service's snapshot + movements-since statement, by hand."""
    statement = _BY_CATEGORY.format(
        recent=RECENT["sqlite"], held=held_now("sqlite", _CHANGED_LINES)
    )
    return con.execute(
        statement,
        {
            "snapshot": since.snapshot_id,
            "since": since.until.astimezone(UTC).strftime(SQLITE_TIME),
            "until": until.astimezone(UTC).strftime(SQLITE_TIME),
            "taken": since.taken_at.astimezone(UTC).strftime(SQLITE_TIME),
        },
    ).fetchall()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/shoptill-bench"))
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--movements", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-plain", action="store_true", help="skip the whole-ledger sums")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one ask")
    args = parser.parse_args(argv)
    catalog = args.cache_dir / f"products-{args.products}.db"
    if not catalog.exists():
        print(f"{catalog} is missing: run python -m tests.benchmarks.bench_core first")
        return 0
    cached = args.cache_dir / f"stock-value-{args.products}-{args.movements}.db"
    print(f"load average at start: {os.getloadavg()}", flush=True)
    info = seeded(catalog, cached, args.movements, args.seed)
    work = args.cache_dir / "stock-value-run.db"
    migrate_seconds = fresh_copy(cached, work)
    print(f"copied and migrated to {head_revision()} in {migrate_seconds:.1f} s", flush=True)
    db = open_database(sqlite_url(work))
    raw = sqlite3.connect(work)
    # The seed's clock: its movements end at its "now", so "yesterday" has movements.
    seed_now = datetime.fromisoformat(info["now"])
    today = date.today()
    dates = {
        "a year ago": today - timedelta(days=365),
        "last month": today - timedelta(days=30),
        "yesterday": today - timedelta(days=1),
        "today": today,
    }
    rows: list[tuple[str, ...]] = []
    past: list[float] = []
    boss = Actor(owner(db).id, "Bench")
    for label, day in dates.items():
        ask = partial(stock_value, db, day, actor=boss)
        first = timed(ask)
        print(f"{label}: first ask {first:.2f} s", flush=True)
        value = ask()
        runs = [timed(ask) for _ in range(args.rounds)]
        print(f"{label}: runs {[round(r, 2) for r in runs]}", flush=True)
        if label != "today":
            past += runs
        with db.read() as uow:
            since = latest_snapshot(uow, value.until)
        by_hand = partial(raw_snapshot, raw, value.until, since)
        raw_runs = [timed(by_hand) for _ in range(args.rounds)]
        whole = partial(raw_plain, raw, value.until)
        plain = "-" if args.no_plain else f"{timed(whole):.2f}"
        rows.append(
            (
                f"{label} ({day})",
                f"{first:.2f}",
                f"{statistics.median(runs):.2f}",
                f"{percentile(runs, 0.95):.2f}",
                f"{statistics.median(raw_runs):.2f}",
                plain,
                f"{value.products:,}",
                f"{value.value:,}",
            )
        )
        print(" | ".join(rows[-1]), flush=True)
    biggest = max(stock_value(db, actor=boss).categories, key=lambda c: c.products)
    until = stock_value(db, actor=boss).until
    page = [
        timed(lambda: product_values(db, until, biggest.category_id, actor=boss)) for _ in range(5)
    ]
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(stock_value, db, dates["last month"])
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(15)
        print(out.getvalue())
    db.close()
    raw.close()
    p50, p95 = statistics.median(past), percentile(past, 0.95)
    print()
    print(
        f"Stock value, {args.products:,} products, {args.movements:,} movements "
        f"(seed now {seed_now:%Y-%m-%d %H:%M} UTC), seconds"
    )
    header = (
        "date",
        "first ask",
        "p50",
        "p95",
        "raw snapshot p50",
        "raw whole ledger",
        "products held",
        "value",
    )
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    verdict = "pass" if p95 <= TARGET_SECONDS else "MISS"
    print(f"| past dates, all runs | | {p50:.2f} | {p95:.2f} | | | | target <= 2 s: {verdict} |")
    print(
        f"| drill-down page (200 of {biggest.name}, {biggest.products:,}) | | "
        f"{statistics.median(page):.3f} | {percentile(page, 0.95):.3f} | | | | |"
    )
    print(f"\nload average at end: {os.getloadavg()}")
    remove_db(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
