"""The cart table: whole rows selected, quantity and discount edited in place."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.sales.cart_delegate import CartDelegate
from ui.sales.cart_model import CartModel

_ROW_HEIGHT = 40  # a finger's height


class CartView(QTableView):
    """Shows the cart's lines; its cells are painted by (and kept as images in) a
    ``CartDelegate``, which this view tells when its look changes."""

    def __init__(self, model: CartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(_ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        self.cart_delegate = CartDelegate(model, self)
        self.setItemDelegate(self.cart_delegate)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Once per paint, not per cell: a new font, palette, style or screen makes the
        # delegate paint its cells afresh.
        self.cart_delegate.match_look(
            (
                self.font().key(),
                self.palette().cacheKey(),
                self.style().name(),
                self.devicePixelRatioF(),
            )
        )
        super().paintEvent(event)
