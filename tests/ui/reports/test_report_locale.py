"""The Reports screen in the shop's locale: numbers, days and the chart's labels as a
German or an Egyptian shop writes them, in the table, on the chart and in the CSV; the
screen and its chart mirrored when the application lays out right to left; the table
sorted by a click on a heading."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO
from tests.ui.reports.test_reports_screen import choose
from ui.events import AppEvents
from ui.reports.bar_chart import BarChart
from ui.reports.screen import ReportsScreen

D = Decimal


def open_screen(
    qtbot: QtBot, db: Database, cashier: UserDTO, locale: str, wine: ProductDTO, milk: ProductDTO
) -> ReportsScreen:
    actor = Actor(cashier.id, "Till 1")
    shop = update_settings(db, actor=actor, locale=locale)
    till = CartSession(db, "Till 1", cashier, shop)
    till.add_product(wine.id)
    till.add_product(milk.id, D(2))
    till.pay([Tender(PaymentMethod.CARD, D("14.90"))])
    view = ReportsScreen(db, actor, shop, AppEvents())
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitUntil(lambda: view.table is not None, timeout=10_000)
    return view


def today_row(screen: ReportsScreen, locale: str) -> list[str]:
    today = format_date(date.today(), "medium", locale=locale)
    model = screen.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return next(row for row in rows if row[0] == today)


@pytest.mark.parametrize(
    ("locale", "day", "money", "month"),
    [
        ("de_DE", "03.12.2026", "14,90\xa0€", "Dez."),
        ("ar_EG", "03\u200f/12\u200f/2026", "\u200f14.90\xa0€", "ديسمبر"),
        ("en_GB", "3 Dec 2026", "€14.90", "Dec"),
    ],
)
def test_numbers_days_and_chart_labels_in_the_shops_locale(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    wine: ProductDTO,
    milk: ProductDTO,
    tmp_path: Path,
    locale: str,
    day: str,
    money: str,
    month: str,
) -> None:
    screen = open_screen(qtbot, db, cashier, locale, wine, milk)
    row = today_row(screen, locale)
    assert money in row
    # The period's dates are typed as the shop writes them short, in Latin digits.
    edit_format = {"de_DE": "dd.MM.yyyy", "ar_EG": "d\u200f/M\u200f/yyyy", "en_GB": "dd/MM/yyyy"}
    assert screen.controls.first.displayFormat() == edit_format[locale]
    assert screen.controls.first.text().replace("\u200f", "").replace("/", "").isascii()
    if date.today() == date(2026, 12, 3):  # the day the expected texts were written for
        assert row[0] == day
    path = tmp_path / "days.csv"
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save_to(path)
    delimiter = ";" if locale == "de_DE" else ","
    with path.open(encoding="utf-8-sig", newline="") as saved:
        rows = {r[0]: r for r in csv.reader(saved, delimiter=delimiter)}
    today = format_date(date.today(), "medium", locale=locale)
    assert rows[today][5] == ("14,90" if locale == "de_DE" else "14.90")
    controls = screen.controls
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        controls.period.setCurrentIndex(controls.period.findText("This year"))
    choose(qtbot, screen, "Sales by month")
    if date.today().month == 12:
        assert screen.chart.labels[-1] == month
    assert screen.chart.amounts[date.today().month - 1] == D("14.90")


@pytest.mark.parametrize(
    ("locale", "labels"),
    [
        ("de_DE", ["0", "1.000", "2.000", "3.000"]),
        ("en_GB", ["0", "1,000", "2,000", "3,000"]),
    ],
)
def test_the_value_axis_writes_numbers_as_the_shop_does(
    qtbot: QtBot, locale: str, labels: list[str]
) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.draw("Sales", ["1", "2"], [D("2600"), D("900")], str, locale=locale, now_name="Now")
    assert chart.value_labels == labels


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_screen_and_its_chart_are_mirrored_right_to_left(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    wine: ProductDTO,
    milk: ProductDTO,
    right_to_left: None,
) -> None:
    screen = open_screen(qtbot, db, cashier, "ar_EG", wine, milk)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The report list sits on the right of the period, as an Arabic reader starts there.
    report, period = screen.controls.report, screen.controls.period
    assert (
        report.mapTo(screen, report.rect().topLeft()).x()
        > period.mapTo(screen, period.rect().topLeft()).x()
    )
    chart = screen.chart.chart()
    (values,) = chart.axes(Qt.Orientation.Vertical)
    (days,) = chart.axes(Qt.Orientation.Horizontal)
    assert values.alignment() == Qt.AlignmentFlag.AlignRight
    assert days.categories() == list(reversed(screen.chart.labels))  # the 1st on the right
    choose(qtbot, screen, "By product")  # lying bars grow leftwards from names on the right
    (names,) = chart.axes(Qt.Orientation.Vertical)
    (amounts,) = chart.axes(Qt.Orientation.Horizontal)
    assert names.alignment() == Qt.AlignmentFlag.AlignRight and amounts.isReverse()


def test_a_click_on_a_heading_sorts_by_its_numbers(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    wine: ProductDTO,
    milk: ProductDTO,
) -> None:
    screen = open_screen(qtbot, db, cashier, "en_GB", wine, milk)
    choose(qtbot, screen, "By product")
    amount = screen.model.headers.index("Amount")
    header = screen.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().topLeft()
        + header.rect().topLeft().__class__(header.sectionViewportPosition(amount) + 5, 5),
    )
    # Ascending: 2.40 before 12.50 (as text '€12.50' would come first).
    names = [screen.model.index(r, 1).data() for r in range(screen.model.rowCount())]
    assert names == ["Fresh Milk 1 L", "Crème de cassis 70 cl", "Total"]
    assert header.sortIndicatorSection() == amount
    choose(qtbot, screen, "By category")  # a new report comes in its own order
    assert header.sortIndicatorSection() == -1 or not header.isSortIndicatorShown()
