"""The reorder list read a page at a time (the Stock screen's way) says what the whole list
says: the same lines in the same order, the same totals, worked out by the database."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.cart import Unit
from pos.services.catalog.products import update_product
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.shop import owner
from pos.services.stock.movements import receive_stock
from pos.services.stock.reorder import reorder_list
from pos.services.stock.reorder_pages import (
    ReorderEntry,
    all_reorder_lines,
    reorder_page,
    reorder_summary,
)
from tests.integration.stock.test_reorder import add_supplier, product

D = Decimal


def read_all(db: Database, supplier_id: int | None, size: int) -> list[ReorderEntry]:
    actor = Actor(owner(db).id, "Till 1")
    summary = reorder_summary(db, supplier_id, actor=actor)
    entries: list[ReorderEntry] = []
    while True:
        page = reorder_page(db, summary, entries[-1] if entries else None, size, actor=actor)
        assert len(page) <= size
        entries.extend(page)
        if len(page) < size:
            return entries


def test_pages_and_totals_match_the_whole_list(
    db: Database, shop: ShopSettings, actor: Actor, rates: dict[str, int]
) -> None:
    rng = random.Random(14)
    dairy, bakery = add_supplier(db, "dairy co"), add_supplier(db, "Bakery Ltd")
    for number in range(23):
        unit = Unit.KG if number % 4 == 0 else Unit.EACH
        made = product(
            db,
            rates,
            f"P{number:02d}",
            level=rng.choice(["0", "2", "5", "7.5"]),
            quantity=rng.choice(["0", "6", "2.25"]) if unit is Unit.KG else rng.choice(["0", "6"]),
            unit=unit,
            cost=f"{rng.randint(0, 900) / 100:.2f}",
        )
        stock = (
            rng.choice(["0", "1", "2.5", "5", "9"]) if unit is Unit.KG else str(rng.randint(0, 8))
        )
        if D(stock):
            receive_stock(db, made.id, D(stock), actor=actor)
        update_product(
            db,
            made.id,
            actor=actor,
            supplier_id=rng.choice([dairy, bakery, None]),
            max_level=rng.choice([D(0), D(0), D(12)]),
        )
    whole = reorder_list(db, actor=actor)
    expected = [(g.supplier, line) for g in whole.groups for line in g.lines]
    assert len(expected) > 8  # enough low products, under every supplier and none
    assert {g.supplier for g in whole.groups} == {"Bakery Ltd", "dairy co", "No supplier"}
    summary = reorder_summary(db, actor=actor)
    assert [(g.supplier, g.lines, g.value) for g in summary.groups] == [
        (g.supplier, len(g.lines), g.value) for g in whole.groups
    ]
    assert (summary.line_count, summary.supplier_count, summary.without_supplier) == (
        whole.line_count,
        whole.supplier_count,
        whole.without_supplier,
    )
    assert summary.value == whole.value
    for size in (1, 2, 3, 200):  # pages ending inside a group, at its end, past them all
        assert [(e.supplier, e.line) for e in read_all(db, None, size)] == expected
    assert (
        list(all_reorder_lines(db, page=2, actor=actor)) == expected
    )  # what the CSV is written from
    only = reorder_list(db, supplier_id=dairy, actor=actor)
    assert [(e.supplier, e.line) for e in read_all(db, dairy, 2)] == [
        (g.supplier, line) for g in only.groups for line in g.lines
    ]


def test_an_empty_list_has_no_groups_and_no_page(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    summary = reorder_summary(db, actor=actor)
    assert (summary.groups, summary.line_count, summary.value) == ((), 0, D(0))
    assert reorder_page(db, summary, None, 200, actor=actor) == []


def test_a_page_reads_the_low_stock_index_in_its_order(
    db: Database, shop: ShopSettings, actor: Actor, rates: dict[str, int]
) -> None:
    from tests.integration.test_query_plans import plans

    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    for sku in ("A", "B", "C"):
        product(db, rates, sku, level="5")
    summary = reorder_summary(db, actor=actor)
    first = reorder_page(db, summary, None, 2, actor=actor)
    for after in (None, first[-1]):
        found = plans(db, lambda a=after: reorder_page(db, summary, a, 2, actor=actor))
        (plan,) = [p for p in found if "products" in p]  # beside the permission check
        assert "USING INDEX ix_products_low_stock" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # no sort: the index's own order
    (plan,) = [p for p in plans(db, lambda: reorder_summary(db, actor=actor)) if "products" in p][
        :1
    ]
    assert "ix_products_low_stock" in plan, plan


def test_the_low_stock_terms_leave_no_parameter_for_the_index_to_guess(db: Database) -> None:
    # "reorder_level + 0 > ?" makes SQLite read each low product's row to test the term;
    # "> 0" is settled by the partial index's own condition (25 times faster counting half a
    # million low products), so the count and the list's totals stay on the index.
    from sqlalchemy import func, select

    from pos.db.tables import products
    from pos.services.stock.reorder import is_low

    sql = str(select(func.count()).select_from(products).where(is_low()).compile(db.engine))
    assert "products.reorder_level + 0 > 0" in sql, sql
