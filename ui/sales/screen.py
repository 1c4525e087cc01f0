"""The sales screen: scan, search, pick, edit the cart, pay, print; the counter's whole day."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Discount, Unit
from pos.domain.errors import ShopError, UnknownBarcode, WeightNeeded
from pos.domain.payments import Tender
from pos.services.database import Database
from pos.services.dto import SaleDTO
from pos.services.lookup import find_by_id
from pos.services.selling.cart import CartSession
from pos.services.selling.counter import record_no_sale
from pos.services.selling.quick_picks import list_quick_picks
from pos.services.selling.records import last_sale
from pos.services.settings import ShopSettings
from ui.catalog.search_model import ProductSearchModel
from ui.events import AppEvents
from ui.sales.banner import Banner
from ui.sales.cart_model import CartModel
from ui.sales.cart_view import CartView
from ui.sales.dialogs.amount import AskValue
from ui.sales.money_text import MoneyText
from ui.sales.printing import ReceiptPrinter
from ui.sales.quick_picks import QuickPicks
from ui.sales.scan_box import ScanBox
from ui.sales.totals_panel import TotalsPanel
from ui.staff.approval import with_approval

log = logging.getLogger(__name__)
_QUANTITY = r"^\d{0,6}([.,]\d{0,3})?$"
_DISCOUNT = r"^(\d{0,3}([.,]\d{0,2})?%?|\d{0,10}([.,]\d{0,3})?)$"


class SalesScreen(QWidget):
    """Everything a cashier does between two customers, from the keyboard or by touch.

    Signals:
        sale_completed(object): a SaleDTO, after it is committed.
    """

    sale_completed = Signal(object)

    def __init__(
        self, db: Database, session: CartSession, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.session = session
        self.events = events
        self.text = MoneyText(session.settings)
        self.printer = ReceiptPrinter(events, self)
        self.scan = ScanBox(db, ProductSearchModel(self.text))
        self.banner = Banner(self.tr("Message"))
        self.print_banner = Banner(self.tr("Printer message"))
        self.cart_model = CartModel(self.text)
        self.cart_view = self._cart_view()
        self.totals = TotalsPanel(self.text, session.settings.tax_mode)
        self.quick_picks = QuickPicks(self.text)
        self.buttons: dict[str, QPushButton] = {}
        self._lay_out()
        self.scan.code_entered.connect(self.scan_code)
        self.scan.product_chosen.connect(self.add_product)
        self.quick_picks.product_chosen.connect(self.add_product)
        self.cart_model.quantity_edited.connect(self._quantity_edited)
        # Queued: a manager's approval may be asked, and a dialog over the open editor
        # would make it commit the same edit again.
        queued = Qt.ConnectionType.QueuedConnection
        self.cart_model.discount_edited.connect(self._discount_edited, queued)
        self.cart_model.price_edited.connect(self._price_edited, queued)
        self.printer.failed.connect(self._print_failed)
        events.settings_changed.connect(self.apply_settings)
        events.catalog_changed.connect(self._catalog_changed)
        self._picks_stale = False
        self.quick_picks.show_picks(list_quick_picks(db))
        self._size_columns()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _cart_view(self) -> CartView:
        view = CartView(self.cart_model)
        view.setAccessibleName(self.tr("Cart"))
        # The view takes focus back when an in-place edit closes; the scanner needs it.
        view.cart_delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self.focus_scan))
        return view

    def _action(
        self, key: str, label: str, slot: Callable[[], object], name: str | None = None
    ) -> QPushButton:
        """A button and its shortcut; the key shows on the button."""
        action = QAction(label, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        shown_key = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{label}\n{shown_key}")
        button.setAccessibleName(name or label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(56)
        button.clicked.connect(action.trigger)
        self.buttons[name or label] = button
        return button

    def _lay_out(self) -> None:
        actions = QGridLayout()
        for index, (key, label, slot) in enumerate(
            [
                ("F2", self.tr("Quantity"), self.change_quantity),
                ("F3", self.tr("Discount"), self.cart_discount),
                ("Del", self.tr("Remove line"), self.remove_line),
                ("F5", self.tr("Park"), self.park),
                ("F6", self.tr("Resume"), self.resume),
                ("F8", self.tr("Void"), self.void),
                ("F7", self.tr("Refund"), self.refund),
                ("F9", self.tr("Reprint"), self.reprint_last),
                ("F10", self.tr("Invoice"), self.invoice),
                ("F11", self.tr("No sale"), self.no_sale),
            ]
        ):
            actions.addWidget(self._action(key, label, slot), index // 5, index % 5)
        pay = self._action("F12", self.tr("Pay"), self.pay, name="Pay")
        pay.setObjectName("pay")
        pay.setMinimumHeight(72)
        pay.setStyleSheet(
            "QPushButton#pay {background:#1f7a34; color:white; font-size:20px;"
            " font-weight:bold; border-radius:6px;}"
        )
        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.print_banner)
        left.addWidget(self.banner)
        left.addWidget(self.cart_view, 1)
        left.addLayout(actions)
        right = QVBoxLayout()
        right.addWidget(self.totals)
        right.addWidget(pay)
        right.addWidget(self.quick_picks, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("sales_splitter")
        for pane, stretch, minimum in ((left, 3, 380), (right, 2, 360)):
            holder = QWidget()
            holder.setLayout(pane)
            # The totals ignore their text's width (see TotalsPanel), so the pane says how
            # narrow it may get: three quick-pick buttons and a tax line.
            holder.setMinimumWidth(minimum)
            self.splitter.addWidget(holder)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([3000, 2000])  # 3 : 2 until the user moves the divider
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def _size_columns(self) -> None:
        """Fixed widths, measured once for the widest plausible amount: sizing columns to
        their contents re-measures every cell on every scan."""
        metrics = self.cart_view.fontMetrics()
        widest_money = metrics.horizontalAdvance(self.text.money(Decimal("-99999.99"))) + 16
        widths = {
            1: metrics.horizontalAdvance("9999.999 kg") + 16,
            2: widest_money,
            3: widest_money,
            4: widest_money,
        }
        for column, width in widths.items():
            self.cart_view.setColumnWidth(column, width)

    # --- state --------------------------------------------------------------------------------

    def _catalog_changed(self) -> None:
        """Products or categories changed on another screen: the quick picks (names,
        prices, tab colours) are read again when the till is next shown."""
        self._picks_stale = True

    def refresh(self) -> None:
        """Show the cart as it is now and put the cursor back in the scan field."""
        if self._picks_stale:
            self._picks_stale = False
            self.quick_picks.show_picks(list_quick_picks(self.db))
        totals = self.session.totals()
        rows_before = self.cart_model.rowCount()
        self.cart_model.set_totals(totals)
        self.totals.show_totals(totals)
        if self.cart_model.rowCount() > rows_before:
            self.cart_view.scrollToBottom()
        self.focus_scan()

    def focus_scan(self) -> None:
        self.scan.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_settings(self, settings: ShopSettings) -> None:
        self.session.settings = settings
        self.text = self.totals.text = MoneyText(settings)
        self.quick_picks.set_text(self.text)
        self.cart_model.set_text(self.text)
        self.scan.model.set_text(self.text)
        self.totals.tax_mode = settings.tax_mode
        self._size_columns()
        self.refresh()

    def attempt(self, action: Callable[[int | None], object]) -> bool:
        """Run a cart action, given who approved it (None: the cashier alone). When the
        cashier's role may not, a manager may approve it on the spot and it runs once
        more; a refusal (or no approval) shows in the banner and changes nothing."""
        try:
            with_approval(
                self, self.db, self.session.actor(), lambda actor: action(actor.approver_id)
            )
        except ShopError as error:
            self.banner.warn(str(error))
            QApplication.beep()
            self.refresh()
            return False
        self.banner.clear()
        self.refresh()
        return True

    def _selected_line(self) -> str | None:
        rows = self.cart_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.cart_model.rowCount() - 1
        return self.cart_model.line_id(row) if row >= 0 else None

    # --- selling ------------------------------------------------------------------------------

    def scan_code(self, code: str) -> None:
        """A scanned or typed code: add the item, or say clearly why not."""
        try:
            self.session.scan(code)
        except WeightNeeded as weighed:
            # A weighed item's own code (its PLU or SKU): weighed now, as when it is picked.
            self.banner.clear()
            self._add_weighed(weighed.product_id)
            return
        except UnknownBarcode as unknown:
            QApplication.beep()
            missing = unknown.code
            self.banner.show_message(
                "warn", str(unknown), self.tr("Add product"), lambda: self.new_product(missing)
            )
            self.refresh()
            return
        except ShopError as error:
            QApplication.beep()
            self.banner.warn(str(error))
            self.refresh()
            return
        self.banner.clear()
        self.refresh()

    def add_product(self, product_id: int) -> None:
        """A product picked from the matches or a quick-pick button; weighed goods ask."""
        try:
            weighed = find_by_id(self.db, product_id).unit is Unit.KG
        except ShopError:
            weighed = False  # the cart refuses it below, and the banner says why
        if weighed:
            self._add_weighed(product_id)
        else:
            self.attempt(lambda _approver: self.session.add_product(product_id, Decimal(1)))

    def _add_weighed(self, product_id: int) -> None:
        """Ask for the weight, then add it; a cancelled prompt adds nothing."""
        dialog = AskValue(
            self.tr("Weight"),
            self.tr("Weight in kg:"),
            self.tr("Weight"),
            _QUANTITY,
            self.text.parse_weight,
            self,
        )
        if dialog.exec() != AskValue.DialogCode.Accepted or not isinstance(dialog.value, Decimal):
            self.focus_scan()
            return
        weight = dialog.value
        self.attempt(lambda _approver: self.session.add_product(product_id, weight))

    def _ask_quantity(self, title: str, prompt: str, initial: str) -> Decimal | None:
        dialog = AskValue(
            title, prompt, self.tr("Quantity"), _QUANTITY, self.text.parse_quantity, self, initial
        )
        accepted = dialog.exec() == AskValue.DialogCode.Accepted
        return dialog.value if accepted and isinstance(dialog.value, Decimal) else None

    def change_quantity(self) -> None:
        line_id = self._selected_line()
        if line_id is None:
            return
        current = self.session.cart.line(line_id).quantity
        quantity = self._ask_quantity(
            self.tr("Quantity"), self.tr("New quantity:"), f"{current.normalize():f}"
        )
        if quantity is not None:
            self.attempt(lambda _approver: self.session.set_quantity(line_id, quantity))
        self.focus_scan()

    def _quantity_edited(self, line_id: str, text: str) -> None:
        quantity = self.text.parse_quantity
        self.attempt(lambda _approver: self.session.set_quantity(line_id, quantity(text)))

    def _discount_edited(self, line_id: str, text: str) -> None:
        discount = self.text.parse_discount
        self.attempt(
            lambda approver: self.session.set_line_discount(
                line_id, discount(text), approver_id=approver
            )
        )

    def _price_edited(self, line_id: str, text: str) -> None:
        """Another unit price for this sale only: a cashier may need a manager's PIN."""
        money = self.text.parse_money
        self.attempt(
            lambda approver: self.session.set_price(
                line_id, money(text, self.tr("price")), approver_id=approver
            )
        )

    def cart_discount(self) -> None:
        current = self.text.discount(self.session.cart.discount)
        dialog = AskValue(
            self.tr("Discount on the whole cart"),
            self.tr("Percentage (10%) or amount (1.50); empty for none:"),
            self.tr("Cart discount"),
            _DISCOUNT,
            self.text.parse_discount,
            self,
            current,
        )
        if dialog.exec() == AskValue.DialogCode.Accepted:
            discount = dialog.value if isinstance(dialog.value, Discount) else None
            self.attempt(
                lambda approver: self.session.set_cart_discount(discount, approver_id=approver)
            )
        self.focus_scan()

    def remove_line(self) -> None:
        line_id = self._selected_line()
        if line_id is not None:
            self.attempt(lambda approver: self.session.remove_line(line_id, approver_id=approver))

    # --- paying -------------------------------------------------------------------------------

    def pay(self) -> None:
        """Take payment (F12); on completion print and open the drawer, off the UI thread."""
        if not self.session.cart.lines:
            self.banner.warn(self.tr("The cart is empty: scan or pick an item first."))
            self.focus_scan()
            return
        settings = self.session.settings
        from ui.sales.payment_dialog import PaymentDialog  # loaded on the first payment

        def pay(tenders: Sequence[Tender]) -> SaleDTO:
            return with_approval(
                self,
                self.db,
                self.session.actor(),
                lambda actor: self.session.pay(tenders, approver_id=actor.approver_id),
            )

        dialog = PaymentDialog(
            self.session.totals().total, self.text, settings.cash_rounding, pay, self
        )
        if dialog.exec() == PaymentDialog.DialogCode.Accepted and dialog.sale is not None:
            self.completed(dialog.sale)
        self.refresh()

    def completed(self, sale: SaleDTO) -> None:
        """A sale or refund is committed: announce it, print it, start afresh."""
        self.sale_completed.emit(sale)
        self.events.sale_completed.emit(sale)
        self.events.stock_changed.emit()
        self.banner.info(
            self.tr("{number} completed. Change: {change}").format(
                number=sale.number, change=self.text.money(sale.change)
            )
        )
        self.print_banner.clear()
        if self.session.settings.print_receipts:
            self.printer.print_sale(sale, self.session.settings)
        else:
            self.printer.open_drawer_for(sale, self.session.settings)
        self.refresh()

    def _print_failed(self, sale: SaleDTO | None, message: str) -> None:
        """Say why the receipt did not print; the sale itself is safe and can be reprinted."""
        if sale is None:
            self.print_banner.show_message("error", message)
            return
        text = self.tr("{number} is saved, but its receipt did not print: {why}").format(
            number=sale.number, why=message
        )
        self.print_banner.show_message(
            "error",
            text,
            self.tr("Reprint"),
            lambda: self.printer.print_sale(sale, self.session.settings, reprint=True),
        )

    # --- other counter work -------------------------------------------------------------------

    def park(self) -> None:
        from ui.sales.dialogs.parked import park_cart

        park_cart(self, self)

    def resume(self) -> None:
        from ui.sales.dialogs.parked import resume_cart

        resume_cart(self, self)

    def void(self) -> None:
        if not self.session.cart.lines:
            self.focus_scan()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Void the cart"),
            self.tr("Throw away every item in the cart? This is logged."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        voided = answer == QMessageBox.StandardButton.Yes and self.attempt(
            lambda approver: self.session.void("voided at the counter", approver_id=approver)
        )
        if voided:
            self.banner.info(self.tr("The cart was voided."))
        self.focus_scan()

    def reprint_last(self) -> None:
        sale = last_sale(self.db, self.session.till)
        if sale is None:
            self.banner.warn(self.tr("No sale has been completed at this till yet."))
        else:
            self.printer.print_sale(sale, self.session.settings, reprint=True)
            self.banner.info(self.tr("Reprinting {number}…").format(number=sale.number))
        self.focus_scan()

    def refund(self) -> None:
        from ui.sales.dialogs.refund import RefundDialog

        dialog = RefundDialog(self.db, self.session, self.text, self)
        if dialog.exec() == RefundDialog.DialogCode.Accepted and dialog.refund is not None:
            self.completed(dialog.refund)
        self.focus_scan()

    def invoice(self) -> None:
        from ui.sales.dialogs.invoice import InvoiceDialog

        last = last_sale(self.db, self.session.till)
        InvoiceDialog(
            self.db,
            self.session.settings,
            last.number if last else "",
            self,
            actor=self.session.actor(),
        ).exec()
        self.focus_scan()

    def no_sale(self) -> None:
        """Open the drawer without a sale; the opening is logged."""
        if self.attempt(lambda approver: record_no_sale(self.db, self.session.actor(approver))):
            self.printer.open_drawer(self.session.settings)
            self.banner.info(self.tr("Drawer opened (no sale). This is logged."))

    def new_product(self, barcode: str) -> None:
        from ui.sales.dialogs.new_product import NewProductDialog

        dialog = NewProductDialog(self.db, barcode, self, actor=self.session.actor())
        if dialog.exec() == NewProductDialog.DialogCode.Accepted and dialog.product is not None:
            QTimer.singleShot(0, lambda: self.scan_code(barcode))
        self.focus_scan()
