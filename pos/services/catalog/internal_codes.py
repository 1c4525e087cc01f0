"""The shop's own codes: internal EAN-13 barcodes for goods without one, SKUs for products
given none, and what a code on a product means for the scale's labels.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import exists, func, select

from pos.db.engine import Database
from pos.db.tables import barcodes, products
from pos.db.uow import UnitOfWork
from pos.domain.barcodes import Measure, VariableMeasureRule, with_check_digit
from pos.domain.errors import InvalidInput
from pos.services.settings import read_settings

#: In-store prefixes, in the order an internal code takes them. GS1 keeps 20 for numbers a
#: company uses inside its own walls; 21-29 are restricted circulation too, but a country's
#: GS1 office may give them a regional meaning, and shop scales print their weight and price
#: labels there (ShopTill's defaults: 21 weight, 22 price). So 20 first, then 29 downwards.
#: A prefix that any weighed-item rule in Settings uses is skipped: at the till a code there
#: would read as a scale label, its middle digits taken for grams or cents.
PREFERRED_PREFIXES = ("20", "29", "28", "27", "26", "25", "24", "23", "22", "21")
#: An internal code: two prefix digits, ten digits of serial number, the check digit.
_SERIAL_DIGITS = 10
_LAST_SERIAL = 10**_SERIAL_DIGITS - 1


def internal_prefix(rules: Collection[VariableMeasureRule]) -> str:
    """The first preferred prefix that no weighed-item rule's prefix overlaps.

    A rule with prefix '2' takes all of 20-29; one with '201' takes a part of 20, and so
    all of it, since a serial number may start with 1.

    Raises:
        InvalidInput: the rules in Settings take every prefix from 20 to 29.
    """
    for prefix in PREFERRED_PREFIXES:
        if not any(prefix.startswith(r.prefix) or r.prefix.startswith(prefix) for r in rules):
            return prefix
    raise InvalidInput(
        "Every in-store prefix from 20 to 29 is used by a scale label layout in Settings, so "
        "no internal barcode can be made. Free one of them under Settings, or use the "
        "barcode printed on the goods."
    )


def generate_internal_barcode(db: Database, taken: Collection[str] = ()) -> str:
    """A new EAN-13 for the shop's own use, on no product yet and not in ``taken``.

    ``taken``: codes already chosen but not saved yet (the product dialog's new barcodes).
    Codes follow one another: the first is 2000000000015 (prefix 20, serial 1), the next
    one after the highest the shop holds under the same prefix.
    """
    with db.read() as uow:
        return next_internal_barcode(uow, taken)


def next_internal_barcode(uow: UnitOfWork, taken: Collection[str] = ()) -> str:
    """``generate_internal_barcode`` inside an open unit of work."""
    prefix = internal_prefix(read_settings(uow).variable_measure_rules)
    serial = _highest_serial(uow, prefix) + 1
    if serial > _LAST_SERIAL:
        # Someone typed in the very last code of the range: look for a gap from the start.
        serial = 1
    for candidate_serial in range(serial, _LAST_SERIAL + 1):
        code = with_check_digit(f"{prefix}{candidate_serial:0{_SERIAL_DIGITS}d}")
        if code not in taken and not _on_a_product(uow, code):
            return code
    raise InvalidInput("Every internal barcode under this prefix is in use.")


def _highest_serial(uow: UnitOfWork, prefix: str) -> int:
    """The serial of the highest 13-digit code under ``prefix`` on a product, or 0.

    Barcodes are the primary key, so this walks the key's index down from the top of the
    range; codes of other lengths that sort inside it (an EAN-8 '20123457') are passed by.
    """
    low, high = prefix + "0" * 11, prefix + "9" * 11
    found = uow.connection.execute(
        select(barcodes.c.code)
        .where(barcodes.c.code >= low, barcodes.c.code <= high)
        .order_by(barcodes.c.code.desc())
    )
    for (code,) in found:
        if len(code) == 13 and code.isascii() and code.isdigit():
            return int(code[2:12])
    return 0


def _on_a_product(uow: UnitOfWork, code: str) -> bool:
    return bool(uow.connection.scalar(select(exists().where(barcodes.c.code == code))))


def next_sku(uow: UnitOfWork) -> str:
    """A free SKU for a product given none: 'P' and the next product number ('P000124')."""
    number = (uow.connection.scalar(select(func.max(products.c.id))) or 0) + 1
    while True:
        sku = f"P{number:06d}"
        if not uow.connection.scalar(select(exists().where(products.c.sku == sku))):
            return sku
        number += 1


@dataclass(frozen=True, slots=True)
class ScaleKey:
    """A product's code read as the key a scale prints on its labels: prefix and item."""

    prefix: str
    item: str
    measure: Measure


def scale_key(code: str, rules: Collection[VariableMeasureRule]) -> ScaleKey | None:
    """The scale label key ``code`` is, or None: a rule's prefix followed by its item digits.

    E.g. '2100001' under the default rules: labels '21' + item '00001' + weight, so a label
    2100001012504 (1.250 kg) rings up the product carrying 2100001.
    """
    if not (code.isascii() and code.isdigit()):
        return None
    for rule in rules:
        length = rule.template.count("P") + rule.template.count("I")
        if len(code) == length and code.startswith(rule.prefix):
            return ScaleKey(rule.prefix, code[len(rule.prefix) :], rule.measure)
    return None
