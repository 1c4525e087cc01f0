"""The questions the categories dialog asks before a change: which category to merge into,
where a deleted category's products go, which colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
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


def ask_merge_target(
    parent: QWidget, source: CategoryCount, others: list[CategoryCount]
) -> CategoryCount | None:
    """The category to merge ``source`` into, or None if the user cancels."""
    chooser = ChooseCategory(
        parent.tr("Merge {name}").format(name=source.name),
        parent.tr(
            "Merge '{name}' into which category? Its products move there, and '{name}' is deleted."
        ).format(name=source.name),
        others,
        parent.tr("&Merge"),
        parent,
    )
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    return next((c for c in others if c.id == chooser.chosen), None)


@dataclass(frozen=True, slots=True)
class Deletion:
    """The user's yes to deleting a category: whether its products move, and where to
    (None: to no category)."""

    move_products: bool
    move_to: int | None = None


def ask_deletion(
    parent: QWidget, category: CategoryCount, others: list[CategoryCount]
) -> Deletion | None:
    """Confirm deleting an empty category, or ask where a category's products go; None if
    the user cancels."""
    if category.products == 0:
        answer = QMessageBox.question(
            parent,
            parent.tr("Delete category"),
            parent.tr("Delete the category '{name}'? It has no products.").format(
                name=category.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return Deletion(False) if answer == QMessageBox.StandardButton.Yes else None
    prompt = (
        parent.tr("'{name}' has 1 product. Where should it go?")
        if category.products == 1
        else parent.tr("'{name}' has {n} products. Where should they go?")
    ).format(name=category.name, n=category.products)
    chooser = ChooseCategory(
        parent.tr("Delete {name}").format(name=category.name),
        prompt,
        others,
        parent.tr("Move and &delete"),
        parent,
        allow_none=True,
    )
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    return Deletion(True, chooser.chosen)


def ask_colour(parent: QWidget, category: CategoryCount) -> str | None:
    """A colour for ``category``'s tab as '#rrggbb', or None if the user cancels."""
    dialog = QColorDialog(QColor(category.colour or "#ffffff"), parent)
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    dialog.setWindowTitle(parent.tr("Colour of {name}").format(name=category.name))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.selectedColor().name()
