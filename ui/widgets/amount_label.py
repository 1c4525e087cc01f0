"""A label for a figure that changes on every scan: it repaints itself, it never re-lays out.

A ``QLabel`` asks its layout for room again whenever its text changes, and that request
climbs to the window: on the sales screen, every scan re-laid out the whole screen (1 to 4 ms
of a 16 ms frame) only because the total went from 9.80 to 12.30. The room an amount gets is
its panel's business, so this label's size depends on its font and its number of lines only.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AmountLabel(QWidget):
    """Right-aligned text, one or more lines; ``text()`` and ``setText()`` as on a QLabel.

    Screen readers get the text as the widget's accessible description, under its
    accessible name.
    """

    def __init__(self, parent: QWidget | None = None, *, lines: int = 1) -> None:
        """``lines``: the room kept even for fewer lines of text, so that one more or one
        fewer (a second tax rate) does not move everything below."""
        super().__init__(parent)
        self._text = ""
        self._room = lines
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        lines = max(text.count("\n") + 1, self._room)
        self._text = text
        self.setAccessibleDescription(text)
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()  # rare: a tax rate joins or leaves the cart
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        lines = self._text.split("\n")
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        return QSize(widest, metrics.lineSpacing() * (self._lines - 1) + metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(_ALIGN), self._text)
