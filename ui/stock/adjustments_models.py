"""The adjustments tab's Qt models: the list of adjustments (lazy, newest first), the lines
of a new adjustment (edited in place), and the losses by reason over a range of days."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from pos.domain.cart import Unit
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.adjustment_products import StockProduct
from pos.services.stock.adjustment_records import AdjustmentSummary, adjustments_page
from pos.services.stock.adjustments import AdjustmentReason
from pos.services.stock.losses import LossesReport
from ui.products.history_models import KeysetTableModel, when
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PAGE = 200


def reason_labels(owner: QObject) -> dict[AdjustmentReason, str]:
    """The reasons in the user's language, in their order."""
    return {
        AdjustmentReason.DAMAGED: owner.tr("Damaged"),
        AdjustmentReason.EXPIRED: owner.tr("Expired"),
        AdjustmentReason.THEFT: owner.tr("Theft or loss"),
        AdjustmentReason.OWN_USE: owner.tr("Own use"),
        AdjustmentReason.CORRECTION: owner.tr("Correction"),
        AdjustmentReason.OTHER: owner.tr("Other (say in the note)"),
    }


class AdjustmentsListModel(KeysetTableModel[AdjustmentSummary]):
    """Adjustments made: number, date, lines, reasons, value at cost, who, note."""

    right_aligned = frozenset({2, 4})

    def __init__(
        self,
        db: Database,
        text: MoneyText,
        parent: QObject | None = None,
        *,
        actor: Actor | None = None,
    ) -> None:
        super().__init__(
            lambda before, limit: adjustments_page(db, before_id=before, limit=limit, actor=actor),
            PAGE,
            parent,
        )
        self.text = text
        self.reasons = reason_labels(self)
        self.headers = [
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Lines"),
            self.tr("Reasons"),
            self.tr("Value at cost"),
            self.tr("Who"),
            self.tr("Note"),
        ]

    def cell(self, row: AdjustmentSummary, column: int) -> str:
        if column == 0:
            return row.number
        if column == 1:
            return when(row.created_at, self.text.locale)
        if column == 2:
            return str(row.line_count)
        if column == 3:
            return ", ".join(self.reasons[r].split(" (")[0] for r in row.reasons)
        if column == 4:
            return "" if row.value is None else self.text.money(row.value)
        if column == 5:
            return self.tr("{who} at {till}").format(who=row.user or "?", till=row.till)
        return row.note


class LossesModel(ListTableModel):
    """Each reason's lines, quantity and value at cost, and a total row."""

    def __init__(self, text: MoneyText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.reasons = reason_labels(self)
        self.headers = [
            self.tr("Reason"),
            self.tr("Lines"),
            self.tr("Quantity"),
            self.tr("Value at cost"),
        ]
        self.report: LossesReport | None = None

    def show_report(self, report: LossesReport) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def row_count(self) -> int:
        return 0 if self.report is None else len(self.report.reasons) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        report = self.report
        if report is None or not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() == len(report.reasons):
            from PySide6.QtGui import QFont

            bold = QFont()
            bold.setBold(True)
            return bold
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.row() == len(report.reasons):
            total = (self.tr("Total"), "", "", self.text.money(report.value))
            return total[column]
        line = report.reasons[index.row()]
        if column == 0:
            return self.reasons[line.reason].split(" (")[0]
        if column == 1:
            return str(line.lines)
        if column == 2:
            return f"{line.quantity.normalize():f}" if line.quantity else "0"
        return self.text.money(line.value)


@dataclass(frozen=True, slots=True)
class DraftLine:
    """A line of the adjustment being typed: what the user typed, not yet checked."""

    product: StockProduct
    reason: AdjustmentReason
    quantity: str = ""
    note: str = ""


class LinesColumn:
    PRODUCT, ON_HAND, QUANTITY, REASON, NOTE = range(5)


#: The text roles a cell answers.
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class AdjustmentLinesModel(ListTableModel):
    """The lines of a new adjustment: product, stock now, quantity, reason and note; the
    last three edited in place. A few hundred lines at most: a plain list."""

    def __init__(self, text: MoneyText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.lines: list[DraftLine] = []
        self.reasons = reason_labels(self)
        self.headers = [
            self.tr("Product"),
            self.tr("On hand"),
            self.tr("Quantity"),
            self.tr("Reason"),
            self.tr("Note"),
        ]

    def row_count(self) -> int:
        return len(self.lines)

    def add(self, product: StockProduct, reason: AdjustmentReason, quantity: str = "") -> int:
        """Add ``product`` (or, already there, add ``quantity`` to its line when both are
        plain numbers). Returns its row."""
        for row, line in enumerate(self.lines):
            if line.product.id == product.id and line.reason is reason:
                added = _plus(line.quantity, quantity)
                if added is not None:
                    self._replace(row, replace(line, quantity=added))
                return row
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(DraftLine(product, reason, quantity))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def set_all_reasons(self, reason: AdjustmentReason) -> None:
        """Give every line ``reason`` (the dialog's "reason for all")."""
        self.lines = [replace(line, reason=reason) for line in self.lines]
        if self.lines:
            self.dataChanged.emit(
                self.index(0, LinesColumn.REASON),
                self.index(len(self.lines) - 1, LinesColumn.REASON),
            )

    def _replace(self, row: int, line: DraftLine) -> None:
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= LinesColumn.QUANTITY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            LinesColumn.ON_HAND,
            LinesColumn.QUANTITY,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.UserRole and column == LinesColumn.REASON:
            return line.reason.value
        if role not in _TEXT_ROLES:
            return None
        if column == LinesColumn.PRODUCT:
            return f"{line.product.name} ({line.product.sku})"
        if column == LinesColumn.ON_HAND:
            return self.text.quantity(line.product.on_hand, line.product.unit)
        if column == LinesColumn.QUANTITY:
            if role == Qt.ItemDataRole.EditRole or line.product.unit is Unit.EACH:
                return line.quantity
            return f"{line.quantity} kg" if line.quantity else ""
        if column == LinesColumn.REASON:
            return self.reasons[line.reason]
        return line.note

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self.lines):
            return False
        line, column = self.lines[index.row()], index.column()
        if column == LinesColumn.QUANTITY:
            changed = replace(line, quantity=str(value).strip().removesuffix("kg").strip())
        elif column == LinesColumn.REASON:
            try:
                changed = replace(line, reason=AdjustmentReason(str(value)))
            except ValueError:
                return False
        elif column == LinesColumn.NOTE:
            changed = replace(line, note=str(value))
        else:
            return False
        self._replace(index.row(), changed)
        return True


def _plus(first: str, second: str) -> str | None:
    """``first`` + ``second`` when both are plain numbers ("2" and "1" make "3")."""
    try:
        total = Decimal(first.replace(",", ".") or "0") + Decimal(second.replace(",", ".") or "0")
    except ArithmeticError:
        return None
    if not (first.strip() or "0").replace(",", "").replace(".", "").isdigit():
        return None
    return f"{total.normalize():f}"
