"""Receipt layout to ESC/POS bytes, built in memory on python-escpos's Dummy printer.

Rendering never touches a device: it is a pure function of the layout and the printer
settings, so it runs in any thread and its output is what tests decode. Sending the bytes
is ``receipts.escpos_printer``'s job.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from pos.services.settings import ShopSettings
from receipts.code_pages import (
    CodePage,
    code_page,
    code_pages,
    encode,
    log_missing,
    printer_profile,
)
from receipts.escpos_lib import Dummy, constants
from receipts.layout import Align, Code, Logo, Receipt, Text
from receipts.settings import PrinterSettings

log = logging.getLogger(__name__)

#: Code 128 code set B (letters and digits): python-escpos wants the set named in the data.
CODE128_SET_B = "{B"
BARCODE_HEIGHT = 60
BARCODE_MODULE = 2
QR_SIZE = 6
#: Printable dots per line: 384 on 58 mm paper, 512 is safe on every 80 mm printer.
NARROW_DOTS, WIDE_DOTS = 384, 512
CODE_PAGE_SAMPLE = "€ £ ¥ é è à ç ü ö ä ß ñ Ø å æ Ł ő č"


class _Job:
    """One print job on a Dummy printer, sending a style command only when it changes."""

    def __init__(self, settings: PrinterSettings) -> None:
        self.settings = settings
        self.page: CodePage = code_page(settings.profile, settings.code_page)
        printer_profile(settings.profile)  # checks the name; python-escpos wants the name
        self.printer = Dummy(profile=settings.profile)
        self._style: tuple[Align, bool, bool] | None = None
        self.missing: set[str] = set()
        # ESC @ resets the printer (styles, code page); then our code page, once.
        self.printer.hw("INIT")
        self.printer._raw(self.page.select)

    def style(self, align: Align, bold: bool = False, tall: bool = False) -> None:
        """Send only the style commands that change something."""
        old_align, old_bold, old_tall = self._style or (None, None, None)
        changes: dict[str, Any] = {}
        if align != old_align:
            changes["align"] = align.value
        if bold != old_bold:
            changes["bold"] = bold
        if tall != old_tall:
            changes["double_height" if tall else "normal_textsize"] = True
        if changes:
            self.printer.set(**changes)
        self._style = (align, bold, tall)

    def line(self, text: str) -> None:
        self.printer._raw(encode(text, self.page, self.missing) + b"\n")

    def text(self, element: Text) -> None:
        self.style(element.align, element.bold, element.tall)
        self.line(element.text)

    def code(self, data: str) -> None:
        """Code 128 where the printer draws it natively, else QR, else the number as text."""
        profile = self.printer.profile
        self.style(Align.CENTER)
        if self.settings.code == "code128" and profile.supports("barcodeB"):
            self._code128(data)
        elif self.settings.code != "none" and profile.supports("qrCode"):
            self.printer.qr(data, native=True, size=QR_SIZE)
            self.printer._raw(b"\n")
        elif self.settings.code != "none" and profile.supports("bitImageRaster"):
            self.printer.qr(data, native=False, size=QR_SIZE, image_arguments={"center": False})
        self.line(data)

    def _code128(self, data: str) -> None:
        # Built here, not with Escpos.barcode(), which print()s to stdout on every call.
        payload = (CODE128_SET_B + data).encode("ascii")
        self.printer._raw(
            constants.BARCODE_HEIGHT
            + bytes([BARCODE_HEIGHT])
            + constants.BARCODE_WIDTH
            + bytes([BARCODE_MODULE])
            + constants.BARCODE_FONT_A
            + constants.BARCODE_TXT_OFF
            + constants.BARCODE_TYPE_B["CODE128"]
            + bytes([len(payload)])
            + payload
            + b"\n"
        )

    def logo(self, path: str) -> None:
        """The shop's logo, scaled to the paper. A missing logo never stops a receipt."""
        dots = NARROW_DOTS if self.settings.width <= 32 else WIDE_DOTS
        try:
            with Image.open(Path(path)) as source:
                image = source.convert("RGB")
        except (OSError, UnidentifiedImageError) as error:
            log.warning("logo %s left off the receipt: %s", path, error)
            return
        if image.width > dots:
            image = image.resize((dots, max(1, image.height * dots // image.width)))
        self.style(Align.CENTER)
        self.printer.image(image)

    def finish(self, open_drawer: bool) -> bytes:
        log_missing(self.page, self.missing)
        self.style(Align.LEFT)
        if self.settings.cut:
            self.printer.cut()
        if open_drawer:
            self.printer.cashdraw(drawer_pulse(self.settings))
        job: bytes = self.printer.output
        return job


def drawer_pulse(settings: PrinterSettings) -> list[int]:
    """``ESC p m t1 t2``: pin 2 is m=0, pin 5 is m=1; times are in units of 2 ms."""
    pin = 0 if settings.drawer_pin == 2 else 1
    return [0x1B, 0x70, pin, settings.drawer_on_ms // 2, settings.drawer_off_ms // 2]


def render_receipt(receipt: Receipt, settings: PrinterSettings, *, open_drawer: bool) -> bytes:
    """The bytes that print ``receipt``, cut the paper and, if asked, open the drawer."""
    job = _Job(settings)
    for element in receipt.elements:
        if isinstance(element, Text):
            job.text(element)
        elif isinstance(element, Code):
            job.code(element.data)
        elif isinstance(element, Logo):
            job.logo(element.path)
    return job.finish(open_drawer)


def render_test_page(shop: ShopSettings, settings: PrinterSettings) -> bytes:
    """A test page: shop header, printer settings, a ruler, the code page, a code; opens
    the drawer so the shopkeeper hears that the kick works too."""
    job = _Job(settings)
    width = settings.width
    if settings.logo:
        job.logo(settings.logo)
    job.text(Text(shop.shop_name or "ShopTill", Align.CENTER, bold=True, tall=True))
    for line in shop.address.splitlines():
        job.text(Text(line[:width], Align.CENTER))
    if shop.tax_id:
        job.text(Text(f"Tax ID: {shop.tax_id}"[:width], Align.CENTER))
    job.text(Text("TEST PRINT", Align.CENTER, bold=True))
    job.style(Align.LEFT)
    for label, value in (
        ("Connection", settings.connection),
        ("Model", settings.profile),
        ("Code page", f"{job.page.name} (ESC t {job.page.number})"),
        ("Characters per line", str(width)),
    ):
        job.line(f"{label}: {value}"[:width])
    job.line("".join(str(i % 10) for i in range(1, width + 1)))
    job.line("-" * width)
    job.line(CODE_PAGE_SAMPLE[:width])
    for start in range(0x80, 0x100, 16):
        # The raw upper half of the page, 16 characters a row, as the printer draws it.
        job.printer._raw(f"{start:02X} ".encode("ascii") + bytes(range(start, start + 16)) + b"\n")
    job.line("-" * width)
    job.code("TEST")
    return job.finish(open_drawer=True)


def supported_code_pages(profile: str) -> list[str]:
    """Code page names for the settings screen."""
    return sorted(code_pages(profile))
