"""The labels dialog: counts what it will make, makes the PDF off the UI thread, says where."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.dto import ProductDTO
from receipts.label_sheets import LAYOUTS
from tests.receipts.label_scan import scan_labels
from tests.ui.helpers import named
from ui.ops import wait_for_all
from ui.products.labels_dialog import LabelsDialog


@pytest.fixture
def dialog(
    qtbot: QtBot, db: Database, milk: ProductDTO, wine: ProductDTO, apples: ProductDTO
) -> Iterator[LabelsDialog]:
    """The dialog for milk and apples, picked on the products screen."""
    picked = ProductSelection(ProductFilter(active=True), ids=(milk.id, apples.id))
    widget = LabelsDialog(db, picked)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_all()


def summary_says(qtbot: QtBot, dialog: LabelsDialog, text: str) -> None:
    qtbot.waitUntil(lambda: dialog.summary.text() == text, timeout=10_000)


def test_the_dialog_makes_the_pdf_and_says_where(
    qtbot: QtBot, dialog: LabelsDialog, tmp_path: Path
) -> None:
    summary_says(qtbot, dialog, "This makes 2 labels on 1 sheet.")
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("a4-5x13"))
    dialog.copies_fixed.click()
    dialog.copies_number.setValue(3)
    summary_says(qtbot, dialog, "This makes 6 labels on 1 sheet.")
    dialog.start.setValue(62)  # four labels left on a used sheet: two go on a new one
    summary_says(qtbot, dialog, "This makes 6 labels on 2 sheets.")
    target = tmp_path / "shelf"
    named(dialog, QLineEdit, "Save as").setText(str(target))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "shelf.pdf"
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=20_000)
    assert dialog.message.text() == f"6 labels on 2 sheets saved to {saved}"
    first, second = scan_labels(saved.read_bytes(), LAYOUTS["a4-5x13"], tmp_path)
    milk, apples = ["EAN-13:4006381333931"], ["CODE-128:2100001"]
    assert first[61:] == [milk, milk, milk, apples]
    assert second[:3] == [apples, apples, []]
    assert dialog.make_button.isEnabled()


def test_a_custom_size_shows_its_fields_and_refuses_what_does_not_fit(
    qtbot: QtBot, dialog: LabelsDialog
) -> None:
    assert not dialog.custom.isVisible()
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("custom"))
    assert dialog.custom.isVisible()
    summary_says(qtbot, dialog, "This makes 2 labels on 1 sheet (A4, 4 x 9 labels of 50 x 30 mm).")
    width = named(dialog.custom, QLineEdit, "Label width")
    width.clear()
    qtbot.keyClicks(width, "250")
    assert dialog.message.text().startswith("A label 250 mm wide does not fit across A4")
    assert not dialog.make_button.isEnabled()
    width.clear()
    qtbot.keyClicks(width, "70,5")  # a decimal comma is a point
    assert dialog.message.text() == ""
    assert dialog.make_button.isEnabled()
    assert dialog.chosen_layout().columns == 2
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("a4-3x7"))
    assert not dialog.custom.isVisible()


def test_on_hand_with_nothing_in_stock_and_a_failed_save_are_said_plainly(
    qtbot: QtBot, dialog: LabelsDialog, tmp_path: Path
) -> None:
    dialog.copies_on_hand.click()  # as a click on its text or a press of Space
    summary_says(qtbot, dialog, "No labels: no product here, or none in stock.")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("No labels were made"))
    assert "There are no labels to print" in dialog.message.text()
    dialog.copies_one.click()
    named(dialog, QLineEdit, "Save as").setText(str(tmp_path / "gone" / "labels.pdf"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in dialog.message.text(), timeout=20_000)
    assert dialog.made is None and dialog.make_button.isEnabled()


def test_browse_puts_the_chosen_file_in_the_path(
    dialog: LabelsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "choose_file", lambda: tmp_path / "aisle 3")
    dialog.browse()
    assert dialog.path.text() == str(tmp_path / "aisle 3.pdf")


def test_closing_before_the_count_arrives_is_harmless(
    qtbot: QtBot, db: Database, milk: ProductDTO
) -> None:
    widget = LabelsDialog(db, ProductSelection())
    wait_for_all()  # the count is done; its answer waits in the event queue
    shiboken6.delete(widget)
    QApplication.processEvents()  # delivered to no one: pytest-qt fails on an exception
