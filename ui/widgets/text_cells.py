"""Drawing one table cell as plain text, the way the style draws an item, but fast.

The stock ``QStyledItemDelegate`` asks the model for six or seven roles per cell (text,
font, colours, alignment, check state, icon ...), each a call from C++ into Python, before
it draws. A table that repaints a screenful of cells at every key (the products filter)
cannot afford that: ``draw_text_cell`` takes the text the model already formatted and draws
the style's item panel (selection, hover), the text elided to the cell, and the focus frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionViewItem, QWidget

#: Text inset from the cell's edges, as the Fusion style's item text margin.
MARGIN = 3
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Flags tested as plain integers: Python's enum operators cost a few microseconds each, and
# a screenful of cells is a few hundred of them.
_SELECTED = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value


def draw_text_cell(
    painter: QPainter,
    option: QStyleOptionViewItem,
    view: QWidget,
    text: str,
    *,
    right: bool = False,
    colour: QColor | None = None,
) -> None:
    """Draw the item panel, ``text`` elided to fit (right-aligned for numbers; in
    ``colour`` unless selected), and the focus frame, in ``option.rect``."""
    style = view.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, view)
    state = option.state
    selected = bool(state.value & _SELECTED)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    painter.setPen(colour if colour is not None and not selected else option.palette.color(role))
    rect: QRect = option.rect.adjusted(MARGIN, 0, -MARGIN, 0)
    shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, _RIGHT if right else _LEFT, shown)
    if state.value & _HAS_FOCUS:
        focus = QStyleOptionFocusRect()
        focus.initFrom(view)
        focus.rect = option.rect
        focus.state = state | QStyle.StateFlag.State_KeyboardFocusChange
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, view)
