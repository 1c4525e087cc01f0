"""Big buttons for items without a barcode, one tab per category."""

from __future__ import annotations

import textwrap
from itertools import groupby

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionTab,
    QTabBar,
    QTabWidget,
    QWidget,
)

from pos.services.selling.quick_picks import QuickPick
from ui.sales.money_text import MoneyText
from ui.widgets.colours import readable_text_colour

COLUMNS = 3
BUTTON_WIDTH, BUTTON_HEIGHT = 100, 72
#: Buttons made in one go: more than a screenful.
BUTTONS_AT_ONCE = 24
#: The style's own tab edge shows around a category's colour: the open tab stays clear.
_TAB_INSET = 3


class CategoryTabBar(QTabBar):
    """Tabs in their category's colour (the tab's data, '#rrggbb'), with black or white text,
    whichever reads better on it. Tabs without a colour look as the style draws them."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        coloured = [(i, self.tabData(i)) for i in range(self.count())]
        coloured = [(i, c) for i, c in coloured if isinstance(c, str)]
        if not coloured:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, colour in coloured:
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
            if not option.rect.intersects(event.rect()):
                continue
            fill = option.rect.adjusted(_TAB_INSET, _TAB_INSET, -_TAB_INSET, -_TAB_INSET + 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(fill, 3, 3)
            ink = QColor(readable_text_colour(colour))
            if option.state & QStyle.StateFlag.State_Selected:
                # The open tab's mark: a bar in the text's colour along its foot.
                painter.setBrush(ink)
                painter.drawRect(fill.adjusted(4, fill.height() - 3, -4, -1))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                option.palette.setColor(role, ink)
            option.state &= ~QStyle.StateFlag.State_HasFocus  # no focus frame over the colour
            self.style().drawControl(QStyle.ControlElement.CE_TabBarTabLabel, option, painter, self)
        painter.end()


class QuickPicks(QTabWidget):
    """Favourite products as finger-sized buttons, by category.

    Signals:
        product_chosen(int): a button was pressed.
    """

    product_chosen = Signal(int)

    def __init__(self, text: MoneyText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(CategoryTabBar())
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
        for (category, colour), items in groupby(picks, key=lambda p: (p.category, p.colour)):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            index = self.addTab(scroll, category.replace("&", "&&"))
            self.tabBar().setTabData(index, colour)
            self._unbuilt[index] = list(items)
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
