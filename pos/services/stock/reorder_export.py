"""The reorder list as a CSV file: one row a product to order, its supplier first, numbers
written the way the shop's locale writes them (for a spreadsheet or a supplier's portal)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pos.db.engine import Database
from pos.services.settings import get_settings
from pos.services.shop_csv import shop_csv
from pos.services.stock.reorder import ReorderLine, ReorderList

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
    lines = ((group.supplier, line) for group in listing.groups for line in group.lines)
    return write_reorder_lines(db, lines, path)


def write_reorder_lines(db: Database, lines: Iterable[tuple[str, ReorderLine]], path: Path) -> int:
    """Write (supplier, line) pairs to ``path`` as they come (a list read a page at a time
    is never held whole); returns how many were written."""
    shop = get_settings(db)
    written = 0
    with shop_csv(path, shop) as (writer, numbers):
        writer.writerow(CSV_HEADERS)
        for supplier, line in lines:
            writer.writerow(
                [
                    supplier,
                    line.sku,
                    line.name,
                    line.unit.value,
                    numbers.quantity(line.on_hand),
                    numbers.quantity(line.reorder_level),
                    numbers.quantity(line.max_level),
                    numbers.quantity(line.reorder_quantity),
                    numbers.quantity(line.suggested),
                    "" if line.cost is None else numbers.money(line.cost),
                    "" if line.value is None else numbers.money(line.value),
                ]
            )
            written += 1
    return written
