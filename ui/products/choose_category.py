"""Asks which category products go to: the target of a merge, or where a deleted
category's products move."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pos.services.catalog.categories import CategoryCount
from ui.widgets.forms import touch_sized


class ChooseCategory(QDialog):
    """A list of categories to choose one from, with "No category" first when allowed.

    ``chosen`` is the category's id after OK (None for "No category").
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: list[CategoryCount],
        ok_text: str,
        parent: QWidget | None = None,
        *,
        allow_none: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: int | None = None
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Category"))
        if allow_none:
            self.combo.addItem(self.tr("No category"), None)
        for category in choices:
            self.combo.addItem(category.name, category.id)
        touch_sized(self.combo)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(ok_text.replace("&", ""))
        ok.setDefault(True)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def choose(self, name: str) -> None:
        """Pick the entry shown as ``name``."""
        index = self.combo.findText(name)
        if index < 0:
            raise LookupError(name)
        self.combo.setCurrentIndex(index)

    def _choose(self) -> None:
        data = self.combo.currentData()
        self.chosen = data if isinstance(data, int) else None
        self.accept()
