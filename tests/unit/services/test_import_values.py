"""Reading the cells of a products file: numbers per locale, yes/no, units, barcodes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos.domain.cart import Unit
from pos.domain.errors import InvalidBarcode
from pos.domain.money import Currency
from pos.services.catalog.import_columns import Field
from pos.services.catalog.import_read import SourceRow, sniff_delimiter, xlsx_text
from pos.services.catalog.import_rows import RowReader
from pos.services.catalog.import_seen import SeenKeys
from pos.services.catalog.import_values import (
    CellError,
    NumberReader,
    read_barcodes,
    read_bool,
    read_unit,
)
from pos.services.lookup import fold


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


@pytest.mark.parametrize(
    ("locale", "exponent", "text", "expected"),
    [
        ("en_IE", 2, "2.40", "2.40"),
        ("en_IE", 2, " €3 ", "3"),
        ("de_DE", 2, "2,4", "2.4"),
        ("en_IE", 0, "1200", "1200"),
        ("en_IE", 3, "1.255", "1.255"),
        # Everything else is left to the full reading and its checks:
        ("en_IE", 2, "2.405", None),  # a decimal too many for the currency
        ("en_IE", 0, "12.5", None),
        ("en_IE", 2, "-1.00", None),  # below zero
        ("en_IE", 2, "1,234.50", None),  # grouping
        ("de_DE", 2, "2.40", None),  # a point in a decimal-comma shop
        ("en_IE", 2, "abc", None),
        ("en_IE", 2, "1e5", None),
    ],
)
def test_the_plain_amount_fast_path_reads_only_what_the_full_reading_accepts(
    locale: str, exponent: int, text: str, expected: str | None
) -> None:
    numbers = NumberReader(locale)
    value = numbers.plain_amount(exponent)(text)
    assert value == (None if expected is None else Decimal(expected))
    if value is not None:
        assert (value, str(value)) == (numbers.amount(text), expected)


def test_stacked_tax_cells_keep_their_parts() -> None:
    reader = RowReader(("Tax",), (Field.TAX_RATE,), Currency("EUR", 2), NumberReader("de_DE"))
    ref = reader.read(SourceRow(2, ("GST+PST + 9,975 %",))).tax_rate
    assert ref is not None and ref.percent is None
    assert [(p.text, p.percent) for p in ref.parts] == [
        ("GST", None),
        ("PST", None),
        ("9,975 %", Decimal("9.975")),
    ]
    assert ref.joins == ("+", " + ")
    single = reader.read(SourceRow(3, ("7,7 %",))).tax_rate
    assert single is not None and (single.percent, single.parts) == (Decimal("7.7"), ())


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Crème Brûlée ", "creme brulee"),
        ("ŁÓDŹ Straße", "łodz strasse"),
        ("蕎麦 noodles", "蕎麦 noodles"),
        ("がっこう", "かっこう"),  # a mark beyond the Latin accents: still taken off
        ("naïve Ærø", "naive ærø"),
    ],
)
def test_names_are_folded_without_accents(name: str, folded: str) -> None:
    assert fold(name) == folded
