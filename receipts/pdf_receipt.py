"""The 80 mm receipt as a PDF: the very same layout the thermal printer gets.

It draws ``receipts.layout.Receipt`` line by line in DejaVu Sans Mono, sized so the
receipt's characters per line fill the printable 72 mm, so columns line up exactly as on
paper. One long page, as a roll of receipt paper would be.
"""

from __future__ import annotations

import io
import logging

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from receipts.fonts import MONO, MONO_BOLD, register_fonts
from receipts.layout import Align, Code, Logo, Receipt, Text

log = logging.getLogger(__name__)

PAPER_WIDTH = 80 * mm
PRINT_WIDTH = 72 * mm
MARGIN = (PAPER_WIDTH - PRINT_WIDTH) / 2
LINE_GAP = 1.25  # line height as a multiple of the font size
CODE_HEIGHT = 14 * mm
LOGO_MAX_HEIGHT = 25 * mm


def _font_size(width: int) -> float:
    """The size at which ``width`` monospaced characters fill the printable width."""
    return float(PRINT_WIDTH / (width * stringWidth("0", MONO, 1)))


def _logo(path: str) -> ImageReader | None:
    try:
        return ImageReader(path)
    except OSError as error:
        log.warning("logo %s left off the receipt PDF: %s", path, error)
        return None


def receipt_pdf(receipt: Receipt, *, code: str = "code128") -> bytes:
    """The receipt as PDF bytes (byte-stable for the same receipt: ReportLab invariant mode).

    Args:
        receipt: the laid-out receipt.
        code: "code128", "qr" or "none", as on the paper receipt.
    """
    register_fonts()
    size = _font_size(receipt.width)
    step = size * LINE_GAP
    logos = {e.path: _logo(e.path) for e in receipt.elements if isinstance(e, Logo)}
    height = 2 * MARGIN
    for element in receipt.elements:
        if isinstance(element, Text):
            height += step * (2 if element.tall else 1)
        elif isinstance(element, Code):
            height += (CODE_HEIGHT if code != "none" else 0) + step * 2
        elif (image := logos.get(element.path)) is not None:
            height += _logo_size(image)[1] + step
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAPER_WIDTH, height), invariant=1)
    canvas.setTitle(f"Receipt {receipt.number}")
    canvas.setAuthor("ShopTill")
    y = height - MARGIN
    for element in receipt.elements:
        if isinstance(element, Text):
            y = _text(canvas, element, y, size, receipt.width)
        elif isinstance(element, Code):
            y = _code(canvas, element.data, y, size, code)
        elif (image := logos.get(element.path)) is not None:
            y = _draw_logo(canvas, image, y, step)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _text(canvas: Canvas, element: Text, y: float, size: float, width: int) -> float:
    lines = 2 if element.tall else 1
    y -= size * LINE_GAP * lines
    font = MONO_BOLD if element.bold else MONO
    text_width = stringWidth(element.text, font, size)
    if element.align is Align.CENTER:
        # Centre by characters, as the printer does, so it matches the paper.
        pad = (width - len(element.text)) // 2
        x = MARGIN + stringWidth(" " * max(pad, 0), MONO, size)
    elif element.align is Align.RIGHT:
        x = MARGIN + PRINT_WIDTH - text_width
    else:
        x = MARGIN
    canvas.saveState()
    canvas.setFont(font, size)
    canvas.translate(x, y + size * 0.25)
    if element.tall:
        canvas.scale(1, 2)  # double height, same width: ESC/POS "double height"
    canvas.drawString(0, 0, element.text)
    canvas.restoreState()
    return y


def _code(canvas: Canvas, data: str, y: float, size: float, code: str) -> float:
    step = size * LINE_GAP
    y -= step / 2
    if code == "code128":
        barcode = Code128(data, barHeight=CODE_HEIGHT, barWidth=0.33 * mm, quiet=False)
        y -= CODE_HEIGHT
        barcode.drawOn(canvas, (PAPER_WIDTH - barcode.width) / 2, y)
    elif code == "qr":
        widget = QrCodeWidget(data, barWidth=CODE_HEIGHT, barHeight=CODE_HEIGHT)
        drawing = Drawing(CODE_HEIGHT, CODE_HEIGHT)
        drawing.add(widget)
        y -= CODE_HEIGHT
        renderPDF.draw(drawing, canvas, (PAPER_WIDTH - CODE_HEIGHT) / 2, y)
    y -= step
    canvas.setFont(MONO, size)
    canvas.drawCentredString(PAPER_WIDTH / 2, y + size * 0.25, data)
    return y - step / 2


def _logo_size(image: ImageReader) -> tuple[float, float]:
    """The logo scaled to fit the printable width and at most LOGO_MAX_HEIGHT tall."""
    width, height = image.getSize()
    scale = min(PRINT_WIDTH / width, LOGO_MAX_HEIGHT / height)
    return width * scale, height * scale


def _draw_logo(canvas: Canvas, image: ImageReader, y: float, step: float) -> float:
    shown_w, shown_h = _logo_size(image)
    canvas.drawImage(image, (PAPER_WIDTH - shown_w) / 2, y - shown_h, shown_w, shown_h)
    return y - shown_h - step
