"""Gapless document numbers: taken inside the document's own transaction.

The counter is bumped with one UPDATE ... RETURNING, which on PostgreSQL holds the row lock
until commit and on SQLite runs under the write lock of BEGIN IMMEDIATE. A rollback gives
the number back, so numbers have no gaps and are never used twice.
"""

from __future__ import annotations

import re

from sqlalchemy import bindparam, update

from pos.db.prepared import Prepared
from pos.db.tables import document_counters
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput

SALE_SERIES = "S"
REFUND_SERIES = "R"
INVOICE_SERIES = "I"
DELIVERY_SERIES = "D"
SUPPLIER_RETURN_SERIES = "DR"
ADJUSTMENT_SERIES = "A"
COUNT_SERIES = "C"
X_REPORT_SERIES = "X"
Z_REPORT_SERIES = "Z"
#: Every series a shop numbers; a new shop starts each at 1 (migrations 0006 and 0011 add
#: the stock documents' and the shift reports' series to an older shop).
ALL_SERIES = (
    SALE_SERIES,
    REFUND_SERIES,
    INVOICE_SERIES,
    DELIVERY_SERIES,
    SUPPLIER_RETURN_SERIES,
    ADJUSTMENT_SERIES,
    COUNT_SERIES,
    X_REPORT_SERIES,
    Z_REPORT_SERIES,
)
_NUMBER = re.compile(r"^\s*([A-Za-z]?)[\s-]*0*(\d{1,12})\s*$")
#: Built once: every sale and refund takes a number.
_TAKE = Prepared(
    update(document_counters)
    .where(document_counters.c.series == bindparam("series_name"))
    .values(next_number=document_counters.c.next_number + 1)
    .returning(document_counters.c.next_number)
)


def take_number(uow: UnitOfWork, series: str) -> int:
    """The next number of ``series``, reserved until the unit of work ends."""
    taken = _TAKE.scalar(uow, {"series_name": series})
    if taken is None:
        raise InvalidInput("This database holds no shop yet. Create one or open the demo.")
    return int(taken) - 1


def format_number(series: str, number: int) -> str:
    """The printed form: 'S000042'. Scanners read it back from the receipt's barcode."""
    return f"{series}{number:06d}"


def parse_number(text: str) -> tuple[str, int]:
    """'S000042', 's-42' or plain '42' (a sale) to (series, number)."""
    match = _NUMBER.match(text)
    if match is None:
        raise InvalidInput(f"'{text}' is not a receipt number. It looks like S000042.")
    series = (match.group(1) or SALE_SERIES).upper()
    return series, int(match.group(2))
