"""Stock value on paper and in files: the CSV, the PDF, and ``shoptill stock-value``."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.movements import Move, MovementKind, apply_moves
from pos.services.stock.value import StockValue, stock_value
from pos.services.stock.value_export import value_csv
from receipts.pdf_report import report_pdf
from receipts.stock_value_pdf import value_report

ROOT = Path(__file__).resolve().parents[2]


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
def stocked(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> StockValue:
    """Milk (Dairy) 10 at 0.55 and wine (no category) 3 at 1,250.00, on 1 June 2025."""
    with db.write() as uow:
        apply_moves(
            uow,
            [Move(milk.id, Decimal(10), Decimal("0.55")), Move(wine.id, Decimal(3), Decimal(1250))],
            MovementKind.RECEIPT,
            user_id=actor.user_id,
            till=actor.till,
            at=datetime(2025, 6, 1, 9, tzinfo=UTC),
        )
        uow.commit()
    return stock_value(db, date(2025, 6, 30), actor=actor)


def test_the_csv_has_a_row_per_category_and_the_total(stocked: StockValue) -> None:
    assert value_csv(stocked).splitlines() == [
        "Stock value at the end of 2025-06-30,EUR",
        "Category,Products in stock,Quantity,Value,Below zero",
        "Dairy,1,10,5.50,0",
        "No category,1,3,3750.00,0",
        "Total,2,13,3755.50,0",
    ]


def test_the_pdf_shows_each_category_the_total_and_how_it_was_made(
    stocked: StockValue,
) -> None:
    pdf = report_pdf(value_report(stocked, "en_IE"), shop_name="Test Shop")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Stock value at 30 June 2025" in text
    for expected in ("Dairy", "€5.50", "No category", "€3,750.00", "Total", "€3,755.50"):
        assert expected in text
    assert "last movement" in text


def test_the_command_prints_the_table_and_saves_csv_and_pdf(
    db: Database, stocked: StockValue, tmp_path: Path
) -> None:
    shown = shoptill(db, "stock-value", "--date", "2025-06-30")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Stock value at the end of 2025-06-30 (EUR)"
    assert lines[2].split() == ["Dairy", "1", "10", "€5.50"]
    assert lines[-1].split() == ["Total", "2", "13", "€3,755.50"]
    saved = shoptill(db, "stock-value", "--date", "2025-06-30", "--out", str(tmp_path / "v.csv"))
    assert saved.returncode == 0, saved.stderr
    assert (tmp_path / "v.csv").read_text(encoding="utf-8-sig") == value_csv(stocked)
    saved = shoptill(db, "stock-value", "--date", "2025-06-30", "--out", str(tmp_path / "v.pdf"))
    assert saved.returncode == 0, saved.stderr
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "31/12/2025"), "'31/12/2025' is not a date. Write it as year-month-day"),
        (("--date", "2999-01-01"), "pick today or a day before"),
        (("--out", "value.xlsx"), "as a .csv or a .pdf file"),
    ],
)
def test_bad_input_gets_a_plain_message_and_fails(
    db: Database, shop: ShopSettings, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    done = shoptill(db, "stock-value", *args)
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr
