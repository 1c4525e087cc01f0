"""GST and QST on one item at the till: the totals panel and the printed receipt show each."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor
from pos.services.selling.records import get_sale
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import owner
from tests.receipts.escpos_decode import printed_text
from tests.receipts.fake_printer import FakePrinter, Mode
from tests.stacked_shop import LAMP_CODE, bread, lamp, quebec_shop
from tests.ui.helpers import in_modal, named, press, scanner
from ui.app import MainWindow
from ui.ops import wait_for_all
from ui.sales.screen import SalesScreen
from ui.widgets.amount_label import AmountLabel


@pytest.fixture
def quebec(db: Database) -> ShopSettings:
    shop = quebec_shop(db)
    lamp(db)
    bread(db)
    return shop


@pytest.fixture
def printer(db: Database, quebec: ShopSettings) -> Iterator[FakePrinter]:
    server = FakePrinter(Mode.OK)
    server.start()
    actor = Actor(owner(db).id, "Caisse 1")  # the Quebec shop's owner
    update_settings(db, printer={"connection": server.address, "timeout": 2}, actor=actor)
    yield server
    server.stop()


@pytest.fixture
def screen(qtbot: QtBot, db: Database, printer: FakePrinter) -> Iterator[SalesScreen]:
    window = MainWindow(db, "Caisse 1")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window.sales
    wait_for_all()


def test_each_rate_shows_in_the_totals_and_prints_on_the_receipt(
    qtbot: QtBot, screen: SalesScreen, db: Database, printer: FakePrinter
) -> None:
    scanner(qtbot, screen.scan.field, LAMP_CODE)
    scanner(qtbot, screen.scan.field, "BREAD")
    taxes = named(screen, AmountLabel, "Tax").text().split("\n")
    assert taxes == ["GST 5% + 5,00\xa0$", "QST 9.975% + 9,98\xa0$", "Zero 0% + 0,00\xa0$"]
    assert named(screen, AmountLabel, "Total").text() == "119,48\xa0$"

    def pay(dialog: QWidget) -> None:
        tendered = named(dialog, QLineEdit, "Tendered")
        qtbot.keyClicks(tendered, "120")
        qtbot.keyClick(tendered, Qt.Key.Key_Return)

    in_modal(pay)
    press(qtbot, screen.scan.field, Qt.Key.Key_F12)
    sale = get_sale(db, "S000001")
    assert [(t.tax_name, t.tax) for t in sale.taxes] == [
        ("GST", Decimal("5.00")),
        ("QST", Decimal("9.98")),
        ("Zero", Decimal("0.00")),
    ]
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=5000)
    lines = printed_text(printer.jobs[0]).splitlines()
    assert next(ln for ln in lines if ln.startswith("GST 5")).endswith("5,00\xa0$")
    assert next(ln for ln in lines if ln.startswith("QST 9,975")).endswith("9,98\xa0$")
    assert named(screen, AmountLabel, "Tax").text() == "0,00\xa0$"
