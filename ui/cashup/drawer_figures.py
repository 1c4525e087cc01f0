"""The drawer's three figures at closing: what it should hold, what was counted, and the
difference in words and colour ("€0.05 short" in red). The expected figure reads "shown
once the count is done" during a blind count."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ui.cashup.over_short import over_short_words
from ui.sales.money_text import MoneyText


class DrawerFigures(QGroupBox):
    """Expected, counted, over or short."""

    def __init__(self, text: MoneyText, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The drawer"), parent)
        self.text = text
        self.expected_label = self._figure(self.tr("Expected in the drawer"))
        self.counted_label = self._figure(self.tr("Counted"))
        self.difference_label = self._figure(self.tr("Over or short"))
        font = self.difference_label.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.difference_label.setFont(font)
        figures = QFormLayout(self)
        # A long translation puts the figure under its name rather than widening the
        # close dialog past a small screen.
        figures.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        figures.addRow(self.tr("Expected in the drawer:"), self.expected_label)
        figures.addRow(self.tr("Counted:"), self.counted_label)
        figures.addRow(self.tr("Over or short:"), self.difference_label)

    def _figure(self, name: str) -> QLabel:
        label = QLabel("—")
        label.setAccessibleName(name)
        label.setWordWrap(True)  # "shown once the count is done", in a longer language
        return label

    def show_figures(self, expected: Decimal | None, counted: Decimal | None, blind: bool) -> None:
        """``expected`` None: not known yet ("…"), or hidden while ``blind``."""
        self.counted_label.setText("—" if counted is None else self.text.money(counted))
        if expected is None:
            self.expected_label.setText(self.tr("shown once the count is done") if blind else "…")
        else:
            self.expected_label.setText(self.text.money(expected))
        if expected is None or counted is None:
            self.difference_label.setText("—")
            self.difference_label.setStyleSheet("")
            return
        words, colour = over_short_words(counted - expected, self.text)
        self.difference_label.setText(words)
        self.difference_label.setStyleSheet(f"color: {colour};")
