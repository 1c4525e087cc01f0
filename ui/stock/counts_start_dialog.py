"""Start a stock count: its name, what it covers, and whether it is blind.

A user whose role may not count is asked for a manager's approval when they press Start;
the approval then covers counting this one count (``approved``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput, ShopError
from pos.services.catalog.products import list_categories
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.lookup import find_by_code
from pos.services.settings import ShopSettings
from pos.services.stock.counts_start import CountDTO, CountScope, start_count
from ui.staff.approval import with_approval


class StartCountDialog(QDialog):
    """Asks what to count, then starts the count; ``count`` holds it once accepted."""

    def __init__(
        self, db: Database, actor: Actor, settings: ShopSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.settings = db, actor, settings
        self.count: CountDTO | None = None
        #: Who started the count: the user, with the approver when a manager approved it.
        self.approved: Actor = actor
        self.setWindowTitle(self.tr("Start a stock count"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Count name"))
        self.name.setPlaceholderText(self.tr("e.g. Dairy, Friday evening"))
        self.name.setMaxLength(80)
        self.scopes = QButtonGroup(self)
        labels = {
            CountScope.ALL: self.tr("All products"),
            CountScope.CATEGORIES: self.tr("These categories:"),
            CountScope.SOLD: self.tr("Items sold since the last count (or today)"),
            CountScope.LIST: self.tr("These products (one barcode or SKU a line):"),
        }
        self.scope_buttons: dict[CountScope, QRadioButton] = {}
        for scope, label in labels.items():
            button = QRadioButton(label)
            self.scopes.addButton(button)
            self.scope_buttons[scope] = button
        self.scope_buttons[CountScope.ALL].setChecked(True)
        self.categories = QStandardItemModel(self)
        for category in list_categories(db):
            item = QStandardItem(category.name)
            item.setCheckable(True)
            item.setData(category.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.categories.appendRow(item)
        self.category_list = QListView()
        self.category_list.setAccessibleName(self.tr("Categories to count"))
        self.category_list.setModel(self.categories)
        self.category_list.setMaximumHeight(140)
        self.codes = QPlainTextEdit()
        self.codes.setAccessibleName(self.tr("Products to count"))
        self.codes.setMaximumHeight(90)
        self.blind = QCheckBox(self.tr("Blind count: the counter does not see the expected stock"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Count:")))
        layout.addWidget(self.scope_buttons[CountScope.ALL])
        layout.addWidget(self.scope_buttons[CountScope.CATEGORIES])
        layout.addWidget(self.category_list)
        layout.addWidget(self.scope_buttons[CountScope.SOLD])
        layout.addWidget(self.scope_buttons[CountScope.LIST])
        layout.addWidget(self.codes)
        layout.addWidget(self.blind)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.category_list.clicked.connect(lambda _i: self._pick(CountScope.CATEGORIES))
        self.codes.textChanged.connect(lambda: self._pick(CountScope.LIST))
        self.name.setText(self.tr("Count of {date}").format(date=datetime.now().strftime("%x")))
        self.name.selectAll()

    def _pick(self, scope: CountScope) -> None:
        self.scope_buttons[scope].setChecked(True)

    def scope(self) -> CountScope:
        return next(s for s, button in self.scope_buttons.items() if button.isChecked())

    def chosen_categories(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.categories.rowCount())
            if (item := self.categories.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def _listed_products(self) -> list[int]:
        ids = []
        for line in self.codes.toPlainText().splitlines():
            if line.strip():
                try:
                    ids.append(find_by_code(self.db, line.strip(), self.settings).product_id)
                except ShopError as error:
                    raise InvalidInput(f"{line.strip()}: {error}") from error
        return ids

    def start(self) -> None:
        """Start the count; on bad input, say why and stay open."""
        scope = self.scope()
        name, categories, blind = self.name.text(), self.chosen_categories(), self.blind.isChecked()
        try:
            products = self._listed_products() if scope is CountScope.LIST else []

            def start(actor: Actor) -> tuple[CountDTO, Actor]:
                count = start_count(
                    self.db,
                    actor,
                    name,
                    scope,
                    category_ids=categories,
                    product_ids=products,
                    blind=blind,
                )
                return count, actor

            self.count, self.approved = with_approval(self, self.db, self.actor, start)
        except ShopError as error:
            self.error.setText(str(error))
            return
        self.accept()
