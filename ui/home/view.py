"""The home view: four tiles a shopkeeper reads in a second.

Today's sales so far against the same weekday last week, the cash the drawer should
hold, how many products are low, and the last Z. Read off the UI thread; read again
whenever a sale, a refund or a stock change happens, and every minute (the comparison
with last week moves with the clock).
"""

from __future__ import annotations

from babel.dates import format_datetime
from babel.numbers import format_percent
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from pos.domain.errors import ShopError
from pos.services.cashup.glance import Glance, glance
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.money_text import MoneyText

#: The figures are read again this often (ms) even when nothing happened.
REFRESH_MS = 60_000


class Tile(QFrame):
    """A heading, a big figure and a line under it."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(260, 150)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setStyleSheet("color:#555; font-size:15px;")
        self.figure = QLabel("…")
        self.figure.setStyleSheet("font-size:34px; font-weight:bold;")
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size:15px;")
        for label in (self.heading, self.figure, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(heading)

    def show_figure(self, figure: str, detail: str, colour: str = "") -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.detail.setStyleSheet(f"font-size:15px; color:{colour or 'palette(text)'};")


class HomeView(QWidget):
    """Today at a glance for the till's user.

    Signals:
        refreshed(object): new figures are shown; carries the Glance.
    """

    refreshed = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, settings: ShopSettings, events: AppEvents
    ) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.settings = settings
        self.text = MoneyText(settings)
        self._reading = False
        self.today = Tile(self.tr("Sales today"))
        self.drawer = Tile(self.tr("In the drawer"))
        self.low = Tile(self.tr("Low on stock"))
        self.last_z = Tile(self.tr("Last Z report"))
        grid = QGridLayout(self)
        grid.setSpacing(16)
        for index, tile in enumerate((self.today, self.drawer, self.low, self.last_z)):
            grid.addWidget(tile, index // 2, index % 2)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b00020; font-size:15px;")
        self.problem.hide()
        grid.addWidget(self.problem, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        events.sale_completed.connect(self.refresh)
        events.stock_changed.connect(self.refresh)
        events.settings_changed.connect(self._settings_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self, *_: object) -> None:
        """Read the figures again off the UI thread (one read at a time)."""
        if self._reading:
            return
        self._reading = True
        Op(glance, self.db, self.actor).success(self._show).failure(self._failed).start()

    def _settings_changed(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.text = MoneyText(settings)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        message = (
            str(error)
            if isinstance(error, ShopError)
            else self.tr("The figures could not be read. They are tried again in a minute.")
        )
        self.problem.setText(message)
        self.problem.show()

    def _show(self, figures: Glance) -> None:
        self._reading = False
        self.problem.hide()
        money = self.text.money
        locale = self.settings.locale
        change = figures.change
        if change is None:
            versus = self.tr("Same day last week: {amount}").format(amount=money(figures.last_week))
            colour = ""
        else:
            percent = format_percent(change / 100, "+#,##0%;-#,##0%", locale=locale)
            versus = self.tr("{change} against the same day last week ({amount})").format(
                change=percent, amount=money(figures.last_week)
            )
            colour = "#1b5e20" if change >= 0 else "#b00020"
        self.today.show_figure(
            money(figures.sales_today),
            self.tr("Sales: {count}. {versus}").format(count=figures.sales_count, versus=versus),
            colour,
        )
        if figures.drawer is None:
            self.drawer.show_figure("—", self.tr("No shift is open on this till."))
        else:
            self.drawer.show_figure(
                money(figures.drawer), self.tr("What the drawer should hold now.")
            )
        self.low.show_figure(
            f"{figures.low_stock:,}",
            self.tr("Products at or below their reorder level.")
            if figures.low_stock
            else self.tr("Nothing to reorder."),
            "#b00020" if figures.low_stock else "",
        )
        last = figures.last_z
        if last is None:
            self.last_z.show_figure("—", self.tr("No shift has been closed yet."))
        else:
            when = format_datetime(last.at.astimezone(), "short", locale=locale)
            detail = self.tr("{number}, {when}.").format(number=last.number, when=when)
            if last.over_short:
                word = self.tr("over") if last.over_short > 0 else self.tr("short")
                detail += " " + self.tr("Cash {amount} {word}.").format(
                    amount=money(abs(last.over_short)), word=word
                )
            self.last_z.show_figure(money(last.net), detail)
        self.refreshed.emit(figures)
