"""The custom label sheet's fields: paper, label size, columns and rows, margins, gaps."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from receipts.label_sheets import SheetLayout, custom_layout, parse_millimetres

#: Up to four digits of millimetres and two decimals; a comma counts as the point.
_MILLIMETRES = QRegularExpression(r"\d{0,4}(?:[.,]\d{0,2})?")


class CustomSizeForm(QWidget):
    """Asks for a label sheet that is not one of the common ones, in millimetres.

    Columns and rows at 0 mean "as many as fit"; empty margins centre the labels.

    Signals:
        changed(): a field was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper"))
        self.width_mm = self._millimetres(self.tr("Label width"), "50")
        self.height_mm = self._millimetres(self.tr("Label height"), "30")
        self.columns = self._count(self.tr("Columns"))
        self.rows = self._count(self.tr("Rows"))
        self.left_mm = self._millimetres(self.tr("Left margin"), "")
        self.top_mm = self._millimetres(self.tr("Top margin"), "")
        self.gap_x_mm = self._millimetres(self.tr("Gap between columns"), "0")
        self.gap_y_mm = self._millimetres(self.tr("Gap between rows"), "0")
        for margin in (self.left_mm, self.top_mm):
            margin.setPlaceholderText(self.tr("centred"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Label width (mm)"), self.width_mm)
        form.addRow(self.tr("Label height (mm)"), self.height_mm)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Left margin (mm)"), self.left_mm)
        form.addRow(self.tr("Top margin (mm)"), self.top_mm)
        form.addRow(self.tr("Gap between columns (mm)"), self.gap_x_mm)
        form.addRow(self.tr("Gap between rows (mm)"), self.gap_y_mm)
        self.paper.currentIndexChanged.connect(self.changed)

    def _millimetres(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        edit.setValidator(QRegularExpressionValidator(_MILLIMETRES, edit))
        edit.textChanged.connect(self.changed)
        return edit

    def _count(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 100)
        spin.setSpecialValueText(self.tr("as many as fit"))
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self.changed)
        return spin

    def layout_from_fields(self) -> SheetLayout:
        """The sheet the fields describe.

        Raises:
            InvalidInput: a size is missing or the labels do not fit on the paper.
        """

        def size(edit: QLineEdit, what: str) -> float:
            return parse_millimetres(edit.text().replace(",", "."), what)

        def margin(edit: QLineEdit, what: str) -> float | None:
            return size(edit, what) if edit.text().strip() else None

        return custom_layout(
            size(self.width_mm, "label width"),
            size(self.height_mm, "label height"),
            paper=str(self.paper.currentData()),
            columns=self.columns.value() or None,
            rows=self.rows.value() or None,
            left_mm=margin(self.left_mm, "left margin"),
            top_mm=margin(self.top_mm, "top margin"),
            gap_x_mm=size(self.gap_x_mm, "gap between columns") if self.gap_x_mm.text() else 0,
            gap_y_mm=size(self.gap_y_mm, "gap between rows") if self.gap_y_mm.text() else 0,
        )
