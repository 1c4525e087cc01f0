"""Paints the cart's cells from kept images: a scan must paint in a frame.

The stock ``QStyledItemDelegate`` asks the model for six or seven roles per cell (text,
font, colours, alignment, check state, icon ...), each a call from C++ into the Python
model, then lays the text out and draws it again on every paint; and a new line makes the
table repaint every visible cell. On an old laptop a 15-line cart took 5 to 6 ms to
repaint, a third of a 16 ms frame.

This delegate asks once per cell for the text the model already formatted and paints the
cell once (``ui.widgets.text_cells``: the style's own item panel, then the text elided to
its column) into an image kept under (text, column, size, state). Every later paint of that
cell is one ``drawPixmap``. The cart view tells the delegate when its font, palette, style
or screen changes (``match_look``), and the kept images are dropped. Editing is the stock
delegate's.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.sales.cart_model import ITEM, CartModel
from ui.widgets.text_cells import draw_text_cell

#: Painted cells kept: a few screens of them (a wide cell is about 70 kB).
_CELLS_KEPT = 256
_RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft


class CartDelegate(QStyledItemDelegate):
    """Draws a cart cell: the style's item panel, then the formatted text, elided to fit."""

    def __init__(self, model: CartModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self._view = parent
        self._cells: dict[tuple[str, int, int, int, int], QPixmap] = {}
        self._look: Hashable = None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        column = index.column()
        text = self.model.cell_text(index.row(), column)
        key = (text, column, rect.width(), rect.height(), option.state.value)
        image = self._cells.get(key)
        if image is None:
            image = self._cell_image(option, column, text)
            if len(self._cells) >= _CELLS_KEPT:
                del self._cells[next(iter(self._cells))]  # the oldest
            self._cells[key] = image
        painter.drawPixmap(rect.topLeft(), image)

    def match_look(self, look: Hashable) -> None:
        """Drop every kept cell if ``look`` (the view's font, palette, style, pixel ratio)
        changed since the last paint."""
        if look != self._look:
            self._look = look
            self._cells.clear()

    def _cell_image(self, option: QStyleOptionViewItem, column: int, text: str) -> QPixmap:
        """The cell as the style paints it, in a pixmap of the cell's size."""
        ratio = self._view.devicePixelRatioF()
        size = option.rect.size()
        image = QPixmap(size * ratio)
        image.setDevicePixelRatio(ratio)
        image.fill(option.palette.color(QPalette.ColorRole.Base))
        cell = QStyleOptionViewItem(option)
        cell.rect = QRect(QPoint(0, 0), size)
        painter = QPainter(image)
        painter.setFont(option.font)  # a pixmap's painter starts in the application's font
        try:
            self._draw(painter, cell, column, text)
        finally:
            painter.end()
        return image

    def _draw(
        self, painter: QPainter, option: QStyleOptionViewItem, column: int, text: str
    ) -> None:
        # Words at the start of their cell, figures at its end: mirrored in a shop that
        # reads right to left, as the view mirrors the columns.
        mirrored = option.direction == _RIGHT_TO_LEFT
        draw_text_cell(painter, option, self._view, text, right=(column != ITEM) != mirrored)
