"""A product's history as lazy tables: stock movements and price changes, newest first.

Rows come a page at a time from the keyset services as the view scrolls (``canFetchMore`` /
``fetchMore``): a product with 100,000 movements shows its first screenful at once and holds
only the pages scrolled through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from babel.dates import format_datetime
from PySide6.QtCore import QModelIndex, QObject, Qt

from pos.domain.cart import Unit
from pos.services.catalog.history import (
    PAGE_SIZE,
    MovementRow,
    PriceChangeRow,
    movements_page,
    price_history_page,
)
from pos.services.database import Database
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Keyed(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Keyed)


class KeysetTableModel(ListTableModel, Generic[R]):
    """Rows read ``page_size`` at a time, each page the rows below the last id held.

    Args:
        fetch: reads a page: ``fetch(before_id, limit)``, newest first.
        page_size: rows a page holds.
    """

    def __init__(
        self,
        fetch: Callable[[int | None, int], Sequence[R]],
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self.rows: list[R] = []
        self._exhausted = False

    def row_count(self) -> int:
        return len(self.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        before = self.rows[-1].id if self.rows else None
        page = self._fetch(before, self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def reload(self) -> None:
        """Forget the rows read; the view asks for the first page again."""
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return _RIGHT
        return None

    #: Columns of figures, aligned right.
    right_aligned: frozenset[int] = frozenset()

    def cell(self, row: R, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError


class MovementsModel(KeysetTableModel[MovementRow]):
    """A product's stock movements: date, kind, change, balance after it, reason, till."""

    right_aligned = frozenset({2, 3})

    def __init__(
        self,
        db: Database,
        product_id: int,
        unit: Unit,
        text: MoneyText,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            lambda before, limit: movements_page(db, product_id, before_id=before, limit=limit),
            page_size,
            parent,
        )
        self.unit = unit
        self.text = text
        self.headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Change"),
            self.tr("Balance"),
            self.tr("Reason"),
            self.tr("Till"),
        ]
        self.kinds = {
            "sale": self.tr("Sale"),
            "refund": self.tr("Refund"),
            "receipt": self.tr("Delivery"),
            "adjustment": self.tr("Adjustment"),
            "count": self.tr("Stock count"),
            "import": self.tr("Import"),
        }

    def cell(self, row: MovementRow, column: int) -> str:
        if column == 0:
            return when(row.at, self.text.locale)
        if column == 1:
            return self.kinds.get(row.kind, row.kind)
        if column == 2:
            sign = "+" if row.quantity > 0 else ""
            return sign + self.text.quantity(row.quantity, self.unit)
        if column == 3:
            return self.text.quantity(row.balance, self.unit)
        if column == 4:
            return row.reason
        return row.till


class PriceHistoryModel(KeysetTableModel[PriceChangeRow]):
    """A product's price changes: when, old price, new price, who."""

    right_aligned = frozenset({1, 2})

    def __init__(
        self,
        db: Database,
        product_id: int,
        text: MoneyText,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            lambda before, limit: price_history_page(db, product_id, before_id=before, limit=limit),
            page_size,
            parent,
        )
        self.text = text
        self.headers = [self.tr("When"), self.tr("Old price"), self.tr("New price"), self.tr("Who")]

    def cell(self, row: PriceChangeRow, column: int) -> str:
        if column == 0:
            return when(row.at, self.text.locale)
        if column == 1:
            return self.text.money(row.old_price)
        if column == 2:
            return self.text.money(row.new_price)
        who = row.user or self.tr("someone")
        return self.tr("{who} at {till}").format(who=who, till=row.till)


def when(moment: datetime, locale: str) -> str:
    """A date and time on this computer's clock, written the shop's way."""
    return str(format_datetime(moment.astimezone(), "short", locale=locale))
