"""The till starts and sells on SQLAlchemy Core: the ORM is loaded only by the back office."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pos.services.dto import ProductDTO
from pos.services.settings import ShopSettings

ROOT = Path(__file__).resolve().parents[2]

#: A fresh process opens the window, searches, scans by keys, parks and resumes, picks a
#: favourite, takes cash, reads the receipt back, and then lists the ORM modules it loaded.
PROBE = """
import sys
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from pos.domain.payments import PaymentMethod, Tender
from pos.services.database import open_database
from pos.services.selling.records import last_sale
from ui.app import MainWindow, show_window

app = QApplication([])
db = open_database(sys.argv[1])
window = MainWindow(db, "Till 9")
show_window(window)
app.processEvents()
(scan,) = [w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Scan or search"]
QTest.keyClicks(scan, "fresh")
window.sales.scan.search_now()  # what the pause in typing does
assert window.sales.scan.model.rowCount() == 1
window.sales.scan.clear()
QTest.keyClicks(scan, sys.argv[2])
QTest.keyClick(scan, Qt.Key.Key_Return)
window.sales.add_product(int(sys.argv[3]))
parked = window.session.park("back soon")
window.session.resume(parked.id)
total = window.session.totals().total
window.session.pay([Tender(PaymentMethod.CASH, total + Decimal(5))])
sale = last_sale(db, "Till 9")
assert sale is not None and len(sale.lines) == 2, sale
print(sorted(m for m in sys.modules if m.startswith("sqlalchemy.orm") or m == "pos.db.models"))
"""


def test_starting_and_selling_never_load_the_orm(
    db_url: str, shop: ShopSettings, milk: ProductDTO, wine: ProductDTO
) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, db_url, milk.barcodes[0], str(wine.id)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_products_screen_loads_without_the_orm() -> None:
    """The till preloads the Products screen's code after it is shown; that must not bring
    in the ORM (180 ms) or the printing libraries."""
    probe = (
        "import sys, ui.products.screen, ui.app; ui.app.preload_products_screen(); "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy.orm', "
        "'pos.db.models', 'reportlab', 'escpos'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
