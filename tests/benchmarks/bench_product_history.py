"""A product's history at 100,000 stock movements: keyset pages beside raw sqlite3, and the
product dialog opened on that product (its History tab's first page included).

Run from the repository root: ``python -m tests.benchmarks.bench_product_history``. It seeds
a fresh database in a temporary folder (about 10 s), prints a table and never asserts.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from pos.db.engine import open_database
from pos.db.tables import stock_movements
from pos.domain.tax import TaxMode
from pos.services.catalog.history import movements_page
from pos.services.catalog.internal_codes import generate_internal_barcode
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor
from pos.services.shop import ShopSetup, create_shop, owner

RAW_PAGE = (
    "SELECT m.id, m.created_at, m.kind, m.quantity, m.on_hand_after, m.reason, m.till, u.name "
    "FROM stock_movements m LEFT JOIN users u ON u.id = m.user_id "
    "WHERE m.product_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT 200"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--movements", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="shoptill-history-")
    path = os.path.join(folder, "shop.db")
    db = open_database(f"sqlite:///{path}")
    create_shop(
        db, ShopSetup("Bench", "EUR", "en_IE", TaxMode.INCLUSIVE, [("Std", Decimal(20))], "Alex")
    )
    actor = Actor(owner(db).id, "Till 1")
    rate = list_tax_rates(db)[0].id
    product = create_product(
        db, ProductInput("BUSY", "Busy item", Decimal("1.00"), rate), actor=actor
    )
    start = time.perf_counter()
    moment, balance, rows = datetime(2026, 1, 1, tzinfo=UTC), Decimal(0), []
    for n in range(args.movements):
        change = Decimal(5) if n % 3 == 0 else Decimal(-2)
        balance += change
        rows.append(
            {
                "product_id": product.id,
                "quantity": change,
                "on_hand_after": balance,
                "kind": "receipt" if change > 0 else "sale",
                "reason": "",
                "till": "Till 1",
                "user_id": actor.user_id,
                "created_at": moment + timedelta(seconds=n),
            }
        )
    with db.write() as uow:
        uow.connection.execute(insert(stock_movements), rows)
        uow.commit()
    print(f"seeded {args.movements:,} movements in {time.perf_counter() - start:.1f} s")

    last_id = movements_page(db, product.id, limit=1)[0].id
    middle, oldest = last_id - args.movements // 2, last_id - args.movements + 250
    raw = sqlite3.connect(path)
    cases: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
        (
            "first page (200)",
            lambda: movements_page(db, product.id),
            lambda: raw.execute(RAW_PAGE, (product.id, last_id + 1)).fetchall(),
        ),
        (
            "page in the middle",
            lambda: movements_page(db, product.id, before_id=middle),
            lambda: raw.execute(RAW_PAGE, (product.id, middle)).fetchall(),
        ),
        (
            "oldest page",
            lambda: movements_page(db, product.id, before_id=oldest),
            lambda: raw.execute(RAW_PAGE, (product.id, oldest)).fetchall(),
        ),
        ("internal barcode", lambda: generate_internal_barcode(db), None),
    ]
    print(f"{'case':<22}{'median ms':>11}{'p95 ms':>9}{'raw median':>12}{'ratio':>7}")
    for name, ours, baseline in cases:
        mine = timed(ours, args.rounds)
        base = timed(baseline, args.rounds) if baseline else None
        raw_median = statistics.median(base) if base else None
        ratio = f"{statistics.median(mine) / raw_median:.1f}x" if raw_median else "-"
        shown = f"{raw_median:.2f}" if raw_median is not None else "-"
        print(f"{name:<22}{statistics.median(mine):>11.2f}{p95(mine):>9.2f}{shown:>12}{ratio:>7}")
    _dialog(db, actor, product.id, args.rounds // 10 or 1)


def _dialog(db: object, actor: Actor, product_id: int, rounds: int) -> None:
    """Time the dialog from construction to its History tab's first rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pos.services.settings import get_settings
    from ui.products.product_dialog import ProductDialog

    app = QApplication.instance() or QApplication([])
    settings = get_settings(db)  # type: ignore[arg-type]

    def open_dialog() -> None:
        dialog = ProductDialog(db, actor, settings, product_id)  # type: ignore[arg-type]
        assert dialog.history is not None
        dialog.tabs.setCurrentWidget(dialog.history)
        dialog.show()
        while dialog.history.movements.rowCount() == 0:  # the view asks on a zero timer
            app.processEvents()
        dialog.close()
        dialog.deleteLater()

    samples = timed(open_dialog, rounds)
    print(
        f"{'dialog + history rows':<22}{statistics.median(samples):>11.2f}"
        f"{p95(samples):>9.2f}{'-':>12}{'-':>7}"
    )


if __name__ == "__main__":
    main()
