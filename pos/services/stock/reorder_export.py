"""The reorder list as a CSV file: one row a product to order, its supplier first, numbers
written the way the shop's locale writes them (for a spreadsheet or a supplier's portal)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pos.db.engine import Database
from pos.domain.money import round_money
from pos.services.catalog.export import csv_delimiter
from pos.services.settings import get_settings
from pos.services.stock.reorder import ReorderList

CSV_HEADERS = (
    "supplier",
    "sku",
    "name",
    "unit",
    "on hand",
    "reorder level",
    "max level",
    "reorder quantity",
    "order",
    "unit cost",
    "value",
)


def write_reorder_csv(db: Database, listing: ReorderList, path: Path) -> int:
    """Write ``listing`` to ``path``; returns how many products it lists."""
    shop = get_settings(db)
    delimiter = csv_delimiter(shop.locale)
    point = "," if delimiter == ";" else "."

    def number(value: Decimal) -> str:
        return f"{value.normalize():f}".replace(".", point) if value else "0"

    def money(value: Decimal) -> str:
        return f"{round_money(value, shop.money):f}".replace(".", point)

    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(CSV_HEADERS)
        for group in listing.groups:
            for line in group.lines:
                writer.writerow(
                    [
                        group.supplier,
                        line.sku,
                        line.name,
                        line.unit.value,
                        number(line.on_hand),
                        number(line.reorder_level),
                        number(line.max_level),
                        number(line.reorder_quantity),
                        number(line.suggested),
                        money(line.cost),
                        money(line.value),
                    ]
                )
    return listing.line_count
