"""The New adjustment dialog: scan or search products into lines, a quantity and a reason
for each, one Save for all (one numbered adjustment, or nothing).

Two ways to say the quantity, chosen for the whole adjustment:

* **Change stock by**: a signed change, "-3" or "+2". For damaged, expired, theft or loss and
  own use a plain "3" means three fewer; a correction or other needs the sign.
* **Set on hand to**: the figure on the shelf ("12"); the difference to the stock the ledger
  holds when Save is pressed is what is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Unit, format_quantity
from pos.domain.errors import InvalidInput, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.adjustment_products import (
    StockProduct,
    scanned_product,
    stock_product,
)
from pos.services.stock.adjustments import (
    AdjustmentDTO,
    AdjustmentLine,
    AdjustmentReason,
    create_adjustment,
    read_on_hand,
    read_quantity,
)
from ui.catalog.search_model import ProductSearchModel
from ui.sales.money_text import MoneyText
from ui.sales.scan_box import ScanBox
from ui.staff.approval import with_approval
from ui.stock.adjustments_models import AdjustmentLinesModel, LinesColumn, reason_labels
from ui.widgets.forms import MessageLabel, fit_to_screen, touch_sized


class ReasonDelegate(QStyledItemDelegate):
    """The reason column edited with a list of the reasons."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Line reason"))
        for reason, label in reason_labels(self).items():
            combo.addItem(label, reason.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AdjustmentDialog(QDialog):
    """Lines of products with a quantity and reason each; Save makes one adjustment.

    After ``exec()`` accepted: ``adjustment`` is the adjustment saved.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: ShopSettings,
        products: Sequence[StockProduct] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings
        self.adjustment: AdjustmentDTO | None = None
        self.setWindowTitle(self.tr("New stock adjustment"))
        text = MoneyText(settings)

        self.change_mode = QRadioButton(self.tr("&Change stock by (-3 fewer, +2 more)"))
        self.set_mode = QRadioButton(self.tr("Set stock on &hand to (what is on the shelf)"))
        self.change_mode.setChecked(True)
        modes = QButtonGroup(self)
        for button in (self.change_mode, self.set_mode):
            button.setAccessibleName(button.text().replace("&", ""))
            modes.addButton(button)
            touch_sized(button)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for all lines"))
        for reason, label in reason_labels(self).items():
            self.reason.addItem(label, reason.value)
        touch_sized(self.reason)

        self.scan = ScanBox(db, ProductSearchModel(text))
        self.scan.field.setPlaceholderText(self.tr("Scan a product, or type a name or SKU"))
        self.lines = AdjustmentLinesModel(text, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Adjustment lines"))
        self.table.setModel(self.lines)
        self.table.setItemDelegateForColumn(LinesColumn.REASON, ReasonDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LinesColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(LinesColumn.QUANTITY, 110)
        header.resizeSection(LinesColumn.REASON, 170)
        header.resizeSection(LinesColumn.NOTE, 180)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.setAccessibleName(self.tr("Remove line"))
        remove = QAction(self)
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_current)
        self.table.addAction(remove)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Adjustment note"))
        self.note.setPlaceholderText(self.tr("A note for the whole adjustment (optional)"))
        self.message = MessageLabel(self.tr("Adjustment message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save adjustment"))
        self.save_button.setAutoDefault(False)  # Enter belongs to the scan field
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        touch_sized(self.save_button, cancel, self.remove_button, self.note)

        top = QHBoxLayout()
        top.addWidget(self.change_mode)
        top.addWidget(self.set_mode)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Reason:")))
        top.addWidget(self.reason)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.scan.code_entered.connect(self.add_code)
        self.scan.product_chosen.connect(self.add_product_id)
        self.reason.activated.connect(lambda _i: self.lines.set_all_reasons(self.chosen_reason()))
        self.remove_button.clicked.connect(self.remove_current)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for product in products:
            self.lines.add(product, self.chosen_reason())
        fit_to_screen(self, 900, 560)
        if products:
            self.table.setCurrentIndex(self.lines.index(0, LinesColumn.QUANTITY))
            self.table.setFocus()
        else:
            self.scan.field.setFocus()

    def chosen_reason(self) -> AdjustmentReason:
        return AdjustmentReason(self.reason.currentData())

    # --- lines ------------------------------------------------------------------------------

    def add_code(self, code: str) -> None:
        """A scanned barcode or typed SKU: its product's line, one more (or the label's
        weight for a weighed item)."""
        try:
            found = scanned_product(self.db, code, self.settings)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self._add(found.product, found.quantity)

    def add_product_id(self, product_id: int) -> None:
        try:
            self._add(stock_product(self.db, product_id), None)
        except ShopError as error:
            self.message.show_error(str(error))

    def _add(self, product: StockProduct, weight: Decimal | None) -> None:
        self.message.clear_message()
        quantity = ""
        if self.change_mode.isChecked():
            if weight is not None:
                quantity = format_quantity(weight)
            elif product.unit is Unit.EACH:
                quantity = "1"
        row = self.lines.add(product, self.chosen_reason(), quantity)
        self.table.setCurrentIndex(self.lines.index(row, LinesColumn.QUANTITY))
        self.scan.field.setFocus()

    def remove_current(self) -> None:
        self.lines.remove(self.table.currentIndex().row())

    # --- save -------------------------------------------------------------------------------

    def typed_lines(self) -> list[AdjustmentLine]:
        """The lines as the service takes them.

        Raises:
            InvalidInput: a line's quantity is missing or not a number; names the line.
        """
        setting = self.set_mode.isChecked()
        lines = []
        for number, draft in enumerate(self.lines.lines, 1):
            try:
                if setting:
                    figure = read_on_hand(draft.quantity)
                    line = AdjustmentLine(draft.product.id, draft.reason, set_to=figure)
                else:
                    change = read_quantity(draft.quantity, draft.reason)
                    line = AdjustmentLine(draft.product.id, draft.reason, change=change)
            except InvalidInput as error:
                raise InvalidInput(
                    self.tr("Line {n} ({name}): {problem}").format(
                        n=number, name=draft.product.name, problem=error.message
                    )
                ) from None
            lines.append(
                AdjustmentLine(line.product_id, line.reason, line.change, line.set_to, draft.note)
            )
        return lines

    def save(self) -> None:
        """Save every line as one adjustment, or show why not (nothing is written then)."""
        self.message.clear_message()
        try:
            lines, note = self.typed_lines(), self.note.text()
            self.adjustment = with_approval(
                self,
                self.db,
                self.actor,
                lambda actor: create_adjustment(self.db, lines, actor, note=note),
            )
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.accept()
