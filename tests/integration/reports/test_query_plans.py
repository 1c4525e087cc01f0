"""The reports read a period through the sales' time index and each sale's rows through
its own index: never a whole table of sales, lines, payments or taxes (EXPLAIN QUERY PLAN
of the statements they really run, on SQLite)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from pos.services.reports.buckets import TimeGroup
from pos.services.reports.margin import gross_margin
from pos.services.reports.period import month_of
from pos.services.reports.products import sales_by_item
from pos.services.reports.sales import sales_by_cashier, sales_by_tender, sales_by_time
from pos.services.reports.tax import tax_collected
from tests.integration.reports.conftest import NAIROBI, KnownShop
from tests.integration.test_query_plans import captured, plans

MARCH = month_of(date(2026, 3, 1))
BIG_TABLES = ("sales", "sale_lines", "payments", "sale_taxes", "stock_movements")

REPORTS: dict[str, Callable[[KnownShop], object]] = {
    "by product": lambda k: sales_by_item(k.db, k.owner, MARCH, tz=NAIROBI),
    "by category": lambda k: sales_by_item(k.db, k.owner, MARCH, by_category=True, tz=NAIROBI),
    "by day": lambda k: sales_by_time(k.db, k.owner, MARCH, TimeGroup.DAY, tz=NAIROBI),
    "by cashier": lambda k: sales_by_cashier(k.db, k.owner, MARCH, tz=NAIROBI),
    "by tender": lambda k: sales_by_tender(k.db, k.owner, MARCH, tz=NAIROBI),
    "tax": lambda k: tax_collected(k.db, k.owner, MARCH, tz=NAIROBI),
    "margin": lambda k: gross_margin(k.db, k.owner, MARCH, "category", tz=NAIROBI),
}


@pytest.mark.parametrize("report", list(REPORTS))
def test_a_report_reads_only_its_periods_rows(known: KnownShop, report: str) -> None:
    if known.db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    found = plans(known.db, lambda: REPORTS[report](known))
    period_reads = [plan for plan in found if "sales" in plan and "created_at" in plan]
    assert period_reads, found
    for plan in found:
        for table in BIG_TABLES:
            assert f"SCAN {table} " not in f"{plan} " and f"SCAN {table}/" not in plan, plan


@pytest.mark.parametrize("by", ["product", "category", "month"])
def test_the_margin_looks_up_each_lines_cost_once(known: KnownShop, by: str) -> None:
    """The cost recorded when sold is found by one lookup per line (a materialized CTE),
    not once in the signed cost, again in its refund branch and again to count the lines
    without one: three correlated subqueries per line made a year's margin 1.7 s."""
    if known.db.engine.dialect.name != "sqlite":
        pytest.skip("the statement is traced through sqlite3")
    with captured(known.db) as statements:
        gross_margin(known.db, known.owner, MARCH, by, tz=NAIROBI)
    (margin,) = [sql for sql in statements if "stock_movements" in sql]
    assert margin.count("FROM stock_movements") == 1, margin
    assert "MATERIALIZED" in margin
