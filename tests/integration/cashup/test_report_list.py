"""Past X and Z reports listed newest first, a page at a time, with the figures stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pos.db.engine import Database
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.report_list import MOST_ROWS, count_reports, list_reports
from pos.services.cashup.reports import close_shift, x_report
from pos.services.cashup.shifts import open_shift
from pos.services.dto import Actor
from pos.services.settings import ShopSettings


def test_reports_newest_first_in_pages(db: Database, shop: ShopSettings, actor: Actor) -> None:
    assert count_reports(db) == 0 and list_reports(db, 0, 10) == []
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    for day in range(3):
        morning = start + timedelta(days=day)
        open_shift(db, actor, "100", now=morning)
        x_report(db, actor, now=morning + timedelta(hours=4))
        counted = count_as_amount(shop, Decimal(99 + day))  # 1 short, right, 1 over
        close_shift(db, actor, counted, now=morning + timedelta(hours=9))
    assert count_reports(db) == 6
    first = list_reports(db, 0, 4)
    rest = list_reports(db, 4, 4)
    assert [r.number for r in first + rest] == [
        "Z000003",
        "X000003",
        "Z000002",
        "X000002",
        "Z000001",
        "X000001",
    ]
    z3 = first[0]
    assert (z3.kind, z3.till, z3.made_by, z3.net) == ("Z", "Till 1", "Alex", Decimal(0))
    assert z3.period_start == start + timedelta(days=2)
    assert z3.made_at == z3.period_end == start + timedelta(days=2, hours=9)
    assert [r.over_short for r in (first + rest) if r.kind == "Z"] == [1, 0, -1]
    assert all(r.over_short is None for r in first + rest if r.kind == "X")
    assert list_reports(db, 6, 4) == [] and list_reports(db, -3, 1)[0].number == "Z000003"
    assert len(list_reports(db, 0, MOST_ROWS + 100)) == 6
