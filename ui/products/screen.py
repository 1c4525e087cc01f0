"""The Products screen: the catalog as one table, filtered, sorted and edited in place.

The table is a lazy model (``ui.products.model``) over a catalog of any size. What the user
selects is kept as a ``ProductSelection``: "select all" is the filter itself, however many
rows it means; a few picked rows are their ids. Bulk changes, labels and exports act on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import NotAllowed, ShopError
from pos.domain.tax import TaxMode
from pos.services.catalog.listing import ProductRow, category_choices, read_window_ids
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, permissions_of
from ui.events import AppEvents
from ui.products.bulk_actions import BulkActions
from ui.products.delegate import ProductCellDelegate, ProductsTable
from ui.products.filter_bar import FilterBar
from ui.products.model import EDITABLE, SORTS, WIDTHS, Column, ProductsModel
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText

_HEADER_STATE = "products/header"


#: The columns a user without SEE_COSTS does not see.
_COST_COLUMNS = (Column.COST, Column.MARGIN)


class ProductsScreen(QWidget):
    """The catalog: filter, sort, edit in place, select and change many at once.

    Signals are the model's (``model.edited`` when a product changed in place).
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings
        self.events = events
        self.text = MoneyText(settings)
        self.model = ProductsModel(db, actor, self.text)
        self.model.prices_include_tax = settings.tax_mode is TaxMode.INCLUSIVE
        self.filter_bar = FilterBarWithCount(self)
        self.banner = Banner(self.tr("Products message"))
        #: Costs and margins are shown only to whoever may see them (the service leaves
        #: them out for the others anyway); a layout without them is not remembered.
        self.may_see_costs = actor.user_id is not None and Permission.SEE_COSTS in permissions_of(
            db, actor.user_id
        )
        self.view = self._table()
        if not self.may_see_costs:
            for column in _COST_COLUMNS:
                self.view.horizontalHeader().setSectionHidden(column, True)
        self.bulk = BulkActions(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(self._buttons())
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.model.edit_failed.connect(self.banner.warn)
        self.model.approval_needed.connect(
            lambda refusal, retry: QTimer.singleShot(0, lambda: self._approve(refusal, retry))
        )
        self.model.edited.connect(self._edited)
        self.model.counted.connect(self.filter_bar.show_count)
        self.model.counting.connect(self.filter_bar.show_counting)
        self.model.count_failed.connect(self.banner.warn)
        self.filter_bar.bar.changed.connect(self._filter)
        events.settings_changed.connect(self.apply_settings)
        # Nothing is read until the screen is shown (``refresh``).

    # --- building -----------------------------------------------------------------------

    def _table(self) -> QTableView:
        view = ProductsTable()
        view.setAccessibleName(self.tr("Products"))
        view.setModel(self.model)
        view.setItemDelegate(ProductCellDelegate(self.model, view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        # Every row the same height: the view never measures a million rows.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        view.doubleClicked.connect(self._double_clicked)
        self._restore_columns(view)
        # Connected once restored: restoring is not a choice to remember. Widths are kept
        # when the screen is left (a drag resizes a section many times).
        header.sectionMoved.connect(self._save_columns)
        return view

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.named_actions: dict[str, QAction] = {}
        for key, label, shortcut, slot in (
            ("new", self.tr("New product"), "Ctrl+N", self.bulk.new_product),
            ("edit", self.tr("Edit…"), "Ctrl+E", self.bulk.edit_current),
            ("select_all", self.tr("Select all"), "Ctrl+A", self.select_all),
            ("categories", self.tr("Categories…"), "", self.bulk.categories),
            ("import", self.tr("Import…"), "Ctrl+I", self.bulk.import_products),
            ("export", self.tr("Export…"), "", self.bulk.export),
            ("labels", self.tr("Labels…"), "Ctrl+Shift+L", self.bulk.labels),
        ):
            action = QAction(label, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.named_actions[key] = action
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.setMinimumHeight(36)
            button.setToolTip(shortcut)
            button.clicked.connect(action.trigger)
            row.addWidget(button)
            if key == "export" and not self.may_see_costs:
                # The file holds every cost: not for whoever may not see them.
                action.setEnabled(False)
                button.hide()
        change = QToolButton()
        change.setText(self.tr("Change selected"))
        change.setAccessibleName(self.tr("Change selected"))
        change.setMinimumHeight(36)
        change.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        change.setMenu(self.bulk.menu())
        row.addWidget(change)
        row.addStretch(1)
        return row

    # --- what is shown --------------------------------------------------------------------

    def _filter(self, product_filter: ProductFilter) -> None:
        self.model.set_filter(product_filter)

    def reload_categories(self) -> None:
        """Categories were added, renamed or merged: offer them in the filter."""
        self.filter_bar.bar.show_categories(category_choices(self.db))

    def refresh(self) -> None:
        """Read the catalog again (on showing the screen, after a change elsewhere)."""
        self.reload_categories()
        self.model.set_filter(self.filter_bar.bar.product_filter())

    def apply_settings(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.text = MoneyText(settings)
        self.model.prices_include_tax = settings.tax_mode is TaxMode.INCLUSIVE
        self.model.set_text(self.text)

    def _approve(self, refusal: NotAllowed, retry: Callable[[Actor], None]) -> None:
        """An edit in place the user's role may not make: a manager may approve it."""
        from ui.staff.approval import ask_approval

        approved = ask_approval(self, self.db, self.actor, refusal)
        if approved is None:
            self.banner.warn(self.tr("Not approved: nothing was changed."))
            return
        try:
            retry(approved)
        except ShopError as error:
            self.banner.warn(str(error))

    def _edited(self, product: ProductRow) -> None:
        self.banner.info(self.tr("Saved: {name}").format(name=product.name))
        self.events.catalog_changed.emit()

    # --- selection ------------------------------------------------------------------------

    def select_all(self) -> None:
        """Select every row the filter matches: one range, however many rows."""
        self.view.selectAll()

    def selection(self) -> ProductSelection | None:
        """What is selected, as the products service reads it; None when nothing is."""
        model = self.model
        ranges = self.view.selectionModel().selection()
        rows = sorted({(ranges.at(i).top(), ranges.at(i).bottom()) for i in range(ranges.size())})
        if not rows:
            return None
        if sum(bottom - top + 1 for top, bottom in _merged(rows)) >= model.total:
            return ProductSelection(model.order.filter)
        ids: list[int] = []
        for top, bottom in _merged(rows):
            ids += read_window_ids(
                model.db,
                model.order,
                top,
                bottom - top + 1,
                model.total,
                total_known=model.total_known,
            )
        return ProductSelection(model.order.filter, tuple(ids))

    def current_product_id(self) -> int | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return None if row is None else row.id

    def select_row(self, row: int) -> None:
        index = self.model.index(row, Column.NAME)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        if Column(index.column()) not in EDITABLE:
            self.bulk.edit_current()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """The barcodes column does not sort (a product has several): the arrow stays on
        the column the table is sorted by."""
        if Column(column) in SORTS:
            return
        shown = self.model.order
        sorted_by = next(c for c, key in SORTS.items() if key is shown.sort)
        way = Qt.SortOrder.DescendingOrder if shown.descending else Qt.SortOrder.AscendingOrder
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(sorted_by, way)
        header.blockSignals(False)

    # --- columns: hidden, moved, remembered -------------------------------------------------

    def _column_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            action = menu.addAction(self.model.headers[column])
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # A product always shows its name; costs only to whoever may see them.
            action.setEnabled(
                column is not Column.NAME and (self.may_see_costs or column not in _COST_COLUMNS)
            )
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
        menu.exec(header.mapToGlobal(position))

    def set_column_shown(self, column: Column, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._save_columns()

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_columns()
        super().hideEvent(event)

    def _save_columns(self, *_args: object) -> None:
        if not getattr(self, "may_see_costs", True):
            return  # the costs hidden for this user must not stay hidden for the owner
        QSettings().setValue(_HEADER_STATE, self.view.horizontalHeader().saveState())

    def _restore_columns(self, view: QTableView) -> None:
        state = QSettings().value(_HEADER_STATE)
        header = view.horizontalHeader()
        if state is None or not header.restoreState(state):
            for column, width in WIDTHS.items():
                header.resizeSection(column, width)
        # The sort shown comes back with the header: make the model read that order.
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


class FilterBarWithCount(QWidget):
    """The filter bar with how many products it matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = FilterBar()
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Products found"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.count)

    def show_count(self, count: int) -> None:
        self.count.setText(self.tr("{count} products").format(count=f"{count:,}"))

    def show_counting(self, at_least: int) -> None:
        """A big result is still being counted: say how many it holds at least."""
        self.count.setText(self.tr("{count}+ products…").format(count=f"{at_least:,}"))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Row ranges (sorted) joined where they touch or overlap."""
    merged: list[tuple[int, int]] = []
    for top, bottom in ranges:
        if merged and top <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(bottom, merged[-1][1]))
        else:
            merged.append((top, bottom))
    return merged
