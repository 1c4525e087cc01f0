"""ShopTill UI benchmark: scanner keystrokes to a painted cart line, startup, and memory.

Run from the repository root::

    python -m tests.benchmarks.bench_ui                   # 1,000,000 and 100,000 products
    python -m tests.benchmarks.bench_ui --quick           # 100,000 products, fewer scans
    python -m tests.benchmarks.bench_ui --products 250000 --profile

Everything goes through the real widgets on Qt's offscreen platform. The catalogs are the
core benchmark's (``tests.benchmarks.bench_core``: same seeding, same cache in
``/tmp/shoptill-bench/``), and every run works on fresh copies of them.

1. Scan to screen: a shown ``MainWindow`` (1366x768); for each random existing barcode,
   ``QTest.keyClicks`` the digits into the scan field and ``QTest.keyClick`` Return, then
   process events until the line is in the cart model and the event loop has painted the
   cart view. The cart is voided every 20 scans, outside the timed region.
2. Startup: new ``python -c`` processes that import ``ui.app``, open the database
   (``choose_database``), build ``MainWindow``, show it and process events until the sales
   screen has painted with the scan field focused. Cold runs first push the database file
   (and, for the second cold run, the Python, Qt and project files too) out of the OS page
   cache with ``posix_fadvise(DONTNEED)``; warm runs follow at once. A second
   ``MainWindow`` built inside the running benchmark process is measured as well.
3. Memory: VmRSS of a new process after opening the database, building the window and
   scanning 200 items.

This is a benchmark, not a test: it never asserts on time, prints a table and exits 0.
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import io
import json
import os
import platform
import pstats
import random
import subprocess
import sys
import sysconfig
import tempfile
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks.bench_core import (
    COMPARE_SIZE,
    FULL_SIZE,
    REPO,
    Stats,
    aligned,
    barcode_for,
    copy_flushed,
    fmt_ms,
    is_active,
    load_average,
    remove_db,
    seeded,
    sqlite_url,
    weighed_ids,
)

TILL = "Till 1"
ORGANIZATION = "ShopTillBench"  # QSettings of the benchmark never touch a real user's
WIDTH, HEIGHT = 1366, 768
VOID_EVERY = 20
MEMORY_SCANS = 200
FRAME_MS = 16.0


@dataclass(frozen=True)
class Plan:
    scans: int
    warmup: int
    warm_starts: int
    in_process: int


FULL_PLAN = Plan(scans=1000, warmup=30, warm_starts=3, in_process=3)
QUICK_PLAN = Plan(scans=300, warmup=20, warm_starts=2, in_process=2)


@dataclass
class Row:
    measure: str
    products: int
    stats: Stats | None
    target: str = ""
    passed: bool | None = None
    note: str = ""
    value: str = ""  # shown as the median when there are no latencies (memory)


def rss_kb() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in kB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found


def random_codes(rng: random.Random, count: int, n: int, weighed: frozenset[int]) -> list[str]:
    """``n`` barcodes of active products sold by the piece (a weighed one asks for its
    weight), never the same product twice in a row (a repeat would add to the last line
    instead of adding a row)."""
    codes: list[str] = []
    last = 0
    while len(codes) < n:
        pid = rng.randint(1, count)
        if is_active(pid) and pid != last and pid not in weighed:
            codes.append(barcode_for(pid))
            last = pid
    return codes


def fresh_copy(seed_path: Path, tag: str) -> Path:
    """A copy of the seeded catalog at a new path, flushed to disk."""
    work = seed_path.with_name(f"{seed_path.stem}.ui-{tag}-{uuid.uuid4().hex[:8]}.db")
    remove_db(work)
    copy_flushed(seed_path, work)
    return work


def evict(paths: Iterable[Path]) -> tuple[int, int]:
    """Drop the files' clean pages from the OS page cache (no root needed).

    Pages that a running process has mapped stay; everything else is read from disk again.
    Returns (files, bytes) advised.
    """
    files = size = 0
    for root in paths:
        candidates = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file())
        for path in candidates:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                files += 1
                size += os.fstat(fd).st_size
            except OSError:
                pass
            finally:
                os.close(fd)
    return files, size


def code_paths() -> list[Path]:
    """What a new ShopTill process reads besides its database: Python, Qt, the project."""
    found = {Path(sysconfig.get_paths()["stdlib"]), Path(sysconfig.get_paths()["purelib"])}
    found |= {REPO / "pos", REPO / "ui", REPO / "receipts", REPO / "resources"}
    found.add(Path(os.path.realpath(sys.executable)))
    return sorted(p for p in found if p.exists())


# --- 2. and 3.: new processes -------------------------------------------------------------

#: Run as ``python -c CHILD spawned_at url till codes_json``; prints one JSON line.
#: ``spawned_at`` is the parent's time.perf_counter() just before it started the process
#: (CLOCK_MONOTONIC, the same clock in every process on Linux).
CHILD = r"""
import json, os, sys, time
t_main = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
spawned, url, till, codes = float(sys.argv[1]), sys.argv[2], sys.argv[3], json.loads(sys.argv[4])

# What `shoptill` does (ui.main.main, then ui.app.run_gui): the cycle collector held, the
# core and the command line imported before Qt, the window shown by show_window.
from ui.startup import collection_held
held = collection_held()  # kept: the window lets the collector go
held.__enter__()
from pos.services.database import demo_database_url
from ui.cli import build_parser
from ui.logs import setup_logging
args = build_parser().parse_args(["--db", url, "--till", till])
setup_logging(args.verbose)
from ui.app import MainWindow, choose_database, show_window
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from ui.sales.cart_view import CartView
t_imports = time.perf_counter()

def rss():
    out = {}
    for line in open("/proc/self/status"):
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.seen = set()
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(obj))
        return False

# The cart's paints are seen through its own paintEvent: asking the view for its viewport
# would make Python wrap a widget Qt created, a one-off cost the app itself never pays.
cart_paints = []
cart_paint = CartView.paintEvent
def counted_paint(view, event):
    cart_paints.append(1)
    cart_paint(view, event)
CartView.paintEvent = counted_paint

app = QApplication(["shoptill"])
app.setOrganizationName("ShopTillBench")
app.setApplicationName("ShopTill")
db = choose_database(args.db)
t_db = time.perf_counter()
window = MainWindow(db, args.till)
t_window = time.perf_counter()
sales = window.sales
watch = Painted()
targets = [sales.scan.field, sales.totals]
for widget in targets:
    widget.installEventFilter(watch)
window.resize(1366, 768)
show_window(window)
limit = time.perf_counter() + 30
while not (
    cart_paints
    and all(id(w) in watch.seen for w in targets)
    and window.focusWidget() is sales.scan.field
):
    app.processEvents()
    if time.perf_counter() > limit:
        raise SystemExit("the sales screen never painted")
t_ready = time.perf_counter()
result = {
    "interpreter": t_main - spawned,
    "imports": t_imports - t_main,
    "database": t_db - t_imports,
    "window": t_window - t_db,
    "shown": t_ready - t_window,
    "ready": t_ready - spawned,
    "rss_ready": rss(),
}
if codes:
    from PySide6.QtTest import QTest
    field, model = sales.scan.field, sales.cart_model
    for code in codes:
        QTest.keyClicks(field, code)
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()
    result["lines"] = model.rowCount()
    result["rss_scanned"] = rss()
    if sales.session.cart.lines:
        sales.session.void("benchmark")
print(json.dumps(result), flush=True)
db.close()
os._exit(0)
"""


def start_child(path: Path, codes: Sequence[str] = ()) -> dict[str, Any]:
    """One new ShopTill process; its own timings plus the parent's wall time."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    spawned = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, repr(spawned), sqlite_url(path), TILL, json.dumps(codes)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - spawned
    if done.returncode != 0:
        raise RuntimeError(f"startup child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    return result


def seconds_stats(values: Iterable[float]) -> Stats:
    return Stats(tuple(round(v * 1e9) for v in values))


def compile_app() -> None:
    """Byte-compile ShopTill, as ``pip install`` does: a start then reads bytecode rather
    than compiling 60 modules (even where PYTHONDONTWRITEBYTECODE is set, as on CI)."""
    for package in ("pos", "ui", "receipts"):
        compileall.compile_dir(REPO / package, quiet=1)


def bench_startup(seed_path: Path, count: int, plan: Plan, rng: random.Random) -> list[Row]:
    compile_app()
    rows: list[Row] = []
    cold: list[tuple[str, dict[str, Any]]] = []
    for label, extra in (
        ("cold (DB file not cached)", []),
        ("cold (DB, Python, Qt, app not cached)", code_paths()),
    ):
        path = fresh_copy(seed_path, "cold")
        try:
            files, size = evict([path, *extra])
            print(f"  {label}: evicted {files:,} files, {size / 1e6:,.0f} MB", flush=True)
            cold.append((label, start_child(path)))
        finally:
            remove_db(path)
    path = fresh_copy(seed_path, "warm")
    try:
        warm = [start_child(path) for _ in range(plan.warm_starts)]
        memory = start_child(path, random_codes(rng, count, MEMORY_SCANS, weighed_ids(path)))
    finally:
        remove_db(path)

    for label, result in cold:
        ready = result["ready"]
        rows.append(
            Row(f"2. start -> ready, {label}", count, seconds_stats([ready]), "< 2 s", ready < 2)
        )
        rows.append(
            Row(
                "2.   ... whole subprocess wall (incl. exit)",
                count,
                seconds_stats([result["wall"]]),
                note=phases(result),
            )
        )
    ready = seconds_stats(r["ready"] for r in warm)
    rows.append(
        Row(
            f"2. start -> ready, warm new process (x{len(warm)})",
            count,
            ready,
            "< 1 s",
            ready.p95_ms < 1000,
        )
    )
    rows.append(
        Row(
            "2.   ... whole subprocess wall (incl. exit)",
            count,
            seconds_stats(r["wall"] for r in warm),
            note=phases(median_phases(warm)),
        )
    )
    after = memory["rss_scanned"]["VmRSS"] / 1024
    rows.append(
        Row(
            f"3. RSS: open + window + {memory['lines']} scanned lines",
            count,
            None,
            "< 300 MB",
            after < 300,
            value=f"{after:.0f} MB",
            note=f"at ready {memory['rss_ready']['VmRSS'] / 1024:.0f} MB, "
            f"peak VmHWM {memory['rss_scanned']['VmHWM'] / 1024:.0f} MB",
        )
    )
    return rows


def median_phases(results: Sequence[dict[str, Any]]) -> dict[str, float]:
    keys = ("interpreter", "imports", "database", "window", "shown")
    return {k: sorted(r[k] for r in results)[len(results) // 2] for k in keys}


def phases(result: dict[str, Any]) -> str:
    return (
        f"python {result['interpreter'] * 1000:.0f} + imports {result['imports'] * 1000:.0f} + "
        f"open DB {result['database'] * 1000:.0f} + MainWindow() {result['window'] * 1000:.0f} + "
        f"show->painted {result['shown'] * 1000:.0f} ms"
    )


# --- 1. and the in-process start: the benchmark's own window ------------------------------


class ScanBench:
    """A shown MainWindow on a fresh copy of one catalog, driven like a scanner."""

    def __init__(self, path: Path, count: int, plan: Plan, rng: random.Random) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from pos.services.database import open_database
        from ui.app import MainWindow

        class Painted(QObject):
            """Counts paint events of the widgets it watches."""

            def __init__(self) -> None:
                super().__init__()
                self.paints: dict[int, int] = {}

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.paints[id(watched)] = self.paints.get(id(watched), 0) + 1
                return False

        self.app = QApplication.instance()
        self.path = path
        self.count = count
        self.weighed = weighed_ids(path)
        self.plan = plan
        self.rng = rng
        self.MainWindow = MainWindow
        self.db = open_database(sqlite_url(path))
        self.watch = Painted()
        self.window = self.new_window()
        self.screen = self.window.sales
        self.scan_ns: list[int] = []
        session = self.screen.session
        real_scan = session.scan

        def timed_scan(code: str) -> Any:
            start = time.perf_counter_ns()
            try:
                return real_scan(code)
            finally:
                self.scan_ns.append(time.perf_counter_ns() - start)

        session.scan = timed_scan  # type: ignore[method-assign]

    def process(self) -> None:
        self.app.processEvents()  # type: ignore[union-attr]

    def painted(self, widget: Any) -> int:
        return self.watch.paints.get(id(widget), 0)

    def new_window(self, db: Any = None) -> Any:
        """Build, show and wait for a painted sales screen with the scan field focused."""
        window = self.MainWindow(db or self.db, TILL)
        sales = window.sales
        targets = [sales.cart_view.viewport(), sales.scan.field, sales.totals]
        for widget in targets:
            widget.installEventFilter(self.watch)
        window.resize(WIDTH, HEIGHT)
        window.show()
        sales.focus_scan()
        limit = time.perf_counter() + 30
        while not (
            all(self.painted(w) for w in targets) and window.focusWidget() is sales.scan.field
        ):
            self.process()
            if time.perf_counter() > limit:
                raise RuntimeError("the sales screen never painted")
        return window

    def void(self) -> None:
        if self.screen.session.cart.lines:
            self.screen.session.void("benchmark")
        self.screen.refresh()
        self.process()

    def scan_once(self, code: str) -> tuple[int, int, int, int, int] | None:
        """(typing, Enter -> model, model -> painted, forced repaint, session.scan) in ns."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        screen = self.screen
        field, model, viewport = screen.scan.field, screen.cart_model, screen.cart_view.viewport()
        rows = model.rowCount()
        paints = self.painted(viewport)
        calls = len(self.scan_ns)
        t0 = time.perf_counter_ns()
        QTest.keyClicks(field, code)
        t_typed = time.perf_counter_ns()
        QTest.keyClick(field, Qt.Key.Key_Return)
        limit = t0 + 2_000_000_000
        while model.rowCount() <= rows:
            self.process()
            if time.perf_counter_ns() > limit:
                return None
        t_model = time.perf_counter_ns()
        while self.painted(viewport) == paints:
            self.process()
            if time.perf_counter_ns() > limit:
                return None
        t_painted = time.perf_counter_ns()
        viewport.repaint()
        t_forced = time.perf_counter_ns()
        scan = self.scan_ns[calls] if len(self.scan_ns) > calls else 0
        return (t_typed - t0, t_model - t_typed, t_painted - t_model, t_forced - t_painted, scan)

    def run_scans(self, codes: Sequence[str]) -> tuple[list[tuple[int, ...]], int]:
        samples: list[tuple[int, ...]] = []
        failed = 0
        for index, code in enumerate(codes):
            if index % VOID_EVERY == 0:
                self.void()
            sample = self.scan_once(code)
            if sample is None:
                failed += 1
                self.void()
            else:
                samples.append(sample)
        self.void()
        return samples, failed

    def bench_scans(self) -> list[Row]:
        plan = self.plan
        self.run_scans(random_codes(self.rng, self.count, plan.warmup, self.weighed))
        samples, failed = self.run_scans(
            random_codes(self.rng, self.count, plan.scans, self.weighed)
        )
        n = len(samples)
        typed = Stats(tuple(s[0] for s in samples))
        to_model = Stats(tuple(s[0] + s[1] for s in samples))
        painted = Stats(tuple(s[0] + s[1] + s[2] for s in samples))
        forced = Stats(tuple(s[0] + s[1] + s[2] + s[3] for s in samples))
        self.scan_p95 = painted.p95_ms
        note = f"{n:,} scans" + (f", {failed} never showed a line" if failed else "")
        return [
            Row(
                "1. keys -> line in cart, painted",
                self.count,
                painted,
                "p95 < 16 ms",
                painted.p95_ms < FRAME_MS,
                note,
            ),
            Row("1.   keys -> line in the cart model", self.count, to_model),
            Row("1.   ... of which typing 13 digits", self.count, typed),
            Row(
                "1.   ... of which CartSession.scan",
                self.count,
                Stats(tuple(s[4] for s in samples)),
            ),
            Row(
                "1.   model -> painted by the event loop",
                self.count,
                Stats(tuple(s[2] for s in samples)),
            ),
            Row(
                "1.   forced cart viewport repaint()",
                self.count,
                Stats(tuple(s[3] for s in samples)),
            ),
            Row("1. keys -> painted + forced repaint", self.count, forced, note="conservative"),
        ]

    def profile(self, scans: int) -> str:
        """cProfile around the scan loop: the functions that take the time."""
        codes = random_codes(self.rng, self.count, scans, self.weighed)
        profiler = cProfile.Profile()
        profiler.enable()
        self.run_scans(codes)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs()
        out.write(f"--- cProfile, {scans} scans at {self.count:,} products, by own time ---\n")
        stats.sort_stats("tottime").print_stats(15)
        out.write("--- by cumulative time ---\n")
        stats.sort_stats("cumulative").print_stats(25)
        return "\n".join(line for line in out.getvalue().splitlines() if line.strip())

    def bench_in_process(self) -> list[Row]:
        """A second (and third ...) MainWindow in this already-running process."""
        from PySide6.QtCore import QCoreApplication, QEvent

        from ui.app import choose_database

        self.void()
        built: list[float] = []
        opened: list[float] = []
        for _ in range(self.plan.in_process):
            for bucket, with_open in ((built, False), (opened, True)):
                start = time.perf_counter()
                db = choose_database(sqlite_url(self.path)) if with_open else None
                window = self.new_window(db)
                bucket.append(time.perf_counter() - start)
                window.hide()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                self.process()
                if db is not None:
                    db.close()
        self.screen.focus_scan()
        return [
            Row(
                f"2. warm, 2nd MainWindow in process (x{len(built)})",
                self.count,
                seconds_stats(built),
                "< 1 s",
                max(built) < 1,
                "MainWindow() + show -> painted",
            ),
            Row(
                "2.   ... + opening the database",
                self.count,
                seconds_stats(opened),
                "< 1 s",
                max(opened) < 1,
                "choose_database + the above",
            ),
        ]

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.hide()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.process()
        self.db.close()


# --- the table and main --------------------------------------------------------------------


def fmt_value(stats: Stats | None, p95: bool) -> str:
    if stats is None:
        return ""
    value = stats.p95_ms if p95 else stats.median_ms
    if len(stats.samples) == 1 and p95:
        return "-"
    return f"{value / 1000:.2f} s" if value >= 1000 else fmt_ms(value)


def render(rows: Sequence[Row]) -> str:
    header = ("measure", "products", "median", "p95", "target", "pass/fail", "notes")
    table = [header]
    for row in rows:
        verdict = {None: "info", True: "pass", False: "FAIL"}[row.passed]
        table.append(
            (
                row.measure,
                f"{row.products:,}",
                fmt_value(row.stats, False) or row.value,
                fmt_value(row.stats, True),
                row.target,
                verdict,
                row.note,
            )
        )
    return aligned(table, left={0, 4, 5, 6})


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_ui",
        description="Benchmark ShopTill's sales screen (not a test: always exits 0).",
    )
    parser.add_argument(
        "--products",
        type=int,
        default=None,
        help=f"catalog size (default {FULL_SIZE:,}; {COMPARE_SIZE:,} with --quick); "
        f"a {COMPARE_SIZE:,}-product catalog is measured too unless --quick",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "shoptill-bench",
        help="where seeded databases are kept between runs (default %(default)s)",
    )
    parser.add_argument("--quick", action="store_true", help="one catalog size, fewer scans")
    parser.add_argument("--seed", type=int, default=20261124, help="random seed")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print a cProfile of the scan loop (done anyway when the scan p95 misses)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    plan = QUICK_PLAN if args.quick else FULL_PLAN
    size = args.products or (COMPARE_SIZE if args.quick else FULL_SIZE)
    sizes = [size] if args.quick or size == COMPARE_SIZE else sorted({COMPARE_SIZE, size})
    sizes.reverse()  # the big catalog first, on the quietest page cache

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication(["shoptill-bench"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("ShopTill")
    started = time.perf_counter()
    print(
        f"ShopTill UI benchmark: Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"QPA offscreen, {os.cpu_count()} CPUs, {platform.platform()}, "
        f"load average {load_average()}",
        flush=True,
    )
    cache: Path = args.cache_dir
    cache.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    profiles: list[str] = []
    for count in sizes:
        seed_path = (cache / f"products-{count}.db").resolve()
        seeded(seed_path, count, args.seed, False)
        rng = random.Random(args.seed + count)
        work = fresh_copy(seed_path, "scan")
        print(f"measuring {count:,} products on {work} ...", flush=True)
        try:
            bench = ScanBench(work, count, plan, rng)
            try:
                rows += bench.bench_scans()
                print(f"  scans done at {time.perf_counter() - started:.0f} s", flush=True)
                if args.profile or bench.scan_p95 >= FRAME_MS:
                    profiles.append(bench.profile(min(300, plan.scans)))
                rows += bench.bench_in_process()
            finally:
                bench.close()
        finally:
            remove_db(work)
        rows += bench_startup(seed_path, count, plan, rng)
        print(f"  startup done at {time.perf_counter() - started:.0f} s", flush=True)

    rows.sort(key=lambda r: (r.measure[:1], -r.products))
    print()
    print(render(rows))
    print()
    for text in profiles:
        print(text)
        print()
    missed = [r for r in rows if r.passed is False]
    print(
        "targets missed: " + (", ".join(f"{r.measure} @ {r.products:,}" for r in missed) or "none")
    )
    print(f"load average at the end: {load_average()}; total {time.perf_counter() - started:.0f} s")
    print(
        "notes: wall clock (perf_counter); 'keys -> line in cart, painted' runs from the first "
        "keystroke until processEvents() has delivered a paint to the cart view after the row "
        "appeared; 'start -> ready' runs from just before the process is spawned until the "
        "sales screen has painted with the scan field focused; cold = page cache dropped for "
        "the named files with posix_fadvise(DONTNEED), not a reboot."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
