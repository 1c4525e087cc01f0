"""Printer settings: read from (and written back to) ``ShopSettings.printer``, a JSON dict.

Each printer connection is one string a shopkeeper can type or read out on the phone:

    ``192.168.1.50:9100``           network printer (port 9100 when left out)
    ``usb:04b8:0202``               USB printer by vendor and product id (hex)
    ``serial:/dev/ttyUSB0:9600``    serial port and baud rate (9600 when left out)
    ``file:/dev/usb/lp0``           a device file the printer driver offers
    ``cups:Receipts``               a CUPS print queue (needs pycups)
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from pos.domain.errors import InvalidInput

log = logging.getLogger(__name__)

DEFAULT_PORT = 9100
DEFAULT_BAUD = 9600
INVOICE_PAPERS = ("A4", "Letter")
CODE_KINDS = ("code128", "qr", "none")


class ConnectionKind(StrEnum):
    """How the till reaches the printer."""

    NETWORK = "network"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"
    CUPS = "cups"


@dataclass(frozen=True, slots=True)
class Connection:
    """A parsed connection string. Only the fields of its kind are set."""

    kind: ConnectionKind
    host: str = ""
    port: int = DEFAULT_PORT
    vendor_id: int = 0
    product_id: int = 0
    device: str = ""
    baud: int = DEFAULT_BAUD
    queue: str = ""

    def describe(self) -> str:
        """The printer as a shopkeeper would name it, for error messages."""
        match self.kind:
            case ConnectionKind.NETWORK:
                return f"The receipt printer at {self.host}:{self.port}"
            case ConnectionKind.USB:
                return f"The USB receipt printer {self.vendor_id:04x}:{self.product_id:04x}"
            case ConnectionKind.SERIAL:
                return f"The receipt printer on serial port {self.device}"
            case ConnectionKind.FILE:
                return f"The receipt printer device {self.device}"
            case ConnectionKind.CUPS:
                return f"The printer queue '{self.queue}'"


_HOST_PORT = re.compile(r"^(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:\[\]]+))(?::(?P<port>\d{1,5}))?$")
_USB = re.compile(r"^(?:0x)?(?P<vid>[0-9a-f]{1,4}):(?:0x)?(?P<pid>[0-9a-f]{1,4})$", re.IGNORECASE)


def parse_connection(text: str) -> Connection:
    """Turn a connection string (see the module docstring) into a Connection.

    Raises:
        InvalidInput: the string matches none of the forms, with an example of each.
    """
    value = text.strip()
    scheme, _, rest = value.partition(":")
    scheme = scheme.lower()
    if scheme == "usb":
        match = _USB.match(rest)
        if match:
            return Connection(
                ConnectionKind.USB,
                vendor_id=int(match["vid"], 16),
                product_id=int(match["pid"], 16),
            )
    elif scheme == "serial":
        device, _, baud = rest.rpartition(":")
        if not baud.isdigit():
            device, baud = rest, str(DEFAULT_BAUD)
        if device:
            return Connection(ConnectionKind.SERIAL, device=device, baud=int(baud))
    elif scheme == "file" and rest:
        return Connection(ConnectionKind.FILE, device=rest)
    elif scheme == "cups" and rest:
        return Connection(ConnectionKind.CUPS, queue=rest)
    elif value and " " not in value and scheme not in {"usb", "serial", "file", "cups"}:
        match = _HOST_PORT.match(value)
        if match and 0 < int(match["port"] or DEFAULT_PORT) < 65536:
            return Connection(
                ConnectionKind.NETWORK,
                host=match["v6"] or match["host"],
                port=int(match["port"] or DEFAULT_PORT),
            )
    raise InvalidInput(
        f"'{text}' is not a printer connection. Use 192.168.1.50:9100 for a network printer, "
        "usb:04b8:0202, serial:/dev/ttyUSB0:9600, file:/dev/usb/lp0 or cups:QUEUE."
    )


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """How receipts are printed. Stored as a plain dict in ``ShopSettings.printer``."""

    #: Connection string; empty when the till has no receipt printer.
    connection: str = ""
    #: A python-escpos capability profile name ("default", "TM-T88V", "TM-T20II" ...).
    profile: str = "default"
    #: Characters per line: 32 on 58 mm paper, 42 or 48 on 80 mm.
    width: int = 42
    #: The printer's character table. CP858 is CP850 with the euro sign.
    code_page: str = "CP858"
    #: Seconds to wait for the printer before giving up. Never python-escpos's 60 s default.
    timeout: float = 3.0
    #: The code printed under the receipt so a refund can start by scanning it.
    code: str = "code128"
    cut: bool = True
    #: Open the cash drawer after a sale paid (partly) in cash.
    drawer: bool = True
    drawer_pin: int = 2
    drawer_on_ms: int = 100
    drawer_off_ms: int = 100
    #: Ask a network printer for its status before and after a job (cover, paper, hang-up).
    check_status: bool = True
    #: Optional logo image printed above the shop name (PNG, JPEG ...).
    logo: str = ""
    invoice_paper: str = "A4"

    def connect_to(self) -> Connection:
        """The parsed connection, or InvalidInput when none is set up."""
        if not self.connection.strip():
            raise InvalidInput(
                "No receipt printer is set up. Enter its connection in the printer settings."
            )
        return parse_connection(self.connection)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form for ``update_settings(db, printer=...)``."""
        return asdict(self)


_FIELDS = {f.name: f for f in fields(PrinterSettings)}


def printer_settings(raw: dict[str, Any]) -> PrinterSettings:
    """Read and check the printer dict of the shop settings.

    Unknown keys are logged and ignored, so a newer ShopTill's settings never stop an older
    one from printing.

    Raises:
        InvalidInput: a known key holds a value that cannot be used.
    """
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _FIELDS:
            log.warning("ignoring unknown printer setting %r", key)
            continue
        values[key] = _coerce(key, value)
    return check_printer_settings(replace(PrinterSettings(), **values))


def _coerce(key: str, value: Any) -> Any:
    default = getattr(PrinterSettings(), key)
    try:
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if isinstance(default, int):
            return int(str(value))
        if isinstance(default, float):
            return float(str(value))
    except ValueError:
        raise InvalidInput(f"The printer setting {key} cannot be '{value}'.") from None
    return str(value)


def check_printer_settings(settings: PrinterSettings) -> PrinterSettings:
    """Return ``settings`` if every value can be used, else InvalidInput naming the first."""
    if settings.connection.strip():
        parse_connection(settings.connection)
    if not 16 <= settings.width <= 96:
        raise InvalidInput("Characters per line must be between 16 and 96 (usually 32, 42, 48).")
    if not 0.1 <= settings.timeout <= 60:
        raise InvalidInput("The printer timeout must be between 0.1 and 60 seconds.")
    if settings.code not in CODE_KINDS:
        raise InvalidInput("The receipt code must be code128, qr or none.")
    if settings.drawer_pin not in (2, 5):
        raise InvalidInput("The cash drawer is on pin 2 or pin 5.")
    for what, ms in (("on", settings.drawer_on_ms), ("off", settings.drawer_off_ms)):
        if not 2 <= ms <= 510:
            raise InvalidInput(f"The drawer pulse {what} time must be 2 to 510 ms.")
    if settings.invoice_paper not in INVOICE_PAPERS:
        raise InvalidInput("Invoices are printed on A4 or Letter paper.")
    return settings
