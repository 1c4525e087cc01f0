"""The card and mobile money totals at closing, each with a box to tick once it matches the
card terminal's end-of-day total or the phone's.

A total that does not match is a payment that did not go through (or went through twice)
and is found while the customer's day is still fresh: that is why the cashier ticks
them, and why the Z says which ones were ticked. These are not cash, so they show even
during a blind count.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from pos.services.cashup.figures import TenderLine
from ui.sales.money_text import MoneyText
from ui.widgets.forms import TOUCH_HEIGHT


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


class TenderChecks(QGroupBox):
    """A line per non-cash tender: its total, how many payments and references, a tick.

    Signals:
        changed(): a box was ticked or unticked.
    """

    changed = Signal()

    def __init__(self, text: MoneyText, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Card and mobile money"), parent)
        self.text = text
        self.boxes: dict[str, QCheckBox] = {}
        self.amounts: dict[str, Decimal] = {}
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.hide()

    def show_tenders(self, lines: tuple[TenderLine, ...]) -> None:
        """Show ``lines`` (the shift's non-cash tenders); hidden when the shift took only
        cash. A total shown again unchanged keeps its tick; a changed one must be ticked
        again."""
        kept = {m for m, box in self.boxes.items() if box.isChecked()} & {
            line.method for line in lines if self.amounts.get(line.method) == line.amount
        }
        self.amounts = {line.method: line.amount for line in lines}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        for row, line in enumerate(lines):
            name = tender_name(line.method)
            total = QLabel(
                self.tr("{tender}: {amount}").format(
                    tender=name, amount=self.text.money(line.amount)
                )
            )
            total.setAccessibleName(self.tr("{tender} total").format(tender=name))
            font = total.font()
            font.setBold(True)
            total.setFont(font)
            detail = QLabel(self._detail(line))
            detail.setAccessibleName(self.tr("{tender} payments").format(tender=name))
            box = QCheckBox(check_caption(line.method))
            box.setAccessibleName(self.tr("{tender} checked").format(tender=name))
            box.setMinimumHeight(TOUCH_HEIGHT)
            box.setChecked(line.method in kept)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.grid.addWidget(total, row, 0)
            self.grid.addWidget(detail, row, 1)
            self.grid.addWidget(box, row, 2)
            self.boxes[line.method] = box
        self.setVisible(bool(lines))

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
