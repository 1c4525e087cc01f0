"""Exporting products to CSV or .xlsx, in the format the import reads back unchanged.

The columns are the import's fields under their English headers. Numbers are written the
way the shop's locale writes them without grouping ('2,40' in Germany), CSV fields are
separated by semicolons where the decimal symbol is a comma (as Excel does there), and the
file is UTF-8 with a byte-order mark, so that Excel opens it with its accents. A product taxed
at several rates has them all in its one tax column, by name and in order: 'GST + QST'.
Export, import and export again gives the same bytes.

Products are read in id batches of the selection (keyset reads), so a million products go
out in flat memory.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, Select, select, type_coerce

from pos.db.engine import Database
from pos.db.tables import barcodes, categories, product_taxes, products, tax_rates
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput
from pos.domain.money import Currency, round_money
from pos.services.catalog.import_columns import HEADERS
from pos.services.catalog.import_read import Progress
from pos.services.catalog.import_values import NumberReader
from pos.services.catalog.selection import ProductSelection, count_selected
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorize

#: Products read a query at a time, by keyset (``id > last``).
BATCH = 5000
_FIELDS = tuple(HEADERS)
#: Money and quantities as their stored integers (thousandths): the CSV writes them with
#: integer arithmetic, a tenth of the cost of Decimals at a million rows.
_SCALED = (
    products.c.price,
    products.c.cost,
    products.c.reorder_level,
    products.c.reorder_quantity,
    products.c.on_hand,
)
_ROWS = (
    select(
        products.c.id,
        products.c.sku,
        products.c.name,
        categories.c.name,
        tax_rates.c.name,
        products.c.unit,
        products.c.favourite,
        products.c.active,
        *(type_coerce(column, BigInteger) for column in _SCALED),
    )
    .join_from(products, tax_rates, tax_rates.c.id == products.c.tax_rate_id)
    .outerjoin(categories, categories.c.id == products.c.category_id)
    .order_by(products.c.id)
)
_CODES = select(barcodes.c.product_id, barcodes.c.code).order_by(
    barcodes.c.product_id, barcodes.c.code
)
#: The rates after the first of products taxed twice (QST after GST), in order.
_FURTHER = (
    select(product_taxes.c.product_id, tax_rates.c.name)
    .join(tax_rates, tax_rates.c.id == product_taxes.c.tax_rate_id)
    .order_by(product_taxes.c.product_id, product_taxes.c.position)
)
#: Between the names of a product's stacked rates in the tax column, as the products
#: screen shows them; the import splits the cell there.
RATE_JOIN = " + "
#: A row as read: (id, sku, name, category, rate(s), unit, favourite, active, price, cost,
#: reorder level, reorder quantity, on hand), the last five in thousandths.
Row = tuple[Any, ...]
#: Turns a row and its barcodes ('a|b') into the cells of one line of the file.
Cells = Callable[[Row, str], list[Any]]


def _driver_rows(uow: UnitOfWork, query: Select[Any]) -> list[tuple[Any, ...]]:
    """All of ``query``'s rows as the database driver gives them (plain tuples)."""
    result = uow.connection.execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _read_rows(
    db: Database, selection: ProductSelection, progress: Progress | None
) -> Iterator[tuple[Row, str]]:
    """Each selected product with its barcodes, in id order, a batch per query."""
    total = count_selected(db, selection) if progress is not None else 0
    done = 0
    with db.read() as uow:
        condition = selection.condition(uow.dialect.name == "sqlite")
        last = 0
        while True:
            # The driver's own tuples: every column is already a plain int or str (the
            # amounts are read as integers), and making SQLAlchemy rows of a million
            # products took a sixth of the export.
            rows = _driver_rows(uow, _ROWS.where(condition, products.c.id > last).limit(BATCH))
            if not rows:
                return
            first, final = rows[0][0], rows[-1][0]
            codes: dict[int, list[str]] = {}
            # The batch's barcodes by id range: no list of ids to bind.
            for product_id, code in _driver_rows(
                uow, _CODES.where(barcodes.c.product_id.between(first, final))
            ):
                codes.setdefault(product_id, []).append(code)
            stacked: dict[int, list[str]] = {}
            for product_id, name in _driver_rows(
                uow, _FURTHER.where(product_taxes.c.product_id.between(first, final))
            ):
                stacked.setdefault(product_id, []).append(name)
            for line in rows:
                if line[0] in stacked:  # all its rates in one cell: 'GST + QST'
                    rate = RATE_JOIN.join([line[4], *stacked[line[0]]])
                    line = (*line[:4], rate, *line[5:])
                yield line, "|".join(codes.get(line[0], ()))
            last = rows[-1][0]
            done += len(rows)
            if progress is not None:
                progress(done, total)


def _money_text(stored: int, exponent: int, decimal: str) -> str:
    """Thousandths as the currency writes them: 2400 -> '2.40' (EUR), '2' (JPY)."""
    step = 10 ** (3 - exponent)
    units, rest = divmod(stored, step)
    if rest or stored < 0:  # never stored by the services; written exactly all the same
        text = format(Decimal(stored).scaleb(-3), "f")
        return text.replace(".", decimal)
    if not exponent:
        return str(units)
    whole, fraction = divmod(units, 10**exponent)
    return f"{whole}{decimal}{fraction:0{exponent}d}"


def _quantity_text(stored: int, decimal: str) -> str:
    """Thousandths without trailing zeros: 12000 -> '12', 1500 -> '1.5', -3000 -> '-3'."""
    sign = "-" if stored < 0 else ""
    whole, fraction = divmod(abs(stored), 1000)
    if not fraction:
        return f"{sign}{whole}"
    return f"{sign}{whole}{decimal}{f'{fraction:03d}'.rstrip('0')}"


def _text_cells(exponent: int, decimal: str) -> Cells:
    # A catalog repeats its prices and quantities (most levels are 0): each is formatted
    # once and looked up after (a third of the export's time was this formatting).
    money = lru_cache(maxsize=8192)(lambda stored: _money_text(stored, exponent, decimal))
    quantity = lru_cache(maxsize=8192)(lambda stored: _quantity_text(stored, decimal))

    def cells(row: Row, codes: str) -> list[Any]:
        _, sku, name, category, rate, unit, fav, active, price, cost, level, qty, on_hand = row
        return [
            sku,
            name,
            category or "",
            money(price),
            money(cost),
            rate,
            codes,
            unit,
            quantity(level),
            quantity(qty),
            "yes" if fav else "no",
            "yes" if active else "no",
            quantity(on_hand),
        ]

    return cells


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
        shop = read_settings(uow)
    cells = _text_cells(shop.money.exponent, NumberReader(shop.locale).decimal)
    count = 0
    # UTF-8 and a byte-order mark written by hand: the "utf-8-sig" codec encodes each
    # line in Python, 5 % of a million-line export.
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\ufeff")
        writer = csv.writer(out, delimiter=csv_delimiter(shop.locale))
        writer.writerow([HEADERS[f] for f in _FIELDS])
        for row, codes in _read_rows(db, selection, progress):
            writer.writerow(cells(row, codes))
            count += 1
    return count


def _xlsx_cells(money: Currency) -> Cells:
    """Numbers as numbers (Excel shows and sums them), codes and SKUs as text."""
    text_cells = _text_cells(money.exponent, ".")

    def cells(row: Row, codes: str) -> list[Any]:
        line = text_cells(row, codes)
        price, cost, level, quantity, on_hand = (Decimal(v).scaleb(-3) for v in row[8:])
        line[3], line[4] = round_money(price, money), round_money(cost, money)
        line[8], line[9], line[12] = (
            q.normalize() if q else Decimal(0) for q in (level, quantity, on_hand)
        )
        return line

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
        money = read_settings(uow).money
    money_format = "0." + "0" * money.exponent if money.exponent else "0"
    cells = _xlsx_cells(money)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Products")
    sheet.append([HEADERS[f] for f in _FIELDS])
    count = 0
    for product, codes in _read_rows(db, selection, progress):
        row = []
        for index, value in enumerate(cells(product, codes)):
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
    actor: Actor,
    progress: Progress | None = None,
) -> int:
    """Export to ``path``, as CSV or .xlsx by its extension. Returns the product count.

    The file holds every product's cost: ``actor`` needs SEE_COSTS.

    Raises:
        InvalidInput: the extension is neither .csv nor .xlsx.
        NotAllowed: the user may not see costs.
    """
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_COSTS)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        return export_csv(db, selection, target, progress=progress)
    if suffix == ".xlsx":
        return export_xlsx(db, selection, target, progress=progress)
    raise InvalidInput(f"Export to a .csv or .xlsx file, not '{target.name}'.")
