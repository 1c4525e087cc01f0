"""Shelf-label data: words, money, the code to print and how many, from a selection."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput
from pos.services.catalog.labels import (
    MAX_LABELS,
    Copies,
    CopiesMode,
    LabelBarcode,
    LabelData,
    Symbology,
    check_label_count,
    choose_barcode,
    count_labels,
    label_batches,
    parse_copies,
    selection_by_names,
)
from pos.services.catalog.products import ProductInput, create_product, set_active
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import update_settings
from pos.services.stock.movements import adjust_stock, receive_stock

ALL = ProductSelection()
ONE = Copies()


def labels(
    db: Database, selection: ProductSelection = ALL, copies: Copies = ONE
) -> list[LabelData]:
    return [label for batch in label_batches(db, selection, copies) for label in batch]


@pytest.fixture
def cola(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    """A UPC-A product: typed as 12 digits, stored as its EAN-13 form."""
    return create_product(
        db,
        ProductInput(
            "COLA", "Cola 12 fl oz", Decimal("0.99"), rates["Standard"], barcodes=["036000291452"]
        ),
        actor=actor,
    )


@pytest.fixture
def bread(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    """No barcode at all: its SKU is printed."""
    return create_product(
        db,
        ProductInput("BREAD-42", "Sourdough", Decimal("3.10"), rates["Reduced"], category="Bakery"),
        actor=actor,
    )


def test_a_label_says_name_price_unit_and_the_code_to_scan(
    db: Database,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    cola: ProductDTO,
    bread: ProductDTO,
) -> None:
    by_sku = {label.sku: label for label in labels(db)}
    assert by_sku["MILK"] == LabelData(
        milk.id,
        "MILK",
        "Fresh Milk 1 L",
        "€1.20",
        Unit.EACH,
        False,
        LabelBarcode("4006381333931", Symbology.EAN13),
        1,
    )
    assert by_sku["WINE"].barcode == LabelBarcode("96385074", Symbology.EAN8)
    assert by_sku["WINE"].name == "Crème de cassis 70 cl"
    assert by_sku["COLA"].barcode == LabelBarcode("036000291452", Symbology.UPCA)
    assert by_sku["APPLES"].barcode == LabelBarcode("2100001", Symbology.CODE128)
    assert (by_sku["APPLES"].per_kg, by_sku["APPLES"].price_text) == (True, "€2.99")
    assert by_sku["BREAD-42"].barcode == LabelBarcode("BREAD-42", Symbology.CODE128)


def test_prices_follow_the_shops_money_and_language(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    update_settings(db, currency="CHF", locale="de_CH", actor=actor)
    (label,) = labels(db)
    assert label.price_text == "CHF\xa01.20"
    update_settings(db, currency="JPY", locale="ja_JP", actor=actor)
    assert labels(db)[0].price_text == "￥1"


def test_the_code_chosen_prefers_a_retail_gtin() -> None:
    assert choose_barcode(["2100001", "4006381333931"], "X") == LabelBarcode(
        "4006381333931", Symbology.EAN13
    )
    # A GTIN-14 marks cases, not shelves: printed as Code 128 if nothing better exists.
    assert choose_barcode(["10012345678902"], "X").symbology is Symbology.CODE128  # type: ignore[union-attr]
    assert choose_barcode([], "CAFÉ-1") is None  # no bars carry 'É'


def test_copies_one_a_number_or_the_pieces_in_stock(
    db: Database, actor: Actor, milk: ProductDTO, wine: ProductDTO, apples: ProductDTO
) -> None:
    receive_stock(db, milk.id, Decimal(5), actor=actor)
    adjust_stock(db, wine.id, Decimal(-2), actor=actor, reason="x")
    receive_stock(db, apples.id, Decimal("12.5"), actor=actor)
    on_hand = Copies(CopiesMode.ON_HAND)
    counts = {label.sku: label.copies for label in labels(db, copies=on_hand)}
    # Wine is at -2: no label. Apples are weighed: one label for the loose pile.
    assert counts == {"MILK": 5, "APPLES": 1}
    assert count_labels(db, ALL, on_hand) == 6
    three = Copies(CopiesMode.FIXED, 3)
    assert {label.copies for label in labels(db, copies=three)} == {3}
    assert count_labels(db, ALL, three) == 9
    assert count_labels(db, ALL, Copies()) == 3


def test_copies_from_typed_text() -> None:
    assert parse_copies("1") == Copies()
    assert parse_copies(" on-hand ") == Copies(CopiesMode.ON_HAND)
    assert parse_copies("12") == Copies(CopiesMode.FIXED, 12)
    for bad, says in (("0", "1 to 1000"), ("-2", "not a number"), ("two", "not a number")):
        with pytest.raises(InvalidInput, match=says):
            parse_copies(bad)
    with pytest.raises(InvalidInput, match="1 to 1000 labels"):
        Copies(CopiesMode.FIXED, 1001)


def test_batches_stream_the_selection_and_skip_products_without_labels(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    made = [
        create_product(
            db,
            ProductInput(f"P{i}", f"Product {i}", Decimal(i + 1), rates["Standard"]),
            actor=actor,
        )
        for i in range(7)
    ]
    receive_stock(db, made[3].id, Decimal(2), actor=actor)
    sizes = [len(b) for b in label_batches(db, ALL, Copies(), batch=3)]
    assert sizes == [3, 3, 1]
    on_hand = list(label_batches(db, ALL, Copies(CopiesMode.ON_HAND), batch=3))
    assert [[label.sku for label in batch] for batch in on_hand] == [["P3"]]


def test_the_command_lines_selection_by_search_category_and_sku(
    db: Database, milk: ProductDTO, wine: ProductDTO, bread: ProductDTO, actor: Actor
) -> None:
    def skus(**names: object) -> list[str]:
        return [label.sku for label in labels(db, selection_by_names(db, **names))]  # type: ignore[arg-type]

    assert skus() == ["MILK", "WINE", "BREAD-42"]
    assert skus(text="cassis") == ["WINE"]
    assert skus(category_names=["dairy", "BAKERY"]) == ["MILK", "BREAD-42"]
    assert skus(skus=["wine", "bread-42"]) == ["WINE", "BREAD-42"]
    assert skus(category_names=["Dairy"], skus=["WINE"]) == []
    set_active(db, milk.id, False, actor=actor)
    assert skus() == ["WINE", "BREAD-42"]  # no labels for what is no longer sold
    with pytest.raises(InvalidInput, match="no category called 'Sweets'"):
        selection_by_names(db, category_names=["Sweets"])
    with pytest.raises(InvalidInput, match="No product has the SKU 'NOPE'"):
        selection_by_names(db, skus=["NOPE"])


def test_the_screens_selection_is_honoured(
    db: Database, milk: ProductDTO, wine: ProductDTO, bread: ProductDTO
) -> None:
    picked = ProductSelection(ProductFilter(active=True), ids=(bread.id, milk.id))
    assert [label.sku for label in labels(db, picked)] == ["MILK", "BREAD-42"]
    assert count_labels(db, picked, Copies(CopiesMode.FIXED, 4)) == 8


def test_too_few_or_too_many_labels_are_refused() -> None:
    with pytest.raises(InvalidInput, match="no labels to print"):
        check_label_count(0)
    check_label_count(MAX_LABELS)
    with pytest.raises(InvalidInput, match="at most 20,000 at a time"):
        check_label_count(MAX_LABELS + 1)
