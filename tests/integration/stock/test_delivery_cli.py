"""``shoptill export-delivery NUMBER FILE``: the real entry point in a subprocess that fails
if Qt is imported, as a shopkeeper (or a script) runs it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.delivery_posting import post_delivery
from pos.services.stock.supplier_returns import create_return
from tests.integration.stock.delivery_helpers import receive

ROOT = Path(__file__).resolve().parents[3]


def shoptill(db: Database, *args: str) -> subprocess.CompletedProcess[str]:
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


def test_export_a_delivery_and_a_return(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    tmp_path: Path,
) -> None:
    delivery = receive(db, actor, [(milk.id, "12", "0.70"), (wine.id, "6", "6.00")])
    post_delivery(db, create_return(db, delivery.id, actor=actor).id, actor=actor)

    note = tmp_path / "note.pdf"
    result = shoptill(db, "export-delivery", "D000001", str(note))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Delivery D000001 (2 lines) saved to {note}"
    text = PdfReader(io.BytesIO(note.read_bytes())).pages[0].extract_text()
    assert "Delivery D000001" in text and "€44.40" in text  # 8.40 + 36.00

    lines = tmp_path / "back.csv"
    result = shoptill(db, "export-delivery", "dr1", str(lines))
    assert result.returncode == 0, result.stderr
    assert "Return to supplier DR000001" in result.stdout
    assert lines.read_text(encoding="utf-8-sig").count("DR000001") == 2


def test_plain_messages_for_bad_numbers_and_files(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, tmp_path: Path
) -> None:
    receive(db, actor, [(milk.id, "1", "0.70")])
    for args, message in (
        (("D000009", "x.pdf"), "There is no delivery D000009."),
        (("S000001", "x.pdf"), "'S000001' is not a delivery number"),
        (("D000001", str(tmp_path / "x.txt")), "as a .pdf or .csv file, not 'x.txt'"),
    ):
        result = shoptill(db, "export-delivery", *args)
        assert result.returncode == 1
        assert message in result.stderr
