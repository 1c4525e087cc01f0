"""The products table: a lazy model over a catalog of any size.

The model knows how many products match and reads them a page at a time, when the view
first paints a row of that page (``pos.services.catalog.listing``). A few pages are kept,
the least recently used dropped, so scrolling a million rows never holds them all. Sorting
and filtering are done by the database; ``flags`` never reads a row, so selecting every
row costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from enum import IntEnum
from functools import lru_cache
from typing import Any

from babel.numbers import format_percent
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from pos.domain.cart import Unit, format_quantity
from pos.domain.errors import NotAllowed, ShopError
from pos.services.catalog.edit_in_place import edit_in_place
from pos.services.catalog.listing import (
    ProductOrder,
    ProductRow,
    SortKey,
    count_products,
    read_window,
)
from pos.services.catalog.selection import ProductFilter
from pos.services.database import Database
from pos.services.dto import Actor
from ui.ops import Op
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel
from ui.widgets.decimal_edit import plain_decimal

#: Rows read at once, and how many such pages are kept. A page is a little more than a
#: screenful: a typed filter walks the sort's index until it has found a page of matches,
#: so a longer page made each letter slower (50 rows: a filter keystroke's p95 34 ms).
PAGE = 32
KEPT_PAGES = 125
#: A filter is counted this far before its first rows are shown; a bigger result is
#: counted to the end off the UI thread (broad text such as "dai0" costs 20 ms to count).
COUNTED_AT_ONCE = 10_000
#: The exact count of a big result starts once typing pauses this long (ms): a count for
#: each letter typed would be thrown away at the next one, and meanwhile it would take the
#: CPU from painting the rows of that next letter.
COUNT_PAUSE_MS = 200


class Column(IntEnum):
    SKU = 0
    NAME = 1
    CATEGORY = 2
    PRICE = 3
    COST = 4
    MARGIN = 5
    TAX_RATE = 6
    ON_HAND = 7
    REORDER_LEVEL = 8
    UNIT = 9
    BARCODES = 10
    ACTIVE = 11


#: Each column's width at first (the user's own widths are remembered).
WIDTHS = {
    Column.SKU: 100, Column.NAME: 260, Column.CATEGORY: 130, Column.PRICE: 80,
    Column.COST: 80, Column.MARGIN: 70, Column.TAX_RATE: 90, Column.ON_HAND: 80,
    Column.REORDER_LEVEL: 80, Column.UNIT: 50, Column.BARCODES: 150, Column.ACTIVE: 55,
}  # fmt: skip

#: Each column's sort; the barcodes column does not sort (a product has several).
SORTS: dict[Column, SortKey] = {
    Column.SKU: SortKey.SKU,
    Column.NAME: SortKey.NAME,
    Column.CATEGORY: SortKey.CATEGORY,
    Column.PRICE: SortKey.PRICE,
    Column.COST: SortKey.COST,
    Column.MARGIN: SortKey.MARGIN,
    Column.TAX_RATE: SortKey.TAX_RATE,
    Column.ON_HAND: SortKey.ON_HAND,
    Column.REORDER_LEVEL: SortKey.REORDER_LEVEL,
    Column.UNIT: SortKey.UNIT,
    Column.ACTIVE: SortKey.ACTIVE,
}

#: Editable in place, and the product field each one changes.
EDITABLE: dict[Column, str] = {
    Column.NAME: "name",
    Column.PRICE: "price",
    Column.COST: "cost",
    Column.REORDER_LEVEL: "reorder_level",
}
NUMERIC = {
    Column.PRICE, Column.COST, Column.MARGIN, Column.ON_HAND, Column.REORDER_LEVEL,
}  # fmt: skip
HUNDRED = Decimal(100)
TENTH = Decimal("0.1")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FLAGS = tuple(
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | (Qt.ItemFlag.ItemIsEditable if column in EDITABLE else Qt.ItemFlag.NoItemFlags)
    for column in Column
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LOW_STOCK = QBrush(QColor("#a40000"))
_INACTIVE = QBrush(QColor("#777777"))


@lru_cache(maxsize=4096)
def _percent(margin: str, locale: str) -> str:
    return format_percent(Decimal(margin) / HUNDRED, "#,##0.0%", locale=locale)


class ProductsModel(ListTableModel):
    """Products matching a filter, in a sort order, read from the database as needed.

    Signals:
        edit_failed(str): an edit in place was refused; the reason, for the user.
        edited(object): an edit in place was saved; carries the product's new ProductRow.
        approval_needed(object, object): an edit in place was refused for the user's role;
            carries the NotAllowed and a function that saves it again as an Actor (with
            a manager's approval) and shows the result.
        counted(int): the number of matching products changed (a new filter or a refresh).
        counting(int): a big result is being counted off the UI thread; carries how many
            products it holds at least (its first rows are shown meanwhile).
        count_failed(str): counting failed; the reason, for the user.
    """

    edit_failed = Signal(str)
    edited = Signal(object)
    approval_needed = Signal(object, object)
    counted = Signal(int)
    counting = Signal(int)
    count_failed = Signal(str)

    def __init__(self, db: Database, actor: Actor, text: MoneyText) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.text = text
        #: The shop's prices include tax: margins are worked out on the price before it.
        self.prices_include_tax = True
        self.order = ProductOrder()
        self.total = 0
        #: Whether ``total`` is the exact count, or a lower bound while the rest is counted.
        self.total_known = True
        #: Counted at once before the first rows are shown (``COUNTED_AT_ONCE``).
        self.counted_at_once = COUNTED_AT_ONCE
        #: The exact count being made off the UI thread, if any; a newer filter drops it.
        self._count_op: Op | None = None
        #: Starts the exact count when typing pauses (``COUNT_PAUSE_MS``).
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_PAUSE_MS)
        self._count_timer.timeout.connect(self._count_exactly)
        self._pages: OrderedDict[int, list[ProductRow]] = OrderedDict()
        self.headers = [
            self.tr("SKU"), self.tr("Name"), self.tr("Category"), self.tr("Price"),
            self.tr("Cost"), self.tr("Margin"), self.tr("Tax"), self.tr("On hand"),
            self.tr("Reorder at"), self.tr("Unit"), self.tr("Barcodes"), self.tr("Active"),
        ]  # fmt: skip
        #: Each row's texts, formatted once, and its colour (grey when inactive, red when
        #: low on stock): kept with the rows' pages.
        self._texts: dict[int, tuple[tuple[str, ...], QBrush | None]] = {}
        #: One per column, in column order.
        self._formatters: tuple[Callable[[ProductRow], str], ...] = (
            lambda r: r.sku,
            lambda r: r.name,
            lambda r: r.category or "",
            lambda r: self.text.money(r.price),
            lambda r: "" if r.cost is None else self.text.money(r.cost),
            self._margin,
            lambda r: r.tax_rate,
            lambda r: self.text.quantity(r.on_hand, r.unit),
            lambda r: self.text.quantity(r.reorder_level, r.unit),
            lambda r: self.tr("kg") if r.unit is Unit.KG else self.tr("each"),
            self._barcodes,
            lambda r: self.tr("Yes") if r.active else self.tr("No"),
        )

    # --- what is shown --------------------------------------------------------------

    def set_filter(self, product_filter: ProductFilter) -> None:
        """Show the products matching ``product_filter``, in the current order."""
        self._reload(ProductOrder(product_filter, self.order.sort, self.order.descending))

    def set_text(self, text: MoneyText) -> None:
        """New currency or locale: the amounts are formatted again."""
        self.text = text
        self._texts.clear()
        self._changed_all()

    def refresh(self) -> None:
        """Read again: products were added, changed or sold elsewhere."""
        self._reload(self.order)

    def _reload(self, order: ProductOrder) -> None:
        """Show ``order``'s products: counted up to ``counted_at_once`` here, so that the
        first rows are painted at once; a result that reaches it is counted to the end
        off the UI thread, and its further rows appear when that count comes back."""
        self._drop_count()
        at_most = self.counted_at_once
        self.beginResetModel()
        self.order = order
        self.total = count_products(self.db, order.filter, at_most)
        self.total_known = self.total < at_most
        self._forget()
        self.endResetModel()
        if self.total_known:
            self.counted.emit(self.total)
            return
        self.counting.emit(self.total)
        self._count_timer.start()

    def _count_exactly(self) -> None:
        """Count the current filter's products to the end, off the UI thread."""
        # Bound methods: a model deleted meanwhile (the window closed) hears nothing.
        op = Op(count_products, self.db, self.order.filter)
        self._count_op = op.success(self._exact_count).failure(self._count_failed).start()

    def _from_current_count(self) -> bool:
        """Whether the answer being received is the current count's, not one made for a
        filter since replaced; it is then no longer under way."""
        op = self._count_op
        if op is None or self.sender() is not op.relay:
            return False
        self._count_op = None
        return True

    def _exact_count(self, total: int) -> None:
        """The exact count came back: the rows past the first ones appear (or, should
        products have gone meanwhile, the missing ones go)."""
        if not self._from_current_count():
            return
        shown = self.total
        if total > shown:
            self.beginInsertRows(QModelIndex(), shown, total - 1)
            self.total, self.total_known = total, True
            # The last page read stopped at the rows shown: it is read again, whole.
            self._forget_page((shown - 1) // PAGE)
            self.endInsertRows()
        elif total < shown:
            self.beginRemoveRows(QModelIndex(), total, shown - 1)
            self.total, self.total_known = total, True
            self._forget()
            self.endRemoveRows()
        else:
            self.total_known = True
        self.counted.emit(total)

    def _count_failed(self, error: BaseException) -> None:
        if self._from_current_count():
            self.count_failed.emit(str(error))

    def _drop_count(self) -> None:
        """Forget the count under way: a count still queued is withdrawn, one running is
        left to finish and its answer ignored."""
        self._count_timer.stop()
        if self._count_op is not None:
            self._count_op.withdraw()
            self._count_op = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTS.get(Column(column))
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.order = ProductOrder(self.order.filter, key, descending)
        self._forget()
        self.layoutChanged.emit()

    def _forget(self) -> None:
        """Drop every row read: the order or the rows changed."""
        self._pages.clear()
        self._texts.clear()

    def _forget_page(self, page: int) -> None:
        self._pages.pop(page, None)
        for row in range(page * PAGE, (page + 1) * PAGE):
            self._texts.pop(row, None)

    def row_at(self, row: int) -> ProductRow | None:
        """The product shown on ``row``, read from the database if it is not kept."""
        if not 0 <= row < self.total:
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = read_window(
                self.db,
                self.order,
                page * PAGE,
                PAGE,
                self.total,
                total_known=self.total_known,
                user_id=self.actor.user_id or 0,
            )
            self._pages[page] = rows
            if len(self._pages) > KEPT_PAGES:
                self._forget_page(next(iter(self._pages)))
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    # --- Qt's model interface ---------------------------------------------------------

    def row_count(self) -> int:
        return self.total

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Never reads a row: selecting a million rows costs nothing.
        return _FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def cell(self, row: int, column: int) -> tuple[str, QBrush | None]:
        """What a cell shows: its text, formatted once per row read, and its colour."""
        kept = self._texts.get(row)
        if kept is None:
            product = self.row_at(row)
            if product is None:
                return "", None
            brush = _INACTIVE if not product.active else _LOW_STOCK if product.low_stock else None
            kept = self._texts[row] = (tuple(f(product) for f in self._formatters), brush)
        texts, brush = kept
        if brush is _LOW_STOCK and column != Column.ON_HAND:
            brush = None
        return texts[column], brush

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self.cell(index.row(), index.column())[0]
        if role == _EDIT:
            column = Column(index.column())
            row = self.row_at(index.row())
            if row is None:
                return None
            return self._edit_text(row, column) if column in EDITABLE else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() in NUMERIC else None
        if role == _FOREGROUND:
            return self.cell(index.row(), index.column())[1]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Save an edit in place as its own unit of work; a refused value changes nothing
        and says why through ``edit_failed``."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = Column(index.column())
        row = self.row_at(index.row())
        if row is None or column not in EDITABLE:
            return False
        try:
            field, new = self._parse(column, str(value))
            if new == getattr(row, field):
                return False
            saved = edit_in_place(self.db, row.id, field, new, actor=self.actor)
        except NotAllowed as refusal:
            # Asked after the editor has closed: a dialog over an open editor commits it again.
            self.approval_needed.emit(refusal, self._retry(index.row(), row.id, field, new))
            return False
        except ShopError as error:
            self.edit_failed.emit(str(error))
            return False
        self._replace(index.row(), saved)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Column) - 1))
        self.edited.emit(saved)
        return True

    def _retry(self, at: int, product_id: int, field: str, new: Any) -> Callable[[Actor], None]:
        """Save an edit refused for the user's role again, as ``actor`` (approved)."""

        def save(actor: Actor) -> None:
            saved = edit_in_place(self.db, product_id, field, new, actor=actor)
            row = self.row_at(at)
            if row is not None and row.id == product_id:
                self._replace(at, saved)
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))
            self.edited.emit(saved)

        return save

    def _replace(self, row: int, product: ProductRow) -> None:
        """Show ``product`` as saved on ``row`` (it stays there until the next read)."""
        page = self._pages.get(row // PAGE)
        if page is not None and row % PAGE < len(page):
            page[row % PAGE] = product
        self._texts.pop(row, None)

    # --- formatting and parsing --------------------------------------------------------

    def _margin(self, row: ProductRow) -> str:
        margin = row.margin(self.prices_include_tax)
        if margin is None:
            return ""
        # Rounded as Babel rounds (half to even), so the few margins a catalog has are
        # formatted once each: Babel takes 100 us a call, a screenful has 20 of them.
        return _percent(str(margin.quantize(TENTH, ROUND_HALF_EVEN)), self.text.locale)

    def _barcodes(self, row: ProductRow) -> str:
        if row.first_barcode is None:
            return ""
        more = row.barcode_count - 1
        return f"{row.first_barcode} (+{more})" if more else row.first_barcode

    def _edit_text(self, row: ProductRow, column: Column) -> str:
        if column is Column.NAME:
            return row.name
        if column is Column.REORDER_LEVEL:
            return format_quantity(row.reorder_level)
        shown = row.price if column is Column.PRICE else row.cost
        return "" if shown is None else plain_decimal(shown)

    def _parse(self, column: Column, typed: str) -> tuple[str, Any]:
        field = EDITABLE[column]
        if column is Column.NAME:
            return field, typed
        if column is Column.REORDER_LEVEL:
            return field, MoneyText.parse_quantity(typed)
        what = self.tr("price") if column is Column.PRICE else self.tr("cost")
        return field, self.text.parse_money(typed, what)

    def _changed_all(self) -> None:
        if self.total:
            last = self.index(self.total - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
