"""Benchmark: ESC/POS bytes and the PDF invoice for a 30-line sale. Not a test.

Run:  python -m tests.benchmarks.bench_receipts [--rounds N]
Targets: ESC/POS under 10 ms, PDF invoice under 150 ms (median and p95 both shown).
"""

from __future__ import annotations

import argparse
import decimal
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from pos.db.engine import open_database
from pos.domain.payments import PaymentMethod, Tender
from pos.domain.tax import TaxMode
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor
from pos.services.selling.cart import CartSession
from pos.services.selling.invoices import Buyer, issue_invoice
from pos.services.settings import update_settings
from pos.services.shop import ShopSetup, create_shop, owner
from receipts.escpos_render import render_receipt
from receipts.layout import build_receipt
from receipts.pdf import invoice_pdf_for, receipt_pdf_for
from receipts.settings import printer_settings
from receipts.text import clear_caches

decimal.getcontext().traps[decimal.FloatOperation] = True
LINES = 30
TARGETS_MS = {"ESC/POS receipt bytes": 10.0, "ESC/POS, cold caches": 10.0, "PDF invoice": 150.0}


def build_sale(folder: Path):  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{folder}/bench.db")
    create_shop(
        db,
        ShopSetup(
            name="Café Crème",
            currency="EUR",
            locale="de_DE",
            tax_mode=TaxMode.INCLUSIVE,
            tax_rates=[("Standard", Decimal(19)), ("Reduced", Decimal(7))],
            owner_name="Alex",
        ),
    )
    actor = Actor(owner(db).id, "Till 1")
    shop = update_settings(
        db, actor=actor, address="Grüner Weg 12\n10115 Berlin", tax_id="DE123456789"
    )
    rates = [r.id for r in list_tax_rates(db)]
    products = [
        create_product(
            db,
            ProductInput(
                sku=f"P{i:03d}",
                name=f"Crème brûlée Nr. {i} mit Grüße aus Łódź, extra lange Bezeichnung",
                price=Decimal(i) + Decimal("0.99"),
                tax_rate_id=rates[i % 2],
            ),
            actor=actor,
        )
        for i in range(LINES)
    ]
    till = CartSession(db, "Till 1", owner(db), shop)
    for product in products:
        till.add_product(product.id, Decimal(1 + product.id % 3))
    sale = till.pay([Tender(PaymentMethod.CASH, till.totals().total + Decimal(50))])
    invoice = issue_invoice(
        db, sale.number, Buyer("Grüße GmbH", "Hauptstr. 1\nBerlin", "DE1"), actor=actor
    )
    return db, shop, sale, invoice


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    fn()  # warm up: font registration, profile loading
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    # "Łódź" is not in CP858: one warning per receipt would drown the table.
    logging.getLogger("receipts.code_pages").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        db, shop, sale, invoice = build_sale(Path(folder))
        settings = printer_settings(shop.printer)

        def escpos() -> bytes:
            receipt = build_receipt(sale, shop, width=settings.width)
            return render_receipt(receipt, settings, open_drawer=True)

        def escpos_cold() -> bytes:
            clear_caches()
            return escpos()

        cases = {
            "ESC/POS receipt bytes": escpos,
            "ESC/POS, cold caches": escpos_cold,
            "PDF invoice": lambda: invoice_pdf_for(invoice, shop),
            "PDF receipt (80 mm)": lambda: receipt_pdf_for(sale, shop),
        }
        print(f"{LINES}-line sale, {args.rounds} rounds each")
        print(f"{'case':<24}{'median ms':>11}{'p95 ms':>10}{'target ms':>11}  result")
        for name, fn in cases.items():
            samples = timed(fn, args.rounds)
            median, high = statistics.median(samples), p95(samples)
            target = TARGETS_MS.get(name)
            verdict = "" if target is None else ("ok" if high < target else "SLOW")
            shown = f"{target:.0f}" if target else "-"
            print(f"{name:<24}{median:>11.2f}{high:>10.2f}{shown:>11}  {verdict}")
        db.close()


if __name__ == "__main__":
    main()
