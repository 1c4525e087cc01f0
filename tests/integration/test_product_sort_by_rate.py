"""The products screen sorted by tax rate reads as its column does: the lowest percent
first, rates of the same percent by name, then the products by name, then id; and any
window of that order, from either end, holds the same rows (none skipped, none twice)."""

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
from pos.services.lookup import fold
from pos.services.shop import owner
from pos.services.tax_rates import add_tax_rate

#: The rates as the column should read them, A to Z: 0 % (two, by name, letter case aside:
#: "exempt" was made after "Zero"), 5 %, then 20 % (two: "Alcohol", made last, before
#: "Standard", made first).
RATES_IN_ORDER = ["exempt", "Zero", "Reduced", "Alcohol", "Standard"]


@pytest.fixture
def rated(db: Database, rates: dict[str, int], actor: Actor) -> list[int]:
    """Products on five rates whose ids are in no useful order, two products to each name,
    one taxed at two rates, one on a rate no longer offered."""
    for name, percent in (("Zero", "0"), ("exempt", "0"), ("Alcohol", "20")):
        rates[name] = add_tax_rate(db, name, Decimal(percent), actor=actor).id
    made = []
    names = ["plum", "Bread", "wine", "tea", "Apple", "Ëclair", "salt"]
    for i in range(28):
        rate = RATES_IN_ORDER[(i * 3) % 5]
        product = ProductInput(
            f"TX{i:02d}",
            f"{names[i % 7]} {i % 2}",  # "plum 0" twice (i = 0 and 14): ties go by id
            Decimal(1),
            rates[rate],
            category=("Dairy", None)[i % 2],
        )
        if i == 5:  # "Reduced + Zero": sorts with its first rate
            product = ProductInput(
                product.sku,
                product.name,
                product.price,
                rates["Reduced"],
                tax_rate_ids=(rates["Reduced"], rates["Zero"]),
            )
        made.append(create_product(db, product, actor=actor).id)
    return made


def first_rate(shown: str) -> str:
    return shown.split(" + ")[0]


def expected_by_rate(db: Database, product_filter: ProductFilter) -> list[int]:
    """Every product the filter shows, ordered by hand from what the columns show."""
    total = count_products(db, product_filter)
    rows = read_window(
        db, ProductOrder(product_filter, SortKey.NAME), 0, total, total, user_id=owner(db).id
    )
    rank = {name: n for n, name in enumerate(RATES_IN_ORDER)}
    ranked = sorted(rows, key=lambda row: (rank[first_rate(row.tax_rate)], fold(row.name), row.id))
    return [row.id for row in ranked]


def test_sorted_by_tax_rate_as_the_column_reads(
    db: Database, rated: list[int], actor: Actor
) -> None:
    total = count_products(db, ProductFilter())
    rows = read_window(
        db, ProductOrder(sort=SortKey.TAX_RATE), 0, total, total, user_id=actor.user_id
    )
    shown = [first_rate(row.tax_rate) for row in rows]
    assert list(dict.fromkeys(shown)) == RATES_IN_ORDER
    assert "Reduced + Zero" in [row.tax_rate for row in rows]
    assert [row.id for row in rows] == expected_by_rate(db, ProductFilter())
    plums = [row.id for row in rows if row.name == "plum 0"]
    assert len(plums) == 2 and plums == sorted(plums)  # same rate, same name: by id
    down = read_window(
        db,
        ProductOrder(sort=SortKey.TAX_RATE, descending=True),
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
        ProductFilter(text="plu"),  # the search index's matches (three letters or more)
        ProductFilter(text="tx1"),  # SKUs TX10 to TX19, on every rate
        ProductFilter(text="b"),  # one letter: names that start with it
        ProductFilter(active=True),
        ProductFilter(category_ids=(None,)),
    ],
    ids=repr,
)
@pytest.mark.parametrize("descending", [False, True])
def test_windows_of_the_rate_sort_meet_without_a_gap_or_a_repeat(
    db: Database,
    rated: list[int],
    actor: Actor,
    product_filter: ProductFilter,
    descending: bool,
) -> None:
    for product_id in rated[::6]:
        set_active(db, product_id, False, actor=actor)
    expected = expected_by_rate(db, product_filter)
    if descending:
        expected.reverse()
    assert len(expected) > 2, "the filter must show some products"
    order = ProductOrder(product_filter, SortKey.TAX_RATE, descending)
    total = count_products(db, product_filter)
    assert total == len(expected)
    # Windows of every size from every start (the later ones read from the far end), so
    # every boundary between two rates falls inside a window and between two windows.
    for size in (1, 2, 5, 7):
        pieces = [
            [row.id for row in read_window(db, order, start, size, total, user_id=actor.user_id)]
            for start in range(0, total, size)
        ]
        assert [i for piece in pieces for i in piece] == expected, size
    assert read_window_ids(db, order, 0, total, total) == expected
