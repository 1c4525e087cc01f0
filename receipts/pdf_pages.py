"""What every ShopTill A4/Letter PDF shares: paper sizes, margins, text styles, the table grid
and a footer that says "Page N of M".

ReportLab runs in invariant mode in every document built on these, so the same document
always gives the same bytes (tests compare them).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from receipts.fonts import SANS, SANS_BOLD

PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm
GRID = colors.HexColor("#b0b0b0")
SHADE = colors.HexColor("#eeeeee")


def text_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles: body, small, bold, right, title, shop."""
    base = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "bold": ParagraphStyle("bold", base, fontName=SANS_BOLD),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=18, leading=22),
        "shop": ParagraphStyle("shop", base, fontName=SANS_BOLD, fontSize=12, leading=15),
    }


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped (a '&' in a name is text), line breaks kept."""
    return Paragraph(xml_escape(text).replace("\n", "<br/>"), style)


def numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "Page N of M"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(SANS, 8)
                self.setFillColor(colors.grey)
                self.drawString(MARGIN, MARGIN / 2, footer)
                self.drawRightString(width - MARGIN, MARGIN / 2, f"Page {number} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def grid_style(header_rows: int = 1, first_right: int = 2) -> list[tuple[Any, ...]]:
    """A table's look: shaded header, hairlines between rows, columns from ``first_right``
    on aligned right (amounts)."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.6, colors.black),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (first_right, 0), (-1, -1), "RIGHT"),
    ]
