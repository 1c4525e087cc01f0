"""A non-modal message strip: what just happened, or why not, with an action if one helps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLES = {
    "info": "background:#e7f3e8; color:#14401a;",
    "warn": "background:#ffe3a3; color:#4d3000; font-weight:bold;",
    "error": "background:#f8d0d0; color:#5c0000; font-weight:bold;",
}


class Banner(QFrame):
    """One line of feedback that never blocks the counter; hidden when there is nothing."""

    def __init__(self, accessible_name: str = "Message", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(accessible_name)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setMinimumHeight(40)
        self.button.hide()
        self.kind = ""
        self._action: Callable[[], object] | None = None
        self.button.clicked.connect(self._run_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(
        self, kind: str, text: str, action: str = "", on_action: Callable[[], object] | None = None
    ) -> None:
        self.kind = kind
        self.setStyleSheet(f"Banner {{{_STYLES[kind]}}}")
        self.label.setText(text)
        self._action = on_action
        self.button.setText(action)
        self.button.setAccessibleName(action)
        self.button.setVisible(bool(action))
        self.show()

    def info(self, text: str) -> None:
        self.show_message("info", text)

    def warn(self, text: str) -> None:
        self.show_message("warn", text)

    def clear(self) -> None:
        self.kind = ""
        self._action = None
        self.hide()

    def _run_action(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
