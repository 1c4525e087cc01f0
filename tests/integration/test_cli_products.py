"""``shoptill import-products`` and ``export-products`` in a subprocess, as a script runs them;
global options before or after the command."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_cli import shoptill

GOOD = (
    "SKU,Name,Category,Price,Tax rate,Barcodes,On hand\n"
    "TEA,Green tea,Drinks,2.40,Standard,4006381333931,12\n"
    "JAM,Apricot jam,,3.10,Reduced,,\n"
)


@pytest.fixture
def shop_url(tmp_path: Path) -> str:
    """A shop made by ``create_shop`` (the same as the first-run screen's)."""
    from pos.db.engine import open_database
    from pos.services.shop import create_shop
    from tests.conftest import SHOP

    url = f"sqlite:///{tmp_path}/shop.db"
    db = open_database(url)
    create_shop(db, SHOP)
    db.close()
    return url


def count_products(url: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        return int(connection.execute("SELECT count(*) FROM products").fetchone()[0])


def test_dry_run_then_import_with_options_after_the_command(shop_url: str, tmp_path: Path) -> None:
    path = tmp_path / "products.csv"
    path.write_text(GOOD, encoding="utf-8")
    dry = shoptill("import-products", str(path), "--dry-run", "--db", shop_url)
    assert dry.returncode == 0, dry.stderr
    assert "Dry run, nothing written: would be 2 new, 0 updated, 0 unchanged" in dry.stdout
    assert "New categories: Drinks" in dry.stdout
    assert count_products(shop_url) == 0
    done = shoptill("import-products", str(path), "--db", shop_url, "--till", "Back office")
    assert done.returncode == 0, done.stderr
    assert "Imported: 2 new" in done.stdout
    assert count_products(shop_url) == 2
    with sqlite3.connect(shop_url.removeprefix("sqlite:///")) as connection:
        till = connection.execute("SELECT till FROM stock_movements").fetchone()[0]
    assert till == "Back office"
    check = shoptill("check", "--db", shop_url)
    assert check.returncode == 0, check.stdout


def test_a_bad_file_exits_non_zero_lists_its_lines_and_changes_nothing(
    shop_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(GOOD + "BAD,Broken,,abc,Standard,,\n", encoding="utf-8")
    result = shoptill("--db", shop_url, "import-products", str(path))
    assert result.returncode == 1
    assert "line 4, Price: 'abc' is not an amount" in result.stderr
    assert "nothing was imported" in result.stderr
    assert count_products(shop_url) == 0
    skipped = shoptill("--db", shop_url, "import-products", str(path), "--good-rows-only")
    assert skipped.returncode == 0, skipped.stderr
    assert "Imported: 2 new, 0 updated, 0 unchanged, 1 with errors." in skipped.stdout
    assert count_products(shop_url) == 2


def test_export_then_import_round_trip(shop_url: str, tmp_path: Path) -> None:
    source, first, second = tmp_path / "in.csv", tmp_path / "first.csv", tmp_path / "x.xlsx"
    source.write_text(GOOD, encoding="utf-8")
    assert shoptill("import-products", str(source), "--db", shop_url).returncode == 0
    exported = shoptill("export-products", str(first), "--db", shop_url)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"2 product(s) exported to {first}"
    again = shoptill("--db", shop_url, "import-products", str(first), "--dry-run")
    assert "would be 0 new, 0 updated, 2 unchanged, 0 with errors." in again.stdout
    assert shoptill("export-products", str(second), "--db", shop_url).returncode == 0
    assert second.stat().st_size > 0
    wrong = shoptill("export-products", str(tmp_path / "x.pdf"), "--db", shop_url)
    assert wrong.returncode == 1
    assert "Export to a .csv or .xlsx file" in wrong.stderr


@pytest.mark.parametrize("before", [True, False])
def test_global_options_before_or_after_any_command(
    shop_url: str, tmp_path: Path, before: bool
) -> None:
    options = ["--db", shop_url, "--verbose"]
    args = [*options, "check"] if before else ["check", *options]
    result = shoptill(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("All good")


def test_the_parser_keeps_the_first_value_unless_the_command_gives_one() -> None:
    from ui.cli import DEFAULT_TILL, build_parser

    parser = build_parser()
    before = parser.parse_args(["--till", "Front", "check"])
    assert before.till == "Front"
    after = parser.parse_args(["--till", "Front", "check", "--till", "Back"])
    assert after.till == "Back"
    plain = parser.parse_args(["backup", "/tmp/x.db"])
    assert (plain.till, plain.verbose) == (DEFAULT_TILL, False)
