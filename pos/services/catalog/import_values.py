"""Turning the text of a cell into a value: numbers in the shop's locale, yes/no, units.

Numbers are read with the decimal symbol of the shop's locale (a comma in Germany, a point
in Ireland), through Babel; never through float. Plain numbers ('12', '2,40') take a fast
path built on the same Babel symbols: a million-row file holds several million of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, get_decimal_symbol, parse_decimal

from pos.domain.barcodes import normalize_barcode
from pos.domain.cart import Unit

#: Signs that may stand around an amount in a spreadsheet: they carry no value.
_CURRENCY_SIGNS = "€$£¥₹₽₺₩₪₫₦₱฿₴₸₲₡ "
_SPACES = " \t\u00a0\u202f"
#: What ``number`` strips off a cell: signs and spaces, joined once.
_AROUND = _CURRENCY_SIGNS + _SPACES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split(" "))


_YES = _words("yes y true 1 x ja j oui o si sí s sim tak da igen ano kyllä evet")
_NO = _words("no n false 0 nein non nee nej nie não nao ne nem ei hayir")
_EACH = _words(
    "each ea pc pcs piece pieces unit units stk stück stueck st pce pièce unidad "
    "ud uds pz pezzo pezzi stuk st. szt sztuka unidade un"
)
_KG = _words("kg kgs kilo kilos kilogram kilograms kilogramm kilogramme kilogramo")
_BARCODE_SEPARATORS = re.compile(r"[|\s,;]+")


class CellError(ValueError):
    """A cell that cannot be read; ``str()`` is the reason in plain words."""


class NumberReader:
    """Reads numbers written the way the shop's locale writes them.

    Args:
        locale: the shop's locale (Babel identifier), e.g. 'de_DE'.
        decimal_point: the decimal symbol when the file fixes it ('.' for .xlsx numbers);
            None to use the locale's.
    """

    def __init__(self, locale: str, decimal_point: str | None = None) -> None:
        self.locale = "en" if decimal_point == "." else locale
        self.decimal = decimal_point or get_decimal_symbol(locale)
        symbol = re.escape(self.decimal)
        self._plain = re.compile(rf"-?\d+(?:{symbol}\d+)?")

    def number(self, text: str, what: str = "number") -> Decimal:
        """The Decimal written in ``text``, or CellError ("'abc' is not an amount")."""
        cleaned = text.strip(_AROUND)
        if self._plain.fullmatch(cleaned):
            return Decimal(cleaned.replace(self.decimal, ".") if self.decimal != "." else cleaned)
        if "e" in cleaned or "E" in cleaned:  # '1e5', or a barcode Excel turned into '4E+12'
            raise CellError(f"'{text}' is not {what}")
        try:
            value = parse_decimal(cleaned, locale=self.locale, strict=True)
        except (NumberFormatError, InvalidOperation, ValueError):
            raise CellError(f"'{text}' is not {what}") from None
        if not value.is_finite():
            raise CellError(f"'{text}' is not {what}")
        return value

    def amount(self, text: str) -> Decimal:
        return self.number(text, "an amount")

    def plain_amount(self, exponent: int) -> Callable[[str], Decimal | None]:
        """A reader of the usual amount cell ('2.40', '€3'): zero or more, at most
        ``exponent`` decimals, no grouping. It gives None for any other text, which
        ``amount`` and the full checks then read; the regular expression is made once."""
        symbol = re.escape(self.decimal)
        fraction = rf"(?:{symbol}\d{{1,{exponent}}})?" if exponent else ""
        match = re.compile(rf"\d+{fraction}").fullmatch
        point = self.decimal == "."
        decimal = self.decimal

        def read(text: str) -> Decimal | None:
            cleaned = text.strip(_AROUND)
            if match(cleaned) is None:
                return None
            return Decimal(cleaned if point else cleaned.replace(decimal, "."))

        return read

    def percent(self, text: str) -> Decimal:
        """A percentage: '20', '20 %', '7,7%'."""
        return self.number(text.strip().removesuffix("%"), "a percentage")

    def format(self, value: Decimal) -> str:
        """``value`` as this reader reads it back: no grouping, the locale's decimal symbol."""
        text = format(value, "f")
        return text.replace(".", self.decimal) if self.decimal != "." else text


def read_bool(text: str) -> bool:
    """Yes or no in English or a few other languages ('ja', 'oui', '1', 'x' ...)."""
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CellError(f"'{text}' is not yes or no")


def read_unit(text: str) -> Unit:
    """'each' (pieces) or 'kg' (weighed), in a few common spellings."""
    word = text.strip().casefold()
    if word in _EACH:
        return Unit.EACH
    if word in _KG:
        return Unit.KG
    raise CellError(f"'{text}' is not a unit: use 'each' or 'kg'")


def read_barcodes(text: str) -> tuple[str, ...]:
    """The codes in one cell, separated by '|', spaces, commas or semicolons, each
    checked and normalized as the till does (a wrong check digit is refused)."""
    cleaned = text.strip()
    if cleaned.isalnum():  # one code, nothing to split: most cells
        return (normalize_barcode(cleaned),)
    codes: list[str] = []
    for part in _BARCODE_SEPARATORS.split(cleaned):
        if part:
            code = normalize_barcode(part)
            if code not in codes:
                codes.append(code)
    return tuple(codes)
