"""The import wizard's first pages: the file, and what its columns hold."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from pos.domain.errors import ShopError
from pos.services.catalog.import_columns import (
    Field,
    Mapping,
    guess_mapping,
    remember_mapping,
    remembered_mapping,
)
from pos.services.catalog.import_read import SourceRow, TableFile, open_table
from pos.services.database import Database
from pos.services.settings import get_settings
from ui.ops import Op
from ui.products.import_models import IMPORTS_AS, FieldDelegate, MappingModel, SampleModel
from ui.widgets.forms import MessageLabel, touch_sized

if TYPE_CHECKING:
    from ui.products.import_wizard import ImportWizard

log = logging.getLogger(__name__)
#: Rows of the file shown on the columns page.
SAMPLE_ROWS = 20


@dataclass(frozen=True)
class LoadedFile:
    """A file looked at: how it reads, its first rows, the guessed mapping, the locale."""

    table: TableFile
    sample: list[SourceRow]
    mapping: Mapping
    locale: str


def load_file(db: Database, path: str) -> LoadedFile:
    """Open ``path`` and guess its mapping (runs off the UI thread)."""
    locale = get_settings(db).locale
    table = open_table(path, locale)
    mapping = guess_mapping(table.headers, remembered_mapping(db))
    return LoadedFile(table, table.first_rows(SAMPLE_ROWS), mapping, locale)


def table_view(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(30)
    return view


class FilePage(QWizardPage):
    """Pick the file; it is read (encoding, delimiter, headers) in the background."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import products: choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file or an Excel workbook (.xlsx), one product a line, the first line "
                "naming the columns. Products are found by SKU, else by barcode: known ones "
                "are updated, the others added. Nothing changes before the last step."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("products.csv or products.xlsx"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.setAccessibleName(self.tr("Choose the file to import"))
        touch_sized(self.path, self.browse)
        self.message = MessageLabel(self.tr("File message"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.browse.clicked.connect(self._choose)
        self.path.editingFinished.connect(lambda: self.set_path(self.path.text()))
        self.loaded: LoadedFile | None = None
        self._loading = ""

    def set_path(self, path: str) -> None:
        """Read ``path`` in the background; the page completes once it is read."""
        path = path.strip()
        if not path or path == self._loading:
            return
        self.path.setText(path)
        self.loaded, self._loading = None, path
        self.completeChanged.emit()
        self.message.show_info(self.tr("Reading %s…") % Path(path).name)
        Op(load_file, self._wizard.db, path).success(self._loaded).failure(self._failed).start()

    def _loaded(self, loaded: object) -> None:
        assert isinstance(loaded, LoadedFile)
        if str(loaded.table.path) != str(Path(self._loading)):
            return  # another file was chosen meanwhile
        self.loaded = loaded
        self.message.show_success(
            self.tr("%1: %2, %3 columns.")
            .replace("%1", loaded.table.path.name)
            .replace("%2", loaded.table.description)
            .replace("%3", str(len(loaded.table.headers)))
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = ""
        self.message.show_error(str(error) if isinstance(error, ShopError) else repr(error))

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import products"),
            "",
            self.tr("Products files (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def isComplete(self) -> bool:
        return self.loaded is not None


class MappingPage(QWizardPage):
    """Which column holds what: guessed from the headers, changed with a combo a column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import products: the columns"))
        self.setSubTitle(
            self.tr(
                "Check what each column of the file holds; change it where the guess is "
                "wrong. An empty cell leaves a product's value as it is."
            )
        )
        self.mapping_view = table_view(None, self.tr("Columns of the file"))
        self.mapping_view.setItemDelegateForColumn(IMPORTS_AS, FieldDelegate(self.mapping_view))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.verticalHeader().setDefaultSectionSize(36)
        self.sample_view = table_view(None, self.tr("First rows of the file"))
        self.message = MessageLabel(self.tr("Columns message"))
        sample_label = QLabel(self.tr("The first rows of the file:"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_view, 3)
        layout.addWidget(self.message)
        layout.addWidget(sample_label)
        layout.addWidget(self.sample_view, 2)
        self.model: MappingModel | None = None

    def initializePage(self) -> None:
        loaded = self._wizard.loaded
        headers = loaded.table.headers
        first = loaded.sample[0].cells if loaded.sample else ()
        examples = [first[i] if i < len(first) else "" for i in range(len(headers))]
        self.model = MappingModel(headers, examples, loaded.mapping, self)
        self.model.mapping_changed.connect(self._check)
        self.mapping_view.setModel(self.model)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(IMPORTS_AS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(IMPORTS_AS, 260)
        for row in range(self.model.rowCount()):
            # A combo a column, always shown: the mapping is read and changed at a glance.
            self.mapping_view.openPersistentEditor(self.model.index(row, IMPORTS_AS))
        self.sample_view.setModel(SampleModel(headers, loaded.sample, self))
        self.sample_view.resizeColumnsToContents()
        self._check()

    def mapping(self) -> Mapping:
        assert self.model is not None
        return self.model.mapping()

    def _check(self) -> None:
        mapping = self.mapping()
        if Field.SKU not in mapping and Field.BARCODES not in mapping:
            self.message.show_error(
                self.tr("Choose the column with the SKU or the barcode: products are found by it.")
            )
        else:
            self.message.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self.mapping() if self.model is not None else ()
        return Field.SKU in mapping or Field.BARCODES in mapping

    def validatePage(self) -> bool:
        """Remember the mapping for the next import, in the background (a write that may
        wait for another till's transaction must not hold the window)."""
        loaded = self._wizard.loaded
        Op(remember_mapping, self._wizard.db, loaded.table.headers, self.mapping()).failure(
            lambda error: log.warning("the import's column mapping was not kept: %s", error)
        ).start()
        return True
