"""Barcodes: GTIN check digits (python-stdnum), internal codes and GS1 variable-measure codes.

GTINs are stored and looked up in one normal form: UPC-A (12 digits) becomes its EAN-13 form
with a leading zero, so a scanner set to either output finds the same product.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from stdnum import ean

from pos.domain.errors import InvalidBarcode, InvalidInput

GTIN_LENGTHS = frozenset({8, 12, 13, 14})
_INTERNAL_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$")
_TEMPLATE = re.compile(r"^P+I+X?V+C$")


def normalize_barcode(text: str) -> str:
    """Validate a scanned or typed code and return its stored form.

    Numeric codes of a GTIN length (8, 12, 13, 14 digits) must carry a correct check digit;
    other codes up to 32 letters, digits and ``. _ / -`` are the shop's own internal codes.

    Raises:
        InvalidBarcode: the check digit is wrong or the code has characters no label carries.
    """
    code = text.strip()
    if code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS:  # not "²" or "٣"
        # Digits and length are checked: only the check digit is left (``ean.is_valid``
        # would clean and check the code again, twice the time of a scan's lookup).
        if _check_digit(code[:-1]) != code[-1]:
            raise InvalidBarcode(
                f"The barcode {code} is misread or misprinted: its check digit is wrong. "
                "Scan it again or type the number under the bars."
            )
        return "0" + code if len(code) == 12 else code
    if not _INTERNAL_CODE.match(code):
        raise InvalidBarcode(
            f"'{code}' cannot be a barcode: use up to 32 letters and digits."
            if code
            else "The barcode is empty."
        )
    return code


def _check_digit(digits: str) -> str:
    """The GS1 check digit of ``digits`` (ASCII digits only): weights 3, 1, 3 ... from the
    right. What ``ean.calc_check_digit`` computes, in a fifth of its time (an import checks
    a million codes)."""
    # Summed as bytes, each ASCII digit its value plus 48 (b"0"), the 48s taken off after:
    # no int() per digit.
    raw = digits.encode("ascii")
    odd, even = raw[-1::-2], raw[-2::-2]
    total = 3 * (sum(odd) - 48 * len(odd)) + sum(even) - 48 * len(even)
    return str(-total % 10)


def with_check_digit(digits: str) -> str:
    """Append the GS1 check digit to ``digits`` (7, 11, 12 or 13 digits long)."""
    return digits + ean.calc_check_digit(digits)


class Measure(StrEnum):
    """What the value digits of a variable-measure barcode say."""

    WEIGHT = "weight"
    PRICE = "price"


@dataclass(frozen=True, slots=True)
class VariableMeasureRule:
    """One in-store (GS1 prefix 20-29) barcode layout, a shop setting.

    ``template`` spells the 13 digits: P prefix, I item code, X a price check digit that is
    ignored, V the value, C the check digit. E.g. 'PPIIIIIVVVVVC' with prefix '21': item
    12345 weighing 1.250 kg prints as 2112345012504 (weights are in grams).
    """

    prefix: str
    template: str
    measure: Measure

    def __post_init__(self) -> None:
        if len(self.template) != 13 or not _TEMPLATE.match(self.template):
            raise InvalidInput(
                f"The barcode layout '{self.template}' must be 13 characters like PPIIIIIVVVVVC."
            )
        if not (self.prefix.isdigit() and self.prefix.startswith("2")):
            raise InvalidInput(f"In-store barcode prefixes start with 2, not '{self.prefix}'.")
        if len(self.prefix) != self.template.count("P"):
            raise InvalidInput(
                f"The prefix '{self.prefix}' must have as many digits as the P's in the layout."
            )


@dataclass(frozen=True, slots=True)
class VariableMeasure:
    """What a variable-measure barcode carries: the item's key and its weight or price."""

    item_key: str
    measure: Measure
    value: Decimal


DEFAULT_VARIABLE_MEASURE_RULES = (
    VariableMeasureRule("21", "PPIIIIIVVVVVC", Measure.WEIGHT),
    VariableMeasureRule("22", "PPIIIIIVVVVVC", Measure.PRICE),
)


def parse_variable_measure(
    code: str, rules: tuple[VariableMeasureRule, ...], price_decimals: int
) -> VariableMeasure | None:
    """Read an in-store weight or price barcode, or None if no rule's prefix matches.

    The item key is the prefix followed by the item digits (e.g. '2112345'): a product is
    found by carrying that key as one of its barcodes.
    """
    if len(code) != 13 or not code.isdigit():
        return None
    for rule in rules:
        if not code.startswith(rule.prefix):
            continue
        item = "".join(d for d, t in zip(code, rule.template, strict=True) if t == "I")
        digits = "".join(d for d, t in zip(code, rule.template, strict=True) if t == "V")
        decimals = 3 if rule.measure is Measure.WEIGHT else price_decimals
        value = Decimal(int(digits)).scaleb(-decimals)
        return VariableMeasure(rule.prefix + item, rule.measure, value)
    return None
