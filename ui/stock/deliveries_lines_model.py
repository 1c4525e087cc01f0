"""The lines of the delivery being received, as a Qt model: quantity and unit cost edited
in place, each edit saved at once through the services (a draft survives a restart).

A delivery holds tens or hundreds of lines, read whole with the delivery after each change;
the lazy paging big tables need is not worth it here.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from pos.domain.errors import NotAllowed, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.stock.deliveries import DeliveryDTO, DeliveryLineDTO
from pos.services.stock.delivery_lines import set_line_cost, set_line_quantity
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

POSITION, SKU, NAME, QUANTITY, UNIT_COST, TOTAL = range(6)
EDITABLE = (QUANTITY, UNIT_COST)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DeliveryLinesModel(ListTableModel):
    """The lines of one delivery or return.

    ``actor`` is who edits; the editor sets it again once a manager approved the delivery.
    Without ``show_costs`` the cost columns hold nothing (the view hides them too).

    Signals:
        changed(object): a line was changed in place; carries the DeliveryDTO as saved.
        edit_failed(str): an edit was refused; says why (nothing was changed).
        approval_needed(object, object): an edit was refused for the user's role; carries
            the NotAllowed and a function that saves it again as an (approved) Actor.
    """

    changed = Signal(object)
    edit_failed = Signal(str)
    approval_needed = Signal(object, object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        text: MoneyText,
        parent: QObject | None = None,
        *,
        show_costs: bool = True,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.text = text
        self.show_costs = show_costs
        self.headers = [
            self.tr("#"),
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Quantity"),
            self.tr("Unit cost"),
            self.tr("Total"),
        ]
        self.delivery: DeliveryDTO | None = None
        self._lines: tuple[DeliveryLineDTO, ...] = ()

    def show_delivery(self, delivery: DeliveryDTO | None) -> None:
        self.beginResetModel()
        self.delivery = delivery
        self._lines = () if delivery is None else delivery.lines
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._lines)

    def line(self, row: int) -> DeliveryLineDTO:
        return self._lines[row]

    def row_of_product(self, product_id: int) -> int:
        """The last line of ``product_id`` (where a scan of it went), or -1."""
        rows = [n for n, line in enumerate(self._lines) if line.product_id == product_id]
        return rows[-1] if rows else -1

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        editable = self.delivery is not None and self.delivery.is_draft
        if editable and index.column() == QUANTITY:
            return base | Qt.ItemFlag.ItemIsEditable
        costs = editable and self.show_costs and not self.delivery.is_return  # type: ignore[union-attr]
        if costs and index.column() == UNIT_COST:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if column in (UNIT_COST, TOTAL) and not self.show_costs:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column in (SKU, NAME) else _RIGHT
        if role == Qt.ItemDataRole.EditRole:
            if column == QUANTITY:
                return f"{line.quantity.normalize():f}"
            if column == UNIT_COST:
                return "" if line.unit_cost is None else f"{line.unit_cost:f}"
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == POSITION:
            return str(line.position)
        if column == SKU:
            return line.sku
        if column == NAME:
            return line.name
        if column == QUANTITY:
            return self.text.quantity(line.quantity, line.unit)
        if column == UNIT_COST:
            return "" if line.unit_cost is None else self.text.money(line.unit_cost)
        return "" if line.total is None else self.text.money(line.total)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Save a typed quantity or cost; a refused value says why and changes nothing."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in EDITABLE or not 0 <= index.row() < len(self._lines):
            return False
        if index.column() == UNIT_COST and not self.show_costs:
            return False
        line = self._lines[index.row()]
        try:
            save = self._saving(line, index.column(), str(value))
        except ShopError as error:
            self.edit_failed.emit(str(error))
            return False
        if save is None:
            return False
        try:
            saved = save(self.actor)
        except NotAllowed as refusal:
            # Asked after the editor has closed: a dialog over an open editor commits it again.
            self.approval_needed.emit(refusal, lambda actor: self._saved(save(actor)))
            return False
        except ShopError as error:
            self.edit_failed.emit(str(error))
            return False
        self._saved(saved)
        return True

    def _saving(
        self, line: DeliveryLineDTO, column: int, value: str
    ) -> Callable[[Actor], DeliveryDTO] | None:
        """The save of a typed quantity or cost, as a call taking who acts; None when the
        value is what the line holds already."""
        if column == QUANTITY:
            quantity = self.text.parse_quantity(value)
            if quantity == line.quantity:
                return None
            return lambda actor: set_line_quantity(self.db, line.id, quantity, actor=actor)
        cost: Decimal = self.text.parse_money(value, self.tr("cost"))
        if cost == line.unit_cost:
            return None
        return lambda actor: set_line_cost(self.db, line.id, cost, actor=actor)

    def _saved(self, saved: DeliveryDTO) -> None:
        self.delivery = saved
        self._lines = saved.lines
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, TOTAL))
        self.changed.emit(saved)
