"""Export products to a CSV or .xlsx file: ask for the file, write it off the UI thread.

``export_selection(db, selection, parent)`` is what the products screen's Export action
calls with the products it shows (all of them: ``ProductSelection()``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from pos.domain.errors import ShopError
from pos.services.catalog.export import export_products
from pos.services.catalog.selection import ProductSelection
from pos.services.database import Database
from pos.services.dto import Actor
from ui.background import STEPS, BackgroundTask


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportProducts", text)


def ask_export_path(parent: QWidget | None, suggested: str = "products.csv") -> Path | None:
    """The file to export to, chosen by the user; the format follows the extension."""
    csv_filter, xlsx_filter = _tr("CSV file (*.csv)"), _tr("Excel workbook (*.xlsx)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export products"), suggested, f"{csv_filter};;{xlsx_filter}"
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".xlsx" if chosen == xlsx_filter else ".csv")
    return target


class ProductExport(QObject):
    """One export running in the background, with a progress dialog.

    Signals:
        finished(int, str): how many products were written, and to which file.
        failed(str): why the export failed, in plain words.
    """

    finished = Signal(int, str)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        selection: ProductSelection,
        path: Path,
        parent: QWidget | None = None,
        *,
        actor: Actor,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.dialog = QProgressDialog(
            _tr("Exporting products to %s…") % path.name, "", 0, STEPS, parent
        )
        self.dialog.setWindowTitle(_tr("Export products"))
        self.dialog.setCancelButton(None)  # the file is written in one go: nothing to undo
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.task = BackgroundTask(
            export_products, db, selection, path, actor=actor, cancellable=False
        )
        self.task.relay.progressed.connect(self.dialog.setValue)
        self.task.op.success(self._done).failure(self._failed)

    def start(self) -> ProductExport:
        self.task.start()
        return self

    def _done(self, count: object) -> None:
        assert isinstance(count, int)
        self.dialog.reset()
        self.finished.emit(count, str(self.path))

    def _failed(self, error: BaseException) -> None:
        self.dialog.reset()
        self.failed.emit(str(error) if isinstance(error, ShopError) else repr(error))


def export_selection(
    db: Database, selection: ProductSelection, parent: QWidget | None = None, *, actor: Actor
) -> ProductExport | None:
    """Ask for a file name and export ``selection`` to it; a message says how it went.

    Returns the running export (None if the user cancelled the file dialog).
    """
    path = ask_export_path(parent)
    if path is None:
        return None
    export = ProductExport(db, selection, path, parent, actor=actor)
    export.finished.connect(
        lambda count, where: QMessageBox.information(
            parent,
            _tr("Export products"),
            _tr("%1 products exported to %2.").replace("%1", f"{count:,}").replace("%2", where),
        )
    )
    export.failed.connect(
        lambda reason: QMessageBox.warning(parent, _tr("Export products"), reason)
    )
    return export.start()
