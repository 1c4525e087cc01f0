"""Parking the cart, and a list of parked carts to resume (from any till)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.services.database import Database
from pos.services.dto import ParkedCartDTO
from pos.services.selling.cart import CartSession, parked_carts
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.table_model import Index, ListTableModel


class Counter(Protocol):
    """What parking and resuming need of the sales screen (which passes itself)."""

    db: Database
    session: CartSession
    banner: Banner
    text: MoneyText

    def tr(self, text: str) -> str: ...
    def focus_scan(self) -> None: ...
    def attempt(self, action: Callable[[int | None], object]) -> bool: ...


class ParkedCartsModel(ListTableModel):
    """Parked carts: when, which till, label, items, total."""

    def __init__(self, carts: list[ParkedCartDTO], text: MoneyText) -> None:
        super().__init__()
        self.headers = [
            self.tr("Parked at"),
            self.tr("Till"),
            self.tr("Note"),
            self.tr("Items"),
            self.tr("Total"),
        ]
        self.carts = carts
        self.text = text

    def row_count(self) -> int:
        return len(self.carts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cart = self.carts[index.row()]
        return [
            cart.parked_at.astimezone().strftime("%H:%M"),
            cart.till,
            cart.label,
            str(cart.line_count),
            self.text.money(cart.total),
        ][index.column()]


class ParkedCartsDialog(QDialog):
    """Pick a parked cart; Enter or double-click resumes it."""

    def __init__(
        self, carts: list[ParkedCartDTO], text: MoneyText, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resume a parked cart"))
        self.model = ParkedCartsModel(carts, text)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Parked carts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resume"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Parked carts, oldest first:")))
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        if carts:
            self.view.selectRow(0)
        self.resize(560, 320)

    def chosen(self) -> ParkedCartDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.carts[rows[0].row()] if rows else None


def park_cart(screen: Counter, parent: QWidget) -> None:
    """Ask for a note (optional) and park the cart."""
    if not screen.session.cart.lines:
        screen.banner.warn(
            QCoreApplication.translate(
                "SalesScreen", "The cart is empty: there is nothing to park."
            )
        )
        screen.focus_scan()
        return
    note, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SalesScreen", "Park the cart"),
        QCoreApplication.translate("SalesScreen", "A note to find it again (optional):"),
    )
    if ok and screen.attempt(lambda _approver: screen.session.park(note)):
        screen.banner.info(
            QCoreApplication.translate("SalesScreen", "Cart parked. Resume it with F6.")
        )
    screen.focus_scan()


def resume_cart(screen: Counter, parent: QWidget) -> None:
    """Choose a parked cart and bring it back."""
    carts = parked_carts(screen.db, screen.session.settings)
    if not carts:
        screen.banner.warn(QCoreApplication.translate("SalesScreen", "There are no parked carts."))
        screen.focus_scan()
        return
    dialog = ParkedCartsDialog(carts, screen.text, parent)
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if chosen is not None:
        screen.attempt(lambda _approver: screen.session.resume(chosen.id))
    screen.focus_scan()
