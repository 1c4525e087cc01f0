"""One row of a products file read into values, with the checks of the product dialog.

Only the cells of mapped columns are read; an empty cell means "leave it as it is" for a
product that exists (and the default for a new one). Every problem of a row is kept, each
with its column, so the user can fix them all in one go.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pos.domain.cart import MAX_AMOUNT, QUANTITY_QUANTUM, Unit, check_amount
from pos.domain.errors import InvalidInput
from pos.domain.money import ZERO, Currency
from pos.services.catalog.import_columns import Field, Mapping
from pos.services.catalog.import_read import SourceRow
from pos.services.catalog.import_values import (
    CellError,
    NumberReader,
    read_barcodes,
    read_bool,
    read_unit,
)

# The same rules as the product dialog and ``create_product``.
from pos.services.catalog.rules import check_name, normalize_sku


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one cell of one row cannot be imported.

    Attributes:
        line: the line (CSV) or row (.xlsx) number; the header is line 1.
        column: the column's header, as in the file (empty for a problem of the whole row).
        reason: what is wrong, in plain words.
    """

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.column}" if self.column else f"line {self.line}"
        return f"{where}: {self.reason}"


def plain(message: str) -> str:
    """A service's sentence as the tail of 'line 5, price: ...': no capital, no full stop."""
    text = message.strip().rstrip(".")
    if len(text) > 1 and (text[1] == " " or text[1].islower()):
        text = text[0].lower() + text[1:]
    return text


@dataclass(frozen=True, slots=True)
class TaxRef:
    """A tax rate as a cell names it: by name, or by percent when the cell is a number.

    A cell with a '+' may name several rates stacked on one product ('GST + QST',
    '5 % + 9.975 %'): ``parts`` are its pieces between the '+' signs, each read like a cell
    of its own, and ``joins`` the '+' signs as written between them (a rate whose own name
    holds a '+' is found by joining pieces back). No '+': no parts.
    """

    text: str
    percent: Decimal | None
    parts: tuple[TaxRef, ...] = ()
    joins: tuple[str, ...] = ()


@dataclass(slots=True)
class RowValues:
    """What a row says, for the mapped and non-empty cells only (None: not given)."""

    line: int
    cells: tuple[str, ...]
    sku: str | None = None
    name: str | None = None
    category: str | None = None
    price: Decimal | None = None
    cost: Decimal | None = None
    tax_rate: TaxRef | None = None
    barcodes: tuple[str, ...] | None = None
    unit: Unit | None = None
    reorder_level: Decimal | None = None
    reorder_quantity: Decimal | None = None
    favourite: bool | None = None
    active: bool | None = None
    on_hand: Decimal | None = None
    #: The usual supplier's name as the cell gives it (found by name when decided).
    supplier: str | None = None
    max_level: Decimal | None = None
    errors: list[RowError] = field(default_factory=list)
    headers: dict[Field, str] = field(default_factory=dict)

    def fail(self, which: Field | None, reason: str) -> None:
        """Note a problem with the cell of ``which`` (None: of the whole row)."""
        column = self.headers.get(which, "") if which is not None else ""
        self.errors.append(RowError(self.line, column, plain(reason)))


#: As long as a supplier's name can be (``suppliers.name``).
SUPPLIER_NAME_MAX = 120
#: Between stacked tax rates in one cell, kept by ``split`` (the capturing group).
_PLUS = re.compile(r"(\s*\+\s*)")
#: The stock and reorder figures, whose decimals depend on the unit.
QUANTITY_FIELDS = (Field.ON_HAND, Field.REORDER_LEVEL, Field.REORDER_QUANTITY, Field.MAX_LEVEL)


class RowReader:
    """Reads rows of one file with one mapping, in the shop's currency and locale."""

    def __init__(
        self, headers: tuple[str, ...], mapping: Mapping, money: Currency, numbers: NumberReader
    ) -> None:
        self.columns = [(i, f) for i, f in enumerate(mapping) if f is not None]
        self.headers = {f: headers[i] or f.value for i, f in self.columns}
        self.money = money
        self.numbers = numbers
        self._quantum = money.quantum
        self._plain_amount = numbers.plain_amount(money.exponent)
        self._taxes: dict[str, TaxRef] = {}
        self._readers: dict[Field, Callable[[str], Any]] = {
            Field.SKU: normalize_sku,
            Field.NAME: check_name,
            Field.CATEGORY: _remembered(_category),
            Field.PRICE: self._amount_reader("price"),
            Field.COST: self._amount_reader("cost"),
            Field.TAX_RATE: self._tax,
            Field.BARCODES: read_barcodes,
            Field.UNIT: _remembered(read_unit),
            Field.REORDER_LEVEL: lambda t: _not_negative(numbers.number(t, "a number"), "level"),
            Field.REORDER_QUANTITY: lambda t: _not_negative(
                numbers.number(t, "a number"), "quantity"
            ),
            Field.FAVOURITE: _remembered(read_bool),
            Field.ACTIVE: _remembered(read_bool),
            Field.ON_HAND: lambda t: numbers.number(t, "a number"),
            Field.SUPPLIER: _remembered(_supplier),
            Field.MAX_LEVEL: lambda t: _max_level(numbers.number(t, "a number")),
        }
        # Looked up once, not for every cell of a million rows.
        self._plan = [(i, f, f.value, self._readers[f]) for i, f in self.columns]
        self._quantities = [(f, f.value) for f in QUANTITY_FIELDS if f in self.headers]

    def read(self, row: SourceRow) -> RowValues:
        """The row's values; problems are in ``errors`` (then the values are incomplete)."""
        values = RowValues(row.line, row.cells, headers=self.headers)
        cells = row.cells
        width = len(cells)
        for index, which, name, reader in self._plan:
            text = cells[index].strip() if index < width else ""
            if not text:
                continue
            try:
                setattr(values, name, reader(text))
            except (CellError, InvalidInput) as error:
                values.fail(which, str(error))
        for which, name in self._quantities:
            quantity: Decimal | None = getattr(values, name)
            # Stock and reorder figures go to the gram (whole pieces are checked once the
            # product's unit is known). Stock may be below zero: sold before it was counted.
            if quantity is not None and quantity != quantity.quantize(QUANTITY_QUANTUM):
                values.fail(which, f"{quantity} has more than 3 decimals (grams at most)")
        return values

    def _amount_reader(self, what: str) -> Callable[[str], Decimal]:
        """A reader of amounts, checked as ``check_amount`` does (which says what is wrong).
        The usual good cell ('2.40') is let through by one pattern and one comparison."""
        plain_amount = self._plain_amount

        def read(text: str) -> Decimal:
            plain = plain_amount(text)
            if plain is not None and plain < MAX_AMOUNT:  # at or above zero, decimals checked
                return plain
            value = self.numbers.amount(text)
            if ZERO <= value < MAX_AMOUNT and value == value.quantize(self._quantum):
                return value
            return check_amount(value, self.money, what)

        return read

    def _tax(self, text: str) -> TaxRef:
        # A few rates repeat on every row: each text is read once.
        ref = self._taxes.get(text)
        if ref is None:
            ref = self._one_tax(text)
            if "+" in text:
                pieces = _PLUS.split(text)
                parts = tuple(self._one_tax(piece) for piece in pieces[::2])
                ref = TaxRef(text, ref.percent, parts, tuple(pieces[1::2]))
            self._taxes[text] = ref
        return ref

    def _one_tax(self, text: str) -> TaxRef:
        percent = None
        if any(c.isdigit() for c in text):
            try:
                percent = self.numbers.percent(text)
            except CellError:
                percent = None
        return TaxRef(text, percent)


#: Texts a remembering reader keeps at most: far more than a file's categories or units.
_REMEMBERED = 10_000
_UNREAD = object()


def _remembered(reader: Callable[[str], Any]) -> Callable[[str], Any]:
    """``reader`` keeping its answers: categories, units and yes/no repeat on every row.
    A text it refuses is not kept: it is read (and refused) again each time."""
    known: dict[str, Any] = {}

    def read(text: str) -> Any:
        value = known.get(text, _UNREAD)
        if value is _UNREAD:
            value = reader(text)
            if len(known) < _REMEMBERED:
                known[text] = value
        return value

    return read


def _category(text: str) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) > 80:
        raise InvalidInput("Category names can have 80 characters at most.")
    return cleaned


def _supplier(text: str) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) > SUPPLIER_NAME_MAX:
        raise InvalidInput(f"Supplier names can have {SUPPLIER_NAME_MAX} characters at most.")
    return cleaned


def _max_level(value: Decimal) -> Decimal:
    if value < 0:
        raise InvalidInput("The max level cannot be negative (0 means none).")
    return value


def _not_negative(value: Decimal, what: str) -> Decimal:
    if value < 0:
        raise InvalidInput(f"The reorder {what} cannot be negative.")
    return value
