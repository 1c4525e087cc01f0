"""The import wizard end to end: file, columns, preview with bad rows, import; its models."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import products
from pos.services.catalog.import_columns import Field, remembered_mapping
from pos.services.catalog.import_rows import RowError
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from ui.ops import wait_for_all
from ui.products.import_models import IMPORTS_AS, ErrorsModel, MappingModel, SampleModel
from ui.products.import_wizard import ImportWizard

CONTENT = (
    "Code,Product,Price,VAT,Notes,Stock\n"
    "TEA,Green tea,2.40,20,first,5\n"
    "JAM,Apricot jam,3.10,5,,\n"
    "BAD,Broken price,abc,20,,\n"
)


@pytest.fixture
def wizard(qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor) -> Iterator[ImportWizard]:
    widget = ImportWizard(db, actor)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.reject()
    wait_for_all()


def count(db: Database) -> int:
    with db.read() as uow:
        return int(uow.connection.scalar(select(func.count()).select_from(products)) or 0)


def test_import_a_file_with_a_bad_row_good_rows_only(
    qtbot: QtBot, wizard: ImportWizard, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "products.csv"
    path.write_text(CONTENT, encoding="utf-8")
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete)
    assert "CSV, UTF-8, comma-separated" in wizard.file_page.message.text()

    wizard.next()
    page = wizard.mapping_page
    assert page.model is not None
    guessed = (Field.SKU, Field.NAME, Field.PRICE, Field.TAX_RATE, None, Field.ON_HAND)
    assert page.mapping() == guessed
    # The user leaves the stock out, with the column's combo.
    combo = page.mapping_view.indexWidget(page.model.index(5, IMPORTS_AS))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(""))
    combo.activated.emit(combo.currentIndex())
    assert page.mapping()[5] is None

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.summary is not None)
    wait_for_all()
    assert remembered_mapping(db)["stock"] == ""  # the choice is kept for next time
    assert preview.summary_label.text().startswith("2 new, 0 updated, 0 unchanged, 1 with errors.")
    assert preview.errors.rowCount() == 1
    assert preview.errors.index(0, 2).data() == "'abc' is not an amount"
    assert not preview.isComplete()  # all or nothing: the bad row stops the import
    assert count(db) == 0

    saved = tmp_path / "bad-rows.csv"
    preview.save_bad_rows(str(saved))
    qtbot.waitUntil(lambda: preview.message.kind == "success")
    with saved.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[1] == ["BAD", "Broken price", "abc", "20", "", "", "Price: 'abc' is not an amount"]

    preview.good_only.setChecked(True)
    assert preview.isComplete()
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    wizard.next()
    qtbot.waitUntil(lambda: bool(imported))
    assert wizard.import_page.result_label.text().startswith("Done: 2 products added")
    assert count(db) == 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_an_all_good_file_imports_with_its_stock(
    qtbot: QtBot, wizard: ImportWizard, db: Database, tmp_path: Path
) -> None:
    from pos.services.health import check_database

    path = tmp_path / "products.csv"
    path.write_text(CONTENT.rsplit("BAD", 1)[0], encoding="utf-8")
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete)
    assert wizard.preview_page.errors_view.isHidden()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.result is not None)
    with db.read() as uow:
        stock = uow.connection.scalar(select(products.c.on_hand).where(products.c.sku == "TEA"))
    assert stock == Decimal(5)
    assert check_database(db) == []


def test_a_file_that_cannot_be_read_says_why(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    wizard.file_page.set_path(str(tmp_path / "missing.csv"))
    qtbot.waitUntil(lambda: wizard.file_page.message.kind == "error")
    assert "There is no file" in wizard.file_page.message.text()
    assert not wizard.file_page.isComplete()


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    from pos.services.catalog.import_read import SourceRow

    mapping = MappingModel(["SKU", "Name", ""], ["A1", "Tea", "x"], (Field.SKU, Field.NAME, None))
    qtmodeltester.check(mapping, force_py=True)
    # Choosing a field taken by another column takes it off that column.
    assert mapping.setData(mapping.index(2, IMPORTS_AS), Field.SKU.value)
    assert mapping.mapping() == (None, Field.NAME, Field.SKU)
    qtmodeltester.check(mapping, force_py=True)
    sample = SampleModel(["SKU", "Name"], [SourceRow(2, ("A1", "Tea")), SourceRow(3, ("B",))])
    qtmodeltester.check(sample, force_py=True)
    assert sample.index(1, 1).data() == ""
    errors = ErrorsModel([RowError(4, "Price", "'abc' is not an amount")])
    qtmodeltester.check(errors, force_py=True)
    errors.set_errors([])
    qtmodeltester.check(errors, force_py=True)


def test_export_runs_in_the_background_and_says_how_many(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, tmp_path: Path
) -> None:
    from pos.services.catalog.selection import ProductSelection
    from ui.products.export_action import ProductExport

    path = tmp_path / "products.csv"
    path.write_text(CONTENT.rsplit("BAD", 1)[0], encoding="utf-8")
    from pos.services.catalog.import_apply import import_products
    from pos.services.catalog.import_columns import guess_mapping
    from pos.services.catalog.import_read import open_table

    table = open_table(path, "en_IE")
    import_products(db, table, guess_mapping(table.headers), actor)
    target = tmp_path / "out.xlsx"
    export = ProductExport(db, ProductSelection(), target, actor=actor)
    with qtbot.waitSignal(export.finished, timeout=20_000) as finished:
        export.start()
    assert finished.args == [2, str(target)]
    assert target.stat().st_size > 0
