"""Paints the cart's cells straight from the model's formatted text: a scan must paint in a frame.

The stock ``QStyledItemDelegate`` asks the model for six or seven roles per cell (text,
font, colours, alignment, check state, icon ...), each a call from C++ into the Python
model, then lays the text out again on every paint. On an old laptop that made a 15-line
cart take 6 ms to repaint, a third of a 16 ms frame. This delegate asks once per cell for
the text the model already formatted, keeps each text laid out (``QStaticText``, elided to
its column), and draws it over the style's own item panel (selection, hover), so the cart
looks like any other table. Editing is the stock delegate's.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

from ui.sales.cart_model import ITEM, CartModel

#: Text inset from the cell's edges, as the Fusion style's item text margin.
_MARGIN = 3
#: Laid-out texts kept; a day's carts rarely show more distinct cells than this.
_CACHE_LIMIT = 4096
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus


class CartDelegate(QStyledItemDelegate):
    """Draws a cart cell: the style's item panel, then the formatted text, elided to fit."""

    def __init__(self, model: CartModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self._view = parent
        self._laid_out: dict[tuple[str, int], QStaticText] = {}
        self._font = QFont()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        column = index.column()
        style = self._view.style()
        style.drawPrimitive(_PANEL, option, painter, self._view)
        rect = option.rect.adjusted(_MARGIN, 0, -_MARGIN, 0)
        text = self._text(self.model.cell_text(index.row(), column), rect.width(), option.font)
        size = text.size()
        x = rect.left() if column == ITEM else rect.right() + 1 - size.width()
        y = rect.top() + (rect.height() - size.height()) / 2
        state = option.state
        role = QPalette.ColorRole.HighlightedText if state & _SELECTED else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.drawStaticText(QPointF(x, y), text)
        painter.restore()
        if state & _HAS_FOCUS:
            focus = QStyleOptionFocusRect()
            focus.initFrom(self._view)
            focus.rect = option.rect
            focus.state = state | QStyle.StateFlag.State_KeyboardFocusChange
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self._view
            )

    def _text(self, text: str, width: int, font: QFont) -> QStaticText:
        """``text`` elided to ``width`` and laid out in ``font``, once (per font)."""
        if font != self._font:
            self._laid_out.clear()
            self._font = QFont(font)
        key = (text, width)
        laid_out = self._laid_out.get(key)
        if laid_out is None:
            if len(self._laid_out) >= _CACHE_LIMIT:
                self._laid_out.clear()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            laid_out = QStaticText(shown)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
            laid_out.prepare(QTransform(), font)
            self._laid_out[key] = laid_out
        return laid_out
