"""Benchmark: hashing a PIN and checking one, as sign-in and approval do. Not a test.

Run:  python -m tests.benchmarks.bench_pins [--rounds 20]
Target: a check takes 50-300 ms (median and p95): slow enough that each guess costs real
time, fast enough for a queue. Also shown: a sign-in through the service (the check plus
its two small transactions, on a SQLite file), and the cost of refusing a PIN already
taken by one of 5 other staff (5 checks), which setting a PIN pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from pos.db.engine import open_database
from pos.domain.tax import TaxMode
from pos.services.dto import Actor
from pos.services.shop import ShopSetup, create_shop, owner
from pos.services.staff.pins import (
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    check_new_pin,
    hash_pin,
    pin_matches,
)
from pos.services.staff.sign_in import sign_in
from pos.services.staff.users import add_user

TARGET_MS = (50.0, 300.0)


def timed(fn: Callable[[], object], rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call: the CPU time is what an idle machine
    would take, the clock what this one took beside other work."""
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    stored = hash_pin("4827")
    rows: list[tuple[str, tuple[list[float], list[float]], bool]] = []
    rows.append(("hash a new PIN", timed(lambda: hash_pin("4827"), rounds), True))
    rows.append(("check a PIN (right)", timed(lambda: pin_matches("4827", stored), rounds), True))
    rows.append(("check a PIN (wrong)", timed(lambda: pin_matches("4828", stored), rounds), True))
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        create_shop(db, ShopSetup("Bench", "EUR", "en_IE", TaxMode.INCLUSIVE, [("S", Decimal(20))]))
        actor = Actor(owner(db).id, "Till 1")
        others = []
        for i, pin in enumerate(["5091", "3816", "6042", "7305", "9158"]):
            add_user(db, f"Staff {i}", "cashier", actor=actor, pin=pin)
            others.append(hash_pin(pin))
        user = add_user(db, "Bench", "cashier", actor=actor, pin="2749").id
        rows.append(
            (
                "sign_in() through the service",
                timed(lambda: sign_in(db, user, "2749", "T1"), rounds),
                False,
            )
        )
        rows.append(
            (
                "new PIN vs 5 others' hashes",
                timed(lambda: check_new_pin("8264", others), max(rounds // 4, 3)),
                False,
            )
        )
        db.close()
    mib = 128 * SCRYPT_N * SCRYPT_R * SCRYPT_P // 2**20
    print(f"scrypt N={SCRYPT_N} r={SCRYPT_R} p={SCRYPT_P} ({mib} MiB), {rounds} rounds")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    header = f"{'measure':<32} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>7} {'target':>12}"
    print(f"{header} {'result':>7}")
    low, high = TARGET_MS
    for name, (times, cpu), targeted in rows:
        median, top, cpu_median = statistics.median(times), p95(times), statistics.median(cpu)
        target = f"{low:.0f}-{high:.0f} ms" if targeted else "-"
        result = ("pass" if low <= median and top <= high else "FAIL") if targeted else ""
        print(f"{name:<32} {median:>10.1f} {top:>8.1f} {cpu_median:>7.1f} {target:>12} {result:>7}")


if __name__ == "__main__":
    main()
