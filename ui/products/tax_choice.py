"""The tax rates a product is sold at: a checkable list of the shop's active rates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

from pos.services.dto import TaxRateDTO
from ui.table_model import Index
from ui.widgets.decimal_edit import plain_decimal


class TaxChoiceModel(QAbstractListModel):
    """One checkable row per rate: 'Standard (20 %)'.

    Signals:
        choice_changed(): a rate was checked or unchecked.
    """

    choice_changed = Signal()

    def __init__(self, rates: Sequence[TaxRateDTO], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rates = list(rates)
        self._checked: set[int] = set()

    def add_missing(self, rate: TaxRateDTO) -> None:
        """Show a rate that is no longer offered (switched off) but the product still has."""
        if all(r.id != rate.id for r in self.rates):
            self.beginInsertRows(QModelIndex(), len(self.rates), len(self.rates))
            self.rates.append(rate)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rates):
            return None
        rate = self.rates[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{rate.name} ({plain_decimal(rate.percent)} %)"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = rate.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        rate_id = self.rates[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(rate_id)
        else:
            self._checked.discard(rate_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()
        return True

    def set_checked(self, rate_ids: Iterable[int]) -> None:
        """Check exactly these rates."""
        self._checked = set(rate_ids)
        if self.rates:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.rates) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.choice_changed.emit()

    def checked_ids(self) -> list[int]:
        """The checked rates' ids, in the list's order."""
        return [rate.id for rate in self.rates if rate.id in self._checked]

    def checked_percents(self) -> list[Decimal]:
        return [rate.percent for rate in self.rates if rate.id in self._checked]
