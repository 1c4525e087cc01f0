"""The suppliers dialog: add one, change its phone in place, take it off the pick list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.suppliers import add_supplier, list_suppliers
from tests.ui.helpers import edit_cell
from ui.stock.deliveries_suppliers import ACTIVE, PHONE, SuppliersDialog


def test_add_change_and_take_off_the_list(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    add_supplier(db, "Bakery Bros", actor=actor)
    dialog = SuppliersDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new_name, "Dairy Co")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert [dialog.model.supplier(r).name for r in range(dialog.model.rowCount())] == [
        "Bakery Bros",
        "Dairy Co",
    ]
    qtbot.keyClicks(dialog.new_name, "dairy co")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already a supplier called 'dairy co'" in dialog.banner.label.text()
    edit_cell(qtbot, dialog.view, 1, PHONE, "01 234 5678")
    assert list_suppliers(db)[1].phone == "01 234 5678"
    qtmodeltester.check(dialog.model)
    dialog.model.setData(
        dialog.model.index(0, ACTIVE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert [s.name for s in list_suppliers(db)] == ["Dairy Co"]
    dialog.show_inactive.setChecked(True)
    assert dialog.model.rowCount() == 2
