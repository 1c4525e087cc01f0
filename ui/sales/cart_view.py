"""The cart table: whole rows selected, quantity and discount edited in place."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.sales.cart_delegate import CartDelegate
from ui.sales.cart_model import CartModel

_ROW_HEIGHT = 40  # a finger's height
#: A flat scroll bar a finger can drag. Fusion's own takes 4 to 5 ms to paint (gradients),
#: and a cart longer than the screen repaints it on every scan, as the new line scrolls in.
_SCROLL_BAR_WIDTH = 24
_SCROLL_BAR_STYLE = f"""
QScrollBar:vertical {{ background: palette(base); width: {_SCROLL_BAR_WIDTH}px; margin: 0; }}
QScrollBar::handle:vertical {{
    background: palette(mid); min-height: 48px; margin: 3px; border-radius: 5px;
}}
QScrollBar::handle:vertical:hover, QScrollBar::handle:vertical:pressed {{
    background: palette(dark);
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


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
        self.verticalScrollBar().setStyleSheet(_SCROLL_BAR_STYLE)
        self.cart_delegate = CartDelegate(model, self)
        self.setItemDelegate(self.cart_delegate)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Once per paint, not per cell: a new font, palette, style, screen or direction
        # makes the delegate paint its cells afresh.
        self.cart_delegate.match_look(
            (
                self.font().key(),
                self.palette().cacheKey(),
                self.style().name(),
                self.devicePixelRatioF(),
                self.layoutDirection(),
            )
        )
        super().paintEvent(event)
