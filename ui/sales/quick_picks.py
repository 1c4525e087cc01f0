"""Big buttons for items without a barcode, one tab per category."""

from __future__ import annotations

import textwrap
from itertools import groupby

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea, QTabWidget, QWidget

from pos.services.quick_picks import QuickPick
from ui.sales.money_text import MoneyText

COLUMNS = 3
BUTTON_WIDTH, BUTTON_HEIGHT = 100, 72
#: Buttons made in one go: more than a screenful.
BUTTONS_AT_ONCE = 24


class QuickPicks(QTabWidget):
    """Favourite products as finger-sized buttons, by category.

    Signals:
        product_chosen(int): a button was pressed.
    """

    product_chosen = Signal(int)

    def __init__(self, text: MoneyText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setAccessibleName(self.tr("Quick picks"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons: dict[int, QPushButton] = {}
        self._unbuilt: dict[int, list[QuickPick]] = {}
        self._picks: list[QuickPick] = []
        self._generation = 0  # of the tabs: pending buttons of older tabs are dropped
        self.currentChanged.connect(self._build)

    def show_picks(self, picks: list[QuickPick]) -> None:
        """Rebuild the tabs from the shop's favourites.

        A tab's buttons are made when the tab is first shown: a shop with a dozen categories
        would otherwise make some 200 buttons before the till can open.
        """
        self._generation += 1
        self._picks = picks
        self.clear()
        self.buttons.clear()
        self._unbuilt = {}
        for category, items in groupby(picks, key=lambda pick: pick.category):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._unbuilt[self.addTab(scroll, category.replace("&", "&&"))] = list(items)
        self._build(self.currentIndex())
        self.setVisible(bool(picks))

    def set_text(self, text: MoneyText) -> None:
        """Show the prices the shop's new way; the buttons are remade only when its currency
        or locale changed (saving other settings keeps the open tab as it is)."""
        same = (text.currency, text.locale) == (self.text.currency, self.text.locale)
        self.text = text
        if same:
            return
        current = self.currentIndex()
        self.show_picks(self._picks)
        self.setCurrentIndex(current)

    def _build(self, index: int) -> None:
        """Make the buttons of tab ``index`` unless they are made already."""
        picks = self._unbuilt.pop(index, None)
        scroll = self.widget(index)
        if picks is None or not isinstance(scroll, QScrollArea):
            return
        page = QWidget()
        grid = QGridLayout(page)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll.setWidget(page)
        self._add_buttons(grid, picks, 0, self._generation)

    def _add_buttons(
        self, grid: QGridLayout, picks: list[QuickPick], start: int, generation: int
    ) -> None:
        """Buttons ``start`` onwards, a screenful at a time: the rest come a moment later,
        so a category with a hundred favourites holds up neither the till nor the tab."""
        if generation != self._generation:
            return  # the tabs were rebuilt meanwhile
        end = min(start + BUTTONS_AT_ONCE, len(picks))
        for number in range(start, end):
            pick = picks[number]
            price = self.text.money(pick.price)
            per = self.tr("/kg") if pick.unit.value == "kg" else ""
            name = "\n".join(textwrap.wrap(pick.name, 14, max_lines=2, placeholder="…"))
            button = QPushButton(f"{name}\n{price}{per}".replace("&", "&&"))
            button.setAccessibleName(pick.name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(BUTTON_WIDTH, BUTTON_HEIGHT)
            button.setToolTip(pick.name)
            button.clicked.connect(
                lambda _checked=False, pid=pick.product_id: self.product_chosen.emit(pid)
            )
            grid.addWidget(button, number // COLUMNS, number % COLUMNS)
            self.buttons[pick.product_id] = button
        if end < len(picks):
            # With self as context: nothing runs if the quick picks are gone by then.
            QTimer.singleShot(0, self, lambda: self._add_buttons(grid, picks, end, generation))
