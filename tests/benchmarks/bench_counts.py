"""Stock counts on the 1,000,000-product catalog: a scan into a count, opening the review of a
100,000-line count, posting a 10,000-line count, each beside raw sqlite3 doing the same.

Run from the repository root: ``python -m tests.benchmarks.bench_counts``. It measures a copy
of bench_core's seeded catalog (``--seed-db``, seeded by ``python -m
tests.benchmarks.bench_core`` when missing) in ``--work`` and never writes into the seed.
Prints a table and never asserts.

Targets (issue 13): scan p95 <= 10 ms; review of 100,000 lines <= 300 ms; post of 10,000
lines <= 1 s.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pos.db.engine import Database, open_database
from pos.services.dto import Actor
from pos.services.settings import get_settings
from pos.services.shop import owner
from pos.services.stock.counts_post import post_count
from pos.services.stock.counts_review import LineOrder, count_lines, review_totals
from pos.services.stock.counts_scan import scan_into_count
from pos.services.stock.counts_start import CountScope, start_count
from tests.benchmarks.bench_core import barcode_for, copy_flushed, is_active, weighed_ids

SEED = Path("/tmp/shoptill-bench/products-1000000.db")
PRODUCTS = 1_000_000


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def raw_connect(path: Path, synchronous: str = "FULL") -> sqlite3.Connection:
    """A plain connection with the pragmas ShopTill uses (a scan commits at NORMAL)."""
    con = sqlite3.connect(path, isolation_level=None)
    pragmas = ("journal_mode=WAL", f"synchronous={synchronous}", "foreign_keys=ON")
    for pragma in (*pragmas, "busy_timeout=5000"):
        con.execute(f"PRAGMA {pragma}")
    return con


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


RAW_SCAN = (
    "INSERT INTO stock_count_lines (count_id, product_id, counted, expected, counted_at, "
    "updated_at, user_id, till, unit_cost) VALUES (?, ?, 1000, (SELECT on_hand FROM products "
    "WHERE id = ?), ?, ?, ?, 'Raw', (SELECT cost FROM products WHERE id = ?)) "
    "ON CONFLICT (count_id, product_id) DO UPDATE SET counted = "
    "stock_count_lines.counted + excluded.counted, updated_at = excluded.updated_at "
    "RETURNING counted, expected"
)


def raw_scan(con: sqlite3.Connection, count_id: int, code: str, user_id: int) -> None:
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "SELECT status, scope, blind FROM stock_counts WHERE id = ?", (count_id,)
    ).fetchone()
    (product_id,) = con.execute(
        "SELECT p.id FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?",
        (code,),
    ).fetchone()
    con.execute("SELECT EXISTS (SELECT 1 FROM products WHERE id = ? AND active)", (product_id,))
    at = now_text()
    con.execute(
        RAW_SCAN, (count_id, product_id, product_id, at, at, user_id, product_id)
    ).fetchone()
    con.execute("COMMIT")


def fill_count(con: sqlite3.Connection, count_id: int, ids: list[int], user_id: int) -> None:
    """Lines for ``ids`` by hand: counted = on hand plus a small random variance."""
    rng = random.Random(count_id)
    at = now_text()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO stock_count_lines (count_id, product_id, counted, expected, counted_at, "
        "updated_at, user_id, till, unit_cost) "
        "SELECT ?, id, max(on_hand + ?, 0), on_hand, ?, ?, ?, 'Bench', cost "
        "FROM products WHERE id = ?",
        [
            (count_id, rng.choice([0, 0, 0, -1000, -2000, 1000]), at, at, user_id, pid)
            for pid in ids
        ],
    )
    con.execute("COMMIT")


RAW_REVIEW_PAGE = (
    "SELECT l.id, l.product_id, p.sku, p.name, c.name, p.unit, l.expected, l.counted, "
    "l.unit_cost, l.value FROM (SELECT id, product_id, expected, counted, unit_cost, "
    "(counted - expected) * unit_cost AS value FROM stock_count_lines WHERE count_id = ? "
    "ORDER BY value, id LIMIT 200) l JOIN products p ON p.id = l.product_id "
    "LEFT JOIN categories c ON c.id = p.category_id ORDER BY l.value, l.id"
)
RAW_REVIEW_TOTALS = (
    "SELECT count(*), count(*) FILTER (WHERE counted != expected), "
    "sum((counted - expected) * unit_cost) FILTER (WHERE counted < expected), "
    "sum((counted - expected) * unit_cost) FILTER (WHERE counted > expected) "
    "FROM stock_count_lines WHERE count_id = ?"
)


def raw_post(con: sqlite3.Connection, count_id: int, user_id: int) -> None:
    """Posting by hand: claim, number, costs, one UPDATE ... RETURNING and a movement each."""
    at = now_text()
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "UPDATE stock_counts SET status = 'posted', posted_at = ? WHERE id = ? AND status = 'open'",
        (at, count_id),
    )
    (number,) = con.execute(
        "UPDATE document_counters SET next_number = next_number + 1 WHERE series = 'C' "
        "RETURNING next_number"
    ).fetchone()
    con.execute(
        "UPDATE stock_counts SET series = 'C', number = ? WHERE id = ?", (number - 1, count_id)
    )
    con.execute(
        "UPDATE stock_count_lines SET unit_cost = (SELECT cost FROM products p WHERE p.id = "
        "stock_count_lines.product_id) WHERE count_id = ?",
        (count_id,),
    )
    moves = con.execute(
        "SELECT product_id, counted - expected, unit_cost FROM stock_count_lines "
        "WHERE count_id = ? AND counted != expected ORDER BY product_id",
        (count_id,),
    ).fetchall()
    rows = []
    for product_id, change, cost in moves:
        (after,) = con.execute(
            "UPDATE products SET on_hand = on_hand + ? WHERE id = ? RETURNING on_hand",
            (change, product_id),
        ).fetchone()
        rows.append((product_id, change, after, at, f"C{number - 1:06d}", cost, user_id))
    con.executemany(
        "INSERT INTO stock_movements (product_id, quantity, on_hand_after, kind, reason, till, "
        "created_at, document, unit_cost, user_id) VALUES (?, ?, ?, 'count', 'stock count', "
        "'Raw', ?, ?, ?, ?)",
        rows,
    )
    con.execute("COMMIT")


class Table:
    """The printed result: one row per measure."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, name: str, mine: list[float], raw: list[float] | None, target: str) -> None:
        ours_median, ours_p95 = statistics.median(mine), p95(mine)
        raw_median = statistics.median(raw) if raw else None
        self.rows.append(
            (
                name,
                f"{ours_median:.2f}",
                f"{ours_p95:.2f}",
                f"{raw_median:.2f}" if raw_median is not None else "-",
                f"{p95(raw):.2f}" if raw else "-",
                f"{ours_median / raw_median:.1f}x" if raw_median else "-",
                target,
            )
        )

    def print(self) -> None:
        titles = ("measure", "median ms", "p95 ms", "raw median", "raw p95", "ratio", "target")
        widths = [max(len(r[i]) for r in [titles, *self.rows]) for i in range(len(titles))]
        for row in [titles, *self.rows]:
            print(
                "  ".join(
                    cell.ljust(w) if i == 0 else cell.rjust(w)
                    for i, (cell, w) in enumerate(zip(row, widths, strict=True))
                )
            )


def measure_scans(db: Database, path: Path, actor: Actor, scans: int, table: Table) -> None:
    settings = get_settings(db)
    rng = random.Random(1)
    count = start_count(db, actor, "Bench scans", CountScope.ALL)
    raw_count = start_count(db, actor, "Bench raw scans", CountScope.ALL)
    con = raw_connect(path, "NORMAL")
    weighed = weighed_ids(path)
    ids = [
        pid
        for pid in rng.sample(range(1, PRODUCTS + 1), scans)
        if is_active(pid) and pid not in weighed
    ]
    mine, raw = [], []
    for pid in ids:  # interleaved, so both see the same cache and disk
        code = barcode_for(pid)
        mine.append(timed(lambda c=code: scan_into_count(db, actor, count.id, c, settings)))
        raw.append(timed(lambda c=code: raw_scan(con, raw_count.id, c, actor.user_id or 0)))
    con.close()
    table.add(f"scan into a count ({len(ids)} scans)", mine, raw, "p95 <= 10 ms")


def measure_review(db: Database, path: Path, actor: Actor, lines: int, table: Table) -> None:
    count = start_count(db, actor, "Bench review", CountScope.ALL)
    con = raw_connect(path)
    ids = sorted(
        pid for pid in random.Random(2).sample(range(1, PRODUCTS + 1), lines) if is_active(pid)
    )
    fill_count(con, count.id, ids, actor.user_id or 0)

    def open_review() -> None:
        review_totals(db, count.id, actor)
        count_lines(db, count.id, LineOrder.LOSSES, limit=200, actor=actor)

    def raw_review() -> None:
        con.execute(RAW_REVIEW_TOTALS, (count.id,)).fetchone()
        con.execute("SELECT count(*) FROM products WHERE active", ()).fetchone()
        con.execute(RAW_REVIEW_PAGE, (count.id,)).fetchall()

    mine, raw = [], []
    for _ in range(7):
        mine.append(timed(open_review))
        raw.append(timed(raw_review))
    page = count_lines(db, count.id, LineOrder.LOSSES, limit=200, actor=actor)
    table.add(f"open review, {len(ids):,} lines (totals + page)", mine, raw, "<= 300 ms")
    table.add(
        "  next page of 200",
        [
            timed(lambda: count_lines(db, count.id, after=page[-1].key, limit=200, actor=actor))
            for _ in range(7)
        ],
        None,
        "-",
    )
    table.add(
        "  totals alone",
        [timed(lambda: review_totals(db, count.id, actor)) for _ in range(5)],
        None,
        "-",
    )
    con.close()


def measure_posts(
    db: Database, path: Path, actor: Actor, lines: int, rounds: int, table: Table
) -> None:
    con = raw_connect(path)
    rng = random.Random(3)
    mine, raw = [], []
    for _ in range(rounds):
        for posted in (mine, raw):
            count = start_count(db, actor, "Bench post", CountScope.ALL)
            ids = sorted(p for p in rng.sample(range(1, PRODUCTS + 1), lines) if is_active(p))
            fill_count(con, count.id, ids, actor.user_id or 0)
            if posted is mine:
                mine.append(timed(lambda c=count.id: post_count(db, actor, c)))
            else:
                raw.append(timed(lambda c=count.id: raw_post(con, c, actor.user_id or 0)))
    con.close()
    table.add(f"post a count of {lines:,} lines", mine, raw, "<= 1000 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed-db", type=Path, default=SEED)
    parser.add_argument("--work", type=Path, default=Path("/tmp/shoptill-counts-bench"))
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--review-lines", type=int, default=100_000)
    parser.add_argument("--post-lines", type=int, default=10_000)
    parser.add_argument("--post-rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.seed_db.exists():
        raise SystemExit(
            f"No seeded catalog at {args.seed_db}: run python -m tests.benchmarks.bench_core first."
        )
    args.work.mkdir(parents=True, exist_ok=True)
    path = args.work / "shop.db"
    for stale in args.work.glob("shop.db*"):
        stale.unlink()
    start = time.perf_counter()
    copy_flushed(args.seed_db, path)
    db = open_database(f"sqlite:///{path}")  # migrates the copy to the current schema
    print(f"copied and opened the 1,000,000-product catalog in {time.perf_counter() - start:.1f} s")
    actor = Actor(owner(db).id, "Bench")
    table = Table()
    measure_scans(db, path, actor, args.scans, table)
    measure_review(db, path, actor, args.review_lines, table)
    measure_posts(db, path, actor, args.post_lines, args.post_rounds, table)
    db.close()
    table.print()


if __name__ == "__main__":
    main()
