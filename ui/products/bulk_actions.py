"""What the products screen does to its selection: bulk changes, dialogs, labels, export.

Each bulk change says how many products it will change and asks once; big ones run with a
progress bar and Cancel, all or nothing (``pos.services.catalog.bulk``). A user whose role
may not edit products is asked for a manager's approval, which covers that one change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from pos.domain.errors import Cancelled, NotAllowed, ShopError
from pos.services.catalog.bulk import (
    BulkChange,
    SetActive,
    SetCategory,
    SetTaxRate,
    apply_bulk_change,
)
from pos.services.catalog.listing import category_choices
from pos.services.catalog.selection import ProductSelection, count_selected
from pos.services.dto import Actor
from ui.background import BackgroundTask
from ui.progress import ProgressRun

if TYPE_CHECKING:
    from ui.products.screen import ProductsScreen


class BulkActions(QObject):
    """The products screen's actions on what is selected, and its dialogs."""

    def __init__(self, screen: ProductsScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.running: ProgressRun | None = None
        self.adjust_dialog: QDialog | None = None

    def menu(self) -> QMenu:
        """The "Change selected" menu."""
        menu = QMenu(self.screen)
        for label, slot in (
            (self.tr("Set category…"), self.set_category),
            (self.tr("Set tax rate…"), self.set_tax_rate),
            (self.tr("Change price…"), self.change_price),
            (self.tr("Activate"), lambda: self.set_active(True)),
            (self.tr("Deactivate"), lambda: self.set_active(False)),
            (self.tr("Adjust stock…"), self.adjust_stock),
            (self.tr("Print labels…"), self.labels),
            (self.tr("Export…"), self.export),
        ):
            if slot == self.export and not self.screen.may_see_costs:
                continue  # the file holds every cost
            menu.addAction(label).triggered.connect(slot)
        return menu

    # --- bulk changes -----------------------------------------------------------------------

    def _chosen(self) -> ProductSelection | None:
        selection = self.screen.selection()
        if selection is None:
            self.screen.banner.warn(self.tr("Select one or more products first (Ctrl+A: all)."))
        return selection

    def set_category(self) -> None:
        selection = self._chosen()
        if selection is None:
            return
        names = [c.name for c in category_choices(self.screen.db)]
        name, ok = QInputDialog.getItem(
            self.screen,
            self.tr("Set category"),
            self.tr("Category (type a new name to add one; leave empty for none):"),
            ["", *names],
            0,
            True,
        )
        if ok:
            self.run(selection, SetCategory(name or None), self.tr("Set category"))

    def set_tax_rate(self) -> None:
        selection = self._chosen()
        if selection is None:
            return
        from pos.services.catalog.products import list_tax_rates  # the ORM, when wanted

        rates = list_tax_rates(self.screen.db)
        labels = [f"{r.name} ({r.percent.normalize():f} %)" for r in rates]
        label, ok = QInputDialog.getItem(
            self.screen, self.tr("Set tax rate"), self.tr("Tax rate:"), labels, 0, False
        )
        if ok and label in labels:
            rate = rates[labels.index(label)]
            self.run(selection, SetTaxRate(rate.id), self.tr("Set tax rate"))

    def change_price(self) -> None:
        from ui.products.price_change_dialog import PriceChangeDialog

        selection = self._chosen()
        if selection is None:
            return
        dialog = PriceChangeDialog(self.screen.text, self.screen)
        if dialog.exec() == PriceChangeDialog.DialogCode.Accepted and dialog.change is not None:
            self.run(selection, dialog.change, self.tr("Change price"))

    def set_active(self, active: bool) -> None:
        selection = self._chosen()
        if selection is not None:
            title = self.tr("Activate") if active else self.tr("Deactivate")
            self.run(selection, SetActive(active), title)

    def run(self, selection: ProductSelection, change: BulkChange, title: str) -> None:
        """Ask once with the number of products, then change them all or none."""
        count = count_selected(self.screen.db, selection)
        answer = QMessageBox.question(
            self.screen,
            title,
            self.tr("{title}: this changes {count} products. Go ahead?").format(
                title=title, count=f"{count:,}"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(selection, change, title, self.screen.actor)

    def _start(
        self, selection: ProductSelection, change: BulkChange, title: str, actor: Actor
    ) -> None:
        screen = self.screen

        def failed(error: BaseException) -> None:
            if isinstance(error, NotAllowed) and actor.approver_id is None:
                self.running = None
                self._approve(
                    error, lambda approved: self._start(selection, change, title, approved)
                )
            else:
                self._failed(error)

        task = BackgroundTask(apply_bulk_change, screen.db, selection, change, actor=actor)
        self.running = ProgressRun(screen, title, task, self._changed, failed).start()

    def _approve(self, refusal: NotAllowed, retry: Callable[[Actor], None]) -> None:
        """A change the user's role may not make: a manager may approve this one."""
        from ui.staff.approval import ask_approval

        approved = ask_approval(self.screen, self.screen.db, self.screen.actor, refusal)
        if approved is None:
            self.screen.banner.warn(self.tr("Not approved: nothing was changed."))
            return
        retry(approved)

    def _changed(self, count: int) -> None:
        self.running = None
        self.screen.banner.info(self.tr("{count} products changed.").format(count=f"{count:,}"))
        self.screen.refresh()
        self.screen.events.catalog_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.running = None
        if isinstance(error, Cancelled):
            self.screen.banner.info(self.tr("Stopped: no product was changed."))
        else:
            self.screen.banner.warn(str(error))

    # --- dialogs ------------------------------------------------------------------------------

    def new_product(self) -> None:
        self._product_dialog(None)

    def edit_current(self) -> None:
        product_id = self.screen.current_product_id()
        if product_id is None:
            self.screen.banner.warn(self.tr("Pick a product to edit first."))
            return
        self._product_dialog(product_id)

    def _product_dialog(self, product_id: int | None) -> None:
        from ui.products.product_dialog import ProductDialog

        screen = self.screen
        try:
            dialog = ProductDialog(screen.db, screen.actor, screen.settings, product_id, screen)
        except ShopError as error:  # deleted at another till since the table was read
            screen.banner.warn(str(error))
            screen.refresh()
            return
        if dialog.exec() == ProductDialog.DialogCode.Accepted:
            screen.refresh()
            screen.events.catalog_changed.emit()

    def categories(self) -> None:
        from ui.products.categories_dialog import CategoriesDialog

        screen = self.screen
        dialog = CategoriesDialog(screen.db, screen.actor, screen)
        dialog.changed.connect(screen.events.catalog_changed)
        dialog.exec()
        screen.refresh()

    def import_products(self) -> None:
        from ui.products.import_wizard import ImportWizard

        screen = self.screen
        wizard = ImportWizard(screen.db, screen.actor, screen)
        wizard.exec()
        screen.refresh()
        screen.events.catalog_changed.emit()

    def export(self) -> None:
        from ui.products.export_action import export_selection

        selection = self.screen.selection() or ProductSelection(self.screen.model.order.filter)
        export_selection(self.screen.db, selection, self.screen, actor=self.screen.actor)

    def adjust_stock(self) -> None:
        """The New adjustment dialog with a line for each selected product."""
        from pos.services.stock.adjustment_products import selected_stock_products
        from ui.stock.adjustments_dialog import AdjustmentDialog

        selection = self._chosen()
        if selection is None:
            return
        screen = self.screen
        try:
            chosen = selected_stock_products(screen.db, selection)
        except ShopError as error:
            screen.banner.warn(str(error))
            return
        dialog = AdjustmentDialog(screen.db, screen.actor, screen.settings, chosen, screen)
        self.adjust_dialog = dialog  # tests reach the open dialog through it
        if dialog.exec() == AdjustmentDialog.DialogCode.Accepted and dialog.adjustment:
            screen.banner.info(
                self.tr("Adjustment {number} saved.").format(number=dialog.adjustment.number)
            )
            screen.refresh()
            screen.events.stock_changed.emit()

    def labels(self) -> None:
        from ui.products.labels_dialog import LabelsDialog

        selection = self._chosen()
        if selection is not None:
            LabelsDialog(self.screen.db, selection, self.screen).exec()
