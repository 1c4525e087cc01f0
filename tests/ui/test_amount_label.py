"""An amount that changes repaints itself and leaves the window's layout alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.amount_label import AmountLabel


class LayoutRequests(QObject):
    """Counts the layout requests the watched widgets receive."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@dataclass
class Panel:
    window: QWidget
    amount: QWidget
    requests: LayoutRequests


def panel(qtbot: QtBot, kind: type[QWidget]) -> Panel:
    """A window with a form of two amounts, the way the totals panel holds them."""
    window = QWidget()
    qtbot.addWidget(window)
    amount, other = kind(), kind()
    form = QFormLayout()
    form.addRow("Subtotal", other)
    form.addRow("Total", amount)
    inner = QWidget()
    inner.setLayout(form)
    QVBoxLayout(window).addWidget(inner)
    window.resize(300, 120)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    requests = LayoutRequests()
    for widget in (window, inner):
        widget.installEventFilter(requests)
    return Panel(window, amount, requests)


def test_a_new_amount_repaints_without_laying_out_the_window_again(qtbot: QtBot) -> None:
    shown = panel(qtbot, AmountLabel)
    amount = shown.amount
    assert isinstance(amount, AmountLabel)
    for text in ("9.80", "12.30", "1,234.56", "0.00"):
        amount.setText(text)
        QApplication.processEvents()
    assert shown.requests.count == 0
    assert amount.text() == "0.00"
    assert amount.accessibleDescription() == "0.00"


def test_a_qlabel_would_have_laid_it_out_again(qtbot: QtBot) -> None:
    """The reason AmountLabel exists: if Qt stops doing this, AmountLabel can go."""
    shown = panel(qtbot, QLabel)
    assert isinstance(shown.amount, QLabel)
    shown.amount.setText("12.30")
    QApplication.processEvents()
    assert shown.requests.count > 0


def test_more_lines_get_more_room(qtbot: QtBot) -> None:
    shown = panel(qtbot, AmountLabel)
    amount = shown.amount
    assert isinstance(amount, AmountLabel)
    one_line = amount.height()
    amount.setText("VAT 20% 1.00\nVAT 5% 0.25")
    QApplication.processEvents()
    assert amount.height() >= 2 * one_line - 2


def test_the_text_is_drawn_right_aligned(qtbot: QtBot) -> None:
    shown = panel(qtbot, AmountLabel)
    amount = shown.amount
    assert isinstance(amount, AmountLabel)
    amount.setText("12.30")
    image: QImage = amount.grab().toImage()
    background = amount.palette().color(amount.backgroundRole())
    inked = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if _far(image.pixelColor(x, y), background)
    ]
    assert inked, "nothing drawn"
    text_width = amount.fontMetrics().horizontalAdvance("12.30")
    assert max(inked) >= image.width() - 3  # ends at the right edge
    assert min(inked) >= image.width() - text_width - 3  # and only the text's width
    assert amount.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _far(pixel: QColor, background: QColor) -> bool:
    return abs(pixel.lightness() - background.lightness()) > 60


def test_room_kept_for_more_lines_stays_when_they_go(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    taxes = AmountLabel(window, lines=2)
    two_lines = taxes.sizeHint().height()
    assert two_lines > AmountLabel(window).sizeHint().height()
    for text in ("VAT 20% 1.00\nVAT 5% 0.25", "VAT 20% 1.00", "€0.00"):
        taxes.setText(text)
        assert taxes.sizeHint().height() == two_lines
    taxes.setText("A 1.00\nB 2.00\nC 3.00")
    assert taxes.sizeHint().height() > two_lines
