"""Benchmark: shelf labels to a PDF file, from the database to the saved file. Not a test.

Run:  python -m tests.benchmarks.bench_labels [--rounds N] [--labels 1000 5000]
Target: 1,000 labels in at most 5 s (median). Every label is a different product (the
worst case: nothing is drawn once and placed again), with a shop's mix of codes: EAN-13,
EAN-8, UPC-A, in-store codes and bare SKUs, some weighed items, accented names.
Also shown: reading the label data alone, and 1,000 labels as 50 products x 20 copies.
"""

from __future__ import annotations

import argparse
import decimal
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from pos.db.engine import Database, open_database
from pos.db.tables import barcodes, products
from pos.domain.barcodes import with_check_digit
from pos.domain.tax import TaxMode
from pos.services.catalog.labels import Copies, CopiesMode, label_batches
from pos.services.catalog.products import list_tax_rates
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.lookup import fold
from pos.services.shop import ShopSetup, create_shop
from receipts.label_sheets import LAYOUTS
from receipts.labels import save_labels

decimal.getcontext().traps[decimal.FloatOperation] = True
TARGET_S = {1000: 5.0}
WORDS = [
    "Bio",
    "Vollkornbrot",
    "Crème",
    "brûlée",
    "Äpfel",
    "Braeburn",
    "Łódź",
    "Grüße",
    "Käse",
    "Hähnchenbrust",
    "Müsli",
    "Schokolade",
    "Zartbitter",
    "Sonnenblumenkerne",
    "Olivenöl",
    "extra",
    "vergine",
    "Jus",
    "d'orange",
    "pressée",
    "Ψωμί",
    "Хлеб",
    "бородинский",
    "Kaffee",
    "Espresso",
    "Tomaten",
    "passiert",
    "Familienpackung",
]


def seed(db: Database, count: int, rng: random.Random) -> None:
    """``count`` products in one transaction, with every kind of code a label prints."""
    create_shop(
        db,
        ShopSetup(
            name="Bench",
            currency="EUR",
            locale="de_DE",
            tax_mode=TaxMode.INCLUSIVE,
            tax_rates=[("Standard", Decimal(19))],
            owner_name="Alex",
        ),
    )
    rate = list_tax_rates(db)[0].id
    rows, codes = [], []
    for i in range(1, count + 1):
        name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))[:120]
        weighed = i % 10 == 7
        rows.append(
            {
                "id": i,
                "sku": f"SKU-{i:06d}",
                "name": name,
                "search_key": fold(name)[:120],
                "unit": "kg" if weighed else "each",
                "price": Decimal(rng.randint(19, 99_999)).scaleb(-2),
                "tax_rate_id": rate,
                "on_hand": Decimal(rng.randint(0, 30)),
            }
        )
        kind = i % 10
        if weighed:
            codes.append({"code": f"21{i:05d}", "product_id": i})
        elif kind < 6:
            codes.append({"code": with_check_digit(f"40{i:010d}"), "product_id": i})
        elif kind == 6:
            codes.append({"code": with_check_digit(f"9{i:06d}"), "product_id": i})
        elif kind == 8:
            codes.append({"code": "0" + with_check_digit(f"03{i:09d}"), "product_id": i})
        # kind 9: no barcode; the SKU is printed as Code 128
    with db.write() as uow:
        uow.connection.execute(insert(products), rows)
        uow.connection.execute(insert(barcodes), codes)
        uow.commit()


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--labels", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()
    rng = random.Random(12)
    layout = LAYOUTS["a4-3x7"]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/labels.db")
        seed(db, max(args.labels), rng)
        out = Path(folder) / "labels.pdf"
        cases: list[tuple[str, int, Callable[[], object]]] = []
        for count in args.labels:
            first = ProductSelection(ids=tuple(range(1, count + 1)))
            cases.append(
                (
                    f"{count:,} labels to PDF",
                    count,
                    lambda s=first: save_labels(db, s, Copies(), layout, out),
                )
            )
            cases.append(
                (
                    f"  label data alone ({count:,})",
                    count,
                    lambda s=first: [b for b in label_batches(db, s, Copies())],
                )
            )
        fifty = ProductSelection(ProductFilter(), ids=tuple(range(1, 51)))
        twenty = Copies(CopiesMode.FIXED, 20)
        cases.append(
            ("1,000 as 50 x 20 copies", 1000, lambda: save_labels(db, fifty, twenty, layout, out))
        )
        save_labels(db, fifty, Copies(), layout, out)  # warm up: fonts, Babel, imports
        print(f"shelf labels on {layout.describe()}, median of {args.rounds} runs")
        print(f"load average at start: {os.getloadavg()[0]:.2f}")
        header = f"{'case':<30}{'median s':>10}{'min s':>8}{'max s':>8}{'PDF KiB':>9}"
        print(f"{header}{'target':>8}  result")
        for name, count, fn in cases:
            samples = timed(fn, args.rounds)
            median = statistics.median(samples)
            target = TARGET_S.get(count) if "PDF" in name and "copies" not in name else None
            verdict = "" if target is None else ("ok" if median <= target else "SLOW")
            size = f"{out.stat().st_size / 1024:.0f}" if "PDF" in name or "copies" in name else "-"
            shown = f"<= {target:.0f}" if target else "-"
            print(
                f"{name:<30}{median:>10.2f}{min(samples):>8.2f}{max(samples):>8.2f}"
                f"{size:>9}{shown:>8}  {verdict}"
            )
        print(f"load average at end: {os.getloadavg()[0]:.2f}")
        db.close()


if __name__ == "__main__":
    main()
