"""The main window opens on a shop and finds products as the user types."""

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import ProductDTO
from pos.services.settings import ShopSettings
from ui.app import MainWindow


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, shop: ShopSettings, milk: ProductDTO, wine: ProductDTO
) -> MainWindow:
    main = MainWindow(db, shop, "Till 1")
    qtbot.addWidget(main)
    main.show()
    return main


def test_typing_finds_products(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.keyClicks(window.search, "cassis")
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Crème de cassis 70 cl"
    assert window.model.index(0, 2).data() == "€12.50"
    assert window.windowTitle() == "ShopTill — Test Shop"
    assert window.grab().save(str(tmp_path / "main.png"))


def test_search_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    window.search.setText("m")
    qtmodeltester.check(window.model)
    assert window.model.rowCount() >= 1
