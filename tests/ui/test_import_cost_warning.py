"""The import preview warns a user who may not set costs that the file's Cost column will
need a manager's approval, before anything runs; leaving the column out clears it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.catalog.import_columns import Field
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Role
from pos.services.staff.users import add_user
from ui.ops import wait_for_all
from ui.products.import_models import IMPORTS_AS
from ui.products.import_wizard import ImportWizard

WITH_COST = "SKU,Name,Price,Cost,VAT\nTEA,Green tea,2.40,1.10,20\nJAM,Apricot jam,3.10,2.00,5\n"


@pytest.fixture
def wizards(qtbot: QtBot) -> Iterator[list[ImportWizard]]:
    made: list[ImportWizard] = []
    yield made
    for wizard in made:
        wizard.reject()
    wait_for_all()


def to_preview(
    qtbot: QtBot, db: Database, actor: Actor, path: Path, made: list[ImportWizard]
) -> ImportWizard:
    wizard = ImportWizard(db, actor)
    made.append(wizard)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.summary is not None)
    assert wait_for_all()  # the cost column's answer too
    qtbot.wait(20)
    return wizard


def test_a_cashier_is_warned_before_importing_costs(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    tmp_path: Path,
    wizards: list[ImportWizard],
) -> None:
    path = tmp_path / "products.csv"
    path.write_text(WITH_COST, encoding="utf-8")
    cal = Actor(add_user(db, "Cal", Role.CASHIER.value, actor=actor).id, "Till 1")
    wizard = to_preview(qtbot, db, cal, path, wizards)
    preview = wizard.preview_page
    assert preview.summary_label.text().startswith("2 new, 0 updated")
    assert preview.cost_warning.isVisible()
    warning = preview.cost_warning.text()
    assert "This file has a Cost column, and you may not set costs." in warning
    assert "a manager will be asked to approve" in warning
    assert "“(not imported)”" in warning
    assert wizard.grab().save(str(tmp_path / "import-cost-warning.png"))

    # Back to the columns: the Cost column left out, the warning goes.
    wizard.back()
    page = wizard.mapping_page
    assert page.model is not None
    cost_row = page.mapping().index(Field.COST)
    combo = page.mapping_view.indexWidget(page.model.index(cost_row, IMPORTS_AS))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(""))
    combo.activated.emit(combo.currentIndex())
    assert Field.COST not in page.mapping()
    wizard.next()
    qtbot.waitUntil(lambda: preview.summary is not None)
    assert wait_for_all()
    qtbot.wait(20)
    assert not preview.cost_warning.isVisible() and preview.cost_warning.text() == ""


def test_the_owner_is_not_warned(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    tmp_path: Path,
    wizards: list[ImportWizard],
) -> None:
    path = tmp_path / "products.csv"
    path.write_text(WITH_COST, encoding="utf-8")
    wizard = to_preview(qtbot, db, actor, path, wizards)
    assert wizard.preview_page.summary_label.text().startswith("2 new")
    assert not wizard.preview_page.cost_warning.isVisible()
