"""The Counts tab driven as a user would: start, scan while the till sells, review, post."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database, open_database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.stock.counts_start import CountScope, start_count
from pos.services.stock.movements import receive_stock
from tests.conftest import close_after_background_calls
from tests.ui.helpers import in_modal, scanner
from ui.events import AppEvents
from ui.stock.counts_models import LineColumns
from ui.stock.counts_start_dialog import StartCountDialog
from ui.stock.counts_tab import CountsTab

MILK, WINE = "4006381333931", "96385074"


@pytest.fixture
def stocked(db: Database, actor: Actor, milk: ProductDTO, wine: ProductDTO) -> None:
    receive_stock(db, milk.id, Decimal(10), actor=actor)
    receive_stock(db, wine.id, Decimal(3), actor=actor)


def make_tab(qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings) -> CountsTab:
    tab = CountsTab(db, actor, shop, AppEvents())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.open_model.loading and not tab.posted_model.loading)
    return tab


def test_count_by_scanning_while_the_till_sells_then_review_and_post(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
    stocked: None,
    tmp_path: Path,
) -> None:
    tab = make_tab(qtbot, db, actor, shop)

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, StartCountDialog)
        dialog.name.setText("Evening count")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_modal(start)
    tab.start_button.click()
    counting = tab.counting
    assert tab.pages.currentWidget() is counting
    field = counting.scan.field
    for _ in range(9):
        scanner(qtbot, field, MILK)
    assert (counting.item_name.text(), counting.item_count.text()) == ("Fresh Milk 1 L", "9")
    assert counting.message.text() == "Expected 10"
    # The till sells one milk after the shelf was counted.
    till = CartSession(db, "Till 2", cashier)
    till.scan(MILK)
    till.pay([Tender(PaymentMethod.CASH, till.totals().total)])
    scanner(qtbot, field, "5012345678900")  # no product carries it
    assert "5012345678900" in counting.message.text()
    assert "background" in field.styleSheet()
    for _ in range(2):
        scanner(qtbot, field, WINE)
    assert field.styleSheet() == ""
    counting.quantity.setText("abc")
    counting.add_button.click()
    assert "'abc' is not a quantity" in counting.message.text()
    counting.quantity.setText("1")
    counting.add_button.click()  # one more wine, typed
    assert counting.item_count.text() == "3"
    qtbot.waitUntil(lambda: not counting.model.loading)
    assert counting.model.rowCount() == 2
    qtmodeltester.check(counting.model)
    assert tab.focusWidget() is field  # the scan box keeps the focus

    counting.review_button.click()
    review = tab.review
    qtbot.waitUntil(lambda: review.totals is not None and review.model.rowCount() == 2)
    qtmodeltester.check(review.model)
    qtmodeltester.check(review.uncounted_model)
    first = [review.model.index(0, column).data() for column in range(6)]
    assert first == ["MILK", "Fresh Milk 1 L", "Dairy", "10", "9", "-1"]
    assert "2 lines, 1 with a variance" in review.summary.text()

    review.confirm = lambda question: "Post 'Evening count'?" in question
    with qtbot.waitSignal(tab.events.stock_changed, timeout=10_000):
        review.post_button.click()
    qtbot.waitUntil(lambda: "Posted as C000001" in review.message.text())
    assert get_product(db, milk.id).on_hand == Decimal(8)  # 10 - 1 sold - 1 short
    assert not review.post_button.isVisible()

    tab.ask_path = lambda *_: tmp_path / "C000001.csv"
    review.report_button.click()
    qtbot.waitUntil(lambda: "saved to" in review.message.text(), timeout=10_000)
    assert "Fresh Milk 1 L" in (tmp_path / "C000001.csv").read_text(encoding="utf-8-sig")
    review.back_button.click()
    qtbot.waitUntil(lambda: tab.posted_model.rowCount() == 1)
    qtmodeltester.check(tab.posted_model)
    assert tab.posted_model.index(0, 1).data() == "C000001"
    assert check_database(db) == []


def test_a_count_survives_a_restart_and_blind_hides_the_expected(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    stocked: None,
) -> None:
    start_count(db, actor, "Blind shelf", CountScope.ALL, blind=True)
    first = make_tab(qtbot, db, actor, shop)
    first.open_counts.selectRow(0)
    first.continue_button.click()
    scanner(qtbot, first.counting.scan.field, MILK)
    scanner(qtbot, first.counting.scan.field, MILK)
    assert first.counting.message.text() == ""  # blind: no expected figure
    first.close()

    again = open_database(db.url)  # the app starts again
    try:
        tab = make_tab(qtbot, again, actor, shop)
        qtmodeltester.check(tab.open_model)
        assert tab.open_model.index(0, 0).data() == "Blind shelf"
        tab.open_counts.selectRow(0)
        tab.continue_button.click()
        counting = tab.counting
        qtbot.waitUntil(lambda: counting.model.rowCount() == 1)
        assert counting.lines.isColumnHidden(LineColumns.EXPECTED)
        assert counting.model.index(0, LineColumns.COUNTED).data() == "2"
        scanner(qtbot, counting.scan.field, MILK)
        assert counting.item_count.text() == "3"
        assert counting.model.index(0, LineColumns.COUNTED).data() == "3"
    finally:
        close_after_background_calls(again)
