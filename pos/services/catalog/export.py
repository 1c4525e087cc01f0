"""Exporting products to CSV or .xlsx, in the format the import reads back unchanged.

The columns are the import's fields under their English headers. Numbers are written the
way the shop's locale writes them without grouping ('2,40' in Germany), CSV fields are
separated by semicolons where the decimal symbol is a comma (as Excel does there), and the
file is UTF-8 with a byte-order mark, so that Excel opens it with its accents. Export, import
and export again gives the same bytes.

Products are read in id batches of the selection (keyset reads), so a million products go
out in flat memory.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import barcodes, categories, products, tax_rates
from pos.domain.errors import InvalidInput
from pos.domain.money import Currency, round_money
from pos.services.catalog.import_columns import HEADERS
from pos.services.catalog.import_read import Progress
from pos.services.catalog.import_values import NumberReader
from pos.services.catalog.selection import ProductSelection, count_selected, selected_id_batches
from pos.services.settings import read_settings

_FIELDS = tuple(HEADERS)
_ROWS = (
    select(
        products.c.id,
        products.c.sku,
        products.c.name,
        categories.c.name,
        products.c.price,
        products.c.cost,
        tax_rates.c.name,
        products.c.unit,
        products.c.reorder_level,
        products.c.reorder_quantity,
        products.c.favourite,
        products.c.active,
        products.c.on_hand,
    )
    .join_from(products, tax_rates, tax_rates.c.id == products.c.tax_rate_id)
    .outerjoin(categories, categories.c.id == products.c.category_id)
    .order_by(products.c.id)
)


def _quantity(value: Decimal, numbers: NumberReader) -> str:
    """'12', '0.25': no trailing zeros (quantities are kept to the gram)."""
    return numbers.format(value.normalize() if value else Decimal(0))


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _export_rows(
    db: Database,
    selection: ProductSelection,
    as_cells: Callable[[Any, str, Currency, NumberReader], list[Any]],
    progress: Progress | None,
    decimal_point: str | None = None,
) -> Iterator[list[Any]]:
    """Each selected product's cells, in id order, read batch by batch."""
    total = count_selected(db, selection) if progress is not None else 0
    done = 0
    with db.read() as uow:
        shop = read_settings(uow)
        numbers = NumberReader(shop.locale, decimal_point)
        money = shop.money
        for ids in selected_id_batches(uow, selection):
            codes: dict[int, list[str]] = {}
            for product_id, code in uow.connection.execute(
                select(barcodes.c.product_id, barcodes.c.code)
                .where(barcodes.c.product_id.in_(ids))
                .order_by(barcodes.c.product_id, barcodes.c.code)
            ):
                codes.setdefault(product_id, []).append(code)
            for row in uow.connection.execute(_ROWS.where(products.c.id.in_(ids))):
                yield as_cells(row, "|".join(codes.get(row.id, ())), money, numbers)
            done += len(ids)
            if progress is not None:
                progress(done, total)


def _text_cells(row: Any, codes: str, money: Currency, numbers: NumberReader) -> list[Any]:
    _, sku, name, category, price, cost, rate, unit, level, quantity, fav, active, on_hand = row
    return [
        sku,
        name,
        category or "",
        numbers.format(round_money(price, money)),
        numbers.format(round_money(cost, money)),
        rate,
        codes,
        unit,
        _quantity(level, numbers),
        _quantity(quantity, numbers),
        _yes_no(fav),
        _yes_no(active),
        _quantity(on_hand, numbers),
    ]


def csv_delimiter(locale: str) -> str:
    """A semicolon where numbers have a decimal comma, else a comma."""
    return ";" if NumberReader(locale).decimal == "," else ","


def export_csv(
    db: Database,
    selection: ProductSelection,
    path: Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the selected products to a CSV file. Returns how many were written."""
    with db.read() as uow:
        locale = read_settings(uow).locale
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=csv_delimiter(locale))
        writer.writerow([HEADERS[f] for f in _FIELDS])
        for cells in _export_rows(db, selection, _text_cells, progress):
            writer.writerow(cells)
            count += 1
    return count


def _xlsx_cells(row: Any, codes: str, money: Currency, numbers: NumberReader) -> list[Any]:
    """Numbers as numbers (Excel shows and sums them), codes and SKUs as text."""
    cells = _text_cells(row, codes, money, numbers)
    for index in (3, 4):  # price, cost: exact Decimals, shown with the currency's decimals
        cells[index] = round_money(row[index + 1], money)
    for index, value in ((8, row.reorder_level), (9, row.reorder_quantity), (12, row.on_hand)):
        cells[index] = value.normalize() if value else Decimal(0)
    return cells


def export_xlsx(
    db: Database,
    selection: ProductSelection,
    path: Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the selected products to an Excel workbook (streamed, write-only)."""
    import openpyxl  # only when a workbook is written
    from openpyxl.cell import WriteOnlyCell

    with db.read() as uow:
        exponent = read_settings(uow).money.exponent
    money_format = "0." + "0" * exponent if exponent else "0"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Products")
    sheet.append([HEADERS[f] for f in _FIELDS])
    count = 0
    for cells in _export_rows(db, selection, _xlsx_cells, progress, decimal_point="."):
        row = []
        for index, value in enumerate(cells):
            cell = WriteOnlyCell(sheet, value=value)
            if index in (3, 4):
                cell.number_format = money_format
            elif index in (0, 6):
                cell.number_format = "@"  # text: leading zeros stay
            row.append(cell)
        sheet.append(row)
        count += 1
    book.save(path)
    return count


def export_products(
    db: Database,
    selection: ProductSelection,
    path: Path | str,
    *,
    progress: Progress | None = None,
) -> int:
    """Export to ``path``, as CSV or .xlsx by its extension. Returns the product count.

    Raises:
        InvalidInput: the extension is neither .csv nor .xlsx.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        return export_csv(db, selection, target, progress=progress)
    if suffix == ".xlsx":
        return export_xlsx(db, selection, target, progress=progress)
    raise InvalidInput(f"Export to a .csv or .xlsx file, not '{target.name}'.")
