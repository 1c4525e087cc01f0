"""The card and mobile money totals at closing, each with a box to tick once it matches the
card terminal's end-of-day total or the phone's.

A total that does not match is a payment that did not go through (or went through twice)
and is found while the customer's day is still fresh: that is why the cashier ticks
them, and why the Z says which ones were ticked. These are not cash, so they show even
during a blind count.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.services.cashup.figures import TenderLine
from ui.sales.money_text import MoneyText


def _tr(text: str) -> str:
    return QCoreApplication.translate("cashup", text)


def tender_name(method: str) -> str:
    """A tender as the cashier calls it."""
    names = {"card": _tr("Card"), "mobile": _tr("Mobile money"), "other": _tr("Other")}
    return names.get(method, method)


def check_caption(method: str) -> str:
    """What a tender's total is ticked against."""
    if method == "card":
        return _tr("Matches the card terminal's total")
    if method == "mobile":
        return _tr("Matches the phone's total")
    return _tr("Matches the records")


def not_checked_question(methods: list[str]) -> str:
    """What closing asks when ``methods``' totals were not ticked."""
    if len(methods) == 1:
        method = methods[0]
        if method == "card":
            return _tr("Card total not checked against the terminal: close anyway?")
        if method == "mobile":
            return _tr("Mobile money total not checked against the phone: close anyway?")
        return _tr("{tender} total not checked: close anyway?").format(tender=tender_name(method))
    lines = []
    for method in methods:
        if method == "card":
            lines.append(_tr("Card total not checked against the terminal."))
        elif method == "mobile":
            lines.append(_tr("Mobile money total not checked against the phone."))
        else:
            lines.append(_tr("{tender} total not checked.").format(tender=tender_name(method)))
    return "\n".join([*lines, _tr("Close anyway?")])


#: A tick box is a touch target: at least this high.
TICK_HEIGHT = 44
#: Tenders shown at once; more scroll (a shop takes at most card, mobile money and other).
ROWS_AT_ONCE = 2


class TenderChecks(QGroupBox):
    """A block per non-cash tender, one under the other: its total, how many payments and
    references, and below them the box to tick.

    One block under another, and every label wrapping, so the box grows down, not across:
    the close dialog must fit an 800 pixel wide window in languages a third longer than
    English. More than ``ROWS_AT_ONCE`` tenders scroll.

    Signals:
        changed(): a box was ticked or unticked.
    """

    changed = Signal()

    def __init__(self, text: MoneyText, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Card and mobile money"), parent)
        self.text = text
        self.boxes: dict[str, QCheckBox] = {}
        self.amounts: dict[str, Decimal] = {}
        self.blocks: list[QWidget] = []
        self.list = QWidget()
        self.rows = QVBoxLayout(self.list)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.list)
        self.scroll_area.viewport().setAutoFillBackground(False)  # the group box shows through
        self.list.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area)
        self.hide()

    def show_tenders(self, lines: tuple[TenderLine, ...]) -> None:
        """Show ``lines`` (the shift's non-cash tenders); hidden when the shift took only
        cash. A total shown again unchanged keeps its tick; a changed one must be ticked
        again."""
        kept = {m for m, box in self.boxes.items() if box.isChecked()} & {
            line.method for line in lines if self.amounts.get(line.method) == line.amount
        }
        self.amounts = {line.method: line.amount for line in lines}
        for block in self.blocks:
            self.rows.removeWidget(block)
            block.deleteLater()
        self.blocks = []
        self.boxes = {}
        for line in lines:
            block, box = self._block(line)
            box.setChecked(line.method in kept)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.rows.addWidget(block)
            block.show()  # now, not on the next turn of the event loop: its size counts
            self.blocks.append(block)
            self.boxes[line.method] = box
        self._fit_scroll()
        self.setVisible(bool(lines))

    def _block(self, line: TenderLine) -> tuple[QWidget, QCheckBox]:
        """One tender: the total in bold, its payments, the tick box below them."""
        name = tender_name(line.method)
        total = QLabel(
            self.tr("{tender}: {amount}").format(tender=name, amount=self.text.money(line.amount))
        )
        total.setAccessibleName(self.tr("{tender} total").format(tender=name))
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        detail = QLabel(self._detail(line))
        detail.setAccessibleName(self.tr("{tender} payments").format(tender=name))
        for label in (total, detail):
            label.setWordWrap(True)
        box = QCheckBox(check_caption(line.method))
        box.setAccessibleName(self.tr("{tender} checked").format(tender=name))
        box.setMinimumHeight(TICK_HEIGHT)
        block = QWidget()
        rows = QVBoxLayout(block)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        rows.addWidget(total)
        rows.addWidget(detail)
        rows.addWidget(box)
        return block, box

    def _fit_scroll(self) -> None:
        """As wide as the widest block (the tick's caption never cut); as high as all the
        blocks up to ``ROWS_AT_ONCE``, the rest scroll; never lower than one block."""
        if not self.blocks:
            return
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        scrolls = len(self.blocks) > ROWS_AT_ONCE
        widest = max(block.minimumSizeHint().width() for block in self.blocks)
        self.scroll_area.setMinimumWidth(widest + (bar if scrolls else 0))
        heights = [block.sizeHint().height() for block in self.blocks]
        shown = heights[:ROWS_AT_ONCE]
        height = sum(shown) + self.rows.spacing() * (len(shown) - 1)
        self.scroll_area.setMinimumHeight(heights[0])
        self.scroll_area.setMaximumHeight(height)

    def _detail(self, line: TenderLine) -> str:
        payments = (
            self.tr("1 payment")
            if line.payments == 1
            else self.tr("{n} payments").format(n=f"{line.payments:,}")
        )
        if not line.references:
            return payments
        return self.tr("{payments}, {references} with a reference").format(
            payments=payments, references=f"{line.references:,}"
        )

    def checked(self) -> set[str]:
        """The tenders ticked as matching."""
        return {method for method, box in self.boxes.items() if box.isChecked()}

    def unchecked(self) -> list[str]:
        """The tenders not ticked, in the order shown."""
        return [method for method, box in self.boxes.items() if not box.isChecked()]
