"""The scan/search field: a scanner's digits + Enter add an item; typing shows matches.

A USB scanner is a keyboard that types fast and presses Enter, so Enter always acts at once
on what is in the field. Search as you type waits for a short pause, which a scanner never
makes, so scanning never pays for a search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.services.database import Database
from pos.services.lookup import search_products
from ui.catalog.search_model import ProductSearchModel

SEARCH_PAUSE_MS = 150
_UP_DOWN = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class ScanField(QLineEdit):
    """The line edit, with the keys the counter acts on handed to ``on_key`` first.

    An override rather than an event filter: only key presses call into Python, not every
    paint, timer and focus event the field receives while a scanner types.
    """

    def __init__(self, on_key: Callable[[int], bool]) -> None:
        super().__init__()
        self._on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._on_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)


class ScanBox(QWidget):
    """The field that always has focus at the counter, and the matches below it.

    Signals:
        code_entered(str): Enter on a barcode or SKU (no match picked).
        product_chosen(int): a product picked from the matches with the arrows and Enter,
            or a click.
    """

    code_entered = Signal(str)
    product_chosen = Signal(int)

    def __init__(
        self, db: Database, model: ProductSearchModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.field = ScanField(self._key)
        self.field.setAccessibleName(self.tr("Scan or search"))
        self.field.setPlaceholderText(self.tr("Scan a barcode, or type a name or SKU"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumHeight(44)
        # An opaque field repaints alone on each keystroke; otherwise every parent up to the
        # window repaints its background beneath it.
        self.field.setAutoFillBackground(True)
        font = self.field.font()
        font.setPointSize(font.pointSize() + 4)
        self.field.setFont(font)
        self.model = model
        self.matches = QTableView()
        self.matches.setAccessibleName(self.tr("Matching products"))
        self.matches.setModel(model)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.verticalHeader().hide()
        self.matches.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matches.setMaximumHeight(220)
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.matches)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        self.field.textEdited.connect(lambda _text: self._pause.start())
        self.matches.clicked.connect(lambda index: self._choose(index.row()))

    def search_now(self) -> None:
        """Show the products matching what is typed (at most 50)."""
        self._pause.stop()
        text = self.field.text().strip()
        hits = search_products(self.db, text) if text else []
        self.model.set_hits(hits)
        self.matches.setVisible(bool(hits))
        if hits:
            self.matches.selectRow(0)

    def clear(self) -> None:
        self._pause.stop()
        self.field.clear()
        self.model.set_hits([])
        self.matches.hide()

    def _key(self, key: int) -> bool:
        """Act on Enter, the arrows over the matches, and Escape; True when handled."""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return True
        if key in _UP_DOWN and self.matches.isVisible():
            self._move(_UP_DOWN[Qt.Key(key)])
            return True
        if key == Qt.Key.Key_Escape and self.field.text():
            self.clear()
            return True
        return False

    def _enter(self) -> None:
        """Digits typed fast are a scan; a name typed fast picks its first match."""
        text = self.field.text().strip()
        if not text:
            return
        if self._pause.isActive():
            if text.isdigit():
                self.clear()
                self.code_entered.emit(text)
                return
            self.search_now()
        current = self.matches.currentIndex()
        if self.matches.isVisible() and current.isValid():
            self._choose(current.row())
            return
        self.clear()
        self.code_entered.emit(text)

    def _move(self, step: int) -> None:
        row = self.matches.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.matches.selectRow(row)

    def _choose(self, row: int) -> None:
        product_id = self.model.hit(row).id
        self.clear()
        self.product_chosen.emit(product_id)
