"""The products screen's rows: counted, sorted by any column (ties by id), read by window."""

from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.services.catalog.listing import (
    ProductOrder,
    SortKey,
    count_products,
    read_window,
    read_window_ids,
)
from pos.services.catalog.products import ProductInput, create_product, set_active
from pos.services.catalog.selection import ProductFilter
from pos.services.dto import Actor
from pos.services.shop import owner
from pos.services.stock.movements import receive_stock


@pytest.fixture
def catalog(db: Database, rates: dict[str, int], actor: Actor) -> list[int]:
    """25 products; prices repeat so that sorting by price has ties."""
    return [
        create_product(
            db,
            ProductInput(
                f"S{i:02d}",
                f"Item {chr(ord('a') + (i * 7) % 25)} {i}",
                Decimal(i % 5 + 1),
                rates["Standard" if i % 2 else "Reduced"],
                cost=Decimal(i % 3),
                category=("Dairy", "Bakery", None)[i % 3],
                barcodes=[f"CODE{i}", f"ALT{i}"] if i % 4 == 0 else [],
            ),
            actor=actor,
        ).id
        for i in range(25)
    ]


def window_ids(db: Database, order: ProductOrder, start: int, size: int) -> list[int]:
    total = count_products(db, order.filter)
    return [row.id for row in read_window(db, order, start, size, total, user_id=owner(db).id)]


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_windows_from_either_end_join_into_one_stable_order(
    db: Database, catalog: list[int], key: SortKey, descending: bool
) -> None:
    order = ProductOrder(sort=key, descending=descending)
    whole = window_ids(db, order, 0, 25)
    assert sorted(whole) == sorted(catalog)
    # The second half is read from the far end, backwards: it must meet the first half.
    pieces = [window_ids(db, order, start, 4) for start in range(0, 25, 4)]
    assert [i for piece in pieces for i in piece] == whole
    assert window_ids(db, order, 24, 10) == whole[24:]  # the last row alone


def test_sort_orders_and_ties(db: Database, catalog: list[int], actor: Actor) -> None:
    total = count_products(db, ProductFilter())
    by_price = read_window(
        db, ProductOrder(sort=SortKey.PRICE), 0, total, total, user_id=actor.user_id
    )
    keys = [(row.price, row.id) for row in by_price]
    assert keys == sorted(keys)
    down = read_window(
        db,
        ProductOrder(sort=SortKey.PRICE, descending=True),
        0,
        total,
        total,
        user_id=actor.user_id,
    )
    assert [row.id for row in down] == [row.id for row in reversed(by_price)]
    by_margin = read_window(
        db, ProductOrder(sort=SortKey.MARGIN), 0, total, total, user_id=actor.user_id
    )
    # The margin sorts on the shelf price (its index): as the margin before tax when the
    # shop's prices exclude tax, and within each tax rate when they include it.
    margins = [row.margin(prices_include_tax=False) for row in by_margin]
    assert margins == sorted(margins)  # type: ignore[type-var]


def test_rows_carry_what_the_columns_show(db: Database, catalog: list[int], actor: Actor) -> None:
    first = read_window(db, ProductOrder(sort=SortKey.SKU), 0, 1, 25, user_id=actor.user_id)[0]
    assert (first.sku, first.category, first.tax_rate) == ("S00", "Dairy", "Reduced")
    assert (first.first_barcode, first.barcode_count) == ("ALT0", 2)
    assert first.margin(prices_include_tax=True) == Decimal(100)  # price 1, cost 0
    second = read_window(db, ProductOrder(sort=SortKey.SKU), 1, 1, 25, user_id=actor.user_id)[0]
    assert (second.first_barcode, second.barcode_count, second.category) == (None, 0, "Bakery")


def test_filters_count_and_window(db: Database, catalog: list[int], actor: Actor) -> None:
    dairy = ProductFilter(text="item", category_ids=(1,))
    assert count_products(db, dairy) == 9
    assert window_ids(db, ProductOrder(dairy, SortKey.SKU), 0, 3) == catalog[0:9:3]
    # One or two letters: a name's start or a whole SKU; three or more: inside name or SKU.
    assert count_products(db, ProductFilter(text="it")) == 25
    assert count_products(db, ProductFilter(text="S0")) == 0
    assert count_products(db, ProductFilter(text="s01")) == 1
    assert count_products(db, ProductFilter(text="m 1")) == 1  # 'Item m 16', inside the name
    assert read_window(db, ProductOrder(), 30, 10, 25, user_id=actor.user_id) == []  # past the end


@pytest.fixture
def shelves(db: Database, rates: dict[str, int], actor: Actor) -> list[int]:
    """Categories made out of alphabetical order (Zebra has the lowest id), one spelled in
    lower case, one with an accent, and products without a category among them."""
    made = []
    names = ["mint", "apple pie", "yoghurt", "brie", "kiwi", "egg", "oat", "cake", "dill"]
    shelf_of = ["Zebra", "Apples", None, "bakery", "Éclairs", "Zebra", "Apples", None, "Dairy"]
    for i, (name, shelf) in enumerate(zip(names * 3, shelf_of * 3, strict=True)):
        made.append(
            create_product(
                db,
                ProductInput(
                    f"SH{i:02d}",
                    f"{name} {i % 2}",  # two products share each name: ties go by id
                    Decimal(1),
                    rates["Standard"],
                    category=shelf,
                    reorder_level=Decimal(i % 3),
                ),
                actor=actor,
            ).id
        )
    return made


def expected_by_category(db: Database, product_filter: ProductFilter) -> list[int]:
    """Every product the filter shows, ordered by hand: category A to Z (case and accents
    aside), products without one last, then name, then id."""
    total = count_products(db, product_filter)
    rows = read_window(
        db, ProductOrder(product_filter, SortKey.NAME), 0, total, total, user_id=owner(db).id
    )
    shelf = {"Apples": 0, "bakery": 1, "Dairy": 2, "Éclairs": 3, "Zebra": 4, None: 5}
    ranked = sorted(rows, key=lambda row: (shelf[row.category], row.name.casefold(), row.id))
    return [row.id for row in ranked]


def test_category_sort_is_by_the_categories_names(
    db: Database, shelves: list[int], actor: Actor
) -> None:
    total = count_products(db, ProductFilter())
    rows = read_window(
        db, ProductOrder(sort=SortKey.CATEGORY), 0, total, total, user_id=actor.user_id
    )
    seen = [row.category for row in rows]
    # Zebra was made first (lowest id) and still comes after Apples; "no category" is last.
    assert list(dict.fromkeys(seen)) == ["Apples", "bakery", "Dairy", "Éclairs", "Zebra", None]
    assert [row.id for row in rows] == expected_by_category(db, ProductFilter())
    apples = [(row.name, row.id) for row in rows if row.category == "Apples"]
    assert apples == sorted(apples)  # then name, then id
    down = read_window(
        db,
        ProductOrder(sort=SortKey.CATEGORY, descending=True),
        0,
        total,
        total,
        user_id=actor.user_id,
    )
    assert [row.id for row in down] == [row.id for row in reversed(rows)]


@pytest.mark.parametrize(
    "product_filter",
    [
        ProductFilter(),
        ProductFilter(text="pie"),  # the search index's matches (three letters or more)
        ProductFilter(text="sh2"),  # SKUs in every category
        ProductFilter(text="e"),  # one letter: names that start with it
        ProductFilter(active=True),
        ProductFilter(active=False),
        ProductFilter(low_stock=True),
        ProductFilter(text="sh1", active=True, low_stock=True),  # SKUs SH10 to SH19
        ProductFilter(category_ids=(None, 2)),  # "no category" and Apples
        ProductFilter(text="sh0", category_ids=(None,)),
    ],
    ids=repr,
)
@pytest.mark.parametrize("descending", [False, True])
def test_category_sort_with_filters_reads_the_same_rows_in_any_window(
    db: Database,
    shelves: list[int],
    actor: Actor,
    product_filter: ProductFilter,
    descending: bool,
) -> None:
    for product_id in shelves[::4]:
        set_active(db, product_id, False, actor=actor)
    for product_id in shelves[::5]:
        receive_stock(db, product_id, Decimal(5), actor=actor)
    expected = expected_by_category(db, product_filter)
    if descending:
        expected.reverse()
    assert expected, "the filter must show some products"
    order = ProductOrder(product_filter, SortKey.CATEGORY, descending)
    total = count_products(db, product_filter)
    assert total == len(expected)
    # Windows of every size from every start, the later ones read from the far end.
    for size in (1, 2, 5):
        pieces = [window_ids(db, order, start, size) for start in range(0, total, size)]
        assert [i for piece in pieces for i in piece] == expected, size
    assert read_window_ids(db, order, 0, total, total) == expected


@pytest.mark.parametrize(
    "product_filter",
    [ProductFilter(), ProductFilter(text="item"), ProductFilter(text="it", active=True)],
    ids=repr,
)
def test_a_count_up_to_a_number_is_exact_below_it(
    db: Database, catalog: list[int], product_filter: ProductFilter
) -> None:
    assert count_products(db, product_filter) == 25
    assert count_products(db, product_filter, at_most=10) == 10
    assert count_products(db, product_filter, at_most=25) == 25
    assert count_products(db, product_filter, at_most=100) == 25


def test_windows_read_before_the_end_is_known_come_from_the_start(
    db: Database, catalog: list[int], actor: Actor
) -> None:
    order = ProductOrder(sort=SortKey.PRICE)
    whole = window_ids(db, order, 0, 25)
    # Counted up to 10: the last of those ten rows is the tenth, not the last of all.
    rows = read_window(db, order, 9, 1, 10, total_known=False, user_id=actor.user_id)
    assert [row.id for row in rows] == whole[9:10]
    assert read_window_ids(db, order, 5, 5, 10, total_known=False) == whole[5:10]


@pytest.mark.parametrize("many", [1, 2000])
def test_skus_found_listed_or_row_by_row_alike(
    db: Database, rates: dict[str, int], monkeypatch: pytest.MonkeyPatch, many: int, actor: Actor
) -> None:
    """A SKU-like text held by many SKUs ("dai0") is tested on each product's SKU rather
    than listed from the search index: the rows are the same."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's search index; PostgreSQL compares SKUs by their start")
    for i in range(12):
        sku = f"DAI0{i:03d}" if i % 3 else f"CHE0{i:03d}"
        name = "Dairy item" if i % 4 else "Dai0 the cheese"  # some hold it in the name too
        create_product(
            db, ProductInput(sku, f"{name} {i}", Decimal(1), rates["Reduced"]), actor=actor
        )
    monkeypatch.setattr("pos.services.lookup.MANY_SKUS", many)
    # Every walk long (SKUs from the search index, listed up to ``many``), as at a million.
    monkeypatch.setattr("pos.services.catalog.listing.SHORT_WALK", -1)
    every = read_window(db, ProductOrder(), 0, 12, 12, user_id=actor.user_id)
    for text in ("dai0", "DAI00", "ai00"):
        holding = [r for r in every if text.casefold() in r.name.casefold() + r.sku.casefold()]
        expected = [r.id for r in sorted(holding, key=lambda r: (r.name.casefold(), r.id))]
        assert len(expected) > 1
        assert window_ids(db, ProductOrder(ProductFilter(text=text)), 0, 12) == expected, text


def test_one_letter_finds_names_that_start_with_it_and_that_exact_sku(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    zucchini = create_product(
        db, ProductInput("Q", "Zucchini", Decimal(1), rates["Reduced"]), actor=actor
    )
    quince = create_product(
        db, ProductInput("QU1", "quince", Decimal(1), rates["Reduced"]), actor=actor
    )
    create_product(db, ProductInput("AQ", "Aqua", Decimal(1), rates["Reduced"]), actor=actor)
    for typed in ("q", "Q"):
        product_filter = ProductFilter(text=typed)
        assert count_products(db, product_filter) == 2
        assert count_products(db, product_filter, at_most=1) == 1
        order = ProductOrder(product_filter)
        assert window_ids(db, order, 0, 10) == [quince.id, zucchini.id]
        assert window_ids(db, ProductOrder(product_filter, descending=True), 0, 1) == [zucchini.id]
    assert window_ids(db, ProductOrder(ProductFilter(text="z")), 0, 10) == [zucchini.id]
