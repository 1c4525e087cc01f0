"""The Deliveries tab: receive a delivery by scanning, post it, return some to the
supplier, export; an unknown barcode becomes a product on the spot."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.lookup import find_by_code
from pos.services.settings import CostMethod, ShopSettings, get_settings, update_settings
from pos.services.stock.deliveries import get_delivery
from pos.services.stock.delivery_list import list_deliveries
from tests.integration.stock.delivery_helpers import receive
from tests.ui.helpers import edit_cell, in_modal, scanner
from ui.events import AppEvents
from ui.ops import wait_for_all
from ui.stock.deliveries_lines_model import QUANTITY, UNIT_COST
from ui.stock.deliveries_tab import DeliveriesTab

MILK_CODE = "4006381333931"


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def tab(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, events: AppEvents
) -> DeliveriesTab:
    widget = DeliveriesTab(db, actor, get_settings(db), events)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    widget.refresh()
    return widget


def _answer(button: QMessageBox.StandardButton) -> None:
    def press(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()

    in_modal(press)


def test_receive_a_delivery_by_scanning(
    qtbot: QtBot,
    tab: DeliveriesTab,
    db: Database,
    events: AppEvents,
    milk: ProductDTO,
    wine: ProductDTO,
    actor: Actor,
) -> None:
    update_settings(db, cost_method=CostMethod.AVERAGE, actor=actor)
    receive(db, tab.actor, [(milk.id, "10", "0.70")])  # on hand 10 at 0.70
    tab.refresh()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert tab.pages.currentWidget() is editor
    editor.header.supplier.setCurrentText("Dairy Co")  # typed; the completion popup aside
    qtbot.keyClicks(editor.header.reference, "INV-881")
    field = editor.scan.field
    for _ in range(3):
        scanner(qtbot, field, MILK_CODE)
    assert field.hasFocus()  # the scanner keeps the focus
    scanner(qtbot, field, "17*" + MILK_CODE)  # a typed quantity
    qtbot.keyClicks(editor.quantity, "6")
    scanner(qtbot, field, "96385074")
    lines = editor.model
    assert [(lines.line(r).sku, lines.line(r).quantity) for r in range(lines.rowCount())] == [
        ("MILK", Decimal(20)),
        ("WINE", Decimal(6)),
    ]
    assert lines.line(0).unit_cost == Decimal("0.70")  # the last cost
    edit_cell(qtbot, editor.view, 0, UNIT_COST, "0.85")
    edit_cell(qtbot, editor.view, 1, UNIT_COST, "6")
    assert "€53.00" in editor.total.text()  # 20 x 0.85 + 6 x 6.00

    _answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(events.stock_changed, timeout=3000):
        qtbot.mouseClick(editor.post_button, Qt.MouseButton.LeftButton)

    posted = editor.delivery
    assert posted is not None and posted.number == "D000002"
    assert "D000002 posted" in editor.banner.label.text()
    # 10 at 0.70 + 20 at 0.85 = 24.00 for 30: 0.80.
    assert (get_product(db, milk.id, actor).on_hand, get_product(db, milk.id, actor).cost) == (
        Decimal(30),
        Decimal("0.80"),
    )
    assert get_product(db, wine.id, actor).cost == Decimal("6.00")
    assert not editor.scan.isVisible() and not editor.post_button.isVisible()
    assert not editor.model.flags(editor.model.index(0, QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.list_page
    assert tab.model.summary(tab.selected_row()).number == "D000002"
    assert check_database(db) == []


def test_a_bad_quantity_says_why_and_changes_nothing(
    qtbot: QtBot, tab: DeliveriesTab, db: Database, milk: ProductDTO
) -> None:
    tab.new_delivery()
    editor = tab.editor
    scanner(qtbot, editor.scan.field, MILK_CODE)
    edit_cell(qtbot, editor.view, 0, QUANTITY, "1.5")
    assert "whole number" in editor.banner.label.text()
    _answer(QMessageBox.StandardButton.No)  # no product has it: do not create one
    scanner(qtbot, editor.scan.field, "5012345678900")
    assert "No product has the barcode 5012345678900" in editor.banner.label.text()
    assert editor.delivery is not None
    assert get_delivery(db, editor.delivery.id).lines[0].quantity == 1


def test_an_unknown_barcode_becomes_a_product_and_a_line(
    qtbot: QtBot, tab: DeliveriesTab, db: Database, shop: ShopSettings
) -> None:
    tab.new_delivery()
    editor = tab.editor

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)

        def fill(product: QWidget) -> None:
            from ui.products.product_dialog import ProductDialog

            assert isinstance(product, ProductDialog)
            assert product.barcodes.codes() == ["5012345678900"]
            product.details.name.setText("Oat drink 1 L")
            product.details.price.setText("2.10")
            product.save()

        in_modal(fill)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    in_modal(create)
    scanner(qtbot, editor.scan.field, "5012345678900")
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1, timeout=3000)
    assert editor.model.line(0).name == "Oat drink 1 L"
    assert find_by_code(db, "5012345678900", shop).name == "Oat drink 1 L"


def test_return_to_supplier_and_files(
    qtbot: QtBot,
    tab: DeliveriesTab,
    db: Database,
    events: AppEvents,
    milk: ProductDTO,
    tmp_path: Path,
) -> None:
    receive(db, tab.actor, [(milk.id, "12", "0.70")])
    tab.refresh()
    assert tab.return_button.isEnabled()
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert editor.delivery is not None and editor.delivery.is_return
    assert "from delivery D000001" in editor.header.returns.text()
    edit_cell(qtbot, editor.view, 0, QUANTITY, "2")
    assert not editor.model.flags(editor.model.index(0, UNIT_COST)) & Qt.ItemFlag.ItemIsEditable
    _answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(events.stock_changed, timeout=3000):
        editor.post()
    assert get_product(db, milk.id).on_hand == 10
    editor.close_editor()
    assert [s.number for s in list_deliveries(db)] == ["DR000001", "D000001"]
    tab.view.selectRow(0)
    tab.save_file(tab.model.summary(0).id, tmp_path / "r.pdf")
    tab.save_file(tab.model.summary(0).id, tmp_path / "r.csv")
    assert wait_for_all()
    qtbot.waitUntil(lambda: "r.csv" in tab.banner.label.text(), timeout=3000)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "DR000001" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert check_database(db) == []


def test_drafts_come_first_and_a_draft_is_continued(
    qtbot: QtBot, tab: DeliveriesTab, db: Database, milk: ProductDTO
) -> None:
    receive(db, tab.actor, [(milk.id, "1", "0.70")])
    tab.new_delivery()
    scanner(qtbot, tab.editor.scan.field, MILK_CODE)
    tab.editor.close_editor()
    assert [tab.model.summary(r).number for r in range(tab.model.rowCount())] == [None, "D000001"]
    tab.view.selectRow(0)
    assert tab.delete_button.isEnabled() and not tab.return_button.isEnabled()
    tab.open_selected()
    assert tab.editor.model.rowCount() == 1 and tab.editor.post_button.isVisible()


def test_the_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tab: DeliveriesTab,
    db: Database,
    milk: ProductDTO,
    wine: ProductDTO,
) -> None:
    for _ in range(3):
        receive(db, tab.actor, [(milk.id, "2", "0.70"), (wine.id, "1", "5.00")])
    tab.refresh()
    qtmodeltester.check(tab.model)
    tab.open_selected()
    qtmodeltester.check(tab.editor.model)


def test_the_list_is_read_a_page_at_a_time(
    qtbot: QtBot,
    tab: DeliveriesTab,
    db: Database,
    milk: ProductDTO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.stock.deliveries_list_model as list_model

    monkeypatch.setattr(list_model, "PAGE", 2)
    for _ in range(5):
        receive(db, tab.actor, [(milk.id, "1", "0.70")])
    tab.model.reload()
    assert tab.model.rowCount() == 2 and tab.model.canFetchMore()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert [tab.model.summary(r).number for r in range(5)] == [
        "D000005", "D000004", "D000003", "D000002", "D000001"
    ]  # fmt: skip


def test_escape_clears_the_search_then_goes_back(
    qtbot: QtBot, tab: DeliveriesTab, db: Database, milk: ProductDTO
) -> None:
    tab.new_delivery()
    field = tab.editor.scan.field
    qtbot.keyClicks(field, "mil")
    field.window().activateWindow()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and tab.pages.currentWidget() is tab.editor
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert tab.pages.currentWidget() is tab.list_page
