"""A count's variances as a CSV file, and finding a posted count by its number.

The file is written from keyset pages of the count's lines, biggest losses first, as the
review shows them; a count of 100,000 lines is never held whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import stock_counts
from pos.domain.cart import format_quantity
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.money import round_money
from pos.services.dto import Actor
from pos.services.numbering import COUNT_SERIES, format_number
from pos.services.settings import ShopSettings
from pos.services.shop_csv import shop_csv
from pos.services.stock.counts_review import LineOrder, ReviewLine, count_lines
from pos.services.stock.counts_start import CountDTO, get_count

#: Lines per page read.
PAGE = 2000
HEADERS = (
    "SKU",
    "Product",
    "Category",
    "Unit",
    "Expected",
    "Counted",
    "Variance",
    "Unit cost",
    "Variance value",
)
_NUMBER = re.compile(r"^\s*(?:C[\s-]*)?0*(\d{1,12})\s*$", re.IGNORECASE)


def all_lines(db: Database, count_id: int, actor: Actor | None = None) -> Iterator[ReviewLine]:
    """Every line of a count, biggest losses first, read a page at a time; costs only for
    an ``actor`` who may see them (``count_lines``)."""
    after: tuple[int, int] | None = None
    while True:
        page = count_lines(db, count_id, LineOrder.LOSSES, after=after, limit=PAGE, actor=actor)
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1].key


def count_by_number(db: Database, text: str) -> CountDTO:
    """The posted count numbered ``text`` ('C000003', 'c3' or '3').

    Raises:
        InvalidInput: ``text`` is no count number.
        NotFound: no count has that number.
    """
    match = _NUMBER.match(text)
    if match is None:
        raise InvalidInput(f"'{text}' is not a count number. It looks like C000003.")
    number = int(match.group(1))
    with db.read() as uow:
        count_id = uow.connection.scalar(
            select(stock_counts.c.id).where(
                stock_counts.c.series == COUNT_SERIES, stock_counts.c.number == number
            )
        )
    if count_id is None:
        raise NotFound(f"There is no posted count {format_number(COUNT_SERIES, number)}.")
    return get_count(db, count_id)


def export_variance_csv(
    db: Database, count_id: int, path: Path, shop: ShopSettings, actor: Actor | None = None
) -> int:
    """Write the count's lines (expected, counted, variance, its value at cost) to ``path``.
    Returns how many lines were written. Numbers use the shop's decimal sign; the file
    opens in Excel with its accents intact (UTF-8 with a byte-order mark). The cost and
    value columns stay empty unless ``actor`` may see costs (SEE_COSTS)."""
    money = shop.money
    written = 0
    with shop_csv(path, shop) as (writer, numbers):

        def number(value: object) -> str:
            return str(value).replace(".", numbers.decimal)

        def cash(value: Decimal | None) -> str:
            return "" if value is None else number(round_money(value, money))

        writer.writerow(HEADERS)
        for line in all_lines(db, count_id, actor):
            writer.writerow(
                [
                    line.sku,
                    line.name,
                    line.category or "",
                    line.unit.value,
                    number(format_quantity(line.expected)),
                    number(format_quantity(line.counted)),
                    number(format_quantity(line.variance)),
                    cash(line.unit_cost),
                    cash(line.variance_value),
                ]
            )
            written += 1
    return written
