"""The delivery editor: receive goods by scanning, check quantities and costs, post.

The scan field keeps the focus, as at the counter: a scanner's digits and Enter add one of
the product (or the weight on a weighed item's label); a quantity typed first in the
Quantity field, or written before the code as ``12*``, adds that many. A name typed in the
field searches, and Enter or a click picks. Every scan is saved in the draft at once. An
unknown barcode offers to create the product there and then, and adds it.

A user whose role may not receive deliveries is asked for a manager's approval at the
first change; it covers the rest of this one delivery, its post included (``ApprovedWork``).
Whoever may not see costs sees no cost column, no total at cost and no cost in the question
before posting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import NotAllowed, ShopError, UnknownBarcode
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.deliveries import (
    DeliveryDTO,
    DeliveryLineDTO,
    create_delivery,
    get_delivery,
    save_header,
)
from pos.services.stock.delivery_lines import add_product, add_scanned, remove_line
from pos.services.stock.delivery_posting import post_delivery
from ui.approved_work import ApprovedWork
from ui.catalog.search_model import ProductSearchModel
from ui.costs import sees_costs
from ui.events import AppEvents
from ui.sales.banner import Banner
from ui.sales.money_text import MoneyText
from ui.sales.scan_box import ScanBox
from ui.stock.deliveries_delegate import DeliveryLineDelegate
from ui.stock.deliveries_header import DeliveryHeaderForm
from ui.stock.deliveries_lines_model import NAME, QUANTITY, TOTAL, UNIT_COST, DeliveryLinesModel
from ui.widgets.decimal_edit import DecimalEdit
from ui.widgets.forms import touch_sized

#: "12*4006381333931": twelve of that code.
_TIMES = re.compile(r"^\s*(\d+(?:[.,]\d{1,3})?)\s*[*xX]\s*(\S+)\s*$")


class DeliveryEditor(QWidget):
    """One delivery or return: its header, scan field, lines and total.

    Signals:
        closed(): the user went back to the list.
        changed(): the delivery was saved, posted or deleted (the list reads it again).
    """

    closed = Signal()
    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.settings, self.events = db, actor, settings, events
        #: Who acts on the delivery shown: the user, with a manager once one approved it.
        self.work = ApprovedWork(self, db, actor)
        self.show_costs = sees_costs(db, actor)
        self.text = MoneyText(settings)
        self.delivery: DeliveryDTO | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.header = DeliveryHeaderForm(db)
        self.quantity = DecimalEdit(self.tr("quantity"))
        self.quantity.setAccessibleName(self.tr("Quantity for the next scan"))
        self.quantity.setPlaceholderText(self.tr("Qty 1"))
        self.quantity.setMaximumWidth(110)
        self.search_model = ProductSearchModel(self.text)
        self.scan = ScanBox(db, self.search_model)
        self.scan.field.setPlaceholderText(
            self.tr("Scan a barcode, or type a name or SKU (12*code adds twelve)")
        )
        self.banner = Banner(self.tr("Delivery message"))
        self.model = DeliveryLinesModel(db, actor, self.text, self, show_costs=self.show_costs)
        self.view = self._table()
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total at cost"))
        self.total.setFont(font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines_count = QLabel()
        self.lines_count.setAccessibleName(self.tr("Lines"))
        self.lines_count.setFont(font)
        self.lines_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setVisible(self.show_costs)
        self.lines_count.setVisible(not self.show_costs)
        self.back_button = self._button(self.tr("← Deliveries"), self.tr("Back to the list"))
        self.remove_button = self._button(self.tr("Remove line"), self.tr("Remove line"))
        self.separate_button = self._button(
            self.tr("Separate line"), self.tr("Add a separate line of this product")
        )
        self.save_button = self._button(self.tr("Save draft"), self.tr("Save draft"))
        self.post_button = self._button(self.tr("Post…"), self.tr("Post delivery"))
        self.post_button.setDefault(False)
        self.separate_button.setToolTip(
            self.tr("The same product again on a line of its own: another cost, or free goods")
        )
        self._build()
        self._connect()
        self.show_delivery(None)

    # --- building -----------------------------------------------------------------------

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        touch_sized(button)
        return button

    def _table(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(self.tr("Delivery lines"))
        view.setModel(self.model)
        view.setItemDelegate(DeliveryLineDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(36)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT_COST, TOTAL):
            view.setColumnHidden(column, not self.show_costs)
        return view

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.quantity, 0, Qt.AlignmentFlag.AlignTop)
        scan_row.addWidget(self.scan, 1)
        self.quantity.setMinimumHeight(44)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.separate_button)
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.lines_count, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addLayout(scan_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.scan.code_entered.connect(self.scan_code)
        self.scan.product_chosen.connect(self.pick_product)
        self.quantity.returnPressed.connect(self.scan.field.setFocus)
        self.model.changed.connect(self._line_edited)
        self.model.edit_failed.connect(self._refused)
        self.model.approval_needed.connect(
            lambda refusal, retry: QTimer.singleShot(0, lambda: self._approve(refusal, retry))
        )
        self.back_button.clicked.connect(self.close_editor)
        self.remove_button.clicked.connect(self.remove_selected)
        self.separate_button.clicked.connect(self.separate_selected)
        self.save_button.clicked.connect(self.save_draft)
        self.post_button.clicked.connect(self.post)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save_draft),
            ("Ctrl+Return", self.post),
            ("Escape", self._escape),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

    # --- showing ------------------------------------------------------------------------

    def show_delivery(self, delivery: DeliveryDTO | None, *, keep_approval: bool = False) -> None:
        """Show ``delivery`` (None: a new one, written at the first scan or save). A
        manager's approval of the delivery shown before is forgotten, unless
        ``keep_approval`` (a return the approval has just created)."""
        if not keep_approval:
            self.work.forget()
            self.model.actor = self.work.actor
        self.delivery = delivery
        self.header.show_delivery(delivery)
        self.banner.clear()
        self.quantity.clear()
        self.scan.clear()
        self._show_lines(delivery)

    def open_delivery(self, delivery_id: int) -> None:
        self.show_delivery(get_delivery(self.db, delivery_id, self.actor))

    def _show_lines(self, delivery: DeliveryDTO | None, product_id: int | None = None) -> None:
        self.delivery = delivery
        self.model.show_delivery(delivery)
        draft = delivery is None or delivery.is_draft
        is_return = delivery is not None and delivery.is_return
        for widget in (self.quantity, self.scan, self.remove_button, self.save_button):
            widget.setVisible(draft)
        self.post_button.setVisible(draft)
        self.separate_button.setVisible(draft and not is_return)
        kind = self.tr("Return to supplier") if is_return else self.tr("Delivery")
        if delivery is None or delivery.number is None:
            self.title.setText(self.tr("{kind} — draft").format(kind=kind))
        else:
            self.title.setText(f"{kind} {delivery.number}")
        lines = 0 if delivery is None else len(delivery.lines)
        total = (None if delivery is None else delivery.total) or Decimal(0)
        self.total.setText(
            self.tr("{lines} lines · total at cost {total}").format(
                lines=lines, total=self.text.money(total)
            )
        )
        self.lines_count.setText(
            self.tr("1 line") if lines == 1 else self.tr("{lines} lines").format(lines=lines)
        )
        if product_id is not None:
            row = self.model.row_of_product(product_id)
            if row >= 0:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, QUANTITY))
        if draft:
            self.scan.field.setFocus()

    def apply_settings(self, settings: ShopSettings) -> None:
        self.settings = settings
        self.text = MoneyText(settings)
        self.model.text = self.text
        self.search_model.set_text(self.text)
        self._show_lines(self.delivery)

    # --- acting -------------------------------------------------------------------------

    def _act(self, action: Callable[[Actor], DeliveryDTO]) -> DeliveryDTO:
        """Run a change of this delivery as the user, or with a manager's approval asked
        (once for the delivery) when their role may not receive."""
        saved = self.work.run(action)
        self.model.actor = self.work.actor
        return saved

    def _approve(self, refusal: NotAllowed, retry: Callable[[Actor], None]) -> None:
        """A line edit the user's role may not make: a manager may approve the delivery."""
        try:
            approved = self.work.ask(refusal)
            retry(approved)
        except ShopError as error:
            self._refused(str(error))
            return
        self.work.keep(approved)
        self.model.actor = approved

    def _attempt(
        self, action: Callable[[Actor], DeliveryDTO], product_id: int | None = None
    ) -> bool:
        """Run a change of the draft; a refusal shows in the banner and beeps."""
        try:
            saved = self._act(action)
        except ShopError as error:
            self._refused(str(error))
            return False
        self.banner.clear()
        self._show_lines(saved, product_id)
        self.changed.emit()
        return True

    def _refused(self, message: str) -> None:
        self.banner.warn(message)
        QApplication.beep()
        self.scan.field.setFocus()

    def _draft_id(self) -> int:
        """The draft's id, writing it first if this is a new delivery."""
        if self.delivery is None:
            header = self.header.header()
            self.delivery = self._act(lambda actor: create_delivery(self.db, header, actor=actor))
            self.header.load_suppliers()
        return self.delivery.id

    def _typed_quantity(self) -> Decimal | None:
        text = self.quantity.text().strip()
        return None if not text else self.text.parse_quantity(text)

    def scan_code(self, typed: str) -> None:
        """A code from the scanner or typed: add it to the draft."""
        code, quantity_text = typed.strip(), ""
        times = _TIMES.match(typed)
        if times is not None:
            quantity_text, code = times.group(1), times.group(2)
        try:
            quantity = (
                self.text.parse_quantity(quantity_text) if quantity_text else self._typed_quantity()
            )
            delivery_id = self._draft_id()
            saved = self._act(
                lambda actor: add_scanned(
                    self.db,
                    delivery_id,
                    code,
                    settings=self.settings,
                    actor=actor,
                    quantity=quantity,
                )
            )
        except UnknownBarcode as unknown:
            self._offer_new_product(unknown, code)
            return
        except ShopError as error:
            self._refused(str(error))
            return
        self.quantity.clear()
        before = () if self.delivery is None else self.delivery.lines
        self.banner.clear()
        self._show_lines(saved, _changed_product(before, saved.lines))
        self.changed.emit()

    def pick_product(self, product_id: int) -> None:
        """A product picked from the search: add one (or the typed quantity)."""

        try:
            quantity = self._typed_quantity()
            delivery_id = self._draft_id()  # asks for an approval first, if one is needed
        except ShopError as error:
            self._refused(str(error))
            return

        def add(actor: Actor) -> DeliveryDTO:
            return add_product(self.db, delivery_id, product_id, actor=actor, quantity=quantity)

        if self._attempt(add, product_id):
            self.quantity.clear()

    def _offer_new_product(self, unknown: UnknownBarcode, code: str) -> None:
        """No product has this barcode: offer to create it, then add it to the delivery."""
        QApplication.beep()
        answer = QMessageBox.question(
            self,
            self.tr("Unknown barcode"),
            self.tr("{message}\n\nCreate the product now and add it to this delivery?").format(
                message=str(unknown)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.banner.warn(str(unknown))
            self.scan.field.setFocus()
            return
        from ui.products.product_dialog import ProductDialog  # opened rarely: load on use

        dialog = ProductDialog(self.db, self.actor, self.settings, None, self)
        dialog.barcodes.set_codes([unknown.code])
        dialog.exec()
        product = dialog.product
        if product is None:
            self.scan.field.setFocus()
            return
        self.events.catalog_changed.emit()
        self.pick_product(product.id)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0 or self.delivery is None or not self.delivery.is_draft:
            return
        line = self.model.line(row)
        self._attempt(lambda actor: remove_line(self.db, line.id, actor=actor))

    def separate_selected(self) -> None:
        """The selected line's product again, on a line of its own (another cost)."""
        row = self.selected_row()
        if row < 0 or self.delivery is None:
            self.banner.info(self.tr("Pick a line first: its product gets a line of its own."))
            return
        line = self.model.line(row)
        self._attempt(
            lambda actor: add_product(
                self.db,
                self.delivery.id,  # type: ignore[union-attr]
                line.product_id,
                actor=actor,
                quantity=Decimal(1) if line.unit.value == "each" else Decimal("0.001"),
                separate=True,
            ),
        )
        self.view.selectRow(self.model.rowCount() - 1)

    def save_draft(self) -> bool:
        """Save the header (and write the draft if nothing was scanned yet)."""
        if self.delivery is not None and not self.delivery.is_draft:
            return True
        header = self.header.header()

        def save(actor: Actor) -> DeliveryDTO:
            if self.delivery is None:
                return create_delivery(self.db, header, actor=actor)
            return save_header(self.db, self.delivery.id, header, actor=actor)

        if not self._attempt(save):
            return False
        self.header.load_suppliers()
        self.banner.info(self.tr("Draft saved. Continue it later from the list."))
        return True

    def post(self) -> None:
        """Confirm with the lines and total, then post: stock and costs change."""
        if self.delivery is not None and not self.delivery.is_draft:
            return
        if not self.save_draft() or self.delivery is None:
            return
        delivery = self.delivery
        if not delivery.lines:
            self._attempt(lambda actor: post_delivery(self.db, delivery.id, actor=actor))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Post"),
            self._post_question(delivery),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.scan.field.setFocus()
            return
        if self._attempt(lambda actor: post_delivery(self.db, delivery.id, actor=actor)):
            self.work.forget()  # the approval covered this delivery: it is done
            self.model.actor = self.work.actor
            self.events.stock_changed.emit()
            assert self.delivery is not None
            self.banner.info(
                self.tr("{number} posted: stock and costs are updated.").format(
                    number=self.delivery.number
                )
            )
        else:
            # Perhaps posted a moment ago at another till: show it as it is now.
            try:
                self._show_lines(get_delivery(self.db, delivery.id, self.actor))
            except ShopError:
                self._show_lines(None)

    def _post_question(self, delivery: DeliveryDTO) -> str:
        """What posting does, with the total at cost only for whoever may see costs."""
        lines, total = len(delivery.lines), self.text.money(delivery.total or Decimal(0))
        if delivery.is_return and self.show_costs:
            question = self.tr(
                "Post this return of {lines} lines, {total} at cost? The goods leave stock. "
                "A posted return cannot be changed."
            )
        elif delivery.is_return:
            question = self.tr(
                "Post this return of {lines} lines? The goods leave stock. "
                "A posted return cannot be changed."
            )
        elif self.show_costs:
            question = self.tr(
                "Post this delivery of {lines} lines, {total} at cost? Stock and costs "
                "change. A posted delivery cannot be changed (a return to supplier corrects "
                "it)."
            )
        else:
            question = self.tr(
                "Post this delivery of {lines} lines? Stock and costs change. A posted "
                "delivery cannot be changed (a return to supplier corrects it)."
            )
        return question.format(lines=lines, total=total)

    def _line_edited(self, saved: DeliveryDTO) -> None:
        self.banner.clear()
        self._show_lines(saved)
        self.changed.emit()

    def _escape(self) -> None:
        """Esc clears a half-typed search first, as at the counter; then goes back."""
        if self.scan.field.text():
            self.scan.clear()
            return
        self.close_editor()

    def close_editor(self) -> None:
        """Back to the list; a draft's header is saved first (nothing typed is lost)."""
        if self.delivery is not None and self.delivery.is_draft and not self.save_draft():
            return
        self.work.forget()
        self.model.actor = self.work.actor
        self.closed.emit()


def _changed_product(
    before: tuple[DeliveryLineDTO, ...], after: tuple[DeliveryLineDTO, ...]
) -> int | None:
    """The product whose line a scan added or changed, so the view can show it."""
    old = {line.id: line.quantity for line in before}
    for line in after:
        if old.get(line.id) != line.quantity:
            return line.product_id
    return None
