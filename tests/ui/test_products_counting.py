"""The Products screen with a big result: its first rows at once, its count off the UI thread.

(Kept apart from ``test_products_screen``: a screen built after that file's dialog test
crashes PySide in ``QScreen::virtualSiblings``, on main too; see the branch's notes.)
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.products import ProductInput, create_product
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from ui.events import AppEvents
from ui.products.model import Column
from ui.products.screen import ProductsScreen


@pytest.fixture
def screen(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
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


@pytest.fixture
def shelf(db: Database, rates: dict[str, int], actor: Actor) -> list[str]:
    """Twelve products whose names all hold "cheese", made in shuffled name order."""
    made = []
    for i in (7, 2, 11, 0, 5, 9, 1, 4, 10, 3, 8, 6):
        name = f"Cheese {i:02d}"
        create_product(
            db, ProductInput(f"CH{i:02d}", name, Decimal(2), rates["Reduced"]), actor=actor
        )
        made.append(name)
    return sorted(made)


def test_a_big_result_shows_its_first_rows_and_is_counted_off_the_ui_thread(
    qtbot: QtBot, qtmodeltester: ModelTester, screen: ProductsScreen, shelf: list[str]
) -> None:
    model = screen.model
    model.counted_at_once = 5  # what 10,000 is to a million products
    qtmodeltester.check(model)  # it follows the rows coming in as Qt's rules ask
    with qtbot.waitSignal(model.counted, timeout=10_000) as counted:
        qtbot.keyClicks(screen.filter_bar.bar.search, "cheese")
        # Shown at once: the first rows, in order, and how many there are at least.
        assert names(screen) == shelf[:5]
        assert not model.total_known
        assert screen.filter_bar.count.text() == "5+ products…"
        screen.view.scrollToBottom()  # read from the start while the end is not known
        assert names(screen) == shelf[:5]
    assert counted.args == [12]
    assert model.total_known
    assert names(screen) == shelf
    assert screen.filter_bar.count.text() == "12 products"
    assert screen.selection() is None
    screen.select_row(11)
    selected = screen.selection()
    assert selected is not None and selected.ids is not None and len(selected.ids) == 1


def test_a_count_for_a_filter_since_replaced_is_ignored(
    qtbot: QtBot, screen: ProductsScreen, shelf: list[str]
) -> None:
    model = screen.model
    model.counted_at_once = 5
    search = screen.filter_bar.bar.search
    qtbot.keyClicks(search, "chees")  # a big result: counted off the UI thread ...
    search.clear()
    qtbot.keyClicks(search, "fresh")  # ... replaced at once by a small one
    qtbot.wait(200)  # long enough for the first count to come back (or be withdrawn)
    assert names(screen) == ["Fresh Milk 1 L"]
    assert model.total_known
    assert screen.filter_bar.count.text() == "1 products"
