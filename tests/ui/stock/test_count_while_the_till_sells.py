"""The whole count routine in one window, as a shop runs it: the count is open on the Stock
screen while the cashier sells a counted item on the Sales screen (scanner and payment dialog),
then the count is reviewed, posted and its variance report saved and read back.

The issue's example: on hand 10; 9 counted; one sold after counting; posted: variance -1
(counted against the 10 the ledger held when the shelf was counted), on hand after posting 8.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.records import get_sale
from pos.services.settings import ShopSettings
from tests.integration.stock.delivery_helpers import receive
from tests.ui.helpers import in_modal, scanner
from tests.ui.till import go_to, pay_in_cash, till_window
from ui.app import MainWindow
from ui.ops import wait_for_all
from ui.stock.counts_start_dialog import StartCountDialog
from ui.stock.counts_tab import CountsTab

MILK = "4006381333931"


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> Iterator[MainWindow]:
    receive(db, actor, [(milk.id, "10", "0.70")])  # on hand 10, at a cost of 0.70
    main = till_window(qtbot, db)
    yield main
    wait_for_all()


def answer_yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def test_a_count_open_on_the_stock_screen_while_the_till_sells_a_counted_item(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    db: Database,
    milk: ProductDTO,
    tmp_path: Path,
) -> None:
    # Stock screen, Counts tab: start a count of everything.
    go_to(qtbot, window, Qt.Key.Key_3)
    stock = window.stock_screen
    assert window.stack.currentWidget() is stock
    stock.tabs.setCurrentIndex(1)
    tab = stock.tabs.currentWidget()
    assert isinstance(tab, CountsTab)

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, StartCountDialog)
        dialog.name.setText("Evening count")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_modal(start)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    counting = tab.counting
    assert tab.pages.currentWidget() is counting
    for _ in range(9):  # 9 on the shelf, scanned one by one
        scanner(qtbot, counting.scan.field, MILK)
    assert (counting.item_name.text(), counting.item_count.text()) == ("Fresh Milk 1 L", "9")
    assert counting.message.text() == "Expected 10"

    # The till sells one milk, after the shelf was counted: scanned and paid in cash.
    go_to(qtbot, window, Qt.Key.Key_1)
    sales = window.sales
    assert window.stack.currentWidget() is sales
    scanner(qtbot, sales.scan.field, MILK)
    assert sales.cart_model.rowCount() == 1

    assert pay_in_cash(qtbot, sales, "2") == "€0.80"
    sale = get_sale(db, "S000001")
    assert [(line.name, line.quantity) for line in sale.lines] == [("Fresh Milk 1 L", Decimal(1))]
    assert sales.cart_model.rowCount() == 0
    assert get_product(db, milk.id).on_hand == Decimal(9)

    # Back on the Stock screen the count is where it was left; review it.
    go_to(qtbot, window, Qt.Key.Key_3)
    assert stock.tabs.currentWidget() is tab and tab.pages.currentWidget() is counting
    qtbot.mouseClick(counting.review_button, Qt.MouseButton.LeftButton)
    review = tab.review
    assert tab.pages.currentWidget() is review
    qtbot.waitUntil(lambda: review.totals is not None and review.model.rowCount() == 1)
    qtmodeltester.check(review.model)
    headers = [review.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:6] == ["SKU", "Product", "Category", "Expected", "Counted", "Variance"]
    line = [review.model.index(0, column).data() for column in range(6)]
    # Expected is what the ledger held when the shelf was counted, not after the sale.
    assert line == ["MILK", "Fresh Milk 1 L", "Dairy", "10", "9", "-1"]
    assert "1 lines, 1 with a variance" in review.summary.text()
    assert review.totals.net == Decimal("-0.70")  # one milk short at 0.70

    in_modal(answer_yes)
    with qtbot.waitSignal(window.events.stock_changed, timeout=10_000):
        qtbot.mouseClick(review.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Posted as C000001" in review.message.text(), timeout=10_000)
    assert get_product(db, milk.id).on_hand == Decimal(8)  # 10 - 1 sold - 1 short
    assert not review.post_button.isVisible()

    # The variance report, saved as PDF and read back.
    report = tmp_path / "C000001.pdf"
    tab.ask_path = lambda *_: report  # the file dialog's answer
    qtbot.mouseClick(review.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved to" in review.message.text(), timeout=10_000)
    text = "\n".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Stock count C000001\nCount\nEvening count" in text
    # The line: expected, counted, variance, unit cost, value.
    assert "MILK\nFresh Milk 1 L\n10\n9\n-1\n€0.70\n-€0.70" in text
    assert check_database(db) == []
