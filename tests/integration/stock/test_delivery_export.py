"""A delivery or return as CSV: one row a line, a return's quantities negative."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, update_settings
from pos.services.stock.delivery_export import HEADERS, export_delivery_csv
from pos.services.stock.delivery_lines import set_line_quantity
from pos.services.stock.delivery_posting import post_delivery
from pos.services.stock.supplier_returns import create_return
from tests.integration.stock.delivery_helpers import receive


def _read(path: Path, delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def test_delivery_and_return_to_csv(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    apples: ProductDTO,
    tmp_path: Path,
) -> None:
    delivery = receive(db, actor, [(milk.id, "12", "0.70"), (apples.id, "2.5", "1.20")])
    assert export_delivery_csv(db, delivery, tmp_path / "d.csv") == 2
    rows = _read(tmp_path / "d.csv")
    assert tuple(rows[0]) == HEADERS
    assert rows[1][:2] == ["D000001", "delivery"] and rows[1][4] == "Dairy Co"
    assert [r[8:] for r in rows[1:]] == [
        ["MILK", "Fresh Milk 1 L", "each", "12", "0.70", "8.40"],
        ["APPLES", "Äpfel Braeburn (loose)", "kg", "2.5", "1.20", "3.00"],
    ]

    draft = create_return(db, delivery.id, actor=actor)
    draft = set_line_quantity(db, draft.lines[0].id, Decimal(2), actor=actor)
    back = post_delivery(db, draft.id, actor=actor)
    update_settings(db, locale="de_DE", actor=actor)  # a decimal comma: semicolons between fields
    export_delivery_csv(db, back, tmp_path / "r.csv")
    rows = _read(tmp_path / "r.csv", ";")
    assert rows[1][:2] == ["DR000001", "return"] and rows[1][6] == "D000001"
    assert [r[11:] for r in rows[1:]] == [["-2", "-0,70", "-1,40"], ["-2,5", "-1,20", "-3,00"]]
