"""Taking payment: cash with quick tenders and change, card, mobile money, split tenders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput, PaymentShort, ShopError
from pos.domain.money import ZERO, cash_round, round_money
from pos.domain.payments import PaymentMethod, Tender, check_tender, settle
from pos.services.dto import SaleDTO
from ui.sales.money_text import MoneyText
from ui.sales.tenders import suggested_tenders

_AMOUNT = QRegularExpression(r"^\d{0,10}([.,]\d{0,3})?$")


class PaymentDialog(QDialog):
    """Collects tenders for ``total`` and completes the sale through ``complete``.

    ``complete`` is the cart session's pay(); a refusal (short payment, a card paying too
    much ...) is shown in the dialog and nothing is recorded.
    """

    def __init__(
        self,
        total: Decimal,
        text: MoneyText,
        cash_increment: Decimal | None,
        complete: Callable[[Sequence[Tender]], SaleDTO],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment"))
        self.total = total
        self.text = text
        self.cash_increment = cash_increment
        self._complete = complete
        self.taken: list[Tender] = []
        self.sale: SaleDTO | None = None
        self._build()
        self._choose(PaymentMethod.CASH)
        self._refresh()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        big = self.font()
        big.setPointSize(big.pointSize() * 2)
        big.setBold(True)
        self.due = QLabel()
        self.due.setFont(big)
        self.due.setAccessibleName(self.tr("Amount to pay"))
        self.rounding = QLabel()
        self.taken_label = QLabel()
        self.methods = QButtonGroup(self)
        method_row = QHBoxLayout()
        for key, method, label in (
            ("F1", PaymentMethod.CASH, self.tr("Cash")),
            ("F2", PaymentMethod.CARD, self.tr("Card")),
            ("F3", PaymentMethod.MOBILE, self.tr("Mobile money")),
            ("F4", PaymentMethod.OTHER, self.tr("Other")),
        ):
            button = QPushButton(f"{label} ({key})")
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.setAccessibleName(label)
            button.setShortcut(QKeySequence(key))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, m=method: self._choose(m))
            self.methods.addButton(button)
            button.setProperty("method", method.value)
            method_row.addWidget(button)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Tendered"))
        self.amount.setValidator(QRegularExpressionValidator(_AMOUNT, self))
        self.amount.setMinimumHeight(44)
        self.amount.setFont(big)
        self.amount.textChanged.connect(self._refresh)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Payment reference"))
        self.reference.setPlaceholderText(self.tr("Reference from the customer's message"))
        self.quick = QHBoxLayout()
        self.change = QLabel()
        self.change.setFont(big)
        self.change.setAccessibleName(self.tr("Change due"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        self.message.setAccessibleName(self.tr("Payment message"))
        self.add_button = QPushButton(self.tr("Add payment (F5)"))
        self.add_button.setShortcut(QKeySequence("F5"))
        self.add_button.setAccessibleName(self.tr("Add payment"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_payment)
        self.complete_button = QPushButton(self.tr("Complete sale (Enter)"))
        self.complete_button.setAccessibleName(self.tr("Complete sale"))
        self.complete_button.setDefault(True)
        self.complete_button.setMinimumHeight(56)
        self.complete_button.clicked.connect(self.complete)
        cancel = QPushButton(self.tr("Back to the cart (Esc)"))
        cancel.setAccessibleName(self.tr("Back to the cart"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for small in (cancel, self.add_button):
            small.setMinimumHeight(56)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Tendered")), 0, 0)
        form.addWidget(self.amount, 0, 1)
        self.reference_label = QLabel(self.tr("Reference"))
        form.addWidget(self.reference_label, 1, 0)
        form.addWidget(self.reference, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.complete_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(self.rounding)
        layout.addWidget(self.taken_label)
        layout.addLayout(method_row)
        layout.addLayout(form)
        layout.addLayout(self.quick)
        layout.addWidget(QLabel(self.tr("Change due")))
        layout.addWidget(self.change)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.complete)
        self.setMinimumWidth(520)

    # --- state --------------------------------------------------------------------------------

    @property
    def method(self) -> PaymentMethod:
        checked = self.methods.checkedButton()
        return PaymentMethod(checked.property("method")) if checked else PaymentMethod.CASH

    def remaining(self) -> Decimal:
        """What is still owed after the payments already added (before cash rounding)."""
        return max(
            self.total
            - sum((t.amount for t in self.taken if t.method is not PaymentMethod.CASH), ZERO)
            - sum((t.amount for t in self.taken if t.method is PaymentMethod.CASH), ZERO),
            ZERO,
        )

    def _cash_due(self) -> Decimal:
        return round_money(cash_round(self.remaining(), self.cash_increment), self.text.currency)

    def _choose(self, method: PaymentMethod) -> None:
        for button in self.methods.buttons():
            button.setChecked(button.property("method") == method.value)
        needs_reference = method in (PaymentMethod.MOBILE, PaymentMethod.OTHER)
        self.reference.setVisible(needs_reference)
        self.reference_label.setVisible(needs_reference)
        due = self._cash_due() if method is PaymentMethod.CASH else self.remaining()
        self.amount.setText(f"{due}" if method is not PaymentMethod.CASH else "")
        self.amount.setPlaceholderText(self.text.money(due))
        self._quick_tenders(due if method is PaymentMethod.CASH else None)
        self.amount.setFocus()
        self._refresh()

    def _quick_tenders(self, due: Decimal | None) -> None:
        while self.quick.count():
            item = self.quick.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if due is None:
            return
        amounts = [due, *suggested_tenders(due)]
        for index, amount in enumerate(amounts):
            label = self.tr("Exact") if index == 0 else self.text.money(amount)
            button = QPushButton(label)
            button.setMinimumHeight(48)
            button.setAccessibleName(
                self.tr("Tender {amount}").format(amount=self.text.money(amount))
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, a=amount: self._tender(a))
            self.quick.addWidget(button)

    def _tender(self, amount: Decimal) -> None:
        self.amount.setText(str(amount) if amount > ZERO else "")
        self.complete()

    def _current(self) -> Tender | None:
        text = self.amount.text().strip()
        if not text:
            return None
        return Tender(self.method, self.text.parse_money(text), self.reference.text())

    def tenders(self) -> list[Tender]:
        """The payments added so far plus the one being typed."""
        current = self._current()
        return [*self.taken, current] if current else list(self.taken)

    def _refresh(self) -> None:
        money = self.text.money
        self.due.setText(self.tr("To pay: {amount}").format(amount=money(self.total)))
        cash_due = self._cash_due()
        remaining = self.remaining()
        self.rounding.setText(
            self.tr("In cash: {amount} (rounding {diff})").format(
                amount=money(cash_due), diff=money(cash_due - remaining)
            )
            if cash_due != remaining
            else ""
        )
        self.taken_label.setText(
            "; ".join(f"{t.method.value}: {money(t.amount)}" for t in self.taken)
        )
        self.message.clear()
        self.change.setText(money(ZERO))
        try:
            settled = settle(self.total, self.tenders(), self.text.currency, self.cash_increment)
        except PaymentShort as short:
            self.message.setText(str(short) if self.amount.text() else "")
        except ShopError as error:
            self.message.setText(str(error))
        else:
            self.change.setText(money(settled.change))

    # --- actions ------------------------------------------------------------------------------

    def _add_payment(self) -> None:
        """Keep the typed tender and take the rest another way (a split payment)."""
        try:
            current = self._current()
            if current is None:
                return
            check_tender(current, self.text.currency)
            if current.method is not PaymentMethod.CASH and current.amount > self.remaining():
                raise InvalidInput(self.tr("That is more than is still owed."))
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.taken.append(current)
        self.reference.clear()
        after = PaymentMethod.CARD if current.method is PaymentMethod.CASH else PaymentMethod.CASH
        self._choose(after)

    def complete(self) -> None:
        """Pay with every tender; the sale is committed before the dialog closes.

        Enter on an empty cash field means exact cash; when cash rounding leaves nothing to
        pay in cash (or the total is zero), no cash tender is made up.
        """
        try:
            tenders = self.tenders()
            if self._current() is None and self.method is PaymentMethod.CASH:
                due = self._cash_due()
                tenders = [*self.taken, *([Tender(PaymentMethod.CASH, due)] if due else [])]
            self.sale = self._complete(tenders)
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.accept()
