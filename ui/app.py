"""Composition root: the QApplication, the database, the services and the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ShopError
from pos.services.database import Database, open_database
from pos.services.demo import create_demo_shop
from pos.services.lookup import search_products
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import owner, shop_exists
from ui.catalog.search_model import ProductSearchModel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """ShopTill's window: the shop at a glance and products found as you type."""

    def __init__(self, db: Database, settings: ShopSettings, till: str) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("ShopTill — {shop}").format(shop=settings.shop_name))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a product name or SKU"))
        self.search.setAccessibleName(self.tr("Find a product"))
        self.search.setClearButtonEnabled(True)
        self.model = ProductSearchModel(settings.currency, settings.locale)
        self.results = QTableView()
        self.results.setAccessibleName(self.tr("Products found"))
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().hide()
        layout = QVBoxLayout()
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.search.textChanged.connect(self._find)
        focus = QAction(self.tr("Find a product"), self)
        focus.setShortcut(QKeySequence.StandardKey.Find)
        focus.triggered.connect(self.search.setFocus)
        self.addAction(focus)
        cashier = owner(db).name
        self.statusBar().addPermanentWidget(QLabel(self.tr("Cashier: {name}").format(name=cashier)))
        self.statusBar().addPermanentWidget(QLabel(self.tr("Till: {till}").format(till=till)))
        self._restore_geometry()

    def _find(self, text: str) -> None:
        try:
            self.model.set_hits(search_products(self.db, text))
        except ShopError as error:
            self.statusBar().showMessage(str(error), 5000)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 640)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)


def offer_demo_shop(db: Database) -> bool:
    """On an empty database, offer the demo shop. Returns whether there is a shop now."""
    answer = QMessageBox.question(
        None,
        QApplication.translate("app", "No shop yet"),
        QApplication.translate(
            "app",
            "This database holds no shop yet.\n\nCreate the demo shop (about 200 products) "
            "to try ShopTill?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    create_demo_shop(db)
    return True


def run_gui(url: str | None, till: str) -> int:
    """Open the window and run Qt's event loop until it closes."""
    app = QApplication(sys.argv)
    app.setOrganizationName("ShopTill")
    app.setApplicationName("ShopTill")
    try:
        db = open_database(url)
        if not shop_exists(db) and not offer_demo_shop(db):
            return 0
        window = MainWindow(db, get_settings(db), till)
    except ShopError as error:
        log.error("cannot start: %s", error)
        QMessageBox.critical(
            None, QApplication.translate("app", "ShopTill cannot start"), str(error)
        )
        return 1
    window.show()
    window.search.setFocus(Qt.FocusReason.OtherFocusReason)
    return app.exec()
