"""``shoptill labels``: the real entry point in a subprocess, as a shopkeeper runs it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import ProductDTO
from receipts.label_sheets import LAYOUTS, parse_custom
from tests.receipts.label_scan import scan_labels
from ui.cli import build_parser, run

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
def shelf(milk: ProductDTO, wine: ProductDTO, apples: ProductDTO) -> list[ProductDTO]:
    return [milk, wine, apples]


def test_labels_for_a_category_from_label_n_of_a_used_sheet(
    db: Database, shelf: list[ProductDTO], tmp_path: Path
) -> None:
    target = tmp_path / "dairy.pdf"
    result = shoptill(
        db, "labels", str(target), "--layout", "a4-5x13", "--copies", "3", "--start", "64",
        "--category", "Dairy",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"3 labels on 2 sheets (A4, 5 x 13 labels of 38.1 x 21.2 mm) saved to {target}"
    )
    first, second = scan_labels(target.read_bytes(), LAYOUTS["a4-5x13"], tmp_path)
    milk = ["EAN-13:4006381333931"]
    assert first == [[]] * 63 + [milk, milk]
    assert second == [milk] + [[]] * 64


def test_labels_by_sku_on_a_custom_sheet(
    db: Database, shelf: list[ProductDTO], tmp_path: Path
) -> None:
    target = tmp_path / "custom.pdf"
    custom = "45x28,paper=letter,gap=3"
    result = shoptill(
        db, "labels", str(target), "--custom", custom, "--sku", "apples", "--sku", "wine"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 labels on 1 sheet (Letter, 4 x 9 labels of 45 x 28 mm)" in result.stdout
    (page,) = scan_labels(target.read_bytes(), parse_custom(custom), tmp_path)
    assert page[:3] == [["EAN-8:96385074"], ["CODE-128:2100001"], []]
    text = " ".join(PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text().split())
    assert "Crème de cassis 70 cl €12.50" in text and "€2.99 / kg" in text


def test_on_hand_copies_with_nothing_in_stock_is_a_plain_no(
    db: Database, shelf: list[ProductDTO], tmp_path: Path
) -> None:
    result = shoptill(db, "labels", str(tmp_path / "x.pdf"), "--copies", "on-hand")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "shoptill: There are no labels to print: no product matches, or none in stock."
    )
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--copies", "lots"], "shoptill: 'lots' is not a number of labels"),
        (["--start", "22"], "shoptill: Start at a label from 1 to 21"),
        (["--layout", "custom"], "shoptill: A custom layout needs its size: --custom 50x30"),
        (["--layout", "a4-3x8", "--custom", "50x30"], "shoptill: --custom sets a custom layout"),
        (["--custom", "300x20"], "shoptill: A label 300 mm wide does not fit across A4"),
        (["--category", "Toys"], "shoptill: There is no category called 'Toys'."),
        (["--sku", "NOPE"], "shoptill: No product has the SKU 'NOPE'."),
    ],
)
def test_bad_input_exits_1_with_a_plain_message(
    db: Database,
    shelf: list[ProductDTO],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    command = build_parser().parse_args(["--db", db.url, "labels", str(tmp_path / "x.pdf"), *args])
    assert run(command) == 1
    assert capsys.readouterr().err.startswith(message)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--layout", "a5-2x4"], "invalid choice: 'a5-2x4'"),
        (["--start", "first"], "invalid int value: 'first'"),
    ],
)
def test_a_command_line_argparse_refuses_exits_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["labels", "x.pdf", *args])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
