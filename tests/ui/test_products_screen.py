"""The Products screen driven as a user would: filter, sort, edit in place, select, change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import PriceChange
from pos.domain.pricing import PriceChangeKind, PriceChangeRule, PriceRounding
from pos.services.catalog.bulk import ChangePrice, SetActive, apply_bulk_change
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    get_product,
    update_product,
)
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.dto import Actor, ProductDTO
from pos.services.lookup import find_by_code
from pos.services.settings import ShopSettings
from tests.ui.helpers import edit_cell, in_modal
from ui.events import AppEvents
from ui.products.model import Column
from ui.products.screen import ProductsScreen


@pytest.fixture
def screen(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
) -> ProductsScreen:
    QSettings().clear()
    shown = ProductsScreen(db, actor, shop, AppEvents())
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.show()
    shown.refresh()
    return shown


def names(screen: ProductsScreen) -> list[str]:
    model = screen.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_the_model_is_a_proper_qt_model(qtmodeltester: ModelTester, screen: ProductsScreen) -> None:
    qtmodeltester.check(screen.model)


def test_rows_show_every_column(screen: ProductsScreen) -> None:
    model = screen.model
    row = names(screen).index("Fresh Milk 1 L")
    cells = [model.index(row, c).data() for c in Column]
    assert cells == [
        "MILK", "Fresh Milk 1 L", "Dairy", "€1.20", "€0.00", "100.0%", "Reduced", "0", "0",
        "each", "4006381333931", "Yes",
    ]  # fmt: skip
    assert screen.filter_bar.count.text() == "3 products"


def test_filter_as_you_type_by_name_sku_and_barcode(qtbot: QtBot, screen: ProductsScreen) -> None:
    search = screen.filter_bar.bar.search
    qtbot.keyClicks(search, "cass")
    assert names(screen) == ["Crème de cassis 70 cl"]
    search.clear()
    qtbot.keyClicks(search, "4006381333931")
    assert names(screen) == ["Fresh Milk 1 L"]
    search.clear()
    qtbot.keyClicks(search, "apples")  # the SKU
    assert names(screen) == ["Äpfel Braeburn (loose)"]
    assert screen.filter_bar.count.text() == "1 products"


def test_category_active_and_low_stock_filters(
    db: Database, actor: Actor, screen: ProductsScreen, wine: ProductDTO
) -> None:
    bar = screen.filter_bar.bar
    bar.category.setCurrentIndex(bar.category.findText("Dairy"))
    assert names(screen) == ["Fresh Milk 1 L"]
    bar.category.setCurrentIndex(bar.category.findText("No category"))
    assert names(screen) == ["Äpfel Braeburn (loose)", "Crème de cassis 70 cl"]
    bar.category.setCurrentIndex(0)
    apply_bulk_change(db, ProductSelection(ids=(wine.id,)), SetActive(False), actor=actor)
    bar.state.setCurrentIndex(bar.state.findData(False))
    assert names(screen) == ["Crème de cassis 70 cl"]
    bar.state.setCurrentIndex(0)
    bar.low_stock.setChecked(True)
    assert names(screen) == []  # nothing in stock, but no reorder level: not watched
    update_product(db, wine.id, actor=actor, reorder_level=Decimal(2))
    screen.refresh()
    assert names(screen) == ["Crème de cassis 70 cl"]  # shown whether sold or not


def test_sort_by_clicking_a_column(qtbot: QtBot, screen: ProductsScreen) -> None:
    header = screen.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_centre(screen, Column.PRICE),
    )
    prices = [screen.model.index(r, Column.PRICE).data() for r in range(3)]
    assert prices == ["€1.20", "€2.99", "€12.50"]
    screen.view.sortByColumn(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert [screen.model.index(r, Column.PRICE).data() for r in range(3)] == prices[::-1]
    screen.view.sortByColumn(Column.BARCODES, Qt.SortOrder.AscendingOrder)  # does not sort
    assert header.sortIndicatorSection() == Column.PRICE
    assert [screen.model.index(r, Column.PRICE).data() for r in range(3)] == prices[::-1]


def test_sort_by_tax_rate_reads_as_the_column_shows(qtbot: QtBot, screen: ProductsScreen) -> None:
    """Reduced (5 %) before Standard (20 %), though Standard was made first."""
    header = screen.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_centre(screen, Column.TAX_RATE),
    )
    assert header.sortIndicatorSection() == Column.TAX_RATE
    shown = [(screen.model.index(r, Column.TAX_RATE).data(), names(screen)[r]) for r in range(3)]
    assert shown == [
        ("Reduced", "Äpfel Braeburn (loose)"),
        ("Reduced", "Fresh Milk 1 L"),
        ("Standard", "Crème de cassis 70 cl"),
    ]
    screen.view.sortByColumn(Column.TAX_RATE, Qt.SortOrder.DescendingOrder)
    assert names(screen) == [name for _rate, name in reversed(shown)]


def _section_centre(screen: ProductsScreen, column: Column):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    header = screen.view.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)


def test_a_price_edited_in_place_is_saved_sold_and_kept_in_history(
    qtbot: QtBot, db: Database, shop: ShopSettings, screen: ProductsScreen, milk: ProductDTO
) -> None:
    row = names(screen).index("Fresh Milk 1 L")
    edit_cell(qtbot, screen.view, row, Column.PRICE, "1,45")
    assert screen.banner.label.text() == "Saved: Fresh Milk 1 L"
    assert get_product(db, milk.id).price == Decimal("1.45")
    assert screen.model.index(row, Column.PRICE).data() == "€1.45"
    assert screen.banner.label.text() == "Saved: Fresh Milk 1 L"
    assert find_by_code(db, "4006381333931", shop).price == Decimal("1.45")  # the next scan
    with db.read() as uow:
        history = uow.session.scalars(select(PriceChange)).all()
        assert [(h.old_price, h.new_price) for h in history] == [(Decimal("1.20"), Decimal("1.45"))]


def test_bad_values_in_place_change_nothing_and_say_why(
    qtbot: QtBot, db: Database, screen: ProductsScreen, milk: ProductDTO
) -> None:
    row = names(screen).index("Fresh Milk 1 L")
    model = screen.model
    for column, value, message in (
        (Column.PRICE, "", "not a number"),
        (Column.COST, "-1", "cannot be negative"),
        (Column.NAME, "x" * 10_000, "120 characters"),
        (Column.REORDER_LEVEL, "abc", "not a number"),
    ):
        assert not model.setData(model.index(row, column), value)
        assert message in screen.banner.label.text(), (column, screen.banner.label.text())
    edit_cell(qtbot, screen.view, row, Column.PRICE, "abc")  # the field takes no letters
    assert get_product(db, milk.id, screen.actor) == milk


def test_columns_hidden_and_moved_are_remembered(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, screen: ProductsScreen
) -> None:
    screen.set_column_shown(Column.COST, False)
    screen.view.horizontalHeader().moveSection(Column.SKU, Column.ACTIVE)
    again = ProductsScreen(db, actor, shop, AppEvents())
    qtbot.addWidget(again)
    header = again.view.horizontalHeader()
    assert header.isSectionHidden(Column.COST)
    assert header.visualIndex(Column.SKU) == Column.ACTIVE


def test_select_all_is_the_filter_and_picked_rows_are_ids(
    qtbot: QtBot, screen: ProductsScreen
) -> None:
    assert screen.selection() is None
    qtbot.keyClicks(screen.filter_bar.bar.search, "c")
    screen.select_all()
    assert screen.selection() == ProductSelection(ProductFilter(text="c"))
    screen.filter_bar.bar.search.clear()
    screen.select_row(1)
    picked = screen.selection()
    assert picked is not None and picked.ids is not None and len(picked.ids) == 1
    assert picked.ids[0] == screen.model.row_at(1).id  # type: ignore[union-attr]


def answer(button: QMessageBox.StandardButton) -> None:
    def press(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "changes 3 products" in dialog.text()
        dialog.button(button).click()

    in_modal(press)


def test_bulk_price_change_on_all_with_one_confirmation(
    qtbot: QtBot, db: Database, screen: ProductsScreen, milk: ProductDTO
) -> None:
    screen.select_all()
    selection = screen.selection()
    assert selection is not None
    rule = PriceChangeRule(PriceChangeKind.PERCENT, Decimal(10), PriceRounding.END_99)
    answer(QMessageBox.StandardButton.Yes)
    screen.bulk.run(selection, ChangePrice(rule), "Change price")
    qtbot.waitUntil(lambda: screen.bulk.running is None, timeout=5000)
    assert get_product(db, milk.id).price == Decimal("0.99")  # 1.32 -> nearest .99
    assert screen.banner.label.text() == "3 products changed."


def test_bulk_change_refused_changes_nothing(
    qtbot: QtBot, db: Database, screen: ProductsScreen, milk: ProductDTO
) -> None:
    screen.select_all()
    selection = screen.selection()
    assert selection is not None
    answer(QMessageBox.StandardButton.Cancel)
    screen.bulk.run(selection, SetActive(False), "Deactivate")
    assert screen.bulk.running is None
    assert get_product(db, milk.id).active


def test_a_big_catalog_is_read_a_page_at_a_time(
    qtbot: QtBot, db: Database, rates: dict[str, int], screen: ProductsScreen, actor: Actor
) -> None:
    for i in range(450):
        create_product(
            db, ProductInput(f"N{i:03d}", f"Nut {i:03d}", Decimal(1), rates["Reduced"]), actor=actor
        )
    screen.refresh()
    model = screen.model
    assert model.rowCount() == 453
    screen.view.scrollToBottom()
    qtbot.wait(10)
    assert model.index(452, Column.SKU).data() == "N449"  # last by name
    assert len(model._pages) <= 5


def expect_dialog(kind: type[QWidget]) -> list[QWidget]:
    """Close the next modal dialog after checking what it is; returns it for more checks."""
    seen: list[QWidget] = []

    def close(dialog: QWidget) -> None:
        seen.append(dialog)
        assert isinstance(dialog, kind), type(dialog)
        dialog.reject()  # type: ignore[attr-defined]

    in_modal(close)
    return seen


def test_the_screen_opens_its_dialogs(qtbot: QtBot, screen: ProductsScreen) -> None:
    from ui.products.categories_dialog import CategoriesDialog
    from ui.products.import_wizard import ImportWizard
    from ui.products.labels_dialog import LabelsDialog
    from ui.products.product_dialog import ProductDialog

    seen = expect_dialog(ProductDialog)
    screen.named_actions["new"].trigger()
    assert seen
    screen.select_row(0)
    seen = expect_dialog(ProductDialog)
    sku = screen.model.index(0, Column.SKU)
    screen.view.doubleClicked.emit(sku)  # not editable in place: the dialog opens
    assert seen and seen[0].product_id == screen.model.row_at(0).id  # type: ignore[attr-defined,union-attr]
    seen = expect_dialog(CategoriesDialog)
    screen.named_actions["categories"].trigger()
    assert seen
    seen = expect_dialog(ImportWizard)
    screen.named_actions["import"].trigger()
    assert seen
    screen.view.clearSelection()
    screen.named_actions["labels"].trigger()  # nothing selected: says so, no dialog
    assert "Select one or more products" in screen.banner.label.text()
    screen.select_all()
    seen = expect_dialog(LabelsDialog)
    screen.named_actions["labels"].trigger()
    assert seen
