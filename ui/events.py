"""Application-wide change signals. Screens refresh on these, never by polling."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Past-tense notices that something changed.

    Signals:
        sale_completed(object): a sale or refund was committed; carries its SaleDTO.
        settings_changed(object): the shop settings were saved; carries the ShopSettings.
        stock_changed(): stock figures moved (a sale, a refund, a delivery).
        catalog_changed(): products, prices or categories were added or changed.
        tax_rates_changed(): a tax rate was added or switched off.
        printer_state_changed(str, str): the receipt printer's state ("ready",
            "not_configured", "error") and a sentence for the user.
    """

    sale_completed = Signal(object)
    settings_changed = Signal(object)
    stock_changed = Signal()
    catalog_changed = Signal()
    tax_rates_changed = Signal()
    printer_state_changed = Signal(str, str)
