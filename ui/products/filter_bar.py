"""The products screen's filter: the till's search, a category, active or not, low stock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from pos.services.catalog.selection import ProductFilter
from pos.services.dto import CategoryDTO

#: The category combo's "no category" entry, apart from the real ids.
NO_CATEGORY = -1


class FilterBar(QWidget):
    """Filter controls that say what to show as one ``ProductFilter``.

    Signals:
        changed(object): the filter changed; carries the new ProductFilter.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, SKU or barcode"))
        self.search.setAccessibleName(self.tr("Filter products"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category filter"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Active filter"))
        for label, value in (
            (self.tr("Active and inactive"), None),
            (self.tr("Active only"), True),
            (self.tr("Inactive only"), False),
        ):
            self.state.addItem(label, value)
        self.low_stock = QCheckBox(self.tr("Low stock"))
        self.low_stock.setAccessibleName(self.tr("Low stock only"))
        self.low_stock.setToolTip(self.tr("Only products at or below their reorder level"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.category, 1)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.low_stock)
        self.show_categories([])
        self.search.textChanged.connect(self._emit)
        self.category.currentIndexChanged.connect(self._emit)
        self.state.currentIndexChanged.connect(self._emit)
        self.low_stock.toggled.connect(self._emit)

    def show_categories(self, categories: list[CategoryDTO]) -> None:
        """Offer these categories, keeping the one chosen if it still exists."""
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        self.category.addItem(self.tr("No category"), NO_CATEGORY)
        for category in categories:
            self.category.addItem(category.name, category.id)
        found = self.category.findData(chosen)
        self.category.setCurrentIndex(max(found, 0))
        self.category.blockSignals(False)
        if found < 0 and chosen is not None:
            self._emit()

    def product_filter(self) -> ProductFilter:
        """What the controls say now."""
        category = self.category.currentData()
        ids: tuple[int | None, ...] = ()
        if category is not None:
            ids = (None,) if category == NO_CATEGORY else (int(category),)
        return ProductFilter(
            text=self.search.text(),
            category_ids=ids,
            active=self.state.currentData(),
            low_stock=self.low_stock.isChecked(),
        )

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.product_filter())
