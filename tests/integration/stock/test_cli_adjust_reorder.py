"""``shoptill export-adjustment`` and ``reorder-list`` in a subprocess, as a script runs them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import open_database
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor
from pos.services.shop import create_shop, owner
from pos.services.stock.adjustments import AdjustmentLine, AdjustmentReason, create_adjustment
from tests.conftest import SHOP
from tests.integration.test_cli import shoptill


@pytest.fixture
def shop_url(tmp_path: Path) -> str:
    """A shop with milk (cost 0.70, 10 on hand, reorder at 12 up to 24) and one adjustment."""
    from pos.services.stock.movements import receive_stock

    url = f"sqlite:///{tmp_path}/shop.db"
    db = open_database(url)
    create_shop(db, SHOP)
    rate = list_tax_rates(db)[0].id
    actor = Actor(owner(db).id, "Till 1")
    milk = create_product(
        db,
        ProductInput(
            sku="MILK",
            name="Fresh Milk 1 L",
            price=Decimal("1.20"),
            cost=Decimal("0.70"),
            tax_rate_id=rate,
            reorder_level=Decimal(12),
            reorder_quantity=Decimal(6),
        ),
        actor=actor,
    )
    receive_stock(db, milk.id, Decimal(10), actor=actor)
    create_adjustment(db, [AdjustmentLine(milk.id, AdjustmentReason.DAMAGED, Decimal(-2))], actor)
    db.close()
    return url


def test_export_adjustment_writes_its_lines(shop_url: str, tmp_path: Path) -> None:
    target = tmp_path / "a1.csv"
    done = shoptill("export-adjustment", "A000001", str(target), "--db", shop_url)
    assert done.returncode == 0, done.stderr
    assert f"Adjustment A000001: 1 line(s) saved to {target}" in done.stdout
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].endswith("MILK,Fresh Milk 1 L,each,-2,8,Damaged,,0.70,-1.40")


def test_export_of_an_unknown_adjustment_says_so(shop_url: str, tmp_path: Path) -> None:
    target = tmp_path / "none.csv"
    done = shoptill("export-adjustment", "A000007", str(target), "--db", shop_url)
    assert done.returncode == 1
    assert "There is no adjustment A000007." in done.stderr
    assert not target.exists()


def test_reorder_list_as_csv_and_pdf(shop_url: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "order.csv"
    done = shoptill("reorder-list", str(csv_file), "--db", shop_url)
    assert done.returncode == 0, done.stderr
    assert "1 product(s) to reorder (0 supplier(s), 1 with no supplier) saved to" in done.stdout
    rows = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert rows == [
        "supplier,sku,name,unit,on hand,reorder level,max level,reorder quantity,order,"
        "unit cost,value",
        "No supplier,MILK,Fresh Milk 1 L,each,8,12,0,6,6,0.70,4.20",
    ]
    pdf = tmp_path / "order.pdf"
    done = shoptill("reorder-list", str(pdf), "--db", shop_url)
    assert done.returncode == 0, done.stderr
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    assert "Order sheet" in text
    assert "Supplier: No supplier" in text
    assert "Fresh Milk 1 L" in text
    assert "€4.20" in text


def test_reorder_list_refuses_other_files_and_unknown_suppliers(
    shop_url: str, tmp_path: Path
) -> None:
    done = shoptill("reorder-list", str(tmp_path / "x.txt"), "--db", shop_url)
    assert done.returncode == 1
    assert "Save the reorder list as a .pdf or .csv file, not 'x.txt'." in done.stderr
    done = shoptill(
        "reorder-list", str(tmp_path / "x.csv"), "--supplier", "Nobody", "--db", shop_url
    )
    assert done.returncode == 1
    assert "There is no supplier called 'Nobody'." in done.stderr
