"""Shelf labels for the products picked on the products screen, saved as a PDF."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.catalog.labels import MAX_COPIES, Copies, CopiesMode, count_labels
from pos.services.catalog.selection import ProductSelection
from pos.services.database import Database
from receipts.label_sheets import LAYOUTS, SheetLayout, mm_text
from receipts.labels import LabelsResult, save_labels
from ui.ops import Op
from ui.products.label_size_form import CustomSizeForm

CUSTOM = "custom"


class LabelsDialog(QDialog):
    """Asks for the sheet, the copies and the file, then makes the labels off the UI thread.

    The dialog stays open afterwards to say where the PDF went, or why it was not made.
    """

    def __init__(
        self, db: Database, selection: ProductSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shelf labels"))
        self.db, self.selection = db, selection
        self.made: LabelsResult | None = None
        self._labels: int | None = None  # from the last count, for the sheets it will take
        self._counting = 0  # the newest count asked for: older answers are stale

        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Label sheet"))
        for name, layout in LAYOUTS.items():
            self.sheet.addItem(self._describe(layout), name)
        self.sheet.addItem(self.tr("Custom size…"), CUSTOM)
        self.custom = CustomSizeForm()
        self.custom.setVisible(False)

        self.copies_one = QRadioButton(self.tr("One label per product"))
        self.copies_on_hand = QRadioButton(self.tr("One per piece in stock"))
        self.copies_fixed = QRadioButton(self.tr("This many per product:"))
        self.copies_one.setChecked(True)
        self.copies_number = QSpinBox()
        self.copies_number.setRange(1, MAX_COPIES)
        self.copies_number.setValue(2)
        self.copies_number.setEnabled(False)
        self.copies_number.setAccessibleName(self.tr("Labels per product"))
        self.copies = QButtonGroup(self)
        for button in (self.copies_one, self.copies_on_hand, self.copies_fixed):
            self.copies.addButton(button)
            button.setAccessibleName(button.text())

        self.start = QSpinBox()
        self.start.setAccessibleName(self.tr("Start at label"))
        self.start.setToolTip(
            self.tr(
                "On a sheet used before: the first free label, counted along each row "
                "from the top left"
            )
        )
        self.outlines = QCheckBox(self.tr("Print the label edges (a test on plain paper)"))
        self.outlines.setAccessibleName(self.tr("Print label edges"))

        self.path = QLineEdit(str(_default_path()))
        self.path.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self.browse)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("How many labels"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Labels message"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(
            self.tr("Make labels"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setAccessibleName(self.tr("Make labels"))
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)

        copies_row = QHBoxLayout()
        copies_row.addWidget(self.copies_fixed)
        copies_row.addWidget(self.copies_number)
        copies_row.addStretch()
        copies_box = QVBoxLayout()
        copies_box.addWidget(self.copies_one)
        copies_box.addWidget(self.copies_on_hand)
        copies_box.addLayout(copies_row)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Label sheet"), self.sheet)
        form.addRow("", self.custom)
        form.addRow(self.tr("Copies"), copies_box)
        form.addRow(self.tr("Start at label"), self.start)
        form.addRow("", self.outlines)
        form.addRow(self.tr("Save as"), path_row)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.setMinimumWidth(520)

        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.custom.changed.connect(self._sheet_changed)
        self.copies.buttonToggled.connect(self._copies_changed)
        self.copies_number.valueChanged.connect(self._copies_changed)
        self.start.valueChanged.connect(self._show_summary)
        self._sheet_changed()
        self._copies_changed()

    # --- what the fields say ------------------------------------------------------------

    def chosen_copies(self) -> Copies:
        if self.copies_on_hand.isChecked():
            return Copies(CopiesMode.ON_HAND)
        if self.copies_fixed.isChecked() and self.copies_number.value() > 1:
            return Copies(CopiesMode.FIXED, self.copies_number.value())
        return Copies()

    def chosen_layout(self) -> SheetLayout:
        """The sheet picked, or InvalidInput when the custom size does not work."""
        name = str(self.sheet.currentData())
        return self.custom.layout_from_fields() if name == CUSTOM else LAYOUTS[name]

    def choose_file(self) -> Path | None:
        """Where to save; a separate method so tests can answer without a file dialog."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the labels"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def browse(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self.path.setText(str(chosen if chosen.suffix else chosen.with_suffix(".pdf")))

    # --- keeping the summary up to date ---------------------------------------------------

    def _sheet_changed(self) -> None:
        if self.custom.isVisibleTo(self) != (self.sheet.currentData() == CUSTOM):
            self.custom.setVisible(not self.custom.isVisibleTo(self))
            self.adjustSize()
        try:
            per_sheet = self.chosen_layout().per_sheet
        except ShopError as error:
            self.message.setText(str(error))
            self.make_button.setEnabled(False)
            return
        self.message.clear()
        self.make_button.setEnabled(True)
        self.start.setRange(1, per_sheet)
        self._show_summary()

    def _copies_changed(self) -> None:
        self.copies_number.setEnabled(self.copies_fixed.isChecked())
        self._counting += 1
        ticket = self._counting
        self._labels = None
        self.summary.setText(self.tr("Counting the labels…"))
        # Bound methods, not lambdas: Qt drops the connection if the dialog closes first.
        Op(_count, ticket, self.db, self.selection, self.chosen_copies()).success(
            self._counted
        ).failure(self._count_failed).start()

    def _counted(self, outcome: tuple[int, int]) -> None:
        ticket, count = outcome
        if ticket != self._counting:
            return  # the copies changed again while this count ran
        self._labels = count
        self._show_summary()

    def _count_failed(self, error: BaseException) -> None:
        failed = self.tr("The labels could not be counted: {error}")
        self.summary.setText(failed.format(error=error))

    def _show_summary(self) -> None:
        if self._labels is None:
            return
        try:
            layout = self.chosen_layout()
        except ShopError:
            return
        sheets = math.ceil((self.start.value() - 1 + self._labels) / layout.per_sheet)
        if self._labels == 0:
            self.summary.setText(self.tr("No labels: no product here, or none in stock."))
        else:
            # A custom size says how many labels of it go on a sheet.
            detail = f" ({self._describe(layout)})" if self.sheet.currentData() == CUSTOM else ""
            self.summary.setText(
                self.tr("This makes {labels} on {sheets}{detail}.").format(
                    labels=self._count_labels(self._labels),
                    sheets=self._count_sheets(sheets),
                    detail=detail,
                )
            )

    def _describe(self, layout: SheetLayout) -> str:
        """'A4, 3 x 7 labels of 63.5 x 38.1 mm', in the user's language."""
        paper = self.tr("A4") if layout.paper == "a4" else self.tr("Letter")
        return self.tr("{paper}, {columns} x {rows} labels of {width} x {height} mm").format(
            paper=paper,
            columns=layout.columns,
            rows=layout.rows,
            width=mm_text(layout.label_width),
            height=mm_text(layout.label_height),
        )

    def _count_labels(self, count: int) -> str:
        return self.tr("1 label") if count == 1 else self.tr("{n} labels").format(n=f"{count:,}")

    def _count_sheets(self, count: int) -> str:
        return self.tr("1 sheet") if count == 1 else self.tr("{n} sheets").format(n=f"{count:,}")

    # --- making them ---------------------------------------------------------------------

    def make(self) -> None:
        """Check the fields, then make the PDF in the background."""
        try:
            layout = self.chosen_layout()
        except ShopError as error:
            self.message.setText(str(error))
            return
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the labels."))
            return
        target = Path(text).expanduser()
        if not target.suffix:
            target = target.with_suffix(".pdf")
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Making the labels…"))
        Op(
            save_labels,
            self.db,
            self.selection,
            self.chosen_copies(),
            layout,
            target,
            start=self.start.value(),
            outline=self.outlines.isChecked(),
        ).success(self._made).failure(self._failed).start()

    def _made(self, result: LabelsResult) -> None:
        self.made = result
        self.make_button.setEnabled(True)
        text = self.tr("{labels} on {sheets} saved to {path}").format(
            labels=self._count_labels(result.labels),
            sheets=self._count_sheets(result.pages),
            path=result.path,
        )
        if result.without_bars:
            text += " " + self.tr(
                "{labels} show the code as text only: it is too long to scan on this "
                "label size, or has letters a barcode cannot carry."
            ).format(labels=self._count_labels(result.without_bars))
        self.message.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.message.setText(self.tr("No labels were made: {error}").format(error=error))


def _count(
    ticket: int, db: Database, selection: ProductSelection, copies: Copies
) -> tuple[int, int]:
    """``count_labels`` with the ticket of the request it answers."""
    return ticket, count_labels(db, selection, copies)


def _default_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / "shelf-labels.pdf"
