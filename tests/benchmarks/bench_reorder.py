"""The reorder list and the till header's low-stock count on the 1,000,000-product catalog.

Run from the repository root: ``python -m tests.benchmarks.bench_reorder``. It copies the
catalog ``bench_core`` seeds (``/tmp/shoptill-bench/products-1000000.db``; run bench_core
first if it is missing) into a temporary folder, never writing into the seed, migrates the
copy, and gives it stock the way a shop has it:

* **shop**: every product stocked above its reorder level but 1 in 100 of those with a
  level (about 5,000 low products), 20 suppliers, half the low ones with a maximum level;
* **worst**: the seed as it is, every product at zero stock, so every product with a
  reorder level (about half a million) is low.

For each it times ``count_low`` (the header's count) beside the same count in raw sqlite3,
``reorder_list``, the Stock screen's way (``reorder_summary`` and a page of 200 lines) and,
for the shop's list, the CSV and the PDF order sheet. It prints the
query plans, one table, and never asserts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pos.db.engine import open_database
from pos.services.dto import Actor
from pos.services.settings import get_settings
from pos.services.shop import owner
from pos.services.stock.reorder import count_low, reorder_list
from pos.services.stock.reorder_export import write_reorder_csv
from pos.services.stock.reorder_pages import reorder_page, reorder_summary
from receipts.reorder_pdf import order_sheet_pdf
from tests.benchmarks.bench_core import copy_flushed

SEED = Path("/tmp/shoptill-bench/products-1000000.db")
#: The count of everything in the partial index: what the header could read, index only, if
#: the index's condition were the whole of "low" (see the report).
RAW_INDEX_ONLY = "SELECT count(*) FROM products WHERE on_hand <= reorder_level"
RAW_COUNT = (
    "SELECT count(*) FROM products "
    "WHERE on_hand <= reorder_level AND reorder_level + 0 > 0 AND active = 1"
)
LIST_PLAN = (
    "SELECT id, sku, name, unit, on_hand, reorder_level, max_level, reorder_quantity, cost, "
    "supplier_id FROM products WHERE on_hand <= reorder_level AND reorder_level + 0 > 0 "
    "AND active = 1 ORDER BY search_key, id"
)


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]


def stock_like_a_shop(path: Path) -> None:
    """Stock above the level for all but 1 in 100 products with a level; suppliers."""
    con = sqlite3.connect(path)
    try:
        with con:
            con.executemany(
                "INSERT INTO suppliers (name, phone, notes, active, created_at) "
                "VALUES (?, '01 555 0100', '', 1, '2026-01-01 00:00:00.000000')",
                [(f"Supplier {n:02d}",) for n in range(1, 21)],
            )
            # Thousandths: 1 to 20 pieces above the level; the 1-in-100 at half the level.
            con.execute(
                "UPDATE products SET on_hand = CASE WHEN id % 100 = 7 "
                "THEN reorder_level / 2000 * 1000 ELSE reorder_level + (1 + id % 20) * 1000 END, "
                "supplier_id = CASE WHEN id % 21 = 0 THEN NULL ELSE id % 21 END, "
                "max_level = CASE WHEN id % 2 = 0 THEN reorder_level * 3 ELSE 0 END, "
                "reorder_quantity = CASE WHEN id % 3 = 0 THEN 12000 ELSE 0 END"
            )
    finally:
        con.close()


def measure(label: str, path: Path, rounds: int, *, documents: bool) -> list[list[str]]:
    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    rows: list[list[str]] = []
    try:
        low = count_low(db)
        samples = timed(lambda: count_low(db), rounds)
        rows.append([label, "count_low (header)", f"{low:,}", *_stats(samples)])
        samples = timed(lambda: raw.execute(RAW_COUNT).fetchone(), rounds)
        rows.append([label, "  raw sqlite3 count", f"{low:,}", *_stats(samples)])
        indexed = raw.execute(RAW_INDEX_ONLY).fetchone()[0]
        samples = timed(lambda: raw.execute(RAW_INDEX_ONLY).fetchone(), rounds)
        rows.append([label, "  raw index-only count", f"{indexed:,}", *_stats(samples)])
        list_rounds = max(1, rounds // 10) if low < 50_000 else 1
        boss = Actor(owner(db).id, "Bench")
        listing = reorder_list(db, actor=boss)
        samples = timed(lambda: reorder_list(db, actor=boss), list_rounds)
        rows.append([label, "reorder_list", f"{listing.line_count:,} lines", *_stats(samples)])
        samples = timed(lambda: raw.execute(LIST_PLAN).fetchall(), list_rounds)
        rows.append(
            [label, "  raw sqlite3 rows", f"{listing.line_count:,} lines", *_stats(samples)]
        )
        summary = reorder_summary(db, actor=boss)
        samples = timed(lambda: reorder_summary(db, actor=boss), list_rounds)
        rows.append(
            [label, "reorder_summary (screen)", f"{len(summary.groups)} groups", *_stats(samples)]
        )
        first = reorder_page(db, summary, None, 200, actor=boss)
        samples = timed(lambda: reorder_page(db, summary, None, 200, actor=boss), rounds)
        rows.append([label, "  first page (screen)", f"{len(first)} lines", *_stats(samples)])
        samples = timed(lambda: reorder_page(db, summary, first[-1], 200, actor=boss), rounds)
        rows.append([label, "  next page (screen)", "200 lines", *_stats(samples)])
        if documents:
            csv_path = path.parent / "reorder.csv"  # removed with the copy's folder
            samples = timed(lambda: write_reorder_csv(db, listing, csv_path), 1)
            rows.append([label, "CSV file", f"{listing.line_count:,} lines", *_stats(samples)])
            shop = get_settings(db)
            at = datetime.now(UTC)
            pdf: list[bytes] = []
            samples = timed(lambda: pdf.append(order_sheet_pdf(listing, shop, at=at)), 1)
            size = f"{len(pdf[0]) // 1024:,} kB"
            rows.append(
                [
                    label,
                    "PDF order sheet",
                    f"{listing.line_count:,} lines, {size}",
                    *_stats(samples),
                ]
            )
        for query in (RAW_COUNT, LIST_PLAN):
            plan = " / ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + query))
            print(f"{label}: {query[:60]}...\n    plan: {plan}")
    finally:
        raw.close()
        db.close()
    return rows


def _stats(samples: list[float]) -> list[str]:
    return [f"{statistics.median(samples):.1f}", f"{p95(samples):.1f}", str(len(samples))]


def aligned(table: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for row in table:
        cells = [
            c.ljust(w) if i < 3 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(" | ".join(cells))
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed-db", type=Path, default=SEED)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    if not args.seed_db.exists():
        raise SystemExit(f"{args.seed_db} is missing: run python -m tests.benchmarks.bench_core")
    print(f"load average at start: {os.getloadavg()}")
    folder = Path(tempfile.mkdtemp(prefix="shoptill-reorder-"))
    # Migrating the copy backs it up first: into this folder, not the user's data folder.
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    table = [["catalog", "measure", "result", "median ms", "p95 ms", "rounds"]]
    try:
        for label in ("shop", "worst"):
            copy = folder / f"{label}.db"
            copy_flushed(args.seed_db, copy)
            start = time.perf_counter()
            open_database(f"sqlite:///{copy}").close()  # migrated to this schema
            print(f"{label}: copied and migrated in {time.perf_counter() - start:.1f} s")
            if label == "shop":
                stock_like_a_shop(copy)
            # The worst case reads half a million products a round: a few rounds say enough.
            rounds = args.rounds if label == "shop" else 3
            table += measure(label, copy, rounds, documents=label == "shop")
            for leftover in folder.glob(f"{label}.db*"):
                leftover.unlink()
            shutil.rmtree(folder / "data", ignore_errors=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(aligned(table))
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
