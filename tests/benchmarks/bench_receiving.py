"""Receiving deliveries on a big catalog: a scan into a draft delivery, saving and reopening a
500-line draft, posting a 1,000-line delivery with each cost method, beside raw sqlite3.

Run from the repository root::

    python -m tests.benchmarks.bench_receiving                      # 1,000,000 products
    python -m tests.benchmarks.bench_receiving --products 100000    # bench_core's smaller one
    python -m tests.benchmarks.bench_receiving --scans 200 --post-lines 500 --post-rounds 1

It measures a copy of bench_core's seeded catalog (``/tmp/shoptill-bench/products-N.db``,
seeded by ``python -m tests.benchmarks.bench_core`` when missing) in ``--work`` and never
writes into the seed. Every measure goes through the services a screen calls:

1. **scan**: ``add_scanned`` of a random product's barcode into one draft, which grows a line
   a scan (the service answers with the whole draft, so a scan costs more as it grows);
   raw: the same checks and the line's INSERT in one transaction, reading back the line.
2. **save a 500-line draft**: ``save_header`` (the Save draft button: header saved, the draft
   and its lines read back); **reopen** it: ``get_delivery`` (Continue from the list).
3. **post a 1,000-line delivery**: ``post_delivery`` with last cost and with average cost
   (each product's new cost, receipt movements, on hand, the usual supplier); raw: the same
   statements by hand.

Prints a table and never asserts: it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pos.db.engine import Database, open_database
from pos.services.dto import Actor
from pos.services.settings import CostMethod, get_settings, update_settings
from pos.services.shop import owner
from pos.services.stock.deliveries import (
    DeliveryHeader,
    create_delivery,
    get_delivery,
    save_header,
)
from pos.services.stock.delivery_lines import add_scanned
from pos.services.stock.delivery_posting import post_delivery
from tests.benchmarks.bench_core import barcode_for, copy_flushed, is_active, weighed_ids

BENCH_DIR = Path("/tmp/shoptill-bench")


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain connection with the pragmas ShopTill's writes use."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("PRAGMA busy_timeout=5000")
    return con


def raw_scan(con: sqlite3.Connection, delivery_id: int, code: str) -> None:
    """A scan by hand: the draft's state, the product, its line or a new one at its last
    cost, the draft touched; the line read back."""
    con.execute("BEGIN IMMEDIATE")
    con.execute("SELECT kind, status FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()
    product_id, _unit = con.execute(
        "SELECT p.id, p.unit FROM barcodes b JOIN products p ON p.id = b.product_id "
        "WHERE b.code = ? AND p.active",
        (code,),
    ).fetchone()
    line = con.execute(
        "SELECT id FROM delivery_lines WHERE delivery_id = ? AND product_id = ? "
        "ORDER BY position DESC LIMIT 1",
        (delivery_id, product_id),
    ).fetchone()
    if line is not None:
        con.execute("UPDATE delivery_lines SET quantity = quantity + 1000 WHERE id = ?", line)
        line_id = line[0]
    else:
        cost = con.execute(
            "SELECT coalesce((SELECT l.unit_cost FROM delivery_lines l JOIN deliveries d "
            "ON d.id = l.delivery_id WHERE l.product_id = ? AND d.kind = 'delivery' AND "
            "d.status = 'posted' ORDER BY l.id DESC LIMIT 1), "
            "(SELECT cost FROM products WHERE id = ?))",
            (product_id, product_id),
        ).fetchone()[0]
        line_id = con.execute(
            "INSERT INTO delivery_lines (delivery_id, position, product_id, quantity, "
            "unit_cost) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM delivery_lines "
            "WHERE delivery_id = ?), ?, 1000, ?) RETURNING id",
            (delivery_id, delivery_id, product_id, cost),
        ).fetchone()[0]
    con.execute("UPDATE deliveries SET updated_at = ? WHERE id = ?", (now_text(), delivery_id))
    con.execute(
        "SELECT l.id, l.position, p.sku, p.name, l.quantity, l.unit_cost FROM delivery_lines l "
        "JOIN products p ON p.id = l.product_id WHERE l.id = ?",
        (line_id,),
    ).fetchone()
    con.execute("COMMIT")


def fill_draft(con: sqlite3.Connection, delivery_id: int, ids: list[int]) -> None:
    """A draft's lines written at once: 1 to 24 of each product at its cost plus up to 10 %."""
    rng = random.Random(delivery_id)
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO delivery_lines (delivery_id, position, product_id, quantity, unit_cost) "
        "SELECT ?, ?, id, ?, (cost + cost * ? / 100) / 10 * 10 FROM products WHERE id = ?",
        [
            (delivery_id, position, rng.randint(1, 24) * 1000, rng.randint(0, 10), pid)
            for position, pid in enumerate(ids, start=1)
        ],
    )
    con.execute("COMMIT")


def raw_post(con: sqlite3.Connection, delivery_id: int, average: bool) -> None:
    """Posting by hand: claim, number, each product's new cost, stock and a movement each."""
    at = now_text()
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "UPDATE deliveries SET status = 'posted', posted_at = ?, updated_at = ? "
        "WHERE id = ? AND status = 'draft'",
        (at, at, delivery_id),
    )
    (number,) = con.execute(
        "UPDATE document_counters SET next_number = next_number + 1 WHERE series = 'D' "
        "RETURNING next_number"
    ).fetchone()
    con.execute(
        "UPDATE deliveries SET series = 'D', number = ? WHERE id = ?", (number - 1, delivery_id)
    )
    lines = con.execute(
        "SELECT product_id, quantity, unit_cost FROM delivery_lines WHERE delivery_id = ? "
        "ORDER BY product_id",
        (delivery_id,),
    ).fetchall()
    document = f"D{number - 1:06d}"
    rows = []
    for product_id, quantity, cost in lines:
        if average:  # (on hand x cost + received x its cost) / (on hand + received)
            con.execute(
                "UPDATE products SET cost = CASE WHEN on_hand > 0 THEN "
                "(on_hand * cost + ? * ?) / (on_hand + ?) ELSE ? END WHERE id = ?",
                (quantity, cost, quantity, cost, product_id),
            )
        else:
            con.execute("UPDATE products SET cost = ? WHERE id = ?", (cost, product_id))
        after, unit_cost = con.execute(
            "UPDATE products SET on_hand = on_hand + ? WHERE id = ? RETURNING on_hand, cost",
            (quantity, product_id),
        ).fetchone()
        rows.append((product_id, quantity, after, at, document, unit_cost))
    con.executemany(
        "INSERT INTO stock_movements (product_id, quantity, on_hand_after, kind, reason, till, "
        "created_at, document, unit_cost) VALUES (?, ?, ?, 'receipt', 'delivery', 'Raw', ?, ?, ?)",
        rows,
    )
    con.execute("COMMIT")


class Table:
    """The printed result: one row per measure."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, name: str, mine: list[float], raw: list[float] | None) -> None:
        ours = statistics.median(mine)
        base = statistics.median(raw) if raw else None
        self.rows.append(
            (
                name,
                f"{ours:.2f}",
                f"{p95(mine):.2f}",
                f"{base:.2f}" if base is not None else "-",
                f"{p95(raw):.2f}" if raw else "-",
                f"{ours / base:.1f}x" if base else "-",
                str(len(mine)),
            )
        )

    def print(self) -> None:
        titles = ("measure", "p50 ms", "p95 ms", "raw p50", "raw p95", "ratio", "runs")
        widths = [max(len(r[i]) for r in [titles, *self.rows]) for i in range(len(titles))]
        for row in [titles, *self.rows]:
            print(
                "  ".join(
                    cell.ljust(w) if i == 0 else cell.rjust(w)
                    for i, (cell, w) in enumerate(zip(row, widths, strict=True))
                )
            )


class Bench:
    """One catalog copy, its owner, and products to receive picked at random."""

    def __init__(self, path: Path, products: int) -> None:
        self.path = path
        self.db: Database = open_database(f"sqlite:///{path}")  # migrates the copy
        self.actor = Actor(owner(self.db).id, "Bench")
        self.con = raw_connect(path)
        weighed = weighed_ids(path)
        self.rng = random.Random(13)
        self.pool = [pid for pid in range(1, products + 1) if is_active(pid) and pid not in weighed]

    def pick(self, n: int) -> list[int]:
        return self.rng.sample(self.pool, n)

    def draft(self, name: str) -> int:
        header = DeliveryHeader(supplier_name=name, supplier_reference="BENCH")
        return create_delivery(self.db, header, actor=self.actor).id

    def scans(self, n: int, table: Table) -> None:
        settings = get_settings(self.db)
        mine_id, raw_id = self.draft("Bench scans"), self.draft("Bench raw scans")
        mine, raw = [], []
        for pid in self.pick(n):  # interleaved: both see the same cache and disk
            code = barcode_for(pid)
            mine.append(
                timed(
                    lambda c=code: add_scanned(
                        self.db, mine_id, c, settings=settings, actor=self.actor
                    )
                )
            )
            raw.append(timed(lambda c=code: raw_scan(self.con, raw_id, c)))
        table.add(f"scan into a draft (0 -> {n} lines)", mine, raw)
        tail = max(1, n // 10)
        table.add(f"  the last {tail} scans (draft near {n} lines)", mine[-tail:], raw[-tail:])

    def drafts(self, lines: int, rounds: int, table: Table) -> None:
        draft = self.draft("Bench draft")
        fill_draft(self.con, draft, self.pick(lines))
        header = DeliveryHeader(supplier_name="Bench draft", supplier_reference="INV-500")

        def raw_save() -> None:
            self.con.execute("BEGIN IMMEDIATE")
            self.con.execute(
                "UPDATE deliveries SET supplier_reference = 'INV-500', note = '' WHERE id = ?",
                (draft,),
            )
            self.con.execute(
                "SELECT l.id, l.position, l.product_id, p.sku, p.name, p.unit, l.quantity, "
                "l.unit_cost FROM delivery_lines l JOIN products p ON p.id = l.product_id "
                "WHERE l.delivery_id = ? ORDER BY l.position",
                (draft,),
            ).fetchall()
            self.con.execute("COMMIT")

        def raw_open() -> None:
            self.con.execute(
                "SELECT l.id, l.position, l.product_id, p.sku, p.name, p.unit, l.quantity, "
                "l.unit_cost FROM delivery_lines l JOIN products p ON p.id = l.product_id "
                "WHERE l.delivery_id = ? ORDER BY l.position",
                (draft,),
            ).fetchall()

        mine, raw = [], []
        for _ in range(rounds):
            mine.append(timed(lambda: save_header(self.db, draft, header, actor=self.actor)))
            raw.append(timed(raw_save))
        table.add(f"save a {lines}-line draft (Save draft)", mine, raw)
        opened = [timed(lambda: get_delivery(self.db, draft)) for _ in range(rounds)]
        table.add(f"reopen a {lines}-line draft", opened, [timed(raw_open) for _ in range(rounds)])

    def posts(self, lines: int, rounds: int, table: Table) -> None:
        for method in (CostMethod.LAST, CostMethod.AVERAGE):
            update_settings(self.db, actor=self.actor, cost_method=method)
            mine, raw = [], []
            for _ in range(rounds):
                for posted in (mine, raw):
                    draft = self.draft("Bench post")
                    fill_draft(self.con, draft, sorted(self.pick(lines)))
                    if posted is mine:
                        mine.append(
                            timed(lambda d=draft: post_delivery(self.db, d, actor=self.actor))
                        )
                    else:
                        average = method is CostMethod.AVERAGE
                        raw.append(timed(lambda d=draft, a=average: raw_post(self.con, d, a)))
            table.add(f"post a {lines:,}-line delivery, {method.value} cost", mine, raw)

    def close(self) -> None:
        self.con.close()
        self.db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=1_000_000, help="catalog size")
    parser.add_argument("--seed-db", type=Path, help="default: bench_core's catalog of that size")
    parser.add_argument("--work", type=Path, default=Path("/tmp/shoptill-receiving-bench"))
    parser.add_argument("--scans", type=int, default=500)
    parser.add_argument("--draft-lines", type=int, default=500)
    parser.add_argument("--draft-rounds", type=int, default=7)
    parser.add_argument("--post-lines", type=int, default=1000)
    parser.add_argument("--post-rounds", type=int, default=3)
    args = parser.parse_args()
    seed = args.seed_db or BENCH_DIR / f"products-{args.products}.db"
    if not seed.exists():
        raise SystemExit(
            f"No seeded catalog at {seed}: run python -m tests.benchmarks.bench_core first "
            "(or pass --products 100000)."
        )
    args.work.mkdir(parents=True, exist_ok=True)
    path = args.work / "shop.db"
    for stale in args.work.glob("shop.db*"):
        stale.unlink()
    # Migrating an older copy backs it up first: into the work folder, not the user's.
    os.environ["XDG_DATA_HOME"] = str(args.work / "data")
    start = time.perf_counter()
    copy_flushed(seed, path)
    bench = Bench(path, args.products)
    print(
        f"copied and opened the {args.products:,}-product catalog in "
        f"{time.perf_counter() - start:.1f} s; load average {os.getloadavg()[0]:.2f}"
    )
    table = Table()
    try:
        bench.scans(args.scans, table)
        bench.drafts(args.draft_lines, args.draft_rounds, table)
        bench.posts(args.post_lines, args.post_rounds, table)
    finally:
        bench.close()
        for copy in args.work.glob("shop.db*"):  # 700 MB on a shared disk
            copy.unlink()
    table.print()
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
