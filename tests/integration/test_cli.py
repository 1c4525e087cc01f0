"""The headless commands, run as a shopkeeper would: the real entry point in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def shoptill(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "shop.db"
    result = shoptill("--db", f"sqlite:///{path}", "demo")
    assert result.returncode == 0, result.stderr
    assert "Demo shop created with 219 products" in result.stdout
    return path


def test_demo_shop_is_sound(demo_db: Path) -> None:
    result = shoptill("--db", f"sqlite:///{demo_db}", "check")
    assert (result.returncode, result.stdout.strip()) == (
        0,
        "All good: database intact, stock ledger matches, numbering has no gaps, "
        "audit log unbroken.",
    )
    with sqlite3.connect(demo_db) as connection:
        sales, refunds = connection.execute(
            "SELECT sum(kind = 'sale'), sum(kind = 'refund') FROM sales"
        ).fetchone()
        categories = connection.execute("SELECT count(*) FROM categories").fetchone()[0]
        movements = connection.execute(
            "SELECT count(DISTINCT kind) FROM stock_movements"
        ).fetchone()[0]
    assert (sales, refunds, movements) == (25, 1, 4)
    assert categories >= 10


def test_demo_is_reused_but_never_mixed_into_a_real_shop(demo_db: Path, tmp_path: Path) -> None:
    again = shoptill("--db", f"sqlite:///{demo_db}", "demo")
    assert (again.returncode, again.stdout.strip()) == (
        0,
        f"The demo shop is ready in sqlite:///{demo_db}",
    )
    real = f"sqlite:///{tmp_path}/real.db"
    code = (
        "from decimal import Decimal; from pos.db.engine import open_database; "
        "from pos.domain.tax import TaxMode; from pos.services.shop import ShopSetup, create_shop; "
        f"create_shop(open_database('{real}'), ShopSetup('Real', 'EUR', 'fr_FR', "
        "TaxMode.INCLUSIVE, [('TVA', Decimal('20'))]))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0
    refused = shoptill("--db", real, "demo")
    assert refused.returncode == 1
    assert "already holds a shop" in refused.stderr


def test_demo_defaults_to_its_own_file_in_the_data_folder(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ShopTill" / "demo.db").exists()
    assert not (tmp_path / "ShopTill" / "shoptill.db").exists()


def test_backup_is_a_consistent_copy(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert shoptill("--db", f"sqlite:///{demo_db}", "backup", str(target)).returncode == 0
    assert shoptill("--db", f"sqlite:///{target}", "check").returncode == 0
    again = shoptill("--db", f"sqlite:///{demo_db}", "backup", str(target))
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_check_reports_what_is_wrong(demo_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    assert shoptill("--db", f"sqlite:///{demo_db}", "backup", str(broken)).returncode == 0
    with sqlite3.connect(broken) as connection:
        connection.execute("UPDATE products SET on_hand = on_hand + 5000 WHERE sku = 'BAK-003'")
        connection.execute("UPDATE document_counters SET next_number = 99 WHERE series = 'S'")
    result = shoptill("--db", f"sqlite:///{broken}", "check")
    assert result.returncode == 1
    assert "Stock of BAK-003: on hand says" in result.stdout
    assert "Series S: the next number is 99 but the last document is 25" in result.stdout


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nosuchdb://x", "not a database address"),
        ("postgresql+psycopg://nobody:wrong@127.0.0.1:9/shop", "could not be opened"),
    ],
)
def test_bad_database_address_gets_a_clear_message(url: str, message: str) -> None:
    result = shoptill("--db", url, "check")
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_commands_never_import_qt(demo_db: Path) -> None:
    code = (
        "import sys; from ui.main import main; "
        f"code = main(['--db', 'sqlite:///{demo_db}', 'check']); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
