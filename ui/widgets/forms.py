"""Form helpers: labelled rows with accessible names, touch sizes, a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

#: Inputs and buttons a finger can hit on a touch screen.
TOUCH_HEIGHT = 36


def touch_sized(*widgets: QWidget) -> None:
    """Give each widget at least a finger's height."""
    for widget in widgets:
        widget.setMinimumHeight(TOUCH_HEIGHT)


def add_row(form: QFormLayout, label: str, field: QWidget, accessible_name: str = "") -> QLabel:
    """Add ``field`` under a visible label that is also its buddy and accessible name."""
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(accessible_name or label.replace("&", "").rstrip(":"))
    touch_sized(field)
    form.addRow(caption, field)
    return caption


def limited_width(widget: QWidget, max_width: int = 880) -> QWidget:
    """Hold a form to a readable width on a wide screen, left-aligned."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setMaximumWidth(max_width)
    layout.addWidget(widget, 1)
    layout.addStretch(0)
    return holder


def new_form() -> QFormLayout:
    """A form layout that wraps long labels instead of widening the window."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


class MessageLabel(QLabel):
    """A line of feedback: an error in red, a success in green, hidden when empty."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "error", "#b00020")

    def show_success(self, text: str) -> None:
        self._show(text, "success", "#1b5e20")

    def show_info(self, text: str) -> None:
        self._show(text, "info", "")

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()

    def _show(self, text: str, kind: str, colour: str) -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}" if colour else "")
        self.show()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` by ``height``, but never bigger than the screen it will
    show on (1024 by 600 netbooks), leaving room for the window's frame.

    The screen is asked of the application, not of the window: a window not shown yet
    has no screen of its own, and PySide's wrapper for ``QWidget.screen()`` was seen to
    leave Qt's list of screens dangling (a crash in the next widget's constructor).
    """
    screen: QScreen | None = QGuiApplication.screenAt(window.pos())
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    window.resize(min(width, room.width() - 24), min(height, room.height() - 48))
