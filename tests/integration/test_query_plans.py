"""The counter's queries use indexes: proven with EXPLAIN QUERY PLAN on the real statements."""

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.lookup import find_by_code, search_products
from pos.services.settings import ShopSettings


@contextmanager
def captured(db: Database) -> Iterator[list[str]]:
    """Every SELECT the driver runs, with its values in place, whichever way it was sent.

    The hot paths run prepared statements straight on the driver's cursor, past
    SQLAlchemy's events, so the trace is taken from sqlite3 itself, on fresh connections.
    """
    statements: list[str] = []

    def trace(statement: str) -> None:
        # FTS5's own reads of its shadow tables name them as 'main'.'...': not ours.
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and "'main'." not in statement:
            statements.append(statement)

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.set_trace_callback(trace)

    db.close()  # the next unit of work connects anew, traced
    event.listen(db.engine, "connect", on_connect)
    try:
        yield statements
    finally:
        event.remove(db.engine, "connect", on_connect)
        db.close()


def plans(db: Database, action: Callable[[], object]) -> list[str]:
    with captured(db) as statements:
        action()
    assert statements
    with db.raw() as connection:
        return [
            " / ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
            for sql in statements
        ]


@pytest.fixture
def sqlite_db(db: Database) -> Database:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    return db


def test_barcode_scan_is_an_index_lookup(
    sqlite_db: Database, shop: ShopSettings, milk: ProductDTO
) -> None:
    (plan,) = plans(sqlite_db, lambda: find_by_code(sqlite_db, "4006381333931", shop))
    assert re.search(r"SEARCH barcodes USING (PRIMARY KEY|INDEX \S+) \(code=\?\)", plan)
    assert "SEARCH products USING INTEGER PRIMARY KEY" in plan
    assert "SCAN" not in plan


def test_a_scan_finds_further_tax_rates_by_key_probe(
    sqlite_db: Database, shop: ShopSettings, milk: ProductDTO
) -> None:
    """Every scan looks for a product's further rates (QST after GST): one probe of the
    ``product_taxes`` key, found or not, never a scan of the table."""
    (plan,) = plans(sqlite_db, lambda: find_by_code(sqlite_db, "4006381333931", shop))
    assert re.search(r"SEARCH product_taxes USING (PRIMARY KEY|INDEX \S+) \(product_id=\?\)", plan)
    assert "SCAN" not in plan and "TEMP B-TREE" not in plan


def test_search_uses_the_name_index_and_the_trigram_index(
    sqlite_db: Database, milk: ProductDTO
) -> None:
    exact_sku, name_prefix, sku_prefix, contains = plans(
        sqlite_db, lambda: search_products(sqlite_db, "fre")
    )
    assert re.search(r"SEARCH products USING INDEX \S+ \(sku=\?\)", exact_sku)
    # The name index, or the products screen's (active, name) index that also skips the
    # inactive ones.
    assert re.search(
        r"USING INDEX ix_products_(search_key|sort_active) "
        r"\((active=\? AND )?search_key>\? AND search_key<\?\)",
        name_prefix,
    )
    assert re.search(r"SEARCH products USING INDEX \S+ \(sku>\? AND sku<\?\)", sku_prefix)
    assert "SCAN product_search VIRTUAL TABLE INDEX" in contains
    assert "SEARCH products USING INTEGER PRIMARY KEY" in contains


def test_quick_picks_read_only_the_favourites(sqlite_db: Database, milk: ProductDTO) -> None:
    from pos.services.selling.quick_picks import list_quick_picks

    (plan,) = plans(sqlite_db, lambda: list_quick_picks(sqlite_db))
    assert "SCAN products USING INDEX ix_products_favourite" in plan


def test_tax_rate_usage_counts_from_the_index(sqlite_db: Database, milk: ProductDTO) -> None:
    from pos.services.tax_rates import list_tax_rate_usage

    found = plans(sqlite_db, lambda: list_tax_rate_usage(sqlite_db))
    counting = [plan for plan in found if "products" in plan]
    assert counting, found
    assert all("ix_products_tax_rate_id" in plan for plan in counting), counting


def test_category_counts_come_from_the_category_index(
    sqlite_db: Database, milk: ProductDTO
) -> None:
    from pos.services.catalog.categories import category_overview

    found = plans(sqlite_db, lambda: category_overview(sqlite_db))
    (counting,) = [plan for plan in found if "products" in plan]
    assert "SCAN products USING COVERING INDEX ix_products_category_id" in counting, counting


def test_the_category_sort_reads_each_category_from_its_index(
    sqlite_db: Database, milk: ProductDTO, actor: Actor
) -> None:
    """Sorted by category name, a window is read a category at a time from the index of
    (category, name, id): no sort of the whole result, whichever end it is read from."""
    from pos.services.catalog.listing import ProductOrder, SortKey, count_products, read_window

    order = ProductOrder(sort=SortKey.CATEGORY)
    total = count_products(sqlite_db, order.filter)
    for start in (0, total - 1):
        found = plans(
            sqlite_db,
            lambda s=start: read_window(sqlite_db, order, s, 1, total, user_id=actor.user_id),
        )
        reads = [plan for plan in found if "ix_products_sort_category" in plan]
        assert reads, found
        assert all("(category_id=?)" in plan and "TEMP B-TREE" not in plan for plan in reads)


def test_the_tax_rate_sort_reads_each_rate_from_its_index(
    sqlite_db: Database, milk: ProductDTO, actor: Actor
) -> None:
    """Sorted by tax rate (percent, then name), a window is read a rate at a time from the
    index of (tax rate, name, id), as the category sort is."""
    from pos.services.catalog.listing import ProductOrder, SortKey, count_products, read_window

    order = ProductOrder(sort=SortKey.TAX_RATE)
    total = count_products(sqlite_db, order.filter)
    for start in (0, total - 1):
        found = plans(
            sqlite_db,
            lambda s=start: read_window(sqlite_db, order, s, 1, total, user_id=actor.user_id),
        )
        reads = [plan for plan in found if "ix_products_sort_tax_rate" in plan]
        assert reads, found
        assert all("(tax_rate_id=?)" in plan and "TEMP B-TREE" not in plan for plan in reads)
