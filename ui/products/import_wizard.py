"""The products import wizard: file -> columns -> preview -> import.

Every step that reads the file or the database runs off the UI thread (``BackgroundTask``);
the preview and the import show a progress bar with Cancel. Nothing is written before the
last page: the preview is a dry run, and the import is one transaction (a cancel, or a bad
row when importing all or nothing, writes nothing).

Signals:
    imported(object): the import finished; its ``ImportSummary``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from pos.services.catalog.import_columns import Mapping
from pos.services.database import Database
from pos.services.dto import Actor
from ui.products.import_pages import FilePage, LoadedFile, MappingPage
from ui.products.import_run import ImportPage, PreviewPage

__all__ = ["ImportWizard", "LoadedFile"]


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
