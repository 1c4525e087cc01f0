"""The categories dialog, driven through its widgets: add, rename, merge, delete, colour."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.categories import category_overview, delete_category
from pos.services.catalog.products import ProductInput, create_product, get_product
from pos.services.dto import Actor, ProductDTO
from tests.ui.helpers import in_modal, named, press
from ui.products.categories_dialog import CategoriesDialog
from ui.products.category_model import COLOUR, NAME, PRODUCTS
from ui.products.category_prompts import ChooseCategory


def counts(db: Database) -> dict[str, int]:
    return {c.name: c.products for c in category_overview(db).categories}


@pytest.fixture
def dialog(
    qtbot: QtBot, db: Database, rates: dict[str, int], actor: Actor, milk: ProductDTO
) -> CategoriesDialog:
    """Dairy: milk, yoghurt, cheese; Bakery: bread; Frozen: empty."""
    for sku, category in (("YOG", "Dairy"), ("CHEESE", "Dairy"), ("BREAD", "Bakery")):
        create_product(
            db,
            ProductInput(sku, sku.title(), Decimal("1.00"), rates["Standard"], category=category),
            actor=actor,
        )
    create_product(db, ProductInput("ICE", "Ice", Decimal("2.00"), rates["Standard"]), actor=actor)
    shown = CategoriesDialog(db, actor)
    qtbot.addWidget(shown)
    shown.show()
    settle(qtbot, shown)
    shown.new_name.setText("Frozen")
    shown.buttons["add"].click()
    settle(qtbot, shown)
    shown.message.clear_message()
    return shown


def settle(qtbot: QtBot, dialog: CategoriesDialog) -> None:
    """Wait until the change and the rereading after it are done."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def rows(dialog: CategoriesDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        (
            model.index(r, NAME).data(),
            model.index(r, COLOUR).data(),
            model.index(r, PRODUCTS).data(),
        )
        for r in range(model.rowCount())
    ]


def selected_name(dialog: CategoriesDialog) -> str | None:
    category = dialog.selected()
    return None if category is None else category.name


def select(dialog: CategoriesDialog, name: str) -> None:
    dialog.view.selectRow(next(r for r, row in enumerate(rows(dialog)) if row[0] == name))


def test_the_table_lists_categories_with_their_counts(dialog: CategoriesDialog) -> None:
    assert rows(dialog) == [
        ("Bakery", "none", "1"),
        ("Dairy", "none", "3"),
        ("Frozen", "none", "0"),
    ]
    assert dialog.summary.text() == "3 categories. 1 product has no category."
    assert named(dialog, QWidget, "Categories") is dialog.view


def test_add_by_typing_and_enter_and_plain_messages_for_bad_names(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database
) -> None:
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClicks(dialog.new_name, "  Fruit  & Veg ")
        qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
        settle(qtbot, dialog)
    assert dialog.isVisible()  # Enter added; it did not press a button of the dialog
    assert dialog.message.text() == "Category Fruit & Veg added."
    assert selected_name(dialog) == "Fruit & Veg"
    assert dialog.new_name.text() == ""
    for typed, message in (
        ("DAIRY", "There is already a category called 'Dairy'."),
        ("", "Give the category a name."),
        ("x" * 81, "Category names can have 80 characters at most."),
    ):
        dialog.new_name.setText(typed)
        dialog.buttons["add"].click()
        settle(qtbot, dialog)
        assert dialog.message.text() == message
        assert dialog.message.kind == "error"
    assert set(counts(db)) == {"Bakery", "Dairy", "Frozen", "Fruit & Veg"}


def rename_in_place(qtbot: QtBot, dialog: CategoriesDialog, name: str, typed: str) -> None:
    """Select the category, F2, type the new name, Enter."""
    dialog.message.clear_message()  # to see the answer to this rename
    select(dialog, name)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.view.selectionModel().selectedRows()[0])
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    editor = dialog.view.viewport().findChild(QLineEdit)
    assert editor is not None, "no editor opened"
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.busy or bool(dialog.message.text()))
    settle(qtbot, dialog)


def test_rename_in_place_and_with_the_button(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database, milk: ProductDTO
) -> None:
    rename_in_place(qtbot, dialog, "Dairy", "Dairy & Eggs")
    assert dialog.message.text() == "Category renamed to Dairy & Eggs."
    assert get_product(db, milk.id).category == "Dairy & Eggs"
    rename_in_place(qtbot, dialog, "Bakery", "frozen")
    assert dialog.message.text() == "There is already a category called 'Frozen'."
    select(dialog, "Frozen")
    dialog.buttons["rename"].click()
    editor = dialog.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Frozen"
    editor.setText("Freezer")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "Category renamed to Freezer.")
    settle(qtbot, dialog)
    assert counts(db) == {"Bakery": 1, "Dairy & Eggs": 3, "Freezer": 0}


def test_merge_into_another_category(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database, milk: ProductDTO
) -> None:
    select(dialog, "Dairy")

    def merge_into_bakery(chooser: QWidget) -> None:
        assert isinstance(chooser, ChooseCategory)
        assert [chooser.combo.itemText(i) for i in range(chooser.combo.count())] == [
            "Bakery",
            "Frozen",
        ]
        chooser.choose("Bakery")
        named(chooser, QWidget, "Merge").click()

    in_modal(merge_into_bakery)
    with qtbot.waitSignal(dialog.changed):
        dialog.buttons["merge"].click()
    settle(qtbot, dialog)
    assert dialog.message.text() == "Dairy merged into Bakery: 3 products moved."
    assert rows(dialog) == [("Bakery", "none", "4"), ("Frozen", "none", "0")]
    assert selected_name(dialog) == "Bakery"
    assert get_product(db, milk.id).category == "Bakery"


def test_cancelling_a_merge_changes_nothing(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database
) -> None:
    select(dialog, "Dairy")
    in_modal(lambda chooser: chooser.reject())
    dialog.buttons["merge"].click()
    settle(qtbot, dialog)
    assert counts(db) == {"Bakery": 1, "Dairy": 3, "Frozen": 0}


def test_delete_moves_the_products_where_the_user_says(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database, milk: ProductDTO
) -> None:
    select(dialog, "Dairy")

    def move_to_frozen(chooser: QWidget) -> None:
        assert isinstance(chooser, ChooseCategory)
        assert chooser.combo.itemText(0) == "No category"
        chooser.choose("Frozen")
        named(chooser, QWidget, "Move and delete").click()

    in_modal(move_to_frozen)
    dialog.buttons["delete"].click()
    settle(qtbot, dialog)
    assert dialog.message.text() == "Category Dairy deleted; 3 products moved to Frozen."
    assert rows(dialog) == [("Bakery", "none", "1"), ("Frozen", "none", "3")]
    assert get_product(db, milk.id).category == "Frozen"

    select(dialog, "Bakery")

    def move_to_none(chooser: QWidget) -> None:
        assert isinstance(chooser, ChooseCategory)
        chooser.choose("No category")
        named(chooser, QWidget, "Move and delete").click()

    in_modal(move_to_none)
    press(qtbot, dialog.view, Qt.Key.Key_Delete)  # the key does what the button does
    settle(qtbot, dialog)
    assert dialog.message.text() == "Category Bakery deleted; 1 product left without a category."
    assert dialog.summary.text() == "1 category. 2 products have no category."


def test_an_empty_category_is_deleted_after_a_yes(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database
) -> None:
    select(dialog, "Frozen")
    in_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.buttons["delete"].click()
    settle(qtbot, dialog)
    assert "Frozen" in counts(db)
    in_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.buttons["delete"].click()
    settle(qtbot, dialog)
    assert dialog.message.text() == "Category Frozen deleted."
    assert counts(db) == {"Bakery": 1, "Dairy": 3}


def test_colour_is_chosen_then_cleared(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database
) -> None:
    select(dialog, "Dairy")
    assert not dialog.buttons["clear"].isEnabled()

    def pick_blue(chooser: QWidget) -> None:
        assert isinstance(chooser, QColorDialog)
        chooser.setCurrentColor(QColor("#3366CC"))
        chooser.accept()

    in_modal(pick_blue)
    dialog.buttons["colour"].click()
    settle(qtbot, dialog)
    assert dialog.message.text() == "Colour of Dairy set to #3366cc."
    assert ("Dairy", "#3366cc", "3") in rows(dialog)
    row = next(r for r, values in enumerate(rows(dialog)) if values[0] == "Dairy")
    swatch = dialog.model.index(row, COLOUR).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(swatch, QColor) and swatch.name() == "#3366cc"
    assert {c.name: c.colour for c in category_overview(db).categories}["Dairy"] == "#3366cc"
    assert dialog.buttons["clear"].isEnabled()
    dialog.buttons["clear"].click()
    settle(qtbot, dialog)
    assert dialog.message.text() == "Colour of Dairy cleared."
    assert {c.name: c.colour for c in category_overview(db).categories}["Dairy"] is None


def test_actions_need_a_selected_category(qtbot: QtBot, dialog: CategoriesDialog) -> None:
    dialog.view.clearSelection()
    for key in ("rename", "merge", "delete", "colour", "clear"):
        assert not dialog.buttons[key].isEnabled(), key
    dialog.delete_selected()  # e.g. the Delete key with nothing selected
    assert dialog.message.text() == "Choose a category in the table first."


def test_category_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, dialog: CategoriesDialog
) -> None:
    qtmodeltester.check(dialog.model)


def test_a_category_deleted_at_another_till_is_refused_then_gone_from_the_table(
    qtbot: QtBot, dialog: CategoriesDialog, db: Database, actor: Actor
) -> None:
    frozen = next(c for c in category_overview(db).categories if c.name == "Frozen")
    delete_category(db, frozen.id, actor=actor)  # elsewhere, while the dialog is open
    rename_in_place(qtbot, dialog, "Frozen", "Freezer")
    assert dialog.message.text() == (
        "That category no longer exists: it was deleted or merged at another till."
    )
    assert [row[0] for row in rows(dialog)] == ["Bakery", "Dairy"]
