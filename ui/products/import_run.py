"""The import wizard's last pages: the preview (a dry run) and the import, each with a
progress bar and Cancel, off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pos.domain.errors import NotAllowed, ShopError
from pos.services.catalog.import_access import CostColumn, cost_column
from pos.services.catalog.import_apply import (
    ImportCancelled,
    ImportHasErrors,
    ImportSummary,
    import_products,
    preview_import,
)
from pos.services.catalog.import_columns import Mapping
from pos.services.catalog.import_report import write_bad_rows
from pos.services.dto import Actor
from ui.background import STEPS, BackgroundTask
from ui.ops import Op
from ui.products.import_models import REASON, ErrorsModel
from ui.products.import_pages import table_view
from ui.staff.approval import ask_approval
from ui.widgets.forms import MessageLabel, touch_sized

if TYPE_CHECKING:
    from ui.products.import_wizard import ImportWizard


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
        self.errors_view = table_view(self.errors, self.tr("Rows with problems"))
        self.errors_view.horizontalHeader().setSectionResizeMode(
            REASON, QHeaderView.ResizeMode.Stretch
        )
        self.errors_view.verticalHeader().hide()
        self.save_bad = QPushButton(self.tr("&Save bad rows as CSV…"))
        self.save_bad.setAccessibleName(self.tr("Save the bad rows as a CSV file"))
        self.good_only = QCheckBox(self.tr("Import only the &good rows (skip the bad ones)"))
        self.message = MessageLabel(self.tr("Preview message"))
        #: Said before the import runs: a Cost column the user may not set (the service
        #: decides, with the rule the import itself applies).
        self.cost_warning = MessageLabel(self.tr("Cost column warning"))
        touch_sized(self.save_bad, self.good_only)
        actions = QHBoxLayout()
        actions.addWidget(self.good_only, 1)
        actions.addWidget(self.save_bad)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.cost_warning)
        layout.addWidget(self.errors_view, 1)
        # Takes the room the bad rows' table leaves when hidden: the texts stay together.
        layout.addStretch(0)
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
        self.cost_warning.clear_message()
        for widget in (self.errors_view, self.save_bad, self.good_only):
            widget.hide()
        self.good_only.setChecked(False)
        wizard = self._wizard
        mapping = wizard.mapping()
        Op(cost_column, wizard.db, mapping, wizard.actor).success(
            lambda decided: self._show_cost_column(mapping, decided)
        ).failure(lambda error: self.message.show_error(str(error))).start()
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

    def _show_cost_column(self, mapping: Mapping, decided: object) -> None:
        if mapping != self._wizard.mapping():
            return  # an answer for columns changed since (Back, then here again)
        if decided is not CostColumn.NEEDS_APPROVAL:
            self.cost_warning.clear_message()
            return
        self.cost_warning.show_error(
            self.tr(
                "This file has a Cost column, and you may not set costs. When you import, a "
                "manager will be asked to approve; without that, the import is refused and "
                "nothing changes. To import without the costs, go Back and set the Cost "
                "column to “(not imported)”."
            )
        )

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
        self._start(self._wizard.actor)

    def _start(self, actor: Actor) -> None:
        """Import as ``actor``; a refusal for the user's role asks for a manager's approval,
        which covers this one import, and imports once more."""
        wizard = self._wizard
        self.result = None
        self.message.clear_message()
        self.result_label.setText(self.tr("Importing…"))
        self.task = BackgroundTask(
            import_products,
            wizard.db,
            wizard.loaded.table,
            wizard.mapping(),
            actor,
            good_rows_only=wizard.preview_page.good_only.isChecked(),
        )

        def failed(error: BaseException) -> None:
            if isinstance(error, NotAllowed) and actor.approver_id is None:
                approved = ask_approval(self, wizard.db, actor, error)
                if approved is not None:
                    self._start(approved)
                    return
                error = NotAllowed(error.permission, self.tr("Not approved: nothing was changed."))
            self._failed(error)

        self.task.op.success(self._imported).failure(failed)
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
