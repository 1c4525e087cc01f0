"""The product dialog: a new product, or one to edit, with its barcodes and its history.

Save writes everything (details and barcode changes) as one unit of work, or nothing: a
refused value is shown at its field, on its tab. Delete removes a product that never moved;
one with sales, stock movements or price changes is offered deactivation instead.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidField, ShopError
from pos.services.catalog.editing import ProductForm, check_product, save_product
from pos.services.catalog.internal_codes import scale_key
from pos.services.catalog.products import (
    get_product,
    list_categories,
    list_tax_rates,
    set_active,
)
from pos.services.catalog.removal import ProductUsage, delete_product, product_usage
from pos.services.database import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.reorder import supplier_choices
from ui.costs import sees_costs
from ui.products.barcodes_panel import BarcodesPanel
from ui.products.details_form import DetailsForm
from ui.products.history_panel import HistoryPanel
from ui.staff.approval import with_approval
from ui.widgets.decimal_edit import DecimalEdit
from ui.widgets.forms import MessageLabel, fit_to_screen, touch_sized

ZERO = Decimal(0)
#: The fields as the dialog shows them: the first one with a problem gets the cursor.
_FIELD_ORDER = (
    "sku",
    "name",
    "category",
    "unit",
    "price",
    "cost",
    "tax_rates",
    "reorder_level",
    "reorder_quantity",
    "max_level",
    "supplier",
    "barcodes",
)


class ProductDialog(QDialog):
    """Details, Barcodes and (for a stored product) History tabs; Save, Cancel, Delete.

    After ``exec()``: ``product`` is the product as saved or deactivated (None if nothing
    was saved), ``deleted`` says it was deleted. Either way the dialog was accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        product_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings
        self.product_id = product_id
        self.product: ProductDTO | None = None
        self.deleted = False
        stored = None if product_id is None else get_product(db, product_id, actor)
        self.stored = stored

        self.details = DetailsForm(
            settings,
            list_tax_rates(db),
            list_categories(db),
            suppliers=supplier_choices(db),
            show_costs=sees_costs(db, actor),
        )
        self.details_page = QScrollArea()
        self.details_page.setWidgetResizable(True)
        self.details_page.setFrameShape(QFrame.Shape.NoFrame)
        self.details_page.setWidget(self.details)
        self.barcodes = BarcodesPanel(db, settings, product_id)
        self.barcodes.entry.installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Product tabs"))
        self.tabs.addTab(self.details_page, self.tr("&Details"))
        self.tabs.addTab(self.barcodes, "")
        self.history: HistoryPanel | None = None
        if stored is not None:
            self.history = HistoryPanel(db, stored.id, stored.unit, self.details.text)
            self.tabs.addTab(self.history, self.tr("&History"))

        self.message = MessageLabel(self.tr("Product message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save product"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete product"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(stored is not None)
        touch_sized(self.save_button, self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        self.barcodes.codes_changed.connect(self._barcodes_changed)
        self.details.unit.currentIndexChanged.connect(self._barcodes_changed)

        if stored is None:
            self.setWindowTitle(self.tr("New product"))
            rates = self.details.taxes.rates
            if rates:
                self.details.taxes.set_checked([rates[0].id])  # the shop's first: standard
        else:
            self.setWindowTitle(self.tr("Product: {name}").format(name=stored.name))
            self.details.load(stored)
            self.barcodes.set_codes(list(stored.barcodes))
        self._barcodes_changed()
        self._fit_screen()
        self.details.name.setFocus()
        self._opened = self._state()

    def _fit_screen(self) -> None:
        """As big as the form wants, but never bigger than the screen (1024 by 600 netbooks)."""
        fit_to_screen(self, 940, 600)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the barcode field adds the code; it must not also press Save."""
        if (
            watched is self.barcodes.entry
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.barcodes.add_typed()
            return True
        return super().eventFilter(watched, event)

    def _barcodes_changed(self) -> None:
        codes = self.barcodes.codes()
        self.tabs.setTabText(
            1,
            self.tr("&Barcodes ({count})").format(count=len(codes))
            if codes
            else self.tr("&Barcodes"),
        )
        rules = self.settings.variable_measure_rules
        keys = [self.barcodes.model.describe(c) for c in codes if scale_key(c, rules)]
        self.details.show_scale_keys(keys)

    # --- leave ------------------------------------------------------------------------------

    def _state(self) -> tuple[ProductForm, dict[str, str], str]:
        """What the user has typed, to tell whether leaving would lose something."""
        form, problems = self.read_form()
        return form, problems, self.barcodes.entry.text().strip()

    def reject(self) -> None:
        """Cancel or Esc: leave at once when nothing changed, else ask first."""
        if self._state() != self._opened and not self._ask(
            self.tr("Unsaved changes"),
            self.tr("Drop the changes you made to this product?"),
            self.tr("&Drop changes"),
        ):
            return
        super().reject()

    # --- save -------------------------------------------------------------------------------

    def read_form(self) -> tuple[ProductForm, dict[str, str]]:
        """What the dialog holds, as the service takes it, and the number fields that hold
        something that is not a number (each read as zero meanwhile)."""
        d = self.details
        problems: dict[str, str] = {}

        def number(field: str, edit: DecimalEdit, empty: Decimal | None) -> Decimal:
            try:
                return d.decimal(field, edit, empty)
            except InvalidField as error:
                problems[field] = error.message
                return ZERO

        form = ProductForm(
            sku=d.sku.text(),
            name=d.name.text(),
            price=number("price", d.price, None),
            # Hidden from whoever may not see costs: None keeps the stored cost.
            cost=number("cost", d.cost, ZERO) if d.show_costs else None,
            tax_rate_ids=tuple(d.taxes.checked_ids()),
            unit=d.unit_value(),
            category=d.category.currentText(),
            barcodes=tuple(self.barcodes.codes()),
            favourite=d.favourite.isChecked(),
            active=d.active.isChecked(),
            reorder_level=number("reorder_level", d.reorder_level, ZERO),
            reorder_quantity=number("reorder_quantity", d.reorder_quantity, ZERO),
            max_level=number("max_level", d.max_level, ZERO),
            supplier_id=d.supplier.currentData(),
        )
        return form, problems

    def save(self) -> None:
        """Save everything, or show at each field why not (nothing is written then)."""
        self.details.clear_errors()
        self.barcodes.message.clear_message()
        self.message.clear_message()
        if self.barcodes.entry.text().strip():
            # Typed but not added yet: the user means it to be on the product.
            self.barcodes.add_typed()
            if self.barcodes.entry.text().strip():
                self.tabs.setCurrentWidget(self.barcodes)
                return
        form, problems = self.read_form()
        try:
            if problems:
                # Check the rest too, so that every problem shows at once.
                check_product(self.db, self.product_id, form)
            else:
                self.product = with_approval(
                    self,
                    self.db,
                    self.actor,
                    lambda actor: save_product(self.db, self.product_id, form, actor),
                )
        except InvalidField as error:
            problems = {**error.problems, **problems}  # "not a number" beats "zero" there
        except ShopError as error:
            self.message.show_error(str(error))
            return
        if problems:
            self.show_problems(problems)
            return
        self.accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each message at its field; the first field in the form's order gets the
        cursor, on its tab."""
        first: QWidget | None = None
        for field in _FIELD_ORDER:
            if field not in problems:
                continue
            if field == "barcodes":
                self.barcodes.show_error(problems[field])
                widget: QWidget | None = self.barcodes.entry
            else:
                widget = self.details.show_error(field, problems[field])
            first = first or widget
        unplaced = [m for f, m in problems.items() if f not in _FIELD_ORDER]
        if unplaced:
            self.message.show_error(unplaced[0])
        if first is self.barcodes.entry:
            self.tabs.setCurrentWidget(self.barcodes)
        elif first is not None:
            self.tabs.setCurrentWidget(self.details_page)
            self.details_page.ensureWidgetVisible(first)
        if first is not None:
            first.setFocus()

    # --- delete -----------------------------------------------------------------------------

    def delete(self) -> None:
        """Delete a product that never moved (after asking); offer to deactivate the others."""
        if self.stored is None:
            return
        self.message.clear_message()
        try:
            usage = product_usage(self.db, self.stored.id)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        if usage.can_delete:
            self._confirm_delete()
        else:
            self._offer_deactivate(usage)

    def _ask(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        go.setAccessibleName(yes.replace("&", ""))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _confirm_delete(self) -> None:
        assert self.stored is not None
        if not self._ask(
            self.tr("Delete product"),
            self.tr("Delete '{name}' and its barcodes? This cannot be undone.").format(
                name=self.stored.name
            ),
            self.tr("Delete"),
        ):
            return
        try:
            product_id = self.stored.id
            with_approval(
                self, self.db, self.actor, lambda actor: delete_product(self.db, product_id, actor)
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.deleted = True
        self.accept()

    def _reasons(self, usage: ProductUsage) -> str:
        found = []
        if usage.sold:
            found.append(self.tr("it has been sold"))
        if usage.stock_moved:
            found.append(self.tr("its stock has moved"))
        if usage.price_changed:
            found.append(self.tr("its price has been changed"))
        if usage.in_cart_at:
            found.append(self.tr("it is in a cart at {till}").format(till=usage.in_cart_at))
        return ", ".join(found)

    def _offer_deactivate(self, usage: ProductUsage) -> None:
        assert self.stored is not None
        kept = self.tr("'{name}' cannot be deleted: {reasons}, and the shop's records keep it.")
        kept = kept.format(name=self.stored.name, reasons=self._reasons(usage))
        if not self.details.active.isChecked() and not self.stored.active:
            QMessageBox.information(
                self,
                self.tr("Delete product"),
                kept + "\n\n" + self.tr("It is deactivated already: the till does not sell it."),
            )
            return
        question = (
            kept
            + "\n\n"
            + self.tr(
                "Deactivate it instead? It leaves the till and search, and stays in the reports."
            )
        )
        if not self._ask(self.tr("Delete product"), question, self.tr("Deactivate")):
            return
        try:
            product_id = self.stored.id
            self.product = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: set_active(self.db, product_id, False, actor=actor),
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.accept()
