"""The product dialog driven through its widgets: new products, barcodes, bad input, history,
weighed items' scale keys, delete or deactivate."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import products
from pos.domain.cart import Unit
from pos.domain.tax import TaxMode
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.lookup import search_products
from pos.services.settings import ShopSettings
from pos.services.stock.movements import receive_stock
from tests.ui.helpers import in_modal, scanner
from ui.products.history_models import MovementsModel, PriceHistoryModel
from ui.products.product_dialog import ProductDialog
from ui.sales.money_text import MoneyText


def open_dialog(
    qtbot: QtBot,
    db: Database,
    actor: Actor,
    shop: ShopSettings,
    product_id: int | None = None,
) -> ProductDialog:
    dialog = ProductDialog(db, actor, shop, product_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def product_count(db: Database) -> int:
    with db.read() as uow:
        return uow.connection.scalar(select(func.count()).select_from(products)) or 0


def click_in_box(text: str) -> None:
    """Press the button labelled ``text`` in the next message box."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    in_modal(act)


def test_a_new_product_with_two_barcodes_and_a_generated_one(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    qtbot.keyClicks(dialog.details.name, "Sourdough loaf")
    qtbot.keyClicks(dialog.details.price, "4.20")
    qtbot.keyClicks(dialog.details.cost, "1.80")
    dialog.tabs.setCurrentWidget(dialog.barcodes)
    scanner(qtbot, dialog.barcodes.entry, "4006381333931")
    scanner(qtbot, dialog.barcodes.entry, "96385074")
    # Enter in the barcode field adds the code once; it does not press Save as well.
    assert dialog.details.error_text("name") == ""
    assert dialog.barcodes.codes() == ["4006381333931", "96385074"]
    assert dialog.barcodes.message.kind == ""
    qtbot.mouseClick(dialog.barcodes.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(1) == "&Barcodes (3)"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.product is not None
    saved = get_product(db, dialog.product.id, actor)
    assert saved.sku == "P000001"
    assert saved.barcodes == ("2000000000015", "4006381333931", "96385074")
    assert (saved.price, saved.cost, saved.tax_rate.name) == (
        Decimal("4.20"),
        Decimal("1.80"),
        "Standard",
    )


def test_a_barcode_on_another_product_is_refused_naming_it(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    scanner(qtbot, dialog.barcodes.entry, "4006381333931")
    assert "already belongs to 'Fresh Milk 1 L'" in dialog.barcodes.message.text()
    assert dialog.barcodes.codes() == []
    assert dialog.barcodes.entry.selectedText() == "4006381333931"  # a rescan replaces it
    scanner(qtbot, dialog.barcodes.entry, "4006381333932")  # one digit misread
    assert "check digit is wrong" in dialog.barcodes.message.text()
    assert dialog.barcodes.codes() == []


def test_a_duplicate_caught_at_save_is_shown_on_the_barcodes_tab(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    dialog.details.name.setText("Oat drink")
    dialog.details.price.setText("1.99")
    dialog.barcodes.set_codes(["4006381333931"])  # as if milk took it after it was added
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.barcodes
    assert "Fresh Milk 1 L" in dialog.barcodes.message.text()
    assert product_count(db) == 1


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("price", "abc", "not a number"),
        ("price", "", "Type the price"),
        ("price", "2.999", "more decimals"),
        ("cost", "-1", "cannot be negative"),
        ("name", "x" * 10_000, "120 characters"),
        ("reorder_level", "1e5", "not a number"),
    ],
)
def test_bad_input_is_shown_at_its_field_and_saves_nothing(
    qtbot: QtBot,
    db: Database,
    actor: Actor,
    shop: ShopSettings,
    field: str,
    typed: str,
    words: str,
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    dialog.details.name.setText("Sourdough loaf")
    dialog.details.price.setText("4.20")
    getattr(dialog.details, field).setText(typed)  # as pasted: past the validator
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert words in dialog.details.error_text(field)
    assert dialog.tabs.currentWidget() is dialog.details_page
    assert dialog.isVisible()
    assert product_count(db) == 0


def test_every_problem_shows_at_once_the_first_field_gets_the_cursor(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    dialog.details.name.setText("x" * 10_000)
    dialog.details.price.setText("abc")
    dialog.details.cost.setText("-1")
    dialog.barcodes.set_codes(["4006381333931"])
    dialog.save()
    errors = {f: dialog.details.error_text(f) for f in ("name", "price", "cost")}
    assert errors == {
        "name": "Product names can have 120 characters at most.",
        "price": "The price 'abc' is not a number.",
        "cost": "The cost cannot be negative.",
    }
    assert "Fresh Milk 1 L" in dialog.barcodes.message.text()
    assert dialog.tabs.currentWidget() is dialog.details_page
    assert dialog.focusWidget() is dialog.details.name
    assert product_count(db) == 1
    dialog.details.name.setText("Oat drink")  # once put right, the messages go
    dialog.details.price.setText("1.99")
    dialog.details.cost.setText("0.80")
    dialog.barcodes.set_codes([])
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert product_count(db) == 2


def test_letters_cannot_be_typed_into_the_price(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    qtbot.keyClicks(dialog.details.price, "abc")
    assert dialog.details.price.text() == ""


def test_no_tax_rate_or_a_duplicate_sku_is_refused_at_its_field(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    dialog.details.name.setText("Oat drink")
    dialog.details.price.setText("1.99")
    dialog.details.taxes.set_checked([])
    dialog.save()
    assert "Choose the tax rate" in dialog.details.error_text("tax_rates")
    dialog.details.taxes.set_checked([milk.tax_rate.id])
    dialog.details.sku.setText("milk")
    dialog.save()
    assert dialog.details.error_text("tax_rates") == ""
    assert "already belongs to 'Fresh Milk 1 L'" in dialog.details.error_text("sku")
    assert product_count(db) == 1


def test_the_price_shows_its_other_side_of_tax_and_the_margin(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop)
    qtbot.keyClicks(dialog.details.price, "2.40")
    assert dialog.details.price_parts.text() == "€2.40 incl. tax = €2.00 + €0.40 tax"
    qtbot.keyClicks(dialog.details.cost, "1.50")
    assert dialog.details.margin.text() == "Margin 25.0 % (€0.50 on the price before tax)"

    exclusive = open_dialog(qtbot, db, actor, replace(shop, tax_mode=TaxMode.EXCLUSIVE))
    qtbot.keyClicks(exclusive.details.price, "2.00")
    assert exclusive.details.price_parts.text() == "€2.00 + €0.40 tax = €2.40"


def test_an_edited_price_shows_in_the_price_history(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop, milk.id)
    assert dialog.details.price.text() == "1.20"
    dialog.details.price.selectAll()
    qtbot.keyClicks(dialog.details.price, "1.35")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_product(db, milk.id).price == Decimal("1.35")

    again = open_dialog(qtbot, db, actor, shop, milk.id)
    assert again.history is not None
    again.tabs.setCurrentWidget(again.history)
    prices = again.history.prices
    qtbot.waitUntil(lambda: prices.rowCount() == 1)
    cells = [prices.index(0, c).data() for c in range(prices.columnCount())]
    assert cells[1:] == ["€1.20", "€1.35", "Alex at Till 1"]


def test_a_weighed_item_shows_its_scale_label_key(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, apples: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop, apples.id)
    assert dialog.details.scale_keys.isVisibleTo(dialog)
    assert dialog.details.scale_keys.text() == "Scale label key 21 / item 00001 (weight labels)"
    listed = dialog.barcodes.model.index(0).data()
    assert listed == "2100001  —  Scale label key 21 / item 00001 (weight labels)"
    # A whole weight label scanned in gives the product its key, not that one weighing.
    dialog.barcodes.set_codes([])
    scanner(qtbot, dialog.barcodes.entry, "2100001012502")
    assert dialog.barcodes.codes() == ["2100001"]
    assert "scale label" in dialog.barcodes.message.text()


def test_a_product_that_never_moved_is_deleted_after_asking(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop, milk.id)
    click_in_box("Delete")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert product_count(db) == 0


def test_a_product_that_moved_is_offered_deactivation(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    receive_stock(db, milk.id, Decimal(6), actor=actor)
    dialog = open_dialog(qtbot, db, actor, shop, milk.id)
    click_in_box("Cancel")
    dialog.delete()
    assert get_product(db, milk.id).active
    click_in_box("Deactivate")
    dialog.delete()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not get_product(db, milk.id).active
    assert search_products(db, "fresh") == []
    assert product_count(db) == 1


def test_history_pages_in_as_the_view_scrolls(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    actor: Actor,
    shop: ShopSettings,
    milk: ProductDTO,
) -> None:
    for _ in range(25):
        receive_stock(db, milk.id, Decimal(2), actor=actor)
    model = MovementsModel(db, milk.id, Unit.EACH, MoneyText(shop), page_size=10)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    assert [model.index(0, c).data() for c in range(1, 5)] == ["Delivery", "+2", "50", "delivery"]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert model.index(24, 3).data() == "2"
    qtmodeltester.check(model)


def test_every_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    actor: Actor,
    shop: ShopSettings,
    apples: ProductDTO,
) -> None:
    update_product(db, apples.id, actor=actor, price=Decimal("3.10"))
    receive_stock(db, apples.id, Decimal("1.5"), actor=actor)
    dialog = open_dialog(qtbot, db, actor, shop, apples.id)
    assert dialog.history is not None
    qtmodeltester.check(dialog.details.taxes)
    qtmodeltester.check(dialog.barcodes.model)
    qtmodeltester.check(dialog.history.movements)
    qtmodeltester.check(dialog.history.prices)
    qtmodeltester.check(PriceHistoryModel(db, apples.id, MoneyText(shop), page_size=1))


def test_buttons_and_fields_have_accessible_names(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop, milk.id)
    unnamed = [b.text() for b in dialog.findChildren(QAbstractButton) if not b.accessibleName()]
    assert unnamed == [""] * len(unnamed)  # only the tab bar's own scroll arrows
    assert all(widget.accessibleName() for widget in dialog.details.fields.values())


def test_escape_asks_before_dropping_typed_changes(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop, milk.id)
    dialog.details.price.setText("1.35")
    click_in_box("Cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # kept editing
    click_in_box("Drop changes")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert get_product(db, milk.id).price == Decimal("1.20")


def test_escape_leaves_at_once_when_nothing_changed(
    qtbot: QtBot, db: Database, actor: Actor, shop: ShopSettings, milk: ProductDTO
) -> None:
    dialog = open_dialog(qtbot, db, actor, shop, milk.id)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
