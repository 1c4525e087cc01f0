"""ShopTill products-screen benchmark: open, filter, sort, jump to the end, edit in place.

Run from the repository root::

    python -m tests.benchmarks.bench_products            # 1,000,000 products
    python -m tests.benchmarks.bench_products --quick    # 100,000 products, fewer rounds

The catalog is the core benchmark's (``tests.benchmarks.bench_core``: same seeding, same
cache in ``/tmp/shoptill-bench/``); every run works on a fresh copy. Everything goes
through the real widgets on Qt's offscreen platform, at 1366x768; "painted" means the
table's viewport has been repainted synchronously, which reads every visible row.

1. Open: a new ``MainWindow`` on the till, then Ctrl+2's action until the first rows of
   the Products screen are painted (the screen is built on first use; its code is loaded
   beforehand, as the app does once the till is shown). Then back to the
   till and to Products again (built already: the catalog is counted and read anew).
2. Filter: words typed a key at a time into the filter field; each key until the rows are
   painted (count, first window, paint).
   Then the same keys, each until the exact count is shown (a big result is counted off
   the UI thread, after its first rows are painted).
3. Sort: a click on each sortable column, ascending then descending, until painted.
4. Jump to the last row (Ctrl+End) after a sort, until painted. Then, sorted by category,
   pages scrolled down from a third and from the middle of the catalog, each until painted.
5. Edit in place: a new price set through the model (a durable unit of work: the product,
   its price history and the audit log, WAL with synchronous=FULL).
6. Memory: VmRSS of this process with the screen open and scrolled to the end.

Beside each, raw sqlite3 does the same statements by hand (the count and the first window
by the same plan; the edit as the same three writes in one fsynced transaction).

This is a benchmark, not a test: it never asserts on time, prints a table and exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.bench_core import (
    COMPARE_SIZE,
    FULL_SIZE,
    Row,
    Stats,
    barcode_for,
    copy_flushed,
    load_average,
    raw_connect,
    raw_now,
    remove_db,
    render,
    seeded,
    sqlite_url,
)

WIDTH, HEIGHT = 1366, 768
WORDS = ("milk", "chocolate", "washing powder", "dai0000003", "4000000012")
PAGE_SQL = (
    "SELECT id, sku, name, price, cost, on_hand, reorder_level, unit, active FROM products "
    "WHERE id IN ({}) "
)


def timed(action: Callable[[], object]) -> int:
    started = time.perf_counter_ns()
    action()
    return time.perf_counter_ns() - started


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class RawScreen:
    """What the screen asks of the database, written by hand against sqlite3."""

    def __init__(self, path: Path) -> None:
        self.con: sqlite3.Connection = raw_connect(path)

    def window(self, where: str, args: tuple[object, ...], order: str) -> list[tuple[object, ...]]:
        ids = [
            r[0]
            for r in self.con.execute(
                f"SELECT id FROM products {where} ORDER BY {order} LIMIT 100", args
            )
        ]
        marks = ",".join("?" * len(ids))
        return self.con.execute(PAGE_SQL.format(marks), ids).fetchall()

    def open(self) -> None:
        self.con.execute("SELECT count(*) FROM products").fetchone()
        self.window("", (), "search_key, id")

    def filter(self, typed: str) -> None:
        term = typed.casefold()
        if len(term) < 3:
            self.con.execute(
                "SELECT count(*) FROM products WHERE search_key >= ? AND search_key < ?",
                (term, term + "\U0010ffff"),
            ).fetchone()
            self.window("WHERE search_key >= ? AND search_key < ?", (term, term + "\U0010ffff"),
                        "search_key, id")  # fmt: skip
            return
        phrase = f'"{term}"'
        self.con.execute(
            "SELECT count(*) FROM product_search WHERE product_search MATCH ?", (phrase,)
        ).fetchone()
        self.window("WHERE instr(search_key, ?) > 0", (term,), "search_key, id")

    def count(self, typed: str) -> None:
        term = typed.casefold()
        if len(term) < 3:
            self.con.execute(
                "SELECT count(*) FROM products WHERE search_key >= ? AND search_key < ?",
                (term, term + "\U0010ffff"),
            ).fetchone()
            return
        self.con.execute(
            "SELECT count(*) FROM product_search WHERE product_search MATCH ?", (f'"{term}"',)
        ).fetchone()

    def sort(self, columns: str, descending: bool) -> None:
        way = " DESC" if descending else ""
        terms = [*columns.split(", "), "id"] if "CASE" not in columns else [columns, "id"]
        self.window("", (), ", ".join(term + way for term in terms))

    def edit(self, product_id: int, price: int) -> None:
        now = raw_now()
        self.con.execute("BEGIN IMMEDIATE")
        old = self.con.execute("SELECT price FROM products WHERE id = ?", (product_id,))
        old_price = old.fetchone()[0]
        self.con.execute(
            "UPDATE products SET price = ?, updated_at = ? WHERE id = ?", (price, now, product_id)
        )
        self.con.execute(
            "INSERT INTO price_changes (product_id, old_price, new_price, changed_at, user_id, "
            "till) VALUES (?, ?, ?, ?, 1, 'Till 1')",
            (product_id, old_price, price, now),
        )
        self.con.execute(
            "INSERT INTO audit_log (at, user_id, till, action, details) "
            "VALUES (?, 1, 'Till 1', 'product_changed', '{}')",
            (now,),
        )
        self.con.execute("COMMIT")


class ScreenBench:
    """The Products screen in a real MainWindow on a copy of the catalog."""

    def __init__(self, path: Path, count: int, rounds: int, rng: random.Random) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(["shoptill"])
        self.app.setOrganizationName("ShopTillBench")
        QSettings().clear()
        self.path = path
        self.count = count
        self.rounds = rounds
        self.rng = rng
        self.raw = RawScreen(path)
        from pos.services.database import open_database
        from ui.app import preload_products_screen

        self.db = open_database(sqlite_url(path))
        preload_products_screen()  # as the app does once the till is shown

    def window(self):  # type: ignore[no-untyped-def]
        from ui.app import MainWindow

        window = MainWindow(self.db, "Till 1")
        window.resize(WIDTH, HEIGHT)
        window.show()
        self.app.processEvents()
        return window

    def painted(self, screen) -> None:  # type: ignore[no-untyped-def]
        screen.view.viewport().repaint()

    def run(self) -> list[Row]:
        rows: list[Row] = []
        n = self.count
        first, again, raw_open = [], [], []
        for _ in range(self.rounds):
            window = self.window()
            products = window.screen_actions[1]

            def open_products(window=window, products=products) -> None:  # type: ignore[no-untyped-def]
                products.trigger()
                self.painted(window.products_screen)

            first.append(timed(open_products))
            window.screen_actions[0].trigger()
            again.append(timed(open_products))
            raw_open.append(timed(self.raw.open))
            window.close()
            window.deleteLater()
            self.app.processEvents()
        rows.append(Row("1. open Products, first rows painted", n, Stats(tuple(first)),
                        Stats(tuple(raw_open)), "<= 150 ms",
                        max(first) / 1e6 <= 150))  # fmt: skip
        rows.append(Row("1. back to Products (built), painted", n, Stats(tuple(again)),
                        Stats(tuple(raw_open)), "<= 150 ms", max(again) / 1e6 <= 150))  # fmt: skip

        window = self.window()
        window.screen_actions[1].trigger()
        screen = window.products_screen
        self.painted(screen)
        rows += self.filtering(screen)
        rows += self.sorting(screen)
        rows += self.editing(screen)
        screen.view.scrollToBottom()
        self.painted(screen)
        rows.append(Row("6. memory, window + screen at the end", n, None, None,
                        "<= 250 MB", rss_mb() <= 250, ratio=f"{rss_mb():.0f} MB"))  # fmt: skip
        return rows

    def filtering(self, screen) -> list[Row]:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        field = screen.filter_bar.bar.search
        shop, raw = [], []
        for _ in range(max(1, self.rounds // 2)):
            for word in WORDS:
                field.clear()
                self.app.processEvents()
                for length in range(1, len(word) + 1):
                    key = word[length - 1]

                    def press(key: str = key) -> None:
                        QTest.keyClicks(field, key)
                        self.painted(screen)

                    shop.append(timed(press))
                    raw.append(timed(lambda typed=word[:length]: self.raw.filter(typed)))
        counts, raw_counts = self.counting(screen)
        field.clear()
        QTest.keyClick(field, Qt.Key.Key_Escape)
        self.painted(screen)
        self.counted(screen)
        p95 = Stats(tuple(shop)).p95_ms
        return [Row("2. filter keystroke -> rows painted", self.count, Stats(tuple(shop)),
                    Stats(tuple(raw)), "p95 <= 30 ms", p95 <= 30),
                Row("2. filter keystroke -> exact count shown", self.count, Stats(tuple(counts)),
                    Stats(tuple(raw_counts)), "(info)", None)]  # fmt: skip

    def counted(self, screen) -> None:  # type: ignore[no-untyped-def]
        """Let the exact count made off the UI thread arrive: the sorts and jumps that
        follow are measured on the whole catalog, not on the 10,000 rows shown before."""
        from PySide6.QtCore import QEventLoop

        model = screen.model
        if not model.total_known:  # its count starts once typing pauses
            loop = QEventLoop()
            model.counted.connect(loop.quit)
            loop.exec()
            model.counted.disconnect(loop.quit)
        self.app.processEvents()
        assert model.total_known and model.total == self.count

    def counting(self, screen) -> tuple[list[int], list[int]]:  # type: ignore[no-untyped-def]
        """Each key until the exact count is shown: at once for up to 10,000 matches, from
        a count off the UI thread for more (the first rows are painted before it)."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtTest import QTest

        field = screen.filter_bar.bar.search
        model = screen.model
        shop, raw = [], []
        for word in WORDS:
            field.clear()
            self.app.processEvents()
            for length in range(1, len(word) + 1):
                key = word[length - 1]

                def press(key: str = key) -> None:
                    done: list[int] = []
                    loop = QEventLoop()
                    model.counted.connect(done.append)
                    model.counted.connect(loop.quit)
                    QTest.keyClicks(field, key)
                    self.painted(screen)
                    if not done:
                        loop.exec()
                    model.counted.disconnect(done.append)
                    model.counted.disconnect(loop.quit)

                shop.append(timed(press))
                raw.append(timed(lambda typed=word[:length]: self.raw.count(typed)))
        return shop, raw

    def sorting(self, screen) -> list[Row]:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        from ui.products.model import SORTS

        columns = {
            "sku": "sku", "name": "search_key", "category": "category_id, search_key",
            "price": "price", "cost": "cost",
            "margin": "CASE WHEN price > 0 THEN (price - cost) * 10000 / price END",
            "tax_rate": "tax_rate_id, search_key", "on_hand": "on_hand",
            "reorder_level": "reorder_level", "unit": "unit, search_key",
            "active": "CASE WHEN active THEN 0 ELSE 1 END",
        }  # fmt: skip
        shop, raw, last, raw_last = [], [], [], []
        view = screen.view
        for column, key in SORTS.items():
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):

                def sort(column=column, order=order) -> None:  # type: ignore[no-untyped-def]
                    view.sortByColumn(column, order)
                    self.painted(screen)

                shop.append(timed(sort))
                descending = order == Qt.SortOrder.DescendingOrder
                raw.append(timed(lambda k=key.value, d=descending: self.raw.sort(columns[k], d)))

                def jump() -> None:
                    view.scrollToBottom()
                    self.painted(screen)

                last.append(timed(jump))
                raw_last.append(
                    timed(lambda k=key.value, d=descending: self.raw.sort(columns[k], not d))
                )
                view.scrollToTop()
        pages = self.paging(screen)
        view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        return [
            Row("3. sort by a column -> painted", self.count, Stats(tuple(shop)),
                Stats(tuple(raw)), "<= 150 ms", max(shop) / 1e6 <= 150),
            Row("4. jump to the last row -> painted", self.count, Stats(tuple(last)),
                Stats(tuple(raw_last)), "<= 100 ms", max(last) / 1e6 <= 100),
            Row("4. by category: a page down mid-list", self.count, Stats(tuple(pages)),
                None, "(info)", None),
        ]  # fmt: skip

    def paging(self, screen) -> list[int]:  # type: ignore[no-untyped-def]
        """Sorted by category (A to Z), pages scrolled down from a third and from the middle
        of the catalog: each page is read a category at a time, counting the ones before."""
        from PySide6.QtCore import Qt

        from ui.products.model import Column

        view = screen.view
        view.sortByColumn(Column.CATEGORY, Qt.SortOrder.AscendingOrder)
        self.painted(screen)
        bar = view.verticalScrollBar()
        shop = []
        for fraction in (3, 2):
            bar.setValue(bar.maximum() // fraction)
            self.painted(screen)
            for _ in range(10 * self.rounds):

                def page_down() -> None:
                    bar.setValue(bar.value() + bar.pageStep())
                    self.painted(screen)

                shop.append(timed(page_down))
        view.scrollToTop()
        return shop

    def editing(self, screen) -> list[Row]:  # type: ignore[no-untyped-def]
        from ui.products.model import Column

        model = screen.model
        shop, raw = [], []
        for _ in range(self.rounds * 10):
            row = self.rng.randrange(0, 30)
            price = Decimal(self.rng.randint(100, 9999)) / 100
            index = model.index(row, Column.PRICE)
            shop.append(timed(lambda index=index, price=price: model.setData(index, str(price))))
            pid = self.rng.randint(1, self.count)
            raw.append(timed(lambda pid=pid: self.raw.edit(pid, self.rng.randint(100, 9999) * 10)))
        p95 = Stats(tuple(shop)).p95_ms
        return [Row("5. price edited in place, durable", self.count, Stats(tuple(shop)),
                    Stats(tuple(raw)), "p95 <= 15 ms", p95 <= 15)]  # fmt: skip


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_products",
        description="Benchmark the Products screen beside raw sqlite3 (not a test).",
    )
    parser.add_argument("--quick", action="store_true", help="100,000 products, fewer rounds")
    parser.add_argument("--products", type=int, default=None, help="catalog size")
    parser.add_argument("--rounds", type=int, default=None, help="rounds per measure")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/shoptill-bench"))
    parser.add_argument("--seed", type=int, default=20261124, help="random seed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    count = args.products or (COMPARE_SIZE if args.quick else FULL_SIZE)
    rounds = args.rounds or (3 if args.quick else 6)
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    print(
        f"ShopTill products benchmark: Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs, load average {load_average()}",
        flush=True,
    )
    seed_path = (args.cache_dir / f"products-{count}.db").resolve()
    if seeded(seed_path, count, args.seed, False)[1]:
        # Seeding took a gigabyte of SQLite cache that this process keeps from the system:
        # measure in a fresh one, or the memory figure is the seed's, not the app's.
        print("seeded: measuring in a fresh process", flush=True)
        again = [sys.executable, "-m", "tests.benchmarks.bench_products", *sys.argv[1:]]
        os.execv(sys.executable, again)
    work = seed_path.with_name(seed_path.stem + ".products-run.db")
    remove_db(work)
    copy_flushed(seed_path, work)
    print(f"measuring {count:,} products on {work} ...", flush=True)
    bench = ScreenBench(work, count, rounds, random.Random(args.seed))
    rows = bench.run()
    bench.db.close()
    remove_db(work)
    print()
    print(render(rows))
    print()
    print(f"load average at the end: {load_average()} (other work on the machine adds noise)")
    missed = [r for r in rows if r.passed is False]
    print("targets missed: " + (", ".join(r.measure for r in missed) or "none"))
    print(f"filter words typed: {', '.join(WORDS)} (a barcode: {barcode_for(1)[:10]}...)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
