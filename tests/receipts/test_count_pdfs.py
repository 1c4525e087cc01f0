"""The count sheet and the variance report: PDF, CSV, and their commands."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.counts_post import post_count
from pos.services.stock.counts_scan import Entry, count_product
from pos.services.stock.counts_start import CountScope, start_count
from pos.services.stock.movements import receive_stock
from receipts.count_sheet_pdf import save_count_sheet
from receipts.count_variance_pdf import export_count_file

ROOT = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def shoptill(db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    """``shoptill --db URL ARGS`` in a new process that fails if it imports Qt."""
    code = (
        "import sys; from ui.main import main; code = main(sys.argv[1:]); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "--db", db.url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def posted(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> str:
    """Count C000001: milk 10 expected, 7 counted; wine 2 expected, 3 counted."""
    receive_stock(db, milk.id, Decimal(10), actor=actor)
    receive_stock(db, wine.id, Decimal(2), actor=actor)
    count = start_count(db, actor, "Friday", CountScope.ALL)
    count_product(db, actor, count.id, milk.id, Decimal(7), Entry.SET)
    count_product(db, actor, count.id, wine.id, Decimal(3), Entry.SET)
    return post_count(db, actor, count.id).number


def test_count_sheet_in_shelf_order_with_scannable_bars(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    tmp_path: Path,
) -> None:
    receive_stock(db, milk.id, Decimal(12), actor=actor)
    target, listed = save_count_sheet(db, tmp_path / "sheet.pdf", shop)
    assert listed == 3
    text = pdf_text(target)
    # Dairy first, then the products without a category by name.
    assert text.index("Dairy") < text.index("Fresh Milk 1 L") < text.index("No category")
    assert text.index("No category") < text.index("Äpfel") < text.index("Crème de cassis 70 cl\n")
    assert "Expected" in text and "12" in text
    blind, _ = save_count_sheet(db, tmp_path / "blind.pdf", shop, blind=True)
    assert "Expected" not in pdf_text(blind)
    zbar, pdftoppm = shutil.which("zbarimg"), shutil.which("pdftoppm")
    if zbar is None or pdftoppm is None:
        pytest.fail("zbarimg and pdftoppm are needed: apt-get install zbar-tools poppler-utils")
    subprocess.run([pdftoppm, "-png", "-r", "300", str(target), str(tmp_path / "page")], check=True)
    found = subprocess.run(
        [zbar, "--quiet", "--raw", *map(str, sorted(tmp_path.glob("page*.png")))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert {"4006381333931", "96385074", "2100001"} <= set(found)


def test_variance_report_pdf_and_csv(
    db: Database, shop: ShopSettings, posted: str, tmp_path: Path
) -> None:
    from pos.services.stock.counts_export import count_by_number

    count = count_by_number(db, posted)
    assert export_count_file(db, count.id, tmp_path / "c.pdf", shop) == 2
    text = pdf_text(tmp_path / "c.pdf")
    assert "Stock count C000001" in text
    assert text.index("Fresh Milk 1 L") < text.index("Crème de cassis")  # losses first
    assert "-3" in text and "+1" in text
    assert export_count_file(db, count.id, tmp_path / "c.csv", shop) == 2
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as saved:
        rows = list(csv.reader(saved))
    assert rows[0][:7] == ["SKU", "Product", "Category", "Unit", "Expected", "Counted", "Variance"]
    assert [row[0] for row in rows[1:]] == ["MILK", "WINE"]
    assert rows[1][4:7] == ["10", "7", "-3"]


def test_count_commands(db: Database, posted: str, tmp_path: Path) -> None:
    sheet = shoptill(db, "count-sheet", str(tmp_path / "s.pdf"), "--category", "dairy", "--blind")
    assert sheet.returncode == 0, sheet.stderr
    assert "Count sheet of 1 product saved" in sheet.stdout
    assert "Expected" not in pdf_text(tmp_path / "s.pdf")
    exported = shoptill(db, "export-count", "c1", str(tmp_path / "c.csv"))
    assert exported.returncode == 0, exported.stderr
    assert "Count C000001 (2 lines) saved" in exported.stdout
    assert shoptill(db, "export-count", "C000001", str(tmp_path / "c.pdf")).returncode == 0
    wrong = shoptill(db, "export-count", "C000009", str(tmp_path / "x.csv"))
    assert (wrong.returncode, wrong.stderr.strip()) == (
        1,
        "shoptill: There is no posted count C000009.",
    )
    assert "a .pdf or a .csv" in shoptill(db, "export-count", "1", "x.txt").stderr
    assert (
        "no category called 'Toys'"
        in shoptill(db, "count-sheet", "s.pdf", "--category", "Toys").stderr
    )
