"""The products import wizard: file -> columns -> preview -> import.

Every step that reads the file or the database runs off the UI thread (``BackgroundTask``);
the preview and the import show a progress bar with Cancel. Nothing is written before the
last page: the preview is a dry run, and the import is one transaction (a cancel, or a bad
row when importing all or nothing, writes nothing).

Signals:
    imported(object): the import finished; its ``ImportSummary``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pos.domain.errors import ShopError
from pos.services.catalog.import_apply import (
    ImportCancelled,
    ImportHasErrors,
    ImportSummary,
    import_products,
    preview_import,
)
from pos.services.catalog.import_columns import (
    Field,
    Mapping,
    guess_mapping,
    remember_mapping,
    remembered_mapping,
)
from pos.services.catalog.import_read import SourceRow, TableFile, open_table
from pos.services.catalog.import_report import write_bad_rows
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import get_settings
from ui.ops import Op
from ui.products.background import STEPS, BackgroundTask
from ui.products.import_models import (
    IMPORTS_AS,
    REASON,
    ErrorsModel,
    FieldDelegate,
    MappingModel,
    SampleModel,
)
from ui.widgets.forms import MessageLabel, touch_sized

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


def _table_view(model: Any, name: str) -> QTableView:
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
        self.mapping_view = _table_view(None, self.tr("Columns of the file"))
        self.mapping_view.setItemDelegateForColumn(IMPORTS_AS, FieldDelegate(self.mapping_view))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.verticalHeader().setDefaultSectionSize(36)
        self.sample_view = _table_view(None, self.tr("First rows of the file"))
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


class _ProgressRow(QWidget):
    """A progress bar with its Cancel button."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setAccessibleName(name)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel %s") % name.lower())
        touch_sized(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)

    def follow(self, task: BackgroundTask) -> None:
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        task.relay.progressed.connect(self.bar.setValue)
        self.show()


class PreviewPage(QWizardPage):
    """The dry run: what would happen, and the bad rows, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import products: what will happen"))
        self.setSubTitle(self.tr("Nothing has been changed yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.progress = _ProgressRow(self.tr("Checking the file"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What the import will do"))
        self.summary_label.setStyleSheet("QLabel { font-size: 12pt; }")
        self.errors = ErrorsModel(parent=self)
        self.errors_view = _table_view(self.errors, self.tr("Rows with problems"))
        self.errors_view.horizontalHeader().setSectionResizeMode(
            REASON, QHeaderView.ResizeMode.Stretch
        )
        self.errors_view.verticalHeader().hide()
        self.save_bad = QPushButton(self.tr("&Save bad rows as CSV…"))
        self.save_bad.setAccessibleName(self.tr("Save the bad rows as a CSV file"))
        self.good_only = QCheckBox(self.tr("Import only the &good rows (skip the bad ones)"))
        self.message = MessageLabel(self.tr("Preview message"))
        touch_sized(self.save_bad, self.good_only)
        actions = QHBoxLayout()
        actions.addWidget(self.good_only, 1)
        actions.addWidget(self.save_bad)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.summary: ImportSummary | None = None
        self.task: BackgroundTask | None = None
        self.progress.cancel.clicked.connect(self._cancel)
        self.save_bad.clicked.connect(self._choose_bad_rows_file)
        self.good_only.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.summary = None
        self.errors.set_errors(())
        self.summary_label.setText(self.tr("Checking every row…"))
        self.message.clear_message()
        for widget in (self.errors_view, self.save_bad, self.good_only):
            widget.hide()
        self.good_only.setChecked(False)
        loaded = self._wizard.loaded
        self.task = BackgroundTask(
            preview_import, self._wizard.db, loaded.table, self._wizard.mapping()
        )
        self.task.op.success(self._previewed).failure(self._failed)
        self.progress.follow(self.task)
        self.task.start()

    def cleanupPage(self) -> None:
        """Back to the columns: stop a check that is still running."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress.cancel.setEnabled(False)

    def _previewed(self, summary: object) -> None:
        if self.task is None or not isinstance(summary, ImportSummary):
            return
        self.summary = summary
        self.progress.hide()
        self.summary_label.setText(self._describe(summary))
        if summary.error_rows:
            self.errors.set_errors(summary.errors)
            self.errors_view.resizeColumnToContents(0)
            for widget in (self.errors_view, self.save_bad, self.good_only):
                widget.show()
        self.completeChanged.emit()

    def _describe(self, summary: ImportSummary) -> str:
        lines = [
            self.tr("%1 new, %2 updated, %3 unchanged, %4 with errors.")
            .replace("%1", f"{summary.new:,}")
            .replace("%2", f"{summary.updated:,}")
            .replace("%3", f"{summary.unchanged:,}")
            .replace("%4", f"{summary.error_rows:,}")
        ]
        if summary.new_categories:
            lines.append(self.tr("New categories: %s") % ", ".join(summary.new_categories))
        if summary.new_tax_rates:
            lines.append(self.tr("New tax rates: %s") % ", ".join(summary.new_tax_rates))
        if summary.stock_moves:
            lines.append(
                self.tr("Stock is set for %s products (as 'import' stock movements).")
                % f"{summary.stock_moves:,}"
            )
        if summary.error_rows:
            lines.append(
                self.tr(
                    "Rows with problems stop the whole import unless you import only the "
                    "good rows. Fix them in your spreadsheet (save them as CSV with a reason "
                    "column) and import that file."
                )
            )
        elif not summary.new and not summary.updated:
            lines.append(self.tr("Nothing to import: every product is already as the file says."))
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        if self.task is None:
            return
        self.progress.hide()
        if isinstance(error, ImportCancelled):
            self.summary_label.setText(self.tr("The check was cancelled. Go back to try again."))
        else:
            self.summary_label.setText("")
            self.message.show_error(str(error) if isinstance(error, ShopError) else repr(error))

    def isComplete(self) -> bool:
        summary = self.summary
        if summary is None or not (summary.new or summary.updated):
            return False
        return not summary.error_rows or self.good_only.isChecked()

    def _choose_bad_rows_file(self) -> None:
        loaded = self._wizard.loaded
        suggested = loaded.table.path.with_name(f"{loaded.table.path.stem}-bad-rows.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save bad rows"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_bad_rows(path)

    def save_bad_rows(self, path: str) -> None:
        """Write the bad rows with a reason column to ``path``, in the background."""
        assert self.summary is not None
        loaded = self._wizard.loaded
        self.message.show_info(self.tr("Saving…"))
        Op(write_bad_rows, loaded.table, self.summary.errors, Path(path), loaded.locale).success(
            lambda count: self.message.show_success(
                self.tr("%1 bad rows saved to %2.").replace("%1", str(count)).replace("%2", path)
            )
        ).failure(lambda error: self.message.show_error(str(error))).start()


class ImportPage(QWizardPage):
    """The import itself, one transaction, with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import products"))
        self.setSubTitle(
            self.tr("Written in one go: Cancel stops it and leaves the products as they were.")
        )
        self.progress = _ProgressRow(self.tr("Importing"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Import result"))
        self.result_label.setStyleSheet("QLabel { font-size: 12pt; }")
        self.message = MessageLabel(self.tr("Import message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.task: BackgroundTask | None = None
        self.result: ImportSummary | None = None
        self.progress.cancel.clicked.connect(self._cancel)

    def initializePage(self) -> None:
        wizard = self._wizard
        self.result = None
        self.result_label.setText(self.tr("Importing…"))
        self.task = BackgroundTask(
            import_products,
            wizard.db,
            wizard.loaded.table,
            wizard.mapping(),
            wizard.actor,
            good_rows_only=wizard.preview_page.good_only.isChecked(),
        )
        self.task.op.success(self._imported).failure(self._failed)
        self.progress.follow(self.task)
        self.task.start()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress.cancel.setEnabled(False)

    def _imported(self, summary: object) -> None:
        assert isinstance(summary, ImportSummary)
        self.result = summary
        self.progress.hide()
        text = (
            self.tr("Done: %1 products added, %2 updated, %3 unchanged.")
            .replace("%1", f"{summary.new:,}")
            .replace("%2", f"{summary.updated:,}")
            .replace("%3", f"{summary.unchanged:,}")
        )
        if summary.error_rows:
            text += " " + self.tr("%s rows with problems were skipped.") % f"{summary.error_rows:,}"
        self.result_label.setText(text)
        self.completeChanged.emit()
        self._wizard.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.result_label.setText("")
        if isinstance(error, ImportHasErrors):
            self.message.show_error(str(error))
        else:
            self.message.show_error(str(error) if isinstance(error, ShopError) else repr(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.task is not None and not self.task.running


class ImportWizard(QWizard):
    """Import products from a CSV or .xlsx file.

    Args:
        db: the shop's database.
        actor: who imports (recorded in the audit log and the stock movements).
        parent: the owning widget.

    Signals:
        imported(object): the import finished; its ``ImportSummary``.
    """

    imported = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Import products"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(780, 520)
        self.resize(1000, 680)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)

    @property
    def loaded(self) -> LoadedFile:
        loaded = self.file_page.loaded
        assert loaded is not None, "the file page completes only once a file is read"
        return loaded

    def mapping(self) -> Mapping:
        return self.mapping_page.mapping()

    def reject(self) -> None:
        """Closing stops a check that is running; an import running is cancelled too."""
        for task in (self.preview_page.task, self.import_page.task):
            if task is not None and task.running:
                task.cancel()
        super().reject()
