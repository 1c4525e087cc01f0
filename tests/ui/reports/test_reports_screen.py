"""The Reports screen: a chart and a table for each report, a period picked, saved files
read back, and a refusal for a user who may not see reports."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from babel.dates import format_date
from pypdf import PdfReader
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import users
from pos.domain.payments import PaymentMethod, Tender
from pos.services.dto import Actor, ProductDTO
from pos.services.reports.table import ReportBy
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from ui.events import AppEvents
from ui.reports.screen import ReportsScreen

D = Decimal


@pytest.fixture
def screen(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
) -> ReportsScreen:
    till = CartSession(db, "Till 1", cashier)
    till.add_product(wine.id)
    till.add_product(milk.id, D(2))
    till.pay([Tender(PaymentMethod.CARD, D("14.90"))])
    view = ReportsScreen(db, Actor(cashier.id, "Till 1"), shop, AppEvents())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.table is not None, timeout=10_000)
    return view


def choose(qtbot: QtBot, screen: ReportsScreen, label: str) -> None:
    index = screen.controls.report.findText(label)
    assert index >= 0, label
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.controls.report.setCurrentIndex(index)


def cells(screen: ReportsScreen, row: int) -> list[str]:
    model = screen.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_this_months_sales_by_day_as_a_chart_and_a_table(
    qtbot: QtBot, screen: ReportsScreen, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(screen.model)
    table = screen.table
    assert table is not None and table.period.first == date.today().replace(day=1)
    today = format_date(date.today(), "medium", locale=screen.settings.locale)
    row = next(r for r in range(screen.model.rowCount()) if cells(screen, r)[0] == today)
    assert cells(screen, row)[1] == "1" and "€14.90" in cells(screen, row)
    assert cells(screen, screen.model.rowCount() - 1)[0] == "Total"
    assert screen.chart.isVisible()
    assert screen.chart.amounts[screen.chart.labels.index(str(date.today().day))] == D("14.90")
    assert screen.title.text().startswith("Sales by day, ")


def test_by_product_draws_the_best_sellers_and_totals_draw_nothing(
    qtbot: QtBot, screen: ReportsScreen
) -> None:
    choose(qtbot, screen, "By product")
    assert screen.chart.labels == ["Crème de cassis 70 cl", "Fresh Milk 1 L"]
    assert screen.chart.amounts == [D("12.50"), D("2.40")]
    choose(qtbot, screen, "Totals")
    assert not screen.chart.isVisible()
    assert cells(screen, 0)[:2] == ["Sales", "1"]
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.controls.compare.setChecked(True)
    assert screen.model.headers == ["Figure", "This period", "Previous period"]


def test_dates_that_end_before_they_start_are_refused(qtbot: QtBot, screen: ReportsScreen) -> None:
    controls = screen.controls
    controls.period.setCurrentIndex(controls.period.findText("Dates…"))
    controls.last.setDate(controls.first.date().addDays(-3))
    qtbot.waitUntil(lambda: "before it starts" in screen.message.text(), timeout=5_000)


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "pdf"])
def test_a_report_is_saved_and_reads_back(
    qtbot: QtBot, screen: ReportsScreen, tmp_path: Path, suffix: str
) -> None:
    choose(qtbot, screen, "By product")
    path = tmp_path / f"report.{suffix}"
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save_to(path)
    if suffix == "csv":
        with path.open(encoding="utf-8-sig") as saved:
            rows = list(csv.reader(saved))
        assert any("Fresh Milk 1 L" in row for row in rows)
    elif suffix == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        rows = list(book.active.iter_rows(values_only=True))
        book.close()
        assert any("Fresh Milk 1 L" in row for row in rows)
    else:
        assert "Fresh Milk 1 L" in PdfReader(path).pages[0].extract_text()
    assert screen.message.text().startswith("Saved as")


def test_a_cashier_is_told_reports_are_not_for_them(
    qtbot: QtBot, db: Database, shop: ShopSettings, cashier: UserDTO
) -> None:
    with db.write() as uow:
        ann = uow.connection.scalar(
            insert(users).values(name="Ann", role="cashier", active=True).returning(users.c.id)
        )
        uow.commit()
    view = ReportsScreen(db, Actor(int(ann), "Till 1"), shop, AppEvents())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "approval" in view.message.text(), timeout=10_000)
    assert view.table is None and not view.buttons["pdf"].isEnabled()
    assert view.controls.choice().by is ReportBy.DAY
