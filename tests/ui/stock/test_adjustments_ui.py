"""Adjustments in the UI: the dialog opened from the products screen with the selection, by
scanning, setting on hand to a count; the tab's list and its losses by reason."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.settings import ShopSettings
from pos.services.stock.adjustment_products import stock_products
from pos.services.stock.adjustments import AdjustmentLine, AdjustmentReason, create_adjustment
from pos.services.stock.movements import receive_stock
from tests.ui.helpers import edit_cell, in_modal, scanner
from ui.events import AppEvents
from ui.ops import wait_for_all
from ui.products.screen import ProductsScreen
from ui.stock.adjustments_dialog import AdjustmentDialog
from ui.stock.adjustments_models import LinesColumn
from ui.stock.adjustments_tab import AdjustmentsTab

D = Decimal
R = AdjustmentReason


@pytest.fixture
def stocked(db: Database, actor: Actor, milk: ProductDTO, wine: ProductDTO) -> None:
    update_product(db, milk.id, actor=actor, cost=D("0.70"))
    receive_stock(db, milk.id, D(10), actor=actor)
    receive_stock(db, wine.id, D(4), actor=actor)


def on_hand(db: Database, product: ProductDTO) -> Decimal:
    return get_product(db, product.id).on_hand


def test_adjust_stock_from_the_products_screen_prefills_the_selection(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    stocked: None,
) -> None:
    QSettings().clear()
    events = AppEvents()
    screen = ProductsScreen(db, actor, shop, events)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.refresh()
    names = [screen.model.index(r, 1).data() for r in range(screen.model.rowCount())]
    screen.select_row(names.index("Fresh Milk 1 L"))
    seen: list[list[str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AdjustmentDialog)
        lines = dialog.lines
        seen.append([lines.index(r, LinesColumn.PRODUCT).data() for r in range(lines.rowCount())])
        edit_cell(qtbot, dialog.table, 0, LinesColumn.QUANTITY, "3")  # damaged: 3 fewer
        dialog.save_button.click()

    in_modal(fill)
    with qtbot.waitSignal(events.stock_changed, timeout=5000):
        menu = next(a for a in screen.bulk.menu().actions() if a.text() == "Adjust stock…")
        menu.trigger()
    assert seen == [["Fresh Milk 1 L (MILK)"]]
    assert on_hand(db, milk) == D(7)
    assert "Adjustment A000001 saved." in screen.banner.label.text()
    assert check_database(db) == []


def test_scan_lines_and_save_one_adjustment(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    stocked: None,
) -> None:
    dialog = AdjustmentDialog(db, actor, shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setCurrentIndex(dialog.reason.findData(R.EXPIRED.value))
    scanner(qtbot, dialog.scan.field, "4006381333931")
    scanner(qtbot, dialog.scan.field, "4006381333931")
    scanner(qtbot, dialog.scan.field, "96385074")
    scanner(qtbot, dialog.scan.field, "5012345678900")  # a good code no product carries
    assert "No product has the barcode 5012345678900" in dialog.message.text()
    lines = dialog.lines
    assert [(ln.product.sku, ln.quantity, ln.reason) for ln in lines.lines] == [
        ("MILK", "2", R.EXPIRED),
        ("WINE", "1", R.EXPIRED),
    ]
    # The wine was broken, not out of date: its own reason.
    lines.setData(lines.index(1, LinesColumn.REASON), R.DAMAGED.value)
    dialog.save_button.click()
    assert dialog.result() == AdjustmentDialog.DialogCode.Accepted
    assert dialog.adjustment is not None
    made = dialog.adjustment
    assert [(ln.sku, ln.quantity, ln.reason) for ln in made.lines] == [
        ("MILK", D(-2), R.EXPIRED),
        ("WINE", D(-1), R.DAMAGED),
    ]
    assert (on_hand(db, milk), on_hand(db, wine)) == (D(8), D(3))
    assert check_database(db) == []


def test_set_on_hand_and_bad_input_is_refused_at_its_line(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    stocked: None,
) -> None:
    dialog = AdjustmentDialog(db, actor, shop, stock_products(db, [milk.id, wine.id]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setCurrentIndex(dialog.reason.findData(R.CORRECTION.value))
    dialog.reason.activated.emit(dialog.reason.currentIndex())
    dialog.set_mode.setChecked(True)
    edit_cell(qtbot, dialog.table, 0, LinesColumn.QUANTITY, "12")
    dialog.save_button.click()
    assert dialog.message.text() == (
        "Line 2 (Crème de cassis 70 cl): Type the stock on hand, for example 12."
    )
    assert dialog.isVisible()
    edit_cell(qtbot, dialog.table, 1, LinesColumn.QUANTITY, "4")  # as it is: refused too
    dialog.save_button.click()
    assert dialog.message.text() == (
        "Line 2 (Crème de cassis 70 cl): the stock is 4 already; nothing to change."
    )
    assert on_hand(db, milk) == D(10)
    dialog.table.setCurrentIndex(dialog.lines.index(1, 0))
    dialog.remove_button.click()
    dialog.save_button.click()
    assert dialog.adjustment is not None
    assert [(ln.quantity, ln.reason) for ln in dialog.adjustment.lines] == [(D(2), R.CORRECTION)]
    assert on_hand(db, milk) == D(12)
    assert check_database(db) == []


def test_the_tab_lists_adjustments_and_sums_losses(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    stocked: None,
    tmp_path: Path,
) -> None:
    create_adjustment(db, [AdjustmentLine(milk.id, R.DAMAGED, change=D(-3))], actor)
    create_adjustment(db, [AdjustmentLine(wine.id, R.OWN_USE, change=D(-1))], actor)
    tab = AdjustmentsTab(db, actor, shop, AppEvents())
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.losses.rowCount() == 7)
    model = tab.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["A000002", "A000001"]
    assert model.index(1, 3).data() == "Damaged"
    assert model.index(1, 4).data() == "-€2.10"
    losses = tab.losses
    assert [losses.index(0, c).data() for c in range(4)] == ["Damaged", "1", "-3", "-€2.10"]
    assert losses.index(6, 0).data() == "Total"
    assert tab.losses_note.text() == "Stock lost at cost: €2.10"
    for checked in (model, losses, AdjustmentDialog(db, actor, shop).lines):
        qtmodeltester.check(checked)
    tab.view.setCurrentIndex(model.index(1, 0))
    assert tab.current_number() == "A000001"
    target = tmp_path / "a1.csv"
    tab.export_to("A000001", target)
    wait_for_all()
    qtbot.waitUntil(lambda: "saved to" in tab.banner.label.text())
    assert target.read_text(encoding="utf-8-sig").count("\n") == 2


def test_the_lines_model_with_rows_is_a_proper_qt_model(
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    apples: ProductDTO,
) -> None:
    dialog = AdjustmentDialog(db, actor, shop, stock_products(db, [milk.id, apples.id]))
    qtmodeltester.check(dialog.lines)
