"""Benchmark: importing and exporting products (issue 12's targets).

Run from the repository root::

    python -m tests.benchmarks.bench_import            # 100,000 and 1,000,000 rows, ~5 min
    python -m tests.benchmarks.bench_import --quick    # 100,000 rows only, ~2 min (3 turns)
    python -m tests.benchmarks.bench_import --quick --repeat 5

Each measure runs in a new process on a new shop (``create_shop``, two tax rates, SQLite
file under ``--dir``), so its peak resident memory (``ru_maxrss``) is its own:

- import 100k: ``import_products`` of a generated CSV (SKU, name, category, price, cost, tax
  rate, barcode, unit), against a raw ``sqlite3`` ``executemany`` of the same rows, already
  converted (scaled integers, folded names, category and tax ids), into the same schema in
  one ``BEGIN IMMEDIATE ... COMMIT`` at the same pragmas: once loading the way the import
  does (search trigger and secondary indexes held back, made at the end), once plainly
  (the trigger indexing row by row);
The import and its raw baseline run ``--repeat`` times (3 unless told), taking turns so that
a load from other processes falls on both alike; the table shows their medians, their
spread, and their CPU time (``process_time``), which other processes disturb less than the
wall clock. The ratio's target is on the medians of the wall times.

- import 1M: the same at a million rows, time and peak RSS;
- export 1M: ``export_products`` of every product of that shop to CSV, time and peak RSS.

It prints one table with the targets; it never asserts and always exits 0.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from statistics import median
from typing import NamedTuple

CATEGORIES = [f"Category {i:02d}" for i in range(40)]
WORDS = [
    "apple",
    "bread",
    "crème",
    "café",
    "cheese",
    "milk",
    "tea",
    "soap",
    "rice",
    "pasta",
    "olive",
    "oil",
    "jam",
    "honey",
    "salt",
]


def ean13(number: int) -> str:
    from pos.domain.barcodes import with_check_digit

    return with_check_digit(f"400{number:09d}")


def write_csv(path: Path, count: int, seed: int = 12) -> None:
    """A products file as a shop's spreadsheet would have it (UTF-8, commas, points)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["SKU", "Name", "Category", "Price", "Cost", "Tax rate", "Barcodes", "Unit"]
        )
        for i in range(1, count + 1):
            cents = rng.randint(10, 99_999)
            writer.writerow(
                [
                    f"P{i:07d}",
                    f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {i}",
                    rng.choice(CATEGORIES),
                    f"{cents // 100}.{cents % 100:02d}",
                    f"{cents // 200}.{cents % 100:02d}",
                    rng.choice(("Standard", "Reduced")),
                    ean13(i),
                    "each",
                ]
            )


def new_shop(path: Path) -> str:
    from pos.db.engine import open_database
    from pos.domain.tax import TaxMode
    from pos.services.shop import ShopSetup, create_shop

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    db = open_database(url)
    create_shop(
        db,
        ShopSetup(
            "Bench",
            "EUR",
            "en_IE",
            TaxMode.INCLUSIVE,
            [("Standard", Decimal(20)), ("Reduced", Decimal(5))],
        ),
    )
    db.close()
    return url


def child_import(csv_path: Path, db_path: Path) -> None:
    from pos.db.engine import open_database
    from pos.services.catalog.import_apply import import_products
    from pos.services.catalog.import_columns import guess_mapping
    from pos.services.catalog.import_read import open_table
    from pos.services.dto import Actor
    from pos.services.shop import owner

    url = new_shop(db_path)
    db = open_database(url)
    actor = Actor(owner(db).id, "Bench")
    started, cpu = time.perf_counter(), time.process_time()
    table = open_table(csv_path, "en_IE")
    summary = import_products(db, table, guess_mapping(table.headers), actor)
    elapsed = time.perf_counter() - started
    assert summary.new and not summary.error_rows, summary
    report(elapsed, summary.new, time.process_time() - cpu)


def child_raw(csv_path: Path, db_path: Path, how: str = "bulk") -> None:
    """The same rows, converted before the clock starts, by plain sqlite3 executemany.

    ``how`` "naive": into the table as it is, its search trigger indexing row by row;
    "bulk": as the import does it, the trigger and the secondary indexes dropped for the load,
    the indexes made again, the new rows indexed for search by one INSERT ... SELECT, the
    trigger put back, with the same 64 MiB page cache.
    """
    from pos.services.lookup import fold

    new_shop(db_path)
    con = sqlite3.connect(db_path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    rates = dict(con.execute("SELECT name, id FROM tax_rates"))
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    products, codes = [], []
    cats: dict[str, int] = {}
    with csv_path.open(encoding="utf-8", newline="") as source:
        reader = csv.reader(source)
        next(reader)
        for pid, (sku, name, cat, price, cost, rate, code, unit) in enumerate(reader, start=1):
            cats.setdefault(cat, len(cats) + 1)
            products.append(
                (pid, sku, name, fold(name), cats[cat], unit, int(Decimal(price) * 1000),
                 int(Decimal(cost) * 1000), rates[rate], 1, 0, 0, 0, 0, now, now)
            )  # fmt: skip
            codes.append((code, pid))
    started, cpu = time.perf_counter(), time.process_time()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO categories (id, name) VALUES (?, ?)", [(i, n) for n, i in cats.items()]
    )
    trigger, indexes = None, []
    if how == "bulk":
        con.execute("PRAGMA cache_size = -65536")
        trigger = con.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'products_search_insert'"
        ).fetchone()[0]
        con.execute("DROP TRIGGER products_search_insert")
        indexes = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'products' "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
        ).fetchall()
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
    con.executemany(
        "INSERT INTO products (id, sku, name, search_key, category_id, unit, price, cost, "
        "tax_rate_id, active, favourite, reorder_level, reorder_quantity, on_hand, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        products,
    )
    con.executemany("INSERT INTO barcodes (code, product_id) VALUES (?, ?)", codes)
    for _, sql in indexes:
        con.execute(sql)
    if trigger is not None:
        con.execute(
            "INSERT INTO product_search(rowid, search_key, sku) "
            "SELECT id, search_key, sku FROM products"
        )
        con.execute(trigger)
    con.execute("COMMIT")
    report(time.perf_counter() - started, len(products), time.process_time() - cpu)


def child_export(db_path: Path, out: Path) -> None:
    from pos.db.engine import open_database
    from pos.services.catalog.export import export_products
    from pos.services.catalog.selection import ProductSelection
    from pos.services.dto import Actor
    from pos.services.shop import owner

    db = open_database(f"sqlite:///{db_path}")
    actor = Actor(owner(db).id, "Bench")
    started, cpu = time.perf_counter(), time.process_time()
    count = export_products(db, ProductSelection(), out, actor=actor)
    report(time.perf_counter() - started, count, time.process_time() - cpu)


def report(elapsed: float, count: int, cpu: float) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RESULT {elapsed:.3f} {count} {peak_mb:.0f} {cpu:.3f}")


class Run(NamedTuple):
    """One measure in a child process: wall seconds, rows, peak RSS (MB), CPU seconds."""

    elapsed: float
    count: int
    peak: float
    cpu: float


def run_child(*args: str) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_import", "--child", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            elapsed, count, peak, cpu = line.split()[1:]
            return Run(float(elapsed), int(count), float(peak), float(cpu))
    raise RuntimeError(f"{args[0]} failed:\n{done.stdout}\n{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 rows only")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/shoptill-bench-import"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of the 100k import and raw")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *paths = args.child
        if kind == "raw":
            child_raw(Path(paths[0]), Path(paths[1]), paths[2])
        else:
            {"import": child_import, "export": child_export}[kind](*map(Path, paths))
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {os.getloadavg()}")
    rows: list[tuple[str, str, str, str]] = []
    small = args.dir / "products-100k.csv"
    write_csv(small, 100_000)
    imports: list[Run] = []
    raws: list[Run] = []
    for _ in range(max(1, args.repeat)):  # taking turns: a passing load hits both
        imports.append(run_child("import", str(small), str(args.dir / "import-100k.db")))
        raws.append(run_child("raw", str(small), str(args.dir / "raw-100k.db"), "bulk"))
    naive = run_child("raw", str(small), str(args.dir / "raw-100k.db"), "naive").elapsed
    ours, raw = median(r.elapsed for r in imports), median(r.elapsed for r in raws)
    ours_cpu, raw_cpu = median(r.cpu for r in imports), median(r.cpu for r in raws)
    ratio = ours / raw
    rows.append(
        (
            "import 100k CSV",
            f"{ours:.2f} s {_spread(imports)} ({imports[0].count:,} rows, "
            f"{max(r.peak for r in imports):.0f} MB)",
            "<= 10 s",
            _ok(ours <= 10),
        )
    )
    rows.append(
        ("raw sqlite3 executemany 100k (bulk index)", f"{raw:.2f} s {_spread(raws)}", "-", "")
    )
    rows.append(("raw sqlite3 executemany 100k (trigger)", f"{naive:.2f} s", "-", ""))
    rows.append(("import 100k / raw", f"{ratio:.2f}x", "<= 3x", _ok(ratio <= 3)))
    rows.append(
        (
            "import 100k / raw, CPU time",
            f"{ours_cpu / raw_cpu:.2f}x ({ours_cpu:.2f} s / {raw_cpu:.2f} s)",
            "-",
            "",
        )
    )
    if not args.quick:
        big = args.dir / "products-1m.csv"
        write_csv(big, 1_000_000)
        db_path = args.dir / "import-1m.db"
        ours, count, peak, _ = run_child("import", str(big), str(db_path))
        rows.append(
            ("import 1M CSV", f"{ours:.1f} s ({count:,} rows)", "<= 120 s", _ok(ours <= 120))
        )
        rows.append(("import 1M peak RSS", f"{peak:.0f} MB", "flat", ""))
        took, count, peak, _ = run_child("export", str(db_path), str(args.dir / "export-1m.csv"))
        rows.append(
            ("export 1M to CSV", f"{took:.1f} s ({count:,} rows)", "<= 15 s", _ok(took <= 15))
        )
        rows.append(("export 1M peak RSS", f"{peak:.0f} MB", "flat", ""))
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<{value_width}}  {'target':<8}  pass")
    for name, value, target, passed in rows:
        print(f"{name:<{width}}  {value:<{value_width}}  {target:<8}  {passed}")
    print(f"load average at end: {os.getloadavg()}")
    return 0


def _spread(runs: list[Run]) -> str:
    """'(median of 3: 5.8-6.4 s)': how far apart the runs were."""
    times = [r.elapsed for r in runs]
    if len(times) == 1:
        return ""
    return f"(median of {len(times)}: {min(times):.2f}-{max(times):.2f} s)"


def _ok(passed: bool) -> str:
    return "yes" if passed else "NO"


if __name__ == "__main__":
    sys.exit(main())
