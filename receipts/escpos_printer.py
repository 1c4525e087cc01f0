"""Sending ESC/POS jobs to a receipt printer, and every way that can fail, in plain words.

A fresh python-escpos printer object is made for every job: after a failed ``open()`` its
device is left as ``None`` and the object never tries to open it again. Network printers
get a short timeout (python-escpos waits 60 s by default) and, unless switched off, are
asked for their status before the job (is the cover shut, is there paper?) and after it (did
every byte arrive?), because a TCP send "succeeds" as soon as the bytes sit in a buffer.

Nothing here keeps state between jobs, so the GUI may call it from a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Iterator

from pos.services.cashup.reports import ShiftReportDTO
from pos.services.dto import SaleDTO
from pos.services.settings import ShopSettings
from receipts.code_pages import printer_profile
from receipts.errors import PrintingError
from receipts.escpos_lib import (
    CupsPrinter,
    DeviceNotFoundError,
    Escpos,
    EscposError,
    File,
    Network,
    Serial,
    Usb,
)
from receipts.escpos_render import drawer_pulse, render_receipt, render_test_page
from receipts.layout import build_receipt
from receipts.settings import Connection, ConnectionKind, PrinterSettings, printer_settings
from receipts.shift_report import build_shift_report

log = logging.getLogger(__name__)

#: DLE EOT 2: "why are you offline?" Answered at once, even mid-job, by ESC/POS printers.
STATUS_QUERY = b"\x10\x04\x02"
_COVER_OPEN, _PAPER_END, _ERROR = 0x04, 0x20, 0x40
_MISSING_PACKAGE = {
    ConnectionKind.USB: (Usb, "pyusb"),
    ConnectionKind.SERIAL: (Serial, "pyserial"),
    ConnectionKind.CUPS: (CupsPrinter, "pycups"),
}


class _NetworkPrinter(Network):  # type: ignore[misc]
    """python-escpos's Network printer, opened with ``socket.create_connection``.

    Its own ``open()`` leaves the socket unclosed when the connection fails (a
    ResourceWarning on every failed print) and knows only IPv4.
    """

    def open(self, raise_not_found: bool = True) -> None:
        self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)


def make_printer(connection: Connection, settings: PrinterSettings) -> Escpos:
    """A new, unopened python-escpos printer for ``connection``."""
    if connection.kind in _MISSING_PACKAGE:
        cls, package = _MISSING_PACKAGE[connection.kind]
        if not cls.is_usable():
            raise PrintingError(
                f"{connection.describe()} cannot be used: ShopTill needs the {package} "
                f"package for it, and it is not installed. Install it with "
                f"'pip install {package}', or connect the printer another way."
            )
    printer_profile(settings.profile)  # a clear error for an unknown model
    profile = settings.profile
    match connection.kind:
        case ConnectionKind.NETWORK:
            return _NetworkPrinter(
                connection.host, connection.port, timeout=settings.timeout, profile=profile
            )
        case ConnectionKind.USB:
            return Usb(
                connection.vendor_id,
                connection.product_id,
                timeout=int(settings.timeout * 1000),  # pyusb counts milliseconds
                profile=profile,
            )
        case ConnectionKind.SERIAL:
            return Serial(
                connection.device, connection.baud, timeout=settings.timeout, profile=profile
            )
        case ConnectionKind.FILE:
            return File(connection.device, profile=profile)
        case ConnectionKind.CUPS:
            return CupsPrinter(connection.queue, profile=profile)


def send(job: bytes, settings: PrinterSettings) -> None:
    """Send one finished job to the configured printer.

    Raises:
        PrintingError: the printer could not be reached, refused, timed out, hung up, or
            reported its cover open or paper out. The message says what to check.
        InvalidInput: no printer is set up, or its settings are wrong.
    """
    connection = settings.connect_to()
    printer = make_printer(connection, settings)
    check = settings.check_status and connection.kind is ConnectionKind.NETWORK
    with _explained(connection, settings):
        try:
            printer.open()
            if check:
                _expect_ready(printer, connection)
            printer._raw(job)
            if check:
                _expect_ready(printer, connection)
        finally:
            _close_quietly(printer)
    log.info("printed %d bytes on %s", len(job), settings.connection)


def _expect_ready(printer: Escpos, connection: Connection) -> None:
    printer._raw(STATUS_QUERY)
    answer = printer._read()
    if not answer:
        raise ConnectionResetError("the printer closed the connection")
    status = answer[-1]
    if status & _COVER_OPEN:
        raise PrintingError(f"{connection.describe()} has its cover open. Close it and reprint.")
    if status & _PAPER_END:
        raise PrintingError(
            f"{connection.describe()} is out of paper. Put in a new roll and reprint."
        )
    if status & _ERROR:
        raise PrintingError(
            f"{connection.describe()} reports an error (paper jam or cutter). "
            "Open it, clear the paper, switch it off and on, then reprint."
        )


def _close_quietly(printer: Escpos) -> None:
    """Closing a connection that already broke must not hide why it broke."""
    try:
        printer.close()
    except (OSError, EscposError) as error:
        log.debug("closing the printer failed after the job: %s", error)


@contextlib.contextmanager
def _explained(connection: Connection, settings: PrinterSettings) -> Iterator[None]:
    """Turn whatever the connection raised into one PrintingError saying what to check."""
    try:
        yield
    except PrintingError:
        raise
    except (OSError, EscposError) as error:
        cause = error.__context__ if isinstance(error, DeviceNotFoundError) else error
        message = _explain(connection, settings, cause or error)
        log.warning("printing failed: %s (%r)", message, error)
        raise PrintingError(message) from error


def _explain(connection: Connection, settings: PrinterSettings, error: BaseException) -> str:
    who = connection.describe()
    seconds = f"{settings.timeout:g}"
    if isinstance(error, socket.gaierror):
        return f"{who} cannot be found: the name '{connection.host}' is unknown. Check the address."
    if isinstance(error, TimeoutError):
        return (
            f"{who} did not answer within {seconds} s. "
            "Check it is switched on, connected and has no paper jam."
        )
    if isinstance(error, ConnectionRefusedError):
        return (
            f"{who} refused the connection. Check it is switched on, that the address and "
            "port are right, and that no other program is printing to it."
        )
    if isinstance(error, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return (
            f"{who} closed the connection in the middle of printing. "
            "Check the cable or network and the paper, then reprint."
        )
    if connection.kind is ConnectionKind.NETWORK:
        return f"{who} cannot be reached ({error}). Check it is switched on and connected."
    return (
        f"{who} cannot be used ({error}). Check it is plugged in and switched on, and that "
        "this computer may use it."
    )


def print_receipt(sale: SaleDTO, shop: ShopSettings, *, reprint: bool = False) -> None:
    """Lay out, render and send the receipt of ``sale`` on the shop's receipt printer.

    The drawer opens for a sale or refund with cash, never for a reprint.

    Raises:
        PrintingError: see ``send``. The sale itself is untouched and can be reprinted.
    """
    settings = printer_settings(shop.printer)
    receipt = build_receipt(sale, shop, width=settings.width, reprint=reprint, logo=settings.logo)
    drawer = settings.drawer and not reprint and sale.moves_cash
    send(render_receipt(receipt, settings, open_drawer=drawer), settings)


def print_shift_report(report: ShiftReportDTO, shop: ShopSettings) -> None:
    """Print an X or Z report on the shop's receipt printer (the drawer stays shut).

    Raises:
        PrintingError: see ``send``. The report is stored and can be reprinted.
    """
    settings = printer_settings(shop.printer)
    layout = build_shift_report(report, shop, width=settings.width)
    send(render_receipt(layout, settings, open_drawer=False), settings)


def print_test_page(shop: ShopSettings) -> None:
    """Print the test page on the shop's receipt printer and open the cash drawer."""
    settings = printer_settings(shop.printer)
    send(render_test_page(shop, settings), settings)


def open_drawer(shop: ShopSettings) -> None:
    """Kick the cash drawer on its own (a "no sale"), through the receipt printer."""
    settings = printer_settings(shop.printer)
    send(bytes([0x1B, 0x40, *drawer_pulse(settings)]), settings)
