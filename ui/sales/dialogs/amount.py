"""Small dialogs that ask for one typed value: a weight, a discount, a quantity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos.domain.errors import ShopError


class AskValue(QDialog):
    """Asks for one value; ``parse`` turns the text into it or raises a ShopError shown inline."""

    def __init__(
        self,
        title: str,
        prompt: str,
        accessible: str,
        pattern: str,
        parse: Callable[[str], object],
        parent: QWidget | None = None,
        initial: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._parse = parse
        self.value: object = None
        self.field = QLineEdit(initial)
        self.field.setAccessibleName(accessible)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.field.setMinimumHeight(44)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept_value)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(320)  # a refusal reads on one or two lines
        self.field.selectAll()

    def accept_value(self) -> None:
        """Accept if the text parses; otherwise say why and stay open."""
        try:
            self.value = self._parse(self.field.text())
        except ShopError as error:
            self.message.setText(str(error))
            self.adjustSize()  # room for the message, under the field rather than over it
            return
        self.accept()
