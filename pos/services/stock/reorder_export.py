"""The reorder list as a CSV file: one row a product to order, its supplier first, numbers
written the way the shop's locale writes them (for a spreadsheet or a supplier's portal)."""

from __future__ import annotations

from pathlib import Path

from pos.db.engine import Database
from pos.services.settings import get_settings
from pos.services.shop_csv import shop_csv
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
    with shop_csv(path, shop) as (writer, numbers):
        writer.writerow(CSV_HEADERS)
        for group in listing.groups:
            for line in group.lines:
                writer.writerow(
                    [
                        group.supplier,
                        line.sku,
                        line.name,
                        line.unit.value,
                        numbers.quantity(line.on_hand),
                        numbers.quantity(line.reorder_level),
                        numbers.quantity(line.max_level),
                        numbers.quantity(line.reorder_quantity),
                        numbers.quantity(line.suggested),
                        numbers.money(line.cost),
                        numbers.money(line.value),
                    ]
                )
    return listing.line_count
