"""The count sheet: products in shelf order, each with its barcode and a box to write the count.

A counter without a scanner walks the shelves with it; one with a scanner can scan the bars
on the sheet for items whose own label is torn. Rows are grouped under their category's
heading; a blind sheet leaves out the stock the system expects, so it cannot steer the count.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.domain.cart import Unit
from pos.services.catalog.labels import LabelBarcode, Symbology
from pos.services.settings import ShopSettings
from pos.services.stock.counts_sheet import SheetCategory, SheetRow, sheet_batches
from receipts.fonts import MONO, SANS, SANS_BOLD, register_fonts
from receipts.label_text import with_ellipsis
from receipts.pdf import save_pdf
from receipts.pdf_pages import MARGIN, PAPERS, SHADE, numbered_canvas
from receipts.settings import printer_settings
from receipts.text import format_datetime_local, format_quantity

ROW = 15 * mm
HEADING = 8 * mm
BAR_WIDTH = 52 * mm
BAR_HEIGHT = 8 * mm
BOX_WIDTH = 26 * mm
EXPECTED_WIDTH = 22 * mm
_KINDS = {
    Symbology.EAN13: "EAN13",
    Symbology.EAN8: "EAN8",
    Symbology.UPCA: "UPCA",
    Symbology.CODE128: "Code128",
}


class _Sheet:
    """Draws rows down the page, starting a new page (with the column titles) when full."""

    def __init__(self, canvas: Canvas, size: tuple[float, float], blind: bool, locale: str):
        self.canvas, self.blind, self.locale = canvas, blind, locale
        self.width, self.height = size
        self.right = self.width - MARGIN
        self.box_x = self.right - BOX_WIDTH
        self.expected_x = self.box_x - 3 * mm  # right edge of the expected figure
        self.bar_x = self.box_x - (0 if blind else EXPECTED_WIDTH) - BAR_WIDTH - 3 * mm
        self.name_width = self.bar_x - MARGIN - 3 * mm
        self.y = 0.0

    def header(self, shop_name: str, title: str, printed: str) -> None:
        c = self.canvas
        top = self.height - MARGIN
        c.setFont(SANS_BOLD, 11)
        c.drawString(MARGIN, top, shop_name)
        c.setFont(SANS_BOLD, 16)
        c.drawString(MARGIN, top - 7 * mm, title)
        c.setFont(SANS, 9)
        c.drawString(MARGIN, top - 13 * mm, f"Printed {printed}")
        c.drawString(
            MARGIN, top - 19 * mm, "Counted by: ______________________    Date: __________"
        )
        self.y = top - 25 * mm
        self._titles()

    def _titles(self) -> None:
        c = self.canvas
        c.setFont(SANS_BOLD, 8)
        c.drawString(MARGIN, self.y, "Product")
        c.drawString(self.bar_x, self.y, "Barcode")
        if not self.blind:
            c.drawRightString(self.expected_x, self.y, "Expected")
        c.drawString(self.box_x, self.y, "Counted")
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(MARGIN, self.y - 1.5 * mm, self.right, self.y - 1.5 * mm)
        self.y -= 2 * mm

    def _room(self, needed: float) -> None:
        if self.y - needed < MARGIN + 4 * mm:
            self.canvas.showPage()
            self.y = self.height - MARGIN
            self._titles()

    def heading(self, name: str) -> None:
        self._room(HEADING + ROW)
        c = self.canvas
        c.setFillColor(SHADE)
        c.rect(MARGIN, self.y - HEADING, self.right - MARGIN, HEADING, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(SANS_BOLD, 10)
        c.drawString(MARGIN + 1.5 * mm, self.y - HEADING + 2.5 * mm, name)
        self.y -= HEADING

    def row(self, row: SheetRow) -> None:
        self._room(ROW)
        c, bottom = self.canvas, self.y - ROW
        c.setFont(SANS, 10)
        name = row.name
        if stringWidth(name, SANS, 10) > self.name_width:
            name = with_ellipsis(name, SANS, 10, self.name_width)
        c.drawString(MARGIN, bottom + 8.5 * mm, name)
        c.setFont(MONO, 8)
        unit = " · per kg" if row.unit is Unit.KG else ""
        c.drawString(MARGIN, bottom + 4 * mm, f"{row.sku}{unit}")
        self._barcode(row.barcode, bottom + 3 * mm)
        if not self.blind:
            c.setFont(SANS, 10)
            c.drawRightString(
                self.expected_x,
                bottom + 6 * mm,
                format_quantity(row.on_hand, row.unit, self.locale),
            )
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.rect(self.box_x, bottom + 2.5 * mm, BOX_WIDTH, ROW - 5 * mm, stroke=1, fill=0)
        c.setStrokeColor(colors.lightgrey)
        c.setLineWidth(0.25)
        c.line(MARGIN, bottom, self.right, bottom)
        self.y = bottom

    def _barcode(self, barcode: LabelBarcode | None, y: float) -> None:
        if barcode is None:
            return
        drawing = createBarcodeDrawing(
            _KINDS[barcode.symbology],
            value=barcode.code,
            barHeight=BAR_HEIGHT,
            barWidth=0.3 * mm,
            humanReadable=True,
            fontName=MONO,
            fontSize=7,
        )
        scale = min(1.0, BAR_WIDTH / drawing.width)
        if scale < 1.0:
            drawing.scale(scale, 1)
            drawing.width *= scale
        renderPDF.draw(drawing, self.canvas, self.bar_x, y)


def count_sheet_pdf(
    batches: Iterable[SheetCategory],
    *,
    shop_name: str,
    title: str,
    locale: str,
    blind: bool = False,
    paper: str = "A4",
    printed_at: datetime,
) -> tuple[bytes, int]:
    """The sheet as PDF bytes, and how many products it lists."""
    register_fonts()
    size = PAPERS[paper]
    out = io.BytesIO()
    canvas = numbered_canvas(f"{shop_name} · {title}".strip(" ·"))(out, pagesize=size, invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor(shop_name or "ShopTill")
    sheet = _Sheet(canvas, size, blind, locale)
    sheet.header(shop_name, title, format_datetime_local(printed_at, locale))
    listed, last_heading = 0, None
    for batch in batches:
        if batch.name != last_heading:
            sheet.heading(batch.name)
            last_heading = batch.name
        for row in batch.rows:
            sheet.row(row)
            listed += 1
    if not listed:
        canvas.setFont(SANS, 10)
        canvas.drawString(MARGIN, sheet.y - 8 * mm, "No products to count.")
    canvas.showPage()
    canvas.save()
    return out.getvalue(), listed


def save_count_sheet(
    db: Database,
    path: Path,
    shop: ShopSettings,
    *,
    category_ids: Sequence[int] | None = None,
    count_id: int | None = None,
    title: str = "Count sheet",
    blind: bool = False,
) -> tuple[Path, int]:
    """Write the count sheet of ``category_ids``, of count ``count_id``'s scope, or of every
    active product, to ``path``. Returns where it went and how many products it lists."""
    batches = sheet_batches(db, category_ids=category_ids, count_id=count_id)
    data, listed = count_sheet_pdf(
        batches,
        shop_name=shop.shop_name,
        title=title,
        locale=shop.locale,
        blind=blind,
        paper=printer_settings(shop.printer).invoice_paper,
        printed_at=utcnow(),
    )
    return save_pdf(data, path), listed
