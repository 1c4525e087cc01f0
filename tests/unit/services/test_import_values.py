"""Reading the cells of a products file: numbers per locale, yes/no, units, barcodes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos.domain.cart import Unit
from pos.domain.errors import InvalidBarcode
from pos.services.catalog.import_read import sniff_delimiter, xlsx_text
from pos.services.catalog.import_seen import SeenKeys
from pos.services.catalog.import_values import (
    CellError,
    NumberReader,
    read_barcodes,
    read_bool,
    read_unit,
)


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en_IE", "2.40", "2.40"),
        ("en_IE", "1,234.50", "1234.50"),
        ("en_IE", "€ 3", "3"),
        ("de_DE", "2,40", "2.40"),
        ("de_DE", "1.234,5", "1234.5"),
        ("de_DE", "2,40 €", "2.40"),
        ("fr_FR", "1\u202f234,50", "1234.50"),
        ("en_IE", "-0.5", "-0.5"),
    ],
)
def test_numbers_follow_the_shops_locale(locale: str, text: str, expected: str) -> None:
    value = NumberReader(locale).amount(text)
    assert (value, str(value)) == (Decimal(expected), expected)


@pytest.mark.parametrize(
    ("locale", "text"), [("en_IE", "abc"), ("en_IE", "2,40"), ("de_DE", "1e5")]
)
def test_what_is_not_a_number_says_so(locale: str, text: str) -> None:
    with pytest.raises(CellError, match=f"'{text}' is not an amount"):
        NumberReader(locale).amount(text)


def test_workbook_numbers_use_a_point_whatever_the_locale() -> None:
    reader = NumberReader("de_DE", decimal_point=".")
    assert reader.amount("14.9") == Decimal("14.9")
    assert reader.percent("7.7 %") == Decimal("7.7")
    assert (xlsx_text(14.9), xlsx_text(4006381333931.0), xlsx_text(True), xlsx_text(None)) == (
        "14.9",
        "4006381333931",
        "yes",
        "",
    )


def test_yes_no_units_and_barcodes() -> None:
    assert [read_bool(t) for t in ("Yes", "ja", "1", "x", "no", "NEIN", "0")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert (read_unit("pcs"), read_unit("Stück"), read_unit("KG")) == (
        Unit.EACH,
        Unit.EACH,
        Unit.KG,
    )
    with pytest.raises(CellError):
        read_bool("maybe")
    # UPC-A is kept in its EAN-13 form, as the till looks it up; repeats count once.
    assert read_barcodes("4006381333931 | 036000291452, 4006381333931") == (
        "4006381333931",
        "0036000291452",
    )
    with pytest.raises(InvalidBarcode):
        read_barcodes("4006381333932")


def test_the_delimiter_is_the_one_the_header_uses_most() -> None:
    assert sniff_delimiter("SKU;Name;Price\r\n") == ";"
    assert sniff_delimiter("SKU\tName, with comma\tPrice") == "\t"
    assert sniff_delimiter('"A;B",C,D') == ","
    assert sniff_delimiter("SKU") == ","


def test_seen_keys_grow_and_remember_every_key() -> None:
    seen = SeenKeys()
    keys = [f"SKU-{i}" for i in range(600_000)]  # past the first table's size, twice
    for key in keys[::2]:
        seen.add(key)
    assert all(key in seen for key in keys[::2])
    assert not any(key in seen for key in keys[1::2])
    assert len(seen) == 300_000
