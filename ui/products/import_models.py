"""The import wizard's tables: the file's first rows, the column mapping, the bad rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pos.services.catalog.import_columns import Field, Mapping
from pos.services.catalog.import_read import SourceRow
from pos.services.catalog.import_rows import RowError
from ui.table_model import Index, ListTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
#: A column left out of the import reads greyed.
_LEFT_OUT = QColor("#757575")


def field_labels() -> dict[Field | None, str]:
    """Each field's name as the user reads it; None is a column left out."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportFields", text)

    return {
        None: tr("(not imported)"),
        Field.SKU: tr("SKU"),
        Field.NAME: tr("Name"),
        Field.CATEGORY: tr("Category"),
        Field.PRICE: tr("Price"),
        Field.COST: tr("Cost"),
        Field.TAX_RATE: tr("Tax rate"),
        Field.BARCODES: tr("Barcodes"),
        Field.UNIT: tr("Unit (each or kg)"),
        Field.REORDER_LEVEL: tr("Reorder level"),
        Field.REORDER_QUANTITY: tr("Reorder quantity"),
        Field.FAVOURITE: tr("Favourite (quick pick)"),
        Field.ACTIVE: tr("Active"),
        Field.ON_HAND: tr("On hand (sets the stock)"),
        Field.SUPPLIER: tr("Supplier (usual, by name)"),
        Field.MAX_LEVEL: tr("Max level (reorder up to)"),
    }


class SampleModel(ListTableModel):
    """The first rows of the file, under its own headers."""

    def __init__(
        self, headers: Sequence[str], rows: Sequence[SourceRow], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.headers = [h or self.tr("(column %n)", "", i + 1) for i, h in enumerate(headers)]
        self._rows = list(rows)

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()].cells
        return cells[index.column()] if index.column() < len(cells) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return str(self._rows[section].line) if 0 <= section < len(self._rows) else None
        return super().headerData(section, orientation, role)


FILE_COLUMN, EXAMPLE, IMPORTS_AS = 0, 1, 2


class MappingModel(ListTableModel):
    """One row per column of the file: its header, an example value, and what it imports as.

    The third column is edited with a combo (``FieldDelegate``); a field chosen for one
    column is taken off any other column that had it, so each field is used once.

    Signals:
        mapping_changed(): the user chose another field for a column.
    """

    mapping_changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        examples: Sequence[str],
        mapping: Mapping,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Column in the file"), self.tr("Example"), self.tr("Imports as")]
        self._names = list(headers)
        self._examples = list(examples)
        self._fields: list[Field | None] = list(mapping)
        self.labels = field_labels()

    def mapping(self) -> Mapping:
        return tuple(self._fields)

    def row_count(self) -> int:
        return len(self._names)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            if column == FILE_COLUMN:
                return self._names[row] or self.tr("(column %n)", "", row + 1)
            if column == EXAMPLE:
                return self._examples[row] if row < len(self._examples) else ""
            return self.labels[self._fields[row]]
        if role == Qt.ItemDataRole.EditRole and column == IMPORTS_AS:
            field = self._fields[row]
            return field.value if field is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole and self._fields[row] is None:
            return _LEFT_OUT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == IMPORTS_AS else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != IMPORTS_AS:
            return False
        field = Field(value) if value else None
        row = index.row()
        if field is not None:
            for other, taken in enumerate(self._fields):
                if taken is field and other != row:
                    self._fields[other] = None
                    changed = self.index(other, IMPORTS_AS)
                    self.dataChanged.emit(changed, changed)
        self._fields[row] = field
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo of the fields (and "not imported") for the mapping's third column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for field, label in field_labels().items():
            combo.addItem(label, field.value if field is not None else "")
        combo.setAccessibleName(self.tr("Imports as"))
        # Chosen from the list: written back at once, not when the editor loses focus.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


LINE, COLUMN, REASON = 0, 1, 2


class ErrorsModel(ListTableModel):
    """The bad rows: line, column and reason, one problem a row."""

    def __init__(self, errors: Sequence[RowError] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Line"), self.tr("Column"), self.tr("Problem")]
        self._errors = list(errors)

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._errors)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        error = self._errors[index.row()]
        if role == _DISPLAY:
            return (str(error.line), error.column, error.reason)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(error)
        return None
