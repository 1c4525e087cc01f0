"""Shelf labels as a PDF sheet: name, price, unit and a barcode that scans, per label.

Labels come from ``pos.services.catalog.labels`` in batches and are drawn as they come;
a product printed several times is drawn once as a PDF form and placed again, so the
file and the time grow with the products, not the copies. The barcodes are ReportLab's
own: EAN-13, EAN-8 and UPC-A widgets, and Code 128 for the shop's own codes. Text is in
DejaVu so any Latin, Greek or Cyrillic name prints, and the PDF is byte-stable.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.eanbc import UPCA, Ean8BarcodeWidget, Ean13BarcodeWidget
from reportlab.graphics.shapes import Group, Rect, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.lib.validators import isNumberOrNone
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services.catalog.labels import (
    Copies,
    LabelBarcode,
    LabelData,
    Symbology,
    check_label_count,
    count_labels,
    label_batches,
)
from pos.services.catalog.selection import ProductSelection
from receipts.fonts import MONO, SANS, SANS_BOLD, register_fonts
from receipts.label_sheets import SheetLayout, check_layout
from receipts.label_text import fit_text, with_ellipsis
from receipts.pdf import save_pdf

#: Bar widths: GS1's nominal 0.33 mm, its 80 % floor for EAN/UPC, and 7.5 mil for Code 128
#: (what any laser or inkjet prints cleanly). Narrower bars would not scan: the label then
#: shows the code as text only.
NOMINAL_MODULE = 0.33 * mm
MIN_GTIN_MODULE = 0.264 * mm
MIN_CODE128_MODULE = 0.19 * mm


class _Ean13(Ean13BarcodeWidget):  # type: ignore[misc]
    """EAN-13 with GS1's quiet zones, 11 modules left and 7 right (ReportLab's widget
    takes them as numbers, but its attribute check allows only booleans)."""

    _attrMap = AttrMap(
        BASE=Ean13BarcodeWidget,
        lquiet=AttrMapValue(isNumberOrNone, desc="left quiet zone"),
        rquiet=AttrMapValue(isNumberOrNone, desc="right quiet zone"),
    )


class _UpcA(UPCA):  # type: ignore[misc]
    """ReportLab's UPC-A widget draws 95 modules and two quiet zones of 9, but counts 89
    in its width: centred by that width, its right end would run off the label."""

    _nbars = 113


_WIDGETS = {
    Symbology.EAN13: _Ean13,
    Symbology.EAN8: Ean8BarcodeWidget,
    Symbology.UPCA: _UpcA,
}
PER_KG = " / kg"


@dataclass(frozen=True, slots=True)
class LabelsResult:
    """What a run made: where the PDF is, how many labels on how many pages.

    Attributes:
        without_bars: labels whose code is printed as text only, because its bars would
            be too narrow to scan on this label size (or the code has letters no barcode
            carries).
    """

    path: Path | None
    labels: int
    pages: int
    without_bars: int


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


class _LabelPainter:
    """Draws labels of one size: its boxes and font sizes are worked out once."""

    def __init__(self, width: float, height: float, outline: bool) -> None:
        self.width, self.height, self.outline = width, height, outline
        self.pad = _clamp(min(width, height) * 0.06, 1.2 * mm, 3 * mm)
        self.inner_width = width - 2 * self.pad
        inner_height = height - 2 * self.pad
        self.code_height = inner_height * 0.42
        self.digits_size = _clamp(self.code_height * 0.2, 5, 8)
        self.price_size = _clamp(inner_height * 0.2, 8, 24)
        self.price_baseline = self.pad + self.code_height + 0.3 * self.price_size + 1
        name_bottom = self.price_baseline + self.price_size * 0.95
        self.name_height = height - self.pad - name_bottom
        self.name_sizes = (_clamp(inner_height * 0.12, 6, 11), 5.0)

    def draw(self, canvas: Canvas, label: LabelData) -> bool:
        """Draw ``label`` with its bottom-left corner at the origin; False if it has no bars."""
        pad, width = self.pad, self.inner_width
        if self.outline:
            canvas.setStrokeGray(0.6)
            canvas.setLineWidth(0.3)
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        name = fit_text(label.name, SANS, self.name_sizes, width, self.name_height)
        canvas.setFont(SANS, name.size)
        y = self.height - pad - name.size * 0.95
        for line in name.lines:
            canvas.drawString(pad, y, line)
            y -= name.size * 1.15
        self._price(canvas, label)
        return self._barcode(canvas, label.barcode, label.sku)

    def _price(self, canvas: Canvas, label: LabelData) -> None:
        size, width = self.price_size, self.inner_width
        unit_size = size * 0.55
        unit = PER_KG if label.per_kg else ""
        needed = stringWidth(label.price_text, SANS_BOLD, size) + stringWidth(unit, SANS, unit_size)
        if needed > width:  # a long amount in a long currency: shrink it to fit
            size, unit_size = size * width / needed, unit_size * width / needed
        canvas.setFont(SANS_BOLD, size)
        canvas.drawString(self.pad, self.price_baseline, label.price_text)
        if unit:
            x = self.pad + stringWidth(label.price_text, SANS_BOLD, size)
            canvas.setFont(SANS, unit_size)
            canvas.drawString(x, self.price_baseline, unit)

    def _barcode(self, canvas: Canvas, barcode: LabelBarcode | None, sku: str) -> bool:
        if barcode is None:
            self._code_as_text(canvas, sku)
            return False
        widget_class = _WIDGETS.get(barcode.symbology)
        if widget_class is not None:
            modules = widget_class(barcode.code, barWidth=1).width
            module = min(NOMINAL_MODULE, self.inner_width / modules)
            if module < MIN_GTIN_MODULE:
                self._code_as_text(canvas, barcode.code)
                return False
            quiet = {}
            if barcode.symbology is Symbology.EAN13:  # GS1: 11 modules left, 7 right
                quiet = {"lquiet": 11 * module, "rquiet": 7 * module}
            widget = widget_class(
                barcode.code,
                barWidth=module,
                **quiet,
                barHeight=self.code_height,
                fontName=MONO,
                fontSize=self.digits_size,
            )
            x = self.pad + (self.inner_width - widget.width) / 2
            canvas.saveState()
            canvas.translate(x, self.pad)
            _draw_shapes(canvas, widget.draw())
            canvas.restoreState()
            return True
        bars = Code128(barcode.code, barWidth=1, lquiet=10, rquiet=10)
        module = min(NOMINAL_MODULE, self.inner_width / bars.width)
        if module < MIN_CODE128_MODULE:
            self._code_as_text(canvas, barcode.code)
            return False
        text_height = self.digits_size * 1.2
        bars = Code128(
            barcode.code,
            barWidth=module,
            lquiet=10 * module,
            rquiet=10 * module,
            barHeight=self.code_height - text_height,
            humanReadable=1,
            fontName=MONO,
            fontSize=self.digits_size,
        )
        x = self.pad + (self.inner_width - bars.width) / 2
        bars.drawOn(canvas, x, self.pad + text_height)
        return True

    def _code_as_text(self, canvas: Canvas, code: str) -> None:
        size = self.digits_size + 1
        text = code
        if stringWidth(text, MONO, size) > self.inner_width:
            text = with_ellipsis(code[:200], MONO, size, self.inner_width)
        canvas.setFont(MONO, size)
        canvas.drawString(self.pad, self.pad + self.code_height / 3, text)


def _draw_shapes(canvas: Canvas, group: Group) -> None:
    """Draw a barcode widget's bars and digits straight onto the canvas.

    ``renderPDF`` would do the same through its general shape renderer, at three times
    the cost: a sheet of a thousand labels spent most of its time there.
    """
    bars = canvas.beginPath()
    for node in group.contents:
        if isinstance(node, Rect):
            if node.fillColor is not None:  # the widget's first rect is its invisible box
                bars.rect(node.x, node.y, node.width, node.height)
        elif isinstance(node, String):
            canvas.setFont(node.fontName, node.fontSize)
            if node.textAnchor == "middle":
                canvas.drawCentredString(node.x, node.y, node.text)
            else:
                canvas.drawString(node.x, node.y, node.text)
        else:
            raise TypeError(f"a barcode widget drew a {type(node).__name__}")
    canvas.drawPath(bars, stroke=0, fill=1)


def draw_labels(
    batches: Iterable[list[LabelData]],
    layout: SheetLayout,
    *,
    start: int = 1,
    outline: bool = False,
) -> tuple[bytes, LabelsResult]:
    """The labels of ``batches`` on sheets of ``layout``, from label ``start`` of the first.

    Raises:
        InvalidInput: ``start`` is not a label of the sheet, or the layout does not fit.
    """
    check_layout(layout)
    check_start(start, layout)
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=layout.page_size, invariant=1, pageCompression=1)
    canvas.setTitle("Shelf labels")
    canvas.setAuthor("ShopTill")
    painter = _LabelPainter(layout.label_width, layout.label_height, outline)
    slot, pages, labels, without_bars = start - 1, 1, 0, 0
    has_bars = True
    for batch in batches:
        for label in batch:
            form = None
            if label.copies > 1:
                form = f"label{label.product_id}"
                canvas.beginForm(form, 0, 0, layout.label_width, layout.label_height)
                has_bars = painter.draw(canvas, label)
                canvas.endForm()
            for copy in range(label.copies):
                if slot == layout.per_sheet:
                    canvas.showPage()
                    slot, pages = 0, pages + 1
                x, y = layout.origin(slot)
                canvas.saveState()
                canvas.translate(x, y)
                if form is not None:
                    canvas.doForm(form)
                elif copy == 0:
                    has_bars = painter.draw(canvas, label)
                canvas.restoreState()
                slot += 1
            labels += label.copies
            without_bars += 0 if has_bars else label.copies
    canvas.showPage()
    canvas.save()
    return out.getvalue(), LabelsResult(None, labels, pages, without_bars)


def check_start(start: int, layout: SheetLayout) -> None:
    """Refuse a first label that is not on the sheet."""
    if not 1 <= start <= layout.per_sheet:
        raise InvalidInput(
            f"Start at a label from 1 to {layout.per_sheet}: this sheet has "
            f"{layout.per_sheet} labels."
        )


def save_labels(
    db: Database,
    selection: ProductSelection,
    copies: Copies,
    layout: SheetLayout,
    path: Path,
    *,
    start: int = 1,
    outline: bool = False,
) -> LabelsResult:
    """Make the labels of ``selection`` and save them as the PDF ``path``, whole or not at all.

    Raises:
        InvalidInput: nothing to print, too many labels, or a layout or start that is off.
        ShopError: the file cannot be written.
    """
    check_layout(layout)
    check_start(start, layout)
    check_label_count(count_labels(db, selection, copies))
    data, made = draw_labels(
        label_batches(db, selection, copies), layout, start=start, outline=outline
    )
    target = save_pdf(data, path)
    return LabelsResult(target, made.labels, made.pages, made.without_bars)
