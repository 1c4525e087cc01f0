"""ShopTill categories benchmark: the category list with its counts, and the changes, at a
catalog of a million products.

Run from the repository root::

    python -m tests.benchmarks.bench_categories                  # 1,000,000 products
    python -m tests.benchmarks.bench_categories --products 100000

It reuses the core benchmark's seeded catalogs (``tests.benchmarks.bench_core``: same
seeding, same cache in ``/tmp/shoptill-bench/``; the products are spread over its 15 or so
categories) and works on a fresh copy, flushed to disk before use.

Measured through the services: ``category_overview`` (every category with its product
count, what the categories dialog shows on opening), beside the same GROUP BY on a plain
sqlite3 connection; adding, renaming and colouring a category; merging the smallest
category into another and then a big one (one UPDATE of all their products and a delete,
in one durable transaction); deleting a category that moves its products to none.

This is a benchmark, not a test: it never asserts on time, prints a table and exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from pos.services.catalog.categories import (
    add_category,
    category_overview,
    delete_category,
    merge_categories,
    rename_category,
    set_category_colour,
)
from pos.services.database import open_database
from pos.services.dto import Actor
from pos.services.shop import owner
from tests.benchmarks.bench_core import (
    FULL_SIZE,
    Stats,
    aligned,
    copy_flushed,
    fmt_ms,
    load_average,
    remove_db,
    seeded,
    sqlite_url,
)

RAW_COUNTS = "SELECT category_id, count(*) FROM products GROUP BY category_id"


def timed(fn: Callable[[], Any]) -> tuple[int, Any]:
    start = time.perf_counter_ns()
    result = fn()
    return time.perf_counter_ns() - start, result


def repeat(fn: Callable[[], Any], rounds: int) -> Stats:
    fn()  # warm the page cache and the statement caches
    return Stats(tuple(timed(fn)[0] for _ in range(rounds)))


def measure(path: Path, count: int, rounds: int) -> list[tuple[str, ...]]:
    db = open_database(sqlite_url(path))
    actor = Actor(owner(db).id, "Bench")
    raw = sqlite3.connect(path)
    rows: list[tuple[str, ...]] = []

    def row(name: str, stats: Stats, note: str = "") -> None:
        rows.append(
            (
                name,
                f"{count:,}",
                fmt_ms(stats.median_ms),
                fmt_ms(stats.p95_ms),
                str(len(stats.samples)),
                note,
            )
        )

    overview = category_overview(db)
    sizes = sorted(overview.categories, key=lambda c: c.products)
    row(
        "list with counts (category_overview)",
        repeat(lambda: category_overview(db), rounds),
        f"{len(overview.categories)} categories",
    )
    row("  raw sqlite3 GROUP BY", repeat(lambda: raw.execute(RAW_COUNTS).fetchall(), rounds))

    added = iter(range(1, 10**6))
    row(
        "add a category",
        Stats(
            tuple(
                timed(lambda: add_category(db, f"Bench {next(added)}", actor=actor))[0]
                for _ in range(rounds)
            )
        ),
    )
    target = sizes[-1]
    names = iter(range(1, 10**6))
    row(
        "rename a category",
        Stats(
            tuple(
                timed(lambda: rename_category(db, target.id, f"Big {next(names)}", actor=actor))[0]
                for _ in range(rounds)
            )
        ),
    )
    row(
        "set a colour",
        Stats(
            tuple(
                timed(lambda: set_category_colour(db, target.id, "#3366cc", actor=actor))[0]
                for _ in range(rounds)
            )
        ),
    )
    for source, into in ((sizes[0], sizes[1]), (sizes[-2], sizes[-1])):
        took, moved = timed(partial(merge_categories, db, source.id, into.id, actor=actor))
        row(f"merge {source.name} into {into.name}", Stats((took,)), f"{moved:,} products moved")
    left = category_overview(db).categories
    victim = next(c for c in left if c.products and c.id != target.id)
    took, moved = timed(
        lambda: delete_category(db, victim.id, actor=actor, move_products=True, move_to=None)
    )
    row(f"delete {victim.name}, products to none", Stats((took,)), f"{moved:,} products moved")
    row(
        "list with counts, after the changes",
        repeat(lambda: category_overview(db), rounds),
        f"{category_overview(db).without_category:,} without a category",
    )
    raw.close()
    db.close()
    return rows


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_categories",
        description="Benchmark ShopTill's categories (not a test: always exits 0).",
    )
    parser.add_argument("--products", type=int, default=FULL_SIZE, help="catalog size")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "shoptill-bench",
        help="where seeded databases are kept between runs (default %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=20261124, help="random seed")
    parser.add_argument("--rounds", type=int, default=20, help="runs of each repeated measure")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(
        f"ShopTill categories benchmark: Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs, load average {load_average()}",
        flush=True,
    )
    cache: Path = args.cache_dir
    cache.mkdir(parents=True, exist_ok=True)
    seed_path = (cache / f"products-{args.products}.db").resolve()
    seeded(seed_path, args.products, args.seed, False)
    work = seed_path.with_name(f"{seed_path.stem}.categories.db")
    remove_db(work)
    copy_flushed(seed_path, work)
    try:
        rows = measure(work, args.products, args.rounds)
    finally:
        remove_db(work)
    header = ("measure", "products", "median", "p95", "runs", "note")
    print()
    print(aligned([header, *rows], left={0, 5}))
    print(f"load average at the end: {load_average()} (other work on the machine adds noise)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
