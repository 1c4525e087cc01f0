"""Internal barcodes and SKUs made up by the shop: valid, unique, clear of the scale's labels."""

from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.barcodes import (
    Measure,
    VariableMeasureRule,
    normalize_barcode,
    parse_variable_measure,
    with_check_digit,
)
from pos.domain.errors import InvalidInput
from pos.services.catalog.internal_codes import (
    generate_internal_barcode,
    internal_prefix,
    scale_key,
)
from pos.services.catalog.products import ProductInput, add_barcode, create_product
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings, update_settings


def test_first_code_is_prefix_20_serial_1_with_its_check_digit(
    shop: ShopSettings, db: Database
) -> None:
    code = generate_internal_barcode(db)
    assert code == "2000000000015"
    assert normalize_barcode(code) == code  # the till's own check-digit rule accepts it


def test_codes_follow_the_highest_one_on_a_product(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    first = generate_internal_barcode(db)
    add_barcode(db, milk.id, first, actor=actor)
    second = generate_internal_barcode(db)
    assert second == "2000000000022"
    assert generate_internal_barcode(db, taken={second}) == "2000000000039"


def test_codes_of_other_lengths_in_the_range_are_passed_by(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    add_barcode(db, milk.id, "2000000000510", actor=actor)  # serial 51, a 13-digit internal code
    add_barcode(db, milk.id, "20999995", actor=actor)  # an EAN-8 that sorts inside the 20 range
    add_barcode(db, milk.id, with_check_digit("2000000000099"), actor=actor)  # a GTIN-14, too
    assert generate_internal_barcode(db) == "2000000000527"


def test_a_code_at_the_end_of_the_range_starts_a_search_for_a_gap(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    add_barcode(db, milk.id, "2099999999998", actor=actor)
    add_barcode(db, milk.id, "2000000000015", actor=actor)
    assert generate_internal_barcode(db) == "2000000000022"


def test_many_codes_are_all_valid_and_distinct(db: Database, shop: ShopSettings) -> None:
    taken: set[str] = set()
    for _ in range(200):
        code = generate_internal_barcode(db, taken)
        normalize_barcode(code)
        assert code not in taken
        taken.add(code)
    assert len(taken) == 200


@pytest.mark.parametrize(
    ("prefixes", "expected"),
    [
        (("21", "22"), "20"),
        (("20", "21"), "29"),
        (("201",), "29"),  # a longer rule prefix inside 20 takes all of 20
        (("2",), None),  # one rule over all of 20-29: no room left
    ],
)
def test_the_prefix_avoids_every_weighed_item_rule(
    prefixes: tuple[str, ...], expected: str | None
) -> None:
    rules = [
        VariableMeasureRule(p, "P" * len(p) + "I" * (7 - len(p)) + "VVVVVC", Measure.WEIGHT)
        for p in prefixes
    ]
    if expected is None:
        with pytest.raises(InvalidInput, match="20 to 29"):
            internal_prefix(rules)
    else:
        assert internal_prefix(rules) == expected


def test_generated_codes_move_when_settings_take_their_prefix(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    rules = (
        VariableMeasureRule("20", "PPIIIIIVVVVVC", Measure.WEIGHT),
        VariableMeasureRule("29", "PPIIIIIVVVVVC", Measure.PRICE),
    )
    update_settings(db, variable_measure_rules=rules, actor=actor)
    code = generate_internal_barcode(db)
    assert code.startswith("28")
    settings = get_settings(db)
    # At the till the code is a product's own barcode, never a weight or price label.
    assert parse_variable_measure(code, settings.variable_measure_rules, 2) is None
    normalize_barcode(code)


def test_no_code_when_every_prefix_is_a_scale_label(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    update_settings(
        db,
        variable_measure_rules=(VariableMeasureRule("2", "PIIIIIIVVVVVC", Measure.WEIGHT),),
        actor=actor,
    )
    with pytest.raises(InvalidInput, match="Settings"):
        generate_internal_barcode(db)


def test_an_empty_sku_is_made_up_and_unique(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    made = [
        create_product(
            db, ProductInput("", f"Loaf {n}", Decimal("2.00"), rates["Reduced"]), actor=actor
        )
        for n in range(3)
    ]
    assert [p.sku for p in made] == ["P000001", "P000002", "P000003"]


def test_a_made_up_sku_skips_one_typed_in_by_hand(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    create_product(
        db, ProductInput("P000002", "Typed", Decimal("1"), rates["Reduced"]), actor=actor
    )
    made = create_product(
        db, ProductInput(" ", "Made", Decimal("1"), rates["Reduced"]), actor=actor
    )
    assert made.sku == "P000003"


def test_scale_keys_under_the_default_rules(shop: ShopSettings) -> None:
    rules = shop.variable_measure_rules
    key = scale_key("2100001", rules)
    assert key is not None
    assert (key.prefix, key.item, key.measure) == ("21", "00001", Measure.WEIGHT)
    price_key = scale_key("2212345", rules)
    assert price_key is not None and price_key.measure is Measure.PRICE
    assert scale_key("4006381333931", rules) is None
    assert scale_key("2100001012504", rules) is None  # a whole label, not a key
    assert scale_key("2300001", rules) is None
    assert scale_key("21001", rules) is None  # too short for the layout
