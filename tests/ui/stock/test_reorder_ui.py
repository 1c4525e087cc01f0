"""The Reorder tab (the list by supplier, PDF and CSV) and a product's usual supplier and
maximum level in the product dialog."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import suppliers
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.movements import receive_stock
from ui.events import AppEvents
from ui.ops import wait_for_all
from ui.products.product_dialog import ProductDialog
from ui.stock.reorder_model import ReorderColumn
from ui.stock.reorder_tab import ReorderTab

D = Decimal


def add_supplier(db: Database, name: str) -> int:
    with db.write() as uow:
        made = uow.connection.execute(
            insert(suppliers).returning(suppliers.c.id), {"name": name, "phone": "01 555"}
        ).scalar_one()
        uow.commit()
        return int(made)


def test_the_product_dialog_sets_the_usual_supplier_and_max_level(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    dairy = add_supplier(db, "Dairy Co")
    QSettings().clear()
    dialog = ProductDialog(db, actor, shop, milk.id)
    qtbot.addWidget(dialog)
    details = dialog.details
    assert details.supplier.currentText() == "None"
    details.reorder_level.setText("6")
    details.max_level.setText("4")
    details.supplier.setCurrentIndex(details.supplier.findData(dairy))
    dialog.save()
    assert details.error_text("max_level").startswith("The maximum level is below the reorder")
    details.max_level.setText("24")
    dialog.save()
    assert dialog.result() == ProductDialog.DialogCode.Accepted
    stored = get_product(db, milk.id)
    assert (stored.supplier_id, stored.max_level, stored.reorder_level) == (dairy, D(24), D(6))
    again = ProductDialog(db, actor, shop, milk.id)
    qtbot.addWidget(again)
    assert (again.details.supplier.currentText(), again.details.max_level.text()) == (
        "Dairy Co",
        "24",
    )


def test_the_reorder_tab_lists_low_products_by_supplier_and_saves_them(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    tmp_path: Path,
) -> None:
    dairy = add_supplier(db, "Dairy Co")
    update_product(
        db,
        milk.id,
        actor=actor,
        reorder_level=D(6),
        max_level=D(24),
        supplier_id=dairy,
        cost=D("0.70"),
    )
    update_product(db, wine.id, actor=actor, reorder_level=D(2), reorder_quantity=D(6))
    update_product(db, apples.id, actor=actor, reorder_level=D(5))
    receive_stock(db, apples.id, D("1.5"), actor=actor)
    events = AppEvents()
    tab = ReorderTab(db, actor, shop, events)
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    model = tab.model
    rows = [
        [model.index(r, c).data() for c in (0, 2, 3, ReorderColumn.ORDER, ReorderColumn.VALUE)]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["Dairy Co", "Fresh Milk 1 L", "0", "24", "€16.80"],
        ["No supplier", "Äpfel Braeburn (loose)", "1.5 kg", "3.5 kg", "€0.00"],
        ["No supplier", "Crème de cassis 70 cl", "0", "6", "€0.00"],
    ]
    assert tab.summary.text() == (
        "3 product(s) to order: 1 supplier(s), 2 product(s) with no supplier; €16.80 at cost."
    )
    qtmodeltester.check(model)
    # One supplier alone.
    tab.supplier.setCurrentIndex(tab.supplier.findData(dairy))
    tab.supplier.activated.emit(tab.supplier.currentIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    pdf, csv = tmp_path / "sheet.pdf", tmp_path / "list.csv"
    tab.save_pdf_to(pdf)
    tab.save_csv_to(csv)
    wait_for_all()
    qtbot.waitUntil(lambda: pdf.exists() and csv.exists())
    assert pdf.read_bytes().startswith(b"%PDF")
    assert csv.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Dairy Co,MILK,")
    # A delivery of milk: the list follows the stock.
    tab.supplier.setCurrentIndex(0)
    receive_stock(db, milk.id, D(30), actor=actor)
    events.stock_changed.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 2)


def test_a_long_reorder_list_is_read_a_page_at_a_time(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    rates: dict[str, int],
) -> None:
    from tests.integration.stock.test_reorder import product

    for number in range(7):  # none in stock: every one low
        product(db, rates, f"LOW{number}", level="3", cost="2.00")
    tab = ReorderTab(db, actor, shop, AppEvents())
    qtbot.addWidget(tab)
    tab.model.page_size = 3
    pages: list[int] = []
    tab.model.loaded.connect(lambda: pages.append(tab.model.rowCount()))
    tab.resize(1024, 600)
    tab.show()
    tab.refresh()
    # The view asks for more while its end is in sight: 3, then 6, then the last one.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 7 and not tab.model.loading)
    assert pages == [3, 6, 7]
    assert tab.summary.text() == (
        "7 product(s) to order: 0 supplier(s), 7 product(s) with no supplier; €42.00 at cost."
    )
    skus = [tab.model.index(r, ReorderColumn.SKU).data() for r in range(7)]
    assert skus == [f"LOW{n}" for n in range(7)]
    qtmodeltester.check(tab.model)
    assert not tab.model.canFetchMore()


def test_a_burst_of_refreshes_shows_the_list_once(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, rates: dict[str, int]
) -> None:
    from tests.integration.stock.test_reorder import product

    product(db, rates, "LOW", level="3")
    tab = ReorderTab(db, actor, shop, AppEvents())
    qtbot.addWidget(tab)
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.show()
    for _ in range(3):  # three stock changes in a row
        tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    wait_for_all()
    qtbot.wait(50)  # any answer still on its way is delivered
    assert len(resets) == 1
    assert tab.summary.text().startswith("1 product(s) to order")
