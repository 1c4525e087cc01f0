"""The totals, large and always visible: subtotal, discounts, tax per rate, total."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from pos.domain.cart import CartTotals
from pos.domain.money import ZERO
from pos.domain.tax import TaxMode
from ui.sales.money_text import MoneyText
from ui.widgets.amount_label import AmountLabel


class TotalsPanel(QFrame):
    """Subtotal, discounts and tax per rate in small type; the total in very large type."""

    def __init__(self, text: MoneyText, tax_mode: TaxMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.tax_mode = tax_mode
        self.setObjectName("totals")
        self.setAutoFillBackground(True)  # repaints alone when the amounts change
        # The amounts change on every scan: AmountLabels repaint without re-laying out the
        # screen. The panel's width is the splitter's business.
        self.subtotal = AmountLabel()
        self.subtotal.setAccessibleName(self.tr("Subtotal"))
        self.discount = AmountLabel()
        self.discount.setAccessibleName(self.tr("Discounts"))
        self.taxes = AmountLabel(lines=2)  # a second tax rate in the cart moves nothing
        self.taxes.setAccessibleName(self.tr("Tax"))
        self.total = AmountLabel()
        self.total.setObjectName("total_amount")
        self.total.setAccessibleName(self.tr("Total"))
        font = self.total.font()
        font.setPointSize(max(font.pointSize() * 3, 28))
        font.setBold(True)
        self.total.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("Subtotal"), self.subtotal)
        form.addRow(self.tr("Discounts"), self.discount)
        form.addRow(self.tr("Tax"), self.taxes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        caption = QLabel(self.tr("Total"))
        layout.addWidget(caption)
        layout.addWidget(self.total)

    def show_totals(self, totals: CartTotals) -> None:
        money = self.text.money
        self.subtotal.setText(money(totals.subtotal))
        self.discount.setText(f"-{money(totals.discount)}" if totals.discount else money(ZERO))
        included = self.tr("incl.") if self.tax_mode is TaxMode.INCLUSIVE else "+"
        self.taxes.setText(
            "\n".join(
                f"{rate.rate.name} {rate.rate.percent.normalize():f}% {included} {money(rate.tax)}"
                for rate in totals.rates
            )
            or money(ZERO)
        )
        self.total.setText(money(totals.total))
