"""Refunds at the counter: scan or type the receipt number, pick lines and quantities."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import format_quantity
from pos.domain.errors import InvalidInput, ShopError
from pos.domain.payments import PaymentMethod
from pos.services.database import Database
from pos.services.dto import SaleDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.selling.refunds import Refundable, refund_sale, refundable_lines
from ui.sales.money_text import MoneyText
from ui.staff.approval import with_approval
from ui.table_model import Index, ListTableModel

NAME, SOLD, REFUNDED, BACK = range(4)


class RefundLinesModel(ListTableModel):
    """The original sale's lines; the last column, what to refund, is typed in."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            self.tr("Item"),
            self.tr("Sold"),
            self.tr("Refunded"),
            self.tr("Refund now"),
        ]
        self.lines: list[Refundable] = []
        self.back: list[Decimal] = []

    def set_lines(self, lines: list[Refundable]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.back = [Decimal(0)] * len(lines)
        self.endResetModel()

    def refund_all(self) -> None:
        self.back = [line.left for line in self.lines]
        if self.lines:
            self.dataChanged.emit(self.index(0, BACK), self.index(len(self.lines) - 1, BACK))

    def quantities(self) -> dict[int, Decimal]:
        return {ln.line_id: q for ln, q in zip(self.lines, self.back, strict=True) if q > 0}

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == BACK and self.lines[index.row()].left > 0:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def row_count(self) -> int:
        return len(self.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        line = self.lines[index.row()]
        return [
            line.name,
            format_quantity(line.sold),
            format_quantity(line.refunded),
            format_quantity(self.back[index.row()]),
        ][index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != BACK:
            return False
        try:
            quantity = MoneyText.parse_quantity(str(value) or "0")
        except InvalidInput:
            return False
        if not 0 <= quantity <= self.lines[index.row()].left:
            return False
        self.back[index.row()] = quantity
        self.dataChanged.emit(index, index)
        return True


class RefundDialog(QDialog):
    """Find the receipt, choose what comes back, pay it out, print the refund receipt."""

    def __init__(
        self, db: Database, session: CartSession, text: MoneyText, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund"))
        self.db, self.session, self.text = db, session, text
        self.original: SaleDTO | None = None
        self.refund: SaleDTO | None = None
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Receipt number"))
        self.number.setPlaceholderText(self.tr("Scan the receipt or type its number (S000042)"))
        self.number.returnPressed.connect(self.find_receipt)
        find = QPushButton(self.tr("Find"))
        find.setAutoDefault(False)
        find.clicked.connect(self.find_receipt)
        self.model = RefundLinesModel()
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Lines to refund"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        everything = QPushButton(self.tr("Refund everything"))
        everything.setAutoDefault(False)
        everything.clicked.connect(self.model.refund_all)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Pay back by"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Refund message"))
        self.confirm = QPushButton(self.tr("Refund"))
        self.confirm.setAccessibleName(self.tr("Refund"))
        self.confirm.setAutoDefault(False)
        self.confirm.setMinimumHeight(48)
        self.confirm.clicked.connect(self.complete)
        top = QHBoxLayout()
        top.addWidget(self.number, 1)
        top.addWidget(find)
        bottom = QHBoxLayout()
        bottom.addWidget(everything)
        bottom.addWidget(QLabel(self.tr("Pay back by")))
        bottom.addWidget(self.method, 1)
        bottom.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(640, 420)

    def find_receipt(self) -> None:
        try:
            self.original = get_sale(self.db, self.number.text())
            if self.original.is_refund:
                raise InvalidInput(self.tr("That is a refund receipt; scan the sale's receipt."))
            self.model.set_lines(refundable_lines(self.db, self.original.number))
        except ShopError as error:
            self.original = None
            self.model.set_lines([])
            self.message.setText(str(error))
            return
        methods = [PaymentMethod.CASH] + [
            p.method for p in self.original.payments if p.method is not PaymentMethod.CASH
        ]
        self.method.clear()
        for method in dict.fromkeys(methods):
            self.method.addItem(self.tr(method.value.capitalize()), method.value)
        self.message.setText(
            self.tr("Receipt {number}: {total}. Type how many of each item come back.").format(
                number=self.original.number, total=self.text.money(self.original.total)
            )
        )
        self.view.setFocus()

    def complete(self) -> None:
        if self.original is None:
            self.message.setText(self.tr("Find the receipt first."))
            return
        quantities = self.model.quantities()
        if not quantities:
            self.message.setText(self.tr("Type a quantity to refund on at least one line."))
            return
        try:
            method = PaymentMethod(self.method.currentData())
            number = self.original.number
            self.refund = with_approval(
                self,
                self.db,
                self.session.actor(),
                lambda actor: refund_sale(
                    self.db,
                    number,
                    quantities,
                    method,
                    settings=self.session.settings,
                    actor=actor,
                ),
            )
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.accept()
