"""The stock value as CSV: one row per category and the total, plain numbers for a
spreadsheet (a point for decimals, no currency sign, no thousands separator)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from pos.services.stock.value import ProductValue, StockValue

CATEGORY_HEADER = ("Category", "Products in stock", "Quantity", "Value", "Below zero")
PRODUCT_HEADER = ("SKU", "Product", "Quantity", "Unit", "Unit cost", "Value", "Cost assumed")


def plain(number: Decimal) -> str:
    """'12.5', '-3', '1250.00': no exponent, no trailing zeros on quantities."""
    return f"{number:f}"


def quantity_text(number: Decimal) -> str:
    return plain(number.normalize()) if number else "0"


def value_rows(value: StockValue) -> list[list[str]]:
    """The CSV's rows after its header: the categories, then "Total"."""
    rows = [
        [c.name, str(c.products), quantity_text(c.quantity), plain(c.value), str(c.below_zero)]
        for c in value.categories
    ]
    rows.append(
        [
            "Total",
            str(value.products),
            quantity_text(value.quantity),
            plain(value.value),
            str(value.below_zero),
        ]
    )
    return rows


def value_csv(value: StockValue, products: Iterable[ProductValue] = ()) -> str:
    """The stock value by category as CSV text; then, if given, one row per product."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"Stock value at the end of {value.on.isoformat()}", value.currency])
    writer.writerow(CATEGORY_HEADER)
    writer.writerows(value_rows(value))
    first = True
    for row in products:
        if first:
            writer.writerow([])
            writer.writerow(PRODUCT_HEADER)
            first = False
        writer.writerow(
            [
                row.sku,
                row.name,
                quantity_text(row.quantity),
                row.unit.value,
                plain(row.unit_cost),
                plain(row.value),
                "yes" if row.cost_assumed else "",
            ]
        )
    return out.getvalue()


def save_value_csv(value: StockValue, path: Path) -> Path:
    """Write ``value_csv(value)`` to ``path`` (UTF-8 with a BOM, which Excel reads)."""
    path.write_text(value_csv(value), encoding="utf-8-sig")
    return path
