"""Counting: the scan box that keeps focus, the last item in large type, the count's lines.

Each scan adds one (a beep, the item's name and its running count in large type); a wrong
code beeps twice and turns the field red. A typed quantity adds to or sets the last item;
a weighed item without a weight label asks for its weight the same way. A scan is a fraction
of a millisecond, so it runs on the UI thread and rapid scans stay in order; the lines list
reads its pages in the background.

A user whose role may not count is asked for a manager's approval at the first scan; it
covers the rest of this one count (``ApprovedWork``), as does the approval of starting it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Unit
from pos.domain.errors import ShopError, UnknownBarcode, WeightNeeded
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.lookup import find_by_id
from pos.services.settings import ShopSettings
from pos.services.stock.counts_scan import (
    CountedLine,
    Entry,
    count_product,
    parse_quantity,
    recount_line,
    scan_into_count,
)
from pos.services.stock.counts_start import CountDTO
from ui.approved_work import ApprovedWork
from ui.catalog.search_model import ProductSearchModel
from ui.sales.money_text import MoneyText
from ui.sales.scan_box import ScanBox
from ui.stock.counts_models import CountLinesModel, LineColumns

ZERO = Decimal(0)
ERROR_STYLE = "background: #fde7e9; color: #8c1d18;"


class CountingView(QWidget):
    """One open count being counted.

    Signals:
        review_requested(int): the user asks for the review of this count.
        back_requested(): the user goes back to the list of counts.
        sheet_requested(int): the user asks for this count's count sheet.
    """

    review_requested = Signal(int)
    back_requested = Signal()
    sheet_requested = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, settings: ShopSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.settings = db, actor, settings
        #: Who counts: the user, with a manager once one approved this count.
        self.work = ApprovedWork(self, db, actor)
        self.text = MoneyText(settings)
        self.count: CountDTO | None = None
        #: The product a typed quantity goes to: the last one scanned or picked.
        self.current: CountedLine | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.scan = ScanBox(db, ProductSearchModel(self.text))
        self.scan.field.setPlaceholderText(self.tr("Scan a barcode, or type a name or SKU"))
        self.item_name = QLabel(self.tr("Scan the first item"))
        self.item_name.setAccessibleName(self.tr("Last item counted"))
        self.item_name.setWordWrap(True)
        self.item_count = QLabel("")
        self.item_count.setAccessibleName(self.tr("Its running count"))
        self.item_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        big = self.item_name.font()
        big.setPointSize(big.pointSize() + 12)
        big.setBold(True)
        self.item_name.setFont(big)
        huge = self.item_count.font()
        huge.setPointSize(huge.pointSize() + 22)
        huge.setBold(True)
        self.item_count.setFont(huge)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.quantity = QLineEdit()
        self.quantity.setAccessibleName(self.tr("Quantity for the last item"))
        self.quantity.setPlaceholderText(self.tr("Quantity or weight"))
        self.quantity.setMaximumWidth(160)
        self.add_button = QPushButton(self.tr("Add"))
        self.set_button = QPushButton(self.tr("Set to"))
        self.model = CountLinesModel(db, self.text)
        self.lines = QTableView()
        self.lines.setAccessibleName(self.tr("Counted lines"))
        self.lines.setModel(self.model)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(LineColumns.NAME, QHeaderView.ResizeMode.Stretch)
        self.recount_button = QPushButton(self.tr("Recount line"))
        self.review_button = QPushButton(self.tr("Review…"))
        self.sheet_button = QPushButton(self.tr("Count sheet…"))
        self.back_button = QPushButton(self.tr("Back to counts"))
        self._lay_out()
        self.scan.code_entered.connect(self.scan_code)
        self.scan.product_chosen.connect(self.pick_product)
        self.add_button.clicked.connect(lambda: self.type_quantity(Entry.ADD))
        self.set_button.clicked.connect(lambda: self.type_quantity(Entry.SET))
        self.quantity.returnPressed.connect(lambda: self.type_quantity(Entry.ADD))
        self.recount_button.clicked.connect(self.recount)
        self.review_button.clicked.connect(self._review)
        self.sheet_button.clicked.connect(self._sheet)
        self.back_button.clicked.connect(self.back_requested)

    def _lay_out(self) -> None:
        last = QHBoxLayout()
        last.addWidget(self.item_name, 3)
        last.addWidget(self.item_count, 1)
        typed = QHBoxLayout()
        typed.addWidget(self.quantity)
        typed.addWidget(self.add_button)
        typed.addWidget(self.set_button)
        typed.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.recount_button)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scan)
        layout.addLayout(last)
        layout.addLayout(typed)
        layout.addWidget(self.lines, 1)
        layout.addLayout(buttons)

    def show_count(self, count: CountDTO, approved: Actor | None = None) -> None:
        """Count ``count`` from now on (its lines as the database holds them); ``approved``
        is the user with the manager who approved this count, if one did."""
        if self.count is None or self.count.id != count.id or approved is not None:
            self.work.forget()
        if approved is not None and approved.approver_id is not None:
            self.work.keep(approved)
        self.count = count
        self.current = None
        blind = self.tr(" · blind") if count.blind else ""
        self.title.setText(self.tr("Counting: {name}").format(name=count.name) + blind)
        self.lines.setColumnHidden(LineColumns.EXPECTED, count.blind)
        self.item_name.setText(self.tr("Scan the first item"))
        self.item_count.setText("")
        self._say("")
        self.model.show_count(count.id)
        self.scan.field.setFocus()

    # --- counting ---------------------------------------------------------------------------
    def scan_code(self, code: str) -> None:
        """Count one of the item with barcode or SKU ``code``."""
        if self.count is None:
            return
        try:
            count_id = self.count.id
            line = self.work.run(
                lambda actor: scan_into_count(self.db, actor, count_id, code, self.settings)
            )
        except WeightNeeded as needed:
            self.current = CountedLine(needed.product_id, "", needed.name, Unit.KG, ZERO, None)
            self.item_name.setText(needed.name)
            self.item_count.setText("")
            self._say(self.tr("Weigh it, type the weight in kg, then Add."))
            self.quantity.setFocus()
            return
        except UnknownBarcode as unknown:
            self._refuse(
                self.tr(
                    "No product has the barcode {code}. Put the item aside and add it in "
                    "Products, then count it."
                ).format(code=unknown.code)
            )
            return
        except ShopError as error:
            self._refuse(str(error))
            return
        QApplication.beep()
        self._counted(line)

    def pick_product(self, product_id: int) -> None:
        """A product picked from the search: a typed quantity goes to it next."""
        try:
            item = find_by_id(self.db, product_id)
        except ShopError as error:
            self._refuse(str(error))
            return
        self.current = CountedLine(item.product_id, item.sku, item.name, item.unit, ZERO, None)
        self.item_name.setText(item.name)
        self.item_count.setText("")
        self._say(self.tr("Type how many, then Add (or Set to)."))
        self.quantity.setFocus()

    def type_quantity(self, entry: Entry) -> None:
        """Add the typed quantity to the current item, or set its count to it."""
        if self.count is None:
            return
        if self.current is None:
            self._refuse(self.tr("Scan or pick an item first, then type its quantity."))
            return
        try:
            quantity = parse_quantity(self.quantity.text())
            count_id, product_id = self.count.id, self.current.product_id
            line = self.work.run(
                lambda actor: count_product(self.db, actor, count_id, product_id, quantity, entry)
            )
        except ShopError as error:
            self._refuse(str(error))
            return
        self.quantity.clear()
        self._counted(line)

    def recount(self) -> None:
        """Start the selected line (or the last item) over from zero."""
        if self.count is None:
            return
        rows = self.lines.selectionModel().selectedRows()
        if rows:
            product_id = self.model.row(rows[0].row()).product_id
        elif self.current is not None:
            product_id = self.current.product_id
        else:
            self._refuse(self.tr("Choose the line to count again."))
            return
        try:
            count_id = self.count.id
            line = self.work.run(lambda actor: recount_line(self.db, actor, count_id, product_id))
        except ShopError as error:
            self._refuse(str(error))
            return
        self._counted(line)
        self._say(self.tr("Count {name} again from the first one.").format(name=line.name))

    def _counted(self, line: CountedLine) -> None:
        self.current = line
        self.scan.field.setStyleSheet("")
        self.item_name.setText(line.name)
        self.item_count.setText(self.text.quantity(line.counted, line.unit))
        expected = (
            ""
            if line.expected is None
            else self.tr("Expected {n}").format(n=self.text.quantity(line.expected, line.unit))
        )
        self._say(expected)
        self.model.show_line(line)
        self.scan.field.setFocus()

    def _refuse(self, message: str) -> None:
        QApplication.beep()
        QApplication.beep()
        self.scan.field.setStyleSheet(ERROR_STYLE)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(message)
        self.scan.field.setFocus()

    def _say(self, message: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message)

    def _review(self) -> None:
        if self.count is not None:
            self.review_requested.emit(self.count.id)

    def _sheet(self) -> None:
        if self.count is not None:
            self.sheet_requested.emit(self.count.id)
