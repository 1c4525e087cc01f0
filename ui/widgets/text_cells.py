"""Drawing one table cell as plain text, the way the style draws an item, but fast.

The stock ``QStyledItemDelegate`` asks the model for six or seven roles per cell (text,
font, colours, alignment, check state, icon ...), each a call from C++ into Python, before
it draws. A table that repaints a screenful of cells at every key (the products filter)
cannot afford that: ``draw_text_cell`` takes the text the model already formatted and draws
the style's item panel (selection, hover), the text (elided only when it cannot fit), and
the focus frame.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

#: Text inset from the cell's edges, as the Fusion style's item text margin.
MARGIN = 3
# Qt's enums and flags looked up once: each lookup through PySide's Python enums costs a
# microsecond or more, and a screenful of cells makes a few thousand of them.
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ELIDE = Qt.TextElideMode.ElideRight
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_FOCUS_FRAME = QStyle.PrimitiveElement.PE_FrameFocusRect
_KEYBOARD_FOCUS = QStyle.StateFlag.State_KeyboardFocusChange
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_SELECTED = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_PLAIN = Qt.TextFormat.PlainText
#: Texts laid out once and drawn again without shaping: a table repeats many (categories,
#: tax rates, units, "Yes"), and a filter keeps most rows from one key to the next.
_LAID_OUT: OrderedDict[tuple[str, str], QStaticText] = OrderedDict()
_LAID_OUT_KEPT = 4000


def draw_text_cell(
    painter: QPainter,
    option: QStyleOptionViewItem,
    view: QWidget,
    text: str,
    *,
    right: bool = False,
    colour: QColor | None = None,
) -> None:
    """Draw the item panel, ``text`` (right-aligned for numbers; in ``colour`` unless
    selected; elided when too wide), and the focus frame, in ``option.rect``."""
    style = view.style()
    style.drawPrimitive(_PANEL, option, painter, view)
    state = option.state.value
    selected = bool(state & _SELECTED)
    if colour is None or selected:
        colour = option.palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
    painter.setPen(colour)
    rect: QRect = option.rect.adjusted(MARGIN, 0, -MARGIN, 0)
    metrics = option.fontMetrics
    # Measuring every text costs as much as drawing it: a text shorter than the cell
    # holds even at the widest character is drawn as it is.
    if len(text) * metrics.maxWidth() > rect.width():
        text = metrics.elidedText(text, _ELIDE, rect.width())
    laid_out = _laid_out(text, option.font)
    size = laid_out.size()
    x = rect.right() + 1 - size.width() if right else rect.left()
    painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - size.height()) / 2), laid_out)
    if state & _HAS_FOCUS:
        focus = QStyleOptionFocusRect()
        focus.initFrom(view)
        focus.rect = option.rect
        focus.state = option.state | _KEYBOARD_FOCUS
        style.drawPrimitive(_FOCUS_FRAME, focus, painter, view)


def _laid_out(text: str, font: QFont) -> QStaticText:
    """``text`` laid out in ``font``, kept for the next paint (the oldest dropped)."""
    key = (text, font.key())
    laid_out = _LAID_OUT.get(key)
    if laid_out is None:
        laid_out = QStaticText(text)
        laid_out.setTextFormat(_PLAIN)
        laid_out.prepare(QTransform(), font)
        _LAID_OUT[key] = laid_out
        if len(_LAID_OUT) > _LAID_OUT_KEPT:
            _LAID_OUT.popitem(last=False)
    return laid_out


_MOUSE_OVER = QStyle.StateFlag.State_MouseOver.value
_ACTIVE = QPalette.ColorGroup.Active
_INACTIVE = QPalette.ColorGroup.Inactive
_DISABLED = QPalette.ColorGroup.Disabled


class CellPainter:
    """Draws a view's cells as ``draw_text_cell`` does, at a quarter of its cost.

    What is the same for every cell of a paint (the style, the text colour, the font) is
    looked up once, in ``begin``, which the view calls as its paint starts; a text is laid
    out (and elided to its column's width) once and kept for the next paints; a cell
    neither selected nor under the mouse draws no item panel (the style's panel paints
    only those). A screenful of the products table is 240 cells: 65 us each in
    ``draw_text_cell``, a keystroke's largest cost.
    """

    def __init__(self, view: QWidget) -> None:
        self.view = view
        self._laid_out: OrderedDict[tuple[str, int], tuple[QStaticText, int, int]] = OrderedDict()
        self._font_key = ""
        self.begin()

    def begin(self) -> None:
        """Look up what every cell of this paint shares (the view's paintEvent calls it)."""
        view = self.view
        self._style = view.style()
        group = (
            _DISABLED if not view.isEnabled() else _ACTIVE if view.isActiveWindow() else _INACTIVE
        )
        self._text_colour = view.palette().color(group, _TEXT)
        # Alternate rows have their own background, which the panel paints.
        self._alternate = isinstance(view, QAbstractItemView) and view.alternatingRowColors()
        font = view.font()
        key = font.key()
        if key != self._font_key:  # texts laid out in another font are no use
            self._laid_out.clear()
            self._font_key = key
        self._font = font
        self._metrics = QFontMetrics(font)
        self._widest = self._metrics.maxWidth()

    def draw(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        text: str,
        right: bool,
        colour: QColor | None,
    ) -> None:
        """Draw one cell: its panel when selected or hovered, ``text`` (right-aligned for
        numbers, in ``colour`` unless selected, elided when too wide), its focus frame."""
        state = option.state.value
        if state & (_SELECTED | _MOUSE_OVER) or self._alternate:
            self._style.drawPrimitive(_PANEL, option, painter, self.view)
        cell = option.rect
        left, top, width, height = cell.x(), cell.y(), cell.width(), cell.height()
        if state & _SELECTED:
            colour = option.palette.color(_HIGHLIGHTED_TEXT)
        elif colour is None:
            colour = self._text_colour
        painter.setPen(colour)
        inner = width - 2 * MARGIN
        laid_out, text_width, text_height = self._layout(text, inner)
        x = left + MARGIN + (inner - text_width if right else 0)
        painter.drawStaticText(x, top + (height - text_height) // 2, laid_out)
        if state & _HAS_FOCUS:
            focus = QStyleOptionFocusRect()
            focus.initFrom(self.view)
            focus.rect = cell
            focus.state = option.state | _KEYBOARD_FOCUS
            self._style.drawPrimitive(_FOCUS_FRAME, focus, painter, self.view)

    def _layout(self, text: str, width: int) -> tuple[QStaticText, int, int]:
        """``text`` elided to ``width`` if needed and laid out, with its size: kept."""
        key = (text, width)
        found = self._laid_out.get(key)
        if found is not None:
            return found
        if len(text) * self._widest > width:
            text = self._metrics.elidedText(text, _ELIDE, width)
        laid_out = QStaticText(text)
        laid_out.setTextFormat(_PLAIN)
        laid_out.prepare(QTransform(), self._font)
        size = laid_out.size()
        found = self._laid_out[key] = (laid_out, round(size.width()), round(size.height()))
        if len(self._laid_out) > _LAID_OUT_KEPT:
            self._laid_out.popitem(last=False)
        return found
