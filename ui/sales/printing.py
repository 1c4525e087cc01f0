"""Printing receipts and kicking the drawer off the UI thread; failures come back as signals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import InvalidInput
from pos.services.dto import SaleDTO
from pos.services.settings import ShopSettings
from receipts.settings import printer_settings
from ui.events import AppEvents
from ui.ops import Op

log = logging.getLogger(__name__)
READY, NOT_CONFIGURED, ERROR = "ready", "not_configured", "error"


def printer_state(settings: ShopSettings) -> tuple[str, str]:
    """The printer's state as the header shows it, before anything is sent."""
    try:
        configured = bool(printer_settings(settings.printer).connection.strip())
    except InvalidInput as error:
        return ERROR, str(error)
    return (READY, "Printer ready") if configured else (NOT_CONFIGURED, "No receipt printer")


class ReceiptPrinter(QObject):
    """Sends receipts and drawer kicks in the background so the next scan never waits.

    Signals:
        printed(object): the SaleDTO whose receipt reached the printer.
        failed(object, str): the SaleDTO (or None for a drawer kick) and why printing failed.
    """

    printed = Signal(object)
    failed = Signal(object, str)

    def __init__(self, events: AppEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events

    def _configured(self, settings: ShopSettings) -> bool:
        state, message = printer_state(settings)
        if state == NOT_CONFIGURED:
            return False
        if state == ERROR:
            self.events.printer_state_changed.emit(ERROR, message)
            return False
        return True

    def print_sale(self, sale: SaleDTO, settings: ShopSettings, reprint: bool = False) -> None:
        """Print ``sale`` (a copy when ``reprint``); the drawer opens for cash on first print."""
        from receipts.escpos_printer import print_receipt  # python-escpos loads on first print

        if not self._configured(settings):
            if reprint:
                self.failed.emit(sale, "No receipt printer is set up. Add one in Settings.")
            return
        (
            Op(print_receipt, sale, settings, reprint=reprint)
            .success(lambda _result: self._ok(sale))
            .failure(lambda error: self._failed(sale, error))
            .start()
        )

    def open_drawer_for(self, sale: SaleDTO, settings: ShopSettings) -> None:
        """Receipts are off, but cash moved: open the drawer all the same."""
        if sale.moves_cash:
            self.open_drawer(settings)

    def open_drawer(self, settings: ShopSettings) -> None:
        from receipts.escpos_printer import open_drawer  # python-escpos loads on first use

        if not self._configured(settings) or not printer_settings(settings.printer).drawer:
            return
        (
            Op(open_drawer, settings)
            .success(lambda _result: self.events.printer_state_changed.emit(READY, "Printer ready"))
            .failure(lambda error: self._failed(None, error))
            .start()
        )

    def _ok(self, sale: SaleDTO) -> None:
        self.events.printer_state_changed.emit(READY, "Printer ready")
        self.printed.emit(sale)

    def _failed(self, sale: SaleDTO | None, error: BaseException) -> None:
        log.warning("printing failed: %s", error)
        self.events.printer_state_changed.emit(ERROR, str(error))
        self.failed.emit(sale, str(error))
