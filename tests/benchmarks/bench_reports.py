"""Sales reports and X/Z figures on three years of sales with 1,000,000 sale lines, beside
raw sqlite3 doing the same query by hand.

Run from the repository root::

    python -m tests.benchmarks.bench_reports            # seeds once (cached), then measures
    python -m tests.benchmarks.bench_reports --rounds 5 --reseed

The seed is a 20,000-product catalog (``bench_core``'s generator and loader), two tills
each with one shift a day for three years (1 Dec 2023 to 30 Nov 2026), about 250,000
sales of one to seven lines (1,000,000 lines), 2 % of them partly refunded a few days
later, their tax rows, payments (cash, card, mobile money with a reference) and stock
movements with the unit cost: the rows the services write, bulk-loaded with sqlite3.
It is cached in ``/tmp/shoptill-bench/reports-*.db`` with a marker, and measured read-only
(the reports write nothing). Issue 15's targets: a month by product <= 300 ms, a year by
category <= 500 ms, an X or Z report <= 100 ms. Not a test: it prints a table, exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos.db.engine import open_database
from pos.db.migrate import head_revision
from pos.services.cashup.figures import ShiftRow, shift_figures
from pos.services.dto import Actor
from pos.services.reports.buckets import TimeGroup
from pos.services.reports.margin import gross_margin
from pos.services.reports.period import month_of, year_of
from pos.services.reports.products import sales_by_item
from pos.services.reports.sales import sales_by_tender, sales_by_time
from pos.services.reports.tax import tax_collected
from pos.services.shop import owner
from tests.benchmarks.bench_core import (
    SQLITE_TIME,
    load_average,
    marker_path,
    remove_db,
    seed_database,
    sqlite_url,
)

SEED_VERSION = 1
PRODUCTS = 20_000
LINES = 1_000_000
FIRST_DAY = date(2023, 12, 1)
DAYS = 1096  # to 30 Nov 2026
TILLS = ("Till 1", "Till 2")
CASHIERS = ("Ann", "Bob", "Cat", "Dan")
#: The busiest hours weigh most (08:00 to 19:59 UTC).
HOUR_WEIGHTS = (2, 4, 5, 5, 6, 7, 6, 5, 5, 6, 7, 4)


def _stamp(moment: datetime) -> str:
    return moment.strftime(SQLITE_TIME)


def _tax(gross: int, percent_10000: int) -> int:
    """Tax in a tax-inclusive gross (thousandths), rounded half up to the cent (10)."""
    exact = Decimal(gross) * percent_10000 / (1_000_000 + percent_10000)
    cents = (exact / 10).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    return int(cents) * 10


def seed(path: Path, rng_seed: int) -> dict[str, Any]:
    """Catalog through ``bench_core``, then three years of sales by hand."""
    started = time.perf_counter()
    seed_database(path, PRODUCTS, rng_seed)
    marker_path(path).unlink(missing_ok=True)
    rng = random.Random(rng_seed)
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=OFF", "cache_size=-1000000", "temp_store=2"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO users(name, role, active, created_at, failed_pins) "
        "VALUES (?, 'cashier', 1, ?, 0)",
        [(name, "2023-11-30 08:00:00.000000") for name in CASHIERS],
    )
    cashier_ids = [row[0] for row in con.execute("SELECT id FROM users WHERE role = 'cashier'")]
    rates = {
        rid: (name, percent)
        for rid, name, percent in con.execute("SELECT id, name, percent FROM tax_rates")
    }
    catalog = con.execute(
        "SELECT id, sku, name, unit, price, cost, tax_rate_id FROM products"
    ).fetchall()
    # A few products sell far more than the rest, as in a shop.
    weights = [1.0 / (1 + i // 50) for i in range(len(catalog))]
    rng.shuffle(weights)
    cum_weights = list(itertools.accumulate(weights))
    sales_per_day = LINES // 4 // DAYS
    sale_id = line_id = 0
    number = {"S": 0, "R": 0}
    sales_rows: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    tax_rows: list[tuple[Any, ...]] = []
    pay_rows: list[tuple[Any, ...]] = []
    move_rows: list[tuple[Any, ...]] = []
    shift_rows: list[tuple[Any, ...]] = []
    pending_refunds: list[tuple[datetime, int, list[tuple[Any, ...]]]] = []

    def add_document(
        kind: str,
        at: datetime,
        shift: int,
        till: str,
        cashier: int,
        lines: list[tuple[Any, ...]],
        original: int | None,
        method: str,
        discount: int,
    ) -> list[tuple[Any, ...]]:
        nonlocal sale_id, line_id
        sale_id += 1
        series = "S" if kind == "sale" else "R"
        number[series] += 1
        stamp = _stamp(at)
        per_rate: dict[int, list[int]] = {}
        written = []
        subtotal = total = tax_sum = 0
        for no, (pid, sku, name, unit, price, qty, base, cut, rate_id, cost, orig) in enumerate(
            lines, start=1
        ):
            line_id += 1
            gross = base - cut
            tax = _tax(gross, rates[rate_id][1])
            rate_name, percent = rates[rate_id]
            line_rows.append((
                line_id, sale_id, no, pid, orig, sku, name, unit, qty, price, base, 0, cut,
                gross - tax, tax, gross, rate_name, percent,
            ))  # fmt: skip
            written.append((pid, sku, name, unit, price, qty, base, cut, rate_id, cost, line_id))
            sums = per_rate.setdefault(rate_id, [0, 0, 0])
            sums[0] += gross - tax
            sums[1] += tax
            sums[2] += gross
            subtotal += base
            total += gross
            tax_sum += tax
            sign = -1 if kind == "sale" else 1
            move_rows.append((
                pid, sign * qty, 0, kind, "", sale_id, cashier, till, stamp, "", cost,
            ))  # fmt: skip
        for rate_id, (net, tax, gross) in per_rate.items():
            tax_rows.append((sale_id, rates[rate_id][0], rates[rate_id][1], net, tax, gross))
        reference = f"MP{sale_id:08d}" if method == "mobile" else ""
        pay_rows.append((sale_id, method, total, total, 0, reference))
        sales_rows.append((
            sale_id, kind, series, number[series], original, stamp, cashier, till, "EUR",
            "inclusive", subtotal, discount, "percent" if discount else None,
            5000 if discount else None, total - tax_sum, tax_sum, total, 0, total, 0, None,
            shift,
        ))  # fmt: skip
        return written

    shift_id = 0
    for day_index in range(DAYS):
        day = FIRST_DAY + timedelta(days=day_index)
        opened = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=7)
        shifts_today = {}
        for till in TILLS:
            shift_id += 1
            shifts_today[till] = shift_id
            shift_rows.append((
                shift_id, till, "closed", _stamp(opened), 1, 100_000,
                _stamp(opened + timedelta(hours=14)), 1,
            ))  # fmt: skip
        moments = sorted(
            opened
            + timedelta(
                hours=1 + rng.choices(range(12), HOUR_WEIGHTS)[0], seconds=rng.randrange(3600)
            )
            for _ in range(sales_per_day)
        )
        while pending_refunds and pending_refunds[0][0] <= moments[-1]:
            at, original, lines = pending_refunds.pop(0)
            till = TILLS[original % 2]
            add_document("refund", at, shifts_today[till], till, cashier_ids[0],
                         lines, original, "cash", 0)  # fmt: skip
        for at in moments:
            till = rng.choice(TILLS)
            picked = rng.choices(
                catalog, cum_weights=cum_weights, k=rng.choice((1, 2, 3, 4, 4, 5, 6, 7))
            )
            discount_pct = 5 if rng.random() < 0.1 else 0
            lines = []
            discount = 0
            for pid, sku, name, unit, price, cost, rate_id in picked:
                qty = (
                    rng.choice((500, 750, 1250))
                    if unit == "kg"
                    else rng.choice((1000, 1000, 2000, 3000))
                )
                base = price * qty // 1000 // 10 * 10
                cut = base * discount_pct // 100 // 10 * 10
                discount += cut
                lines.append((pid, sku, name, unit, price, qty, base, cut, rate_id, cost, None))
            method = rng.choices(("cash", "card", "mobile"), (5, 3, 2))[0]
            who = rng.choice(cashier_ids)
            shift = shifts_today[till]
            written = add_document("sale", at, shift, till, who, lines, None, method, discount)
            if rng.random() < 0.02:
                back = written[:1]
                pending_refunds.append((at + timedelta(days=rng.randint(1, 5)), sale_id, back))
                pending_refunds.sort(key=lambda item: item[0])
        if len(line_rows) > 100_000:
            _flush(con, sales_rows, line_rows, tax_rows, pay_rows, move_rows, shift_rows)
    _flush(con, sales_rows, line_rows, tax_rows, pay_rows, move_rows, shift_rows)
    con.executemany(
        "INSERT OR REPLACE INTO document_counters(series, next_number) VALUES (?, ?)",
        [(series, count + 1) for series, count in number.items()],
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lines_total = con.execute("SELECT count(*) FROM sale_lines").fetchone()[0]
    sales_total = con.execute("SELECT count(*) FROM sales").fetchone()[0]
    con.close()
    info = {
        "seed_version": SEED_VERSION,
        "seed": rng_seed,
        "revision": head_revision(),
        "sales": sales_total,
        "lines": lines_total,
        "seconds": round(time.perf_counter() - started, 1),
        "bytes": path.stat().st_size,
    }
    marker_path(path).write_text(json.dumps(info, indent=1))
    return info


def _flush(con: sqlite3.Connection, *tables: list[tuple[Any, ...]]) -> None:
    sales_rows, line_rows, tax_rows, pay_rows, move_rows, shift_rows = tables
    con.executemany(
        "INSERT INTO shifts(id, till, status, opened_at, opened_by, opening_float, closed_at, "
        f"closed_by) VALUES ({', '.join('?' * 8)})",
        shift_rows,
    )
    con.executemany(
        "INSERT INTO sales(id, kind, series, number, original_id, created_at, cashier_id, till, "
        "currency, tax_mode, subtotal, discount, cart_discount_kind, cart_discount_value, net, "
        "tax, total, rounding, amount_due, change, approver_id, shift_id) VALUES "
        f"({', '.join('?' * 22)})",
        sales_rows,
    )
    con.executemany(
        "INSERT INTO sale_lines(id, sale_id, line_no, product_id, original_line_id, sku, name, "
        "unit, quantity, unit_price, base, line_discount, cart_discount, net, tax, gross, "
        f"tax_name, tax_percent) VALUES ({', '.join('?' * 18)})",
        line_rows,
    )
    con.executemany(
        "INSERT INTO sale_taxes(sale_id, tax_name, tax_percent, net, tax, gross) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        tax_rows,
    )
    con.executemany(
        "INSERT INTO payments(sale_id, method, amount, tendered, change, reference) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        pay_rows,
    )
    con.executemany(
        "INSERT INTO stock_movements(product_id, quantity, on_hand_after, kind, reason, sale_id, "
        "user_id, till, created_at, document, unit_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        move_rows,
    )
    for rows in tables:
        rows.clear()


def seeded(path: Path, rng_seed: int, reseed: bool) -> dict[str, Any]:
    marker = marker_path(path)
    if not reseed and marker.exists() and path.exists():
        info: dict[str, Any] = json.loads(marker.read_text())
        if (info.get("seed_version"), info.get("seed")) == (SEED_VERSION, rng_seed):
            if info["revision"] == head_revision():
                return info
            print("the schema moved on since the seed: seeding again", flush=True)
    remove_db(path)
    print(f"seeding three years of sales into {path} ...", flush=True)
    info = seed(path, rng_seed)
    print(f"  seeded in {info['seconds']} s: {info['sales']:,} documents, "
          f"{info['lines']:,} lines, {info['bytes'] / 1e6:,.0f} MB", flush=True)  # fmt: skip
    return info


# --- measuring -----------------------------------------------------------------------------

MONTH = month_of(date(2026, 10, 1))
YEAR = year_of(date(2025, 1, 1))


def _bounds(period: Any) -> tuple[str, str]:
    start, end = period.bounds(UTC)
    return _stamp(start), _stamp(end)


RAW_PER_PRODUCT = """
SELECT l.product_id AS pid,
       sum(CASE WHEN s.kind = 'refund' THEN -l.quantity ELSE l.quantity END) AS q,
       sum(CASE WHEN s.kind = 'refund' THEN -l.net ELSE l.net END) AS n,
       sum(CASE WHEN s.kind = 'refund' THEN -l.tax ELSE l.tax END) AS t,
       sum(CASE WHEN s.kind = 'refund' THEN -l.gross ELSE l.gross END) AS g
FROM sales s JOIN sale_lines l ON l.sale_id = s.id
WHERE s.created_at >= ? AND s.created_at < ? GROUP BY l.product_id
"""
RAW_PRODUCT = (
    f"SELECT x.pid, p.name, p.sku, p.unit, x.q, x.n, x.t, x.g FROM ({RAW_PER_PRODUCT}) x "
    "JOIN products p ON p.id = x.pid"
)
RAW_CATEGORY = (
    "SELECT c.category_id, coalesce(k.name, 'No category'), c.n, c.t, c.g FROM ("
    f"SELECT p.category_id, sum(x.n) AS n, sum(x.t) AS t, sum(x.g) AS g FROM ({RAW_PER_PRODUCT}) x "
    "JOIN products p ON p.id = x.pid GROUP BY p.category_id) c "
    "LEFT JOIN categories k ON k.id = c.category_id"
)
RAW_SHIFT = (
    "SELECT kind, count(*), sum(subtotal), sum(discount), sum(total), sum(rounding) "
    "FROM sales WHERE shift_id = ? GROUP BY kind",
    "SELECT s.kind, t.tax_name, t.tax_percent, sum(t.net), sum(t.tax) FROM sale_taxes t "
    "JOIN sales s ON s.id = t.sale_id WHERE s.shift_id = ? GROUP BY 1, 2, 3",
    "SELECT s.kind, p.method, count(*), sum(p.amount), sum(p.reference != '') FROM payments p "
    "JOIN sales s ON s.id = p.sale_id WHERE s.shift_id = ? GROUP BY 1, 2",
    "SELECT max(l.name), sum(l.quantity), sum(l.gross) FROM sale_lines l JOIN sales s "
    "ON s.id = l.sale_id WHERE s.shift_id = ? AND s.kind = 'sale' GROUP BY l.product_id "
    "ORDER BY 3 DESC LIMIT 10",
)


def timed(fn: Callable[[], object], rounds: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (ms). The CPU time is this process's alone: on a machine
    shared with other work it says what the query costs when the wall time cannot."""
    fn()  # warm: the first call reads the pages from disk
    wall, cpu = [], []
    for _ in range(rounds):
        started, used = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def screen_measures(db: Any, actor: Actor, rounds: int) -> list[tuple[str, ...]]:
    """The Reports screen in a window: from opening it to its first chart painted (this
    month by day, the screen's first report), and a year by month chosen then painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from pos.services.settings import get_settings
    from ui.events import AppEvents
    from ui.reports.screen import ReportsScreen

    app = QApplication.instance() or QApplication(["shoptill"])
    settings = get_settings(db)

    def painted(screen: Any, action: Callable[[], object]) -> None:
        loop = QEventLoop()
        screen.shown.connect(loop.quit)
        action()
        loop.exec()
        screen.shown.disconnect(loop.quit)
        screen.chart.viewport().repaint()

    opened: list[float] = []
    yearly: list[float] = []
    for _ in range(rounds + 1):
        started = time.perf_counter()
        screen = ReportsScreen(db, actor, settings, AppEvents())
        screen.resize(1366, 700)
        screen.show()
        painted(screen, lambda: None)
        opened.append((time.perf_counter() - started) * 1000)
        controls = screen.controls
        started = time.perf_counter()

        def by_month(controls: Any = controls, screen: Any = screen) -> None:
            controls.blockSignals(True)
            controls.report.setCurrentIndex(controls.report.findText("Sales by month"))
            controls.period.setCurrentIndex(controls.period.findText("This year"))
            controls.blockSignals(False)
            screen.refresh()

        painted(screen, by_month)
        yearly.append((time.perf_counter() - started) * 1000)
        screen.close()
        screen.deleteLater()
        app.processEvents()
    opened, yearly = opened[1:], yearly[1:]  # the first builds Qt Charts' own caches
    return [
        ("Reports screen: opened -> first chart painted", f"{statistics.median(opened):.1f} ms",
         f"{p95(opened):.1f} ms", "", "", "", "", "<= 500 ms"),
        ("Reports screen: this year by month painted", f"{statistics.median(yearly):.1f} ms",
         f"{p95(yearly):.1f} ms", "", "", "", "", ""),
    ]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_reports")
    parser.add_argument(
        "--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "shoptill-bench"
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument(
        "--only",
        metavar="WORDS",
        help="measure only the rows whose name holds WORDS (e.g. margin); no screen rows",
    )
    args = parser.parse_args(argv)
    path = args.cache_dir / f"reports-{LINES}.db"
    print(f"load average before: {load_average()}", flush=True)
    info = seeded(path, args.seed, args.reseed)
    db = open_database(sqlite_url(path))
    actor = Actor(owner(db).id, "Till 1")
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # The busiest shift: what an X or a Z report of a busy day sums.
    shift_id, opened_at, till = raw.execute(
        "SELECT s.id, s.opened_at, s.till FROM shifts s JOIN sales x ON x.shift_id = s.id "
        "GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    shift = ShiftRow(
        shift_id, till, datetime.strptime(opened_at, SQLITE_TIME).replace(tzinfo=UTC), 1,
        Decimal(100),
    )  # fmt: skip
    until = shift.opened_at + timedelta(hours=14)

    def raw_items(sql: str, period: Any) -> None:
        raw.execute(sql, _bounds(period)).fetchall()

    def x_figures() -> None:
        with db.read() as uow:
            shift_figures(uow, [shift], until)

    def raw_shift() -> None:
        for sql in RAW_SHIFT:
            raw.execute(sql, (shift_id,)).fetchall()

    utc = UTC
    measures: list[tuple[str, str, Callable[[], object], Callable[[], object] | None]] = [
        ("month by product", "<= 300 ms",
         lambda: sales_by_item(db, actor, MONTH, tz=utc),
         lambda: raw_items(RAW_PRODUCT, MONTH)),
        ("month by product, compared", "",
         lambda: sales_by_item(db, actor, MONTH, compare=True, tz=utc), None),
        ("year by category", "<= 500 ms",
         lambda: sales_by_item(db, actor, YEAR, by_category=True, tz=utc),
         lambda: raw_items(RAW_CATEGORY, YEAR)),
        ("X/Z figures, busiest shift", "<= 100 ms", x_figures, raw_shift),
        ("year by month", "", lambda: sales_by_time(db, actor, YEAR, TimeGroup.MONTH, tz=utc),
         None),
        ("month by day, compared", "",
         lambda: sales_by_time(db, actor, MONTH, TimeGroup.DAY, compare=True, tz=utc), None),
        ("year by tender", "", lambda: sales_by_tender(db, actor, YEAR, tz=utc), None),
        ("year's tax per month", "", lambda: tax_collected(db, actor, YEAR, tz=utc), None),
        ("month's margin by product", "",
         lambda: gross_margin(db, actor, MONTH, "product", tz=utc), None),
        ("year's margin by category", "",
         lambda: gross_margin(db, actor, YEAR, "category", tz=utc), None),
        ("year's margin by month", "",
         lambda: gross_margin(db, actor, YEAR, TimeGroup.MONTH, tz=utc), None),
    ]  # fmt: skip
    table = [(
        "measure", "ShopTill median", "p95", "CPU median", "raw median", "raw CPU", "CPU ratio",
        "target",
    )]  # fmt: skip
    if args.only:
        measures = [m for m in measures if args.only.casefold() in m[0].casefold()]
    for name, target, ours, baseline in measures:
        mine, mine_cpu = timed(ours, args.rounds)
        theirs, theirs_cpu = timed(baseline, args.rounds) if baseline else ([], [])
        mid, cpu = statistics.median(mine), statistics.median(mine_cpu)
        raw_mid = statistics.median(theirs) if theirs else None
        raw_cpu = statistics.median(theirs_cpu) if theirs_cpu else None
        table.append((
            name, f"{mid:.1f} ms", f"{p95(mine):.1f} ms", f"{cpu:.1f} ms",
            f"{raw_mid:.1f} ms" if raw_mid else "", f"{raw_cpu:.1f} ms" if raw_cpu else "",
            f"{cpu / raw_cpu:.1f}x" if raw_cpu else "", target,
        ))  # fmt: skip
        print(f"  {name}: {mid:.1f} ms", flush=True)
    if not args.only:
        table += screen_measures(db, actor, args.rounds)
    raw.close()
    db.close()
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    print()
    print(f"{info['sales']:,} sales and refunds, {info['lines']:,} lines, {PRODUCTS:,} products;"
          f" {args.rounds} rounds after one warm-up; load average after: {load_average()};"
          f" {os.cpu_count()} CPUs")  # fmt: skip
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
