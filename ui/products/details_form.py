"""The product dialog's details: SKU, name, category, unit, price with its tax, cost and
margin, tax rates, reorder figures, favourite and active.

The price shows its other side of tax as it is typed ("€2.40 incl. tax = €2.00 + €0.40 tax"),
and the cost its margin on the price before tax. A refused value is shown under its field.
Whoever may not see costs (SEE_COSTS) sees no cost and no margin: the rows are hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Unit
from pos.domain.errors import InvalidField, InvalidInput
from pos.domain.money import ZERO, round_money
from pos.domain.tax import TaxMode, unrounded_tax
from pos.services.dto import CategoryDTO, ProductDTO, TaxRateDTO
from pos.services.settings import ShopSettings
from pos.services.stock.reorder import SupplierChoice
from ui.products.tax_choice import TaxChoiceModel
from ui.sales.money_text import MoneyText
from ui.widgets.decimal_edit import DecimalEdit, plain_decimal
from ui.widgets.forms import add_row, new_form, touch_sized

HUNDRED = Decimal(100)
_ERROR_STYLE = "QLabel { color: #b00020; }"


class DetailsForm(QWidget):
    """The fields of a product other than its barcodes, in two columns."""

    def __init__(
        self,
        settings: ShopSettings,
        rates: Sequence[TaxRateDTO],
        categories: Sequence[CategoryDTO],
        parent: QWidget | None = None,
        *,
        suppliers: Sequence[SupplierChoice] = (),
        show_costs: bool = True,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        #: Without it the cost and margin rows are hidden and never filled (SEE_COSTS).
        self.show_costs = show_costs
        self.text = MoneyText(settings)
        self.errors: dict[str, tuple[QFormLayout, QLabel]] = {}
        self.fields: dict[str, QWidget] = {}

        self.sku = QLineEdit()
        self.sku.setPlaceholderText(self.tr("Left empty: one is made up"))
        self.name = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems([c.name for c in categories])
        category_line = self.category.lineEdit()
        if category_line is not None:  # an editable combo always has one
            category_line.setPlaceholderText(self.tr("None, or type a new one"))
        self.unit = QComboBox()
        for combo in (self.category, self.unit):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.unit.addItem(self.tr("Each (by the piece)"), Unit.EACH.value)
        self.unit.addItem(self.tr("By weight (price per kg)"), Unit.KG.value)
        self.scale_keys = QLabel()
        self.scale_keys.setWordWrap(True)
        self.scale_keys.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.scale_keys.setAccessibleName(self.tr("Scale label keys"))
        self.favourite = QCheckBox(self.tr("On the quick-pick buttons"))
        self.active = QCheckBox(self.tr("Active: sold at the till and found in search"))
        self.active.setChecked(True)

        self.price = DecimalEdit(self.tr("price"))
        self.price_parts = QLabel()
        self.price_parts.setAccessibleName(self.tr("Price with and without tax"))
        self.cost = DecimalEdit(self.tr("cost"))
        self.cost.setPlaceholderText("0")
        self.margin = QLabel()
        self.margin.setAccessibleName(self.tr("Margin"))
        self.taxes = TaxChoiceModel(rates, self)
        self.tax_view = QListView()
        self.tax_view.setModel(self.taxes)
        self.tax_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = max(2, min(len(self.taxes.rates), 4))
        row_height = max(self.tax_view.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.tax_view.setFixedHeight(rows * row_height + 2 * self.tax_view.frameWidth() + 4)
        self.reorder_level = DecimalEdit(self.tr("reorder level"))
        self.reorder_level.setPlaceholderText("0")
        self.reorder_quantity = DecimalEdit(self.tr("reorder quantity"))
        self.reorder_quantity.setPlaceholderText("0")
        self.max_level = DecimalEdit(self.tr("maximum level"))
        self.max_level.setPlaceholderText(self.tr("0: order the reorder quantity"))
        self.supplier = QComboBox()
        self.supplier.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.supplier.addItem(self.tr("None"), None)
        for choice in suppliers:
            self.supplier.addItem(choice.name, choice.id)

        left, right = new_form(), new_form()
        self._row(left, "sku", self.tr("&SKU:"), self.sku)
        self._row(left, "name", self.tr("&Name:"), self.name)
        self._row(left, "category", self.tr("Ca&tegory:"), self.category)
        self._row(left, "unit", self.tr("&Unit:"), self.unit)
        left.addRow("", self.scale_keys)
        left.addRow("", self.favourite)
        left.addRow("", self.active)
        self._row(right, "price", self.tr("&Price:"), self.price)
        right.addRow("", self.price_parts)
        self._row(right, "cost", self.tr("C&ost (before tax):"), self.cost)
        right.addRow("", self.margin)
        right.setRowVisible(self.cost, show_costs)
        right.setRowVisible(self.margin, show_costs)
        self._row(right, "tax_rates", self.tr("Ta&x rates:"), self.tax_view, self.tr("Tax rates"))
        self._row(right, "reorder_level", self.tr("&Reorder at:"), self.reorder_level)
        self._row(right, "reorder_quantity", self.tr("Reorder &quantity:"), self.reorder_quantity)
        self._row(right, "max_level", self.tr("Reorder up to (&max):"), self.max_level)
        self._row(right, "supplier", self.tr("Usual su&pplier:"), self.supplier)
        self.favourite.setAccessibleName(self.tr("Favourite"))
        self.active.setAccessibleName(self.tr("Active"))
        touch_sized(self.favourite, self.active)
        columns = QHBoxLayout(self)
        for index, form in enumerate((left, right)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # room to spare goes below the fields, not between them
            columns.addLayout(column, 1)
            if index == 0:
                columns.addSpacing(12)

        self.price.textChanged.connect(self.update_figures)
        self.cost.textChanged.connect(self.update_figures)
        self.taxes.choice_changed.connect(self.update_figures)
        self.unit.currentIndexChanged.connect(self.update_figures)
        self.update_figures()

    def _row(
        self, form: QFormLayout, field: str, label: str, widget: QWidget, name: str = ""
    ) -> None:
        add_row(form, label, widget, name)
        error = QLabel()
        error.setWordWrap(True)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setStyleSheet(_ERROR_STYLE)
        error.setAccessibleName(self.tr("Problem with {field}").format(field=field))
        form.addRow("", error)
        form.setRowVisible(error, False)  # a hidden row takes no room, not even its spacing
        self.errors[field] = (form, error)
        self.fields[field] = widget

    # --- loading and reading ----------------------------------------------------------------

    def load(self, product: ProductDTO) -> None:
        """Fill the fields from a stored product."""
        cur = self.text.currency
        self.sku.setText(product.sku)
        self.sku.setPlaceholderText(self.tr("Left empty: stays {sku}").format(sku=product.sku))
        self.name.setText(product.name)
        self.category.setCurrentText(product.category or "")
        self.unit.setCurrentIndex(self.unit.findData(product.unit.value))
        self.price.setText(f"{product.price.quantize(cur.quantum):f}")
        if self.show_costs and product.cost is not None:
            self.cost.setText(f"{product.cost.quantize(cur.quantum):f}")
        self.taxes.add_missing(product.tax_rate)
        self.taxes.set_checked([product.tax_rate.id])
        self.reorder_level.setText(plain_decimal(product.reorder_level))
        self.reorder_quantity.setText(plain_decimal(product.reorder_quantity))
        self.max_level.setText(plain_decimal(product.max_level))
        if product.supplier_id is not None and self.supplier.findData(product.supplier_id) < 0:
            # A supplier made inactive since: still shown, so a save keeps it.
            self.supplier.addItem(self.tr("(inactive supplier)"), product.supplier_id)
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(product.supplier_id)))
        self.favourite.setChecked(product.favourite)
        self.active.setChecked(product.active)

    def unit_value(self) -> Unit:
        return Unit(self.unit.currentData())

    def decimal(self, field: str, edit: DecimalEdit, empty: Decimal | None) -> Decimal:
        """A typed number, ``empty`` when nothing is typed (None: it must be typed).

        Raises:
            InvalidField: not a number, or missing, named for ``field``.
        """
        if not edit.text().strip():
            if empty is None:
                raise InvalidField(field, self.tr("Type the price, for example 2.40."))
            return empty
        try:
            return edit.decimal()
        except InvalidInput as error:
            raise InvalidField(field, error.message) from error

    # --- messages at the fields -------------------------------------------------------------

    def show_error(self, field: str, message: str) -> QWidget | None:
        """Show ``message`` under ``field``; returns the field's widget (None: not here)."""
        if field not in self.errors:
            return None
        form, label = self.errors[field]
        label.setText(message)
        form.setRowVisible(label, True)
        return self.fields[field]

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` now ('' when none)."""
        label = self.errors[field][1]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for form, label in self.errors.values():
            label.clear()
            form.setRowVisible(label, False)

    def show_scale_keys(self, descriptions: Sequence[str]) -> None:
        """Say which scale label keys a weighed product answers to, or how to give it one."""
        if self.unit_value() is not Unit.KG:
            self.scale_keys.hide()
            return
        if descriptions:
            self.scale_keys.setText("\n".join(descriptions))
        else:
            self.scale_keys.setText(
                self.tr(
                    "No scale label key yet: add the scale's item key as a barcode, e.g. "
                    "21 and the item number 00001 as 2100001."
                )
            )
        self.scale_keys.show()

    # --- live figures -----------------------------------------------------------------------

    def _typed(self, edit: DecimalEdit) -> Decimal | None:
        try:
            return edit.decimal() if edit.text().strip() else None
        except InvalidInput:
            return None

    def update_figures(self) -> None:
        """Show the price's other side of tax, and the margin, for what is typed now."""
        price = self._typed(self.price)
        percent = sum(self.taxes.checked_percents(), ZERO)
        if price is None or price < 0:
            self.price_parts.setText(self.tr("Type the price to see it with and without tax."))
            self.margin.setText("")
            return
        cur, money = self.text.currency, self.text.money
        mode = TaxMode(self.settings.tax_mode)
        tax = round_money(unrounded_tax(price, percent, mode), cur)
        net = price - tax if mode is TaxMode.INCLUSIVE else price
        gross = price if mode is TaxMode.INCLUSIVE else price + tax
        per_kg = self.tr(" per kg") if self.unit_value() is Unit.KG else ""
        if mode is TaxMode.INCLUSIVE:
            parts = self.tr("{gross} incl. tax = {net} + {tax} tax{per}")
        else:
            parts = self.tr("{net} + {tax} tax = {gross}{per}")
        self.price_parts.setText(
            parts.format(gross=money(gross), net=money(net), tax=money(tax), per=per_kg)
        )
        if not self.show_costs:
            return  # no margin: it would tell the cost
        cost = self._typed(self.cost)
        if cost is None:
            self.margin.setText(self.tr("Type the cost to see the margin."))
        elif net <= 0:
            self.margin.setText(self.tr("No margin on a price of zero."))
        else:
            margin = ((net - cost) * HUNDRED / net).quantize(Decimal("0.1"))
            self.margin.setText(
                self.tr("Margin {percent} % ({profit}{per} on the price before tax)").format(
                    percent=margin, profit=money(net - cost), per=per_kg
                )
            )
        self.margin.setStyleSheet(
            "QLabel { color: #b00020; }" if cost is not None and cost > net else ""
        )
