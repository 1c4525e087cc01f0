from decimal import Decimal

import pytest

from pos.domain.barcodes import (
    DEFAULT_VARIABLE_MEASURE_RULES,
    Measure,
    VariableMeasureRule,
    normalize_barcode,
    parse_variable_measure,
    with_check_digit,
)
from pos.domain.errors import InvalidBarcode, InvalidInput


@pytest.mark.parametrize(
    ("scanned", "stored"),
    [
        ("4006381333931", "4006381333931"),  # EAN-13
        ("96385074", "96385074"),  # EAN-8
        ("036000291452", "0036000291452"),  # UPC-A is kept in its EAN-13 form
        (" 4006381333931\n", "4006381333931"),
        ("PLU-4011", "PLU-4011"),  # the shop's own code
        ("2100001", "2100001"),
    ],
)
def test_valid_codes_are_normalized(scanned: str, stored: str) -> None:
    assert normalize_barcode(scanned) == stored


@pytest.mark.parametrize("bad", ["4006381333932", "96385075", "036000291453"])
def test_wrong_check_digit_is_refused_in_plain_words(bad: str) -> None:
    with pytest.raises(InvalidBarcode, match="check digit is wrong"):
        normalize_barcode(bad)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "has space",
        "x" * 40,
        "é-code",
        "²" * 8,  # digits to str.isdigit(), but no check digit can be worked out
        "\u0664\u0660\u0660\u0666\u0663\u0668\u0661\u0663\u0663\u0663\u0669\u0663\u0661",
    ],
)
def test_malformed_codes_are_refused(bad: str) -> None:
    with pytest.raises(InvalidBarcode):
        normalize_barcode(bad)


def test_weight_embedded_barcode() -> None:
    code = with_check_digit("211234501250")
    found = parse_variable_measure(code, DEFAULT_VARIABLE_MEASURE_RULES, 2)
    assert found is not None
    assert (found.item_key, found.measure, found.value) == (
        "2112345",
        Measure.WEIGHT,
        Decimal("1.250"),
    )


def test_price_embedded_barcode_uses_the_currency_decimals() -> None:
    code = with_check_digit("221234500399")
    assert parse_variable_measure(code, DEFAULT_VARIABLE_MEASURE_RULES, 2).value == Decimal("3.99")
    assert parse_variable_measure(code, DEFAULT_VARIABLE_MEASURE_RULES, 0).value == Decimal("399")


def test_layout_with_a_price_check_digit() -> None:
    rules = (VariableMeasureRule("20", "PPIIIIXVVVVVC", Measure.PRICE),)
    code = with_check_digit("201234" + "7" + "01575")
    found = parse_variable_measure(code, rules, 2)
    assert found is not None
    assert (found.item_key, found.value) == ("201234", Decimal("15.75"))


def test_ordinary_barcodes_are_not_variable_measure() -> None:
    assert parse_variable_measure("4006381333931", DEFAULT_VARIABLE_MEASURE_RULES, 2) is None


@pytest.mark.parametrize(
    ("prefix", "template"),
    [("21", "PPIIIIIVVVVV"), ("31", "PPIIIIIVVVVVC"), ("2", "PPIIIIIVVVVVC")],
)
def test_bad_layouts_are_refused(prefix: str, template: str) -> None:
    with pytest.raises(InvalidInput):
        VariableMeasureRule(prefix, template, Measure.WEIGHT)
