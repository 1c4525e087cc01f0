"""The owner's recovery code on a sheet of paper, to keep somewhere safe.

The code is drawn once, large, with what it is for and how to use it; nothing else from
the shop is on the sheet, so it is useless to whoever finds it without the till.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from receipts.fonts import MONO_BOLD, SANS, SANS_BOLD, register_fonts

#: What the sheet says under the code (the UI passes it translated).
DEFAULT_LINES = (
    "If the owner forgets the PIN: on the sign-in screen choose",
    "'Forgot the PIN?', type this code and a new PIN.",
    "Or on the shop's computer run: shoptill reset-pin OWNER",
    "Using the code gives a new code: this one then stops working.",
)


def recovery_pdf(
    code: str,
    shop_name: str,
    *,
    title: str = "ShopTill recovery code",
    lines: tuple[str, ...] = DEFAULT_LINES,
) -> bytes:
    """An A4 page with ``code`` in large type (byte-stable: ReportLab invariant mode)."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    width, height = A4
    y = height - 30 * mm
    canvas.setFont(SANS_BOLD, 20)
    canvas.drawString(20 * mm, y, title)
    y -= 10 * mm
    canvas.setFont(SANS, 12)
    canvas.drawString(20 * mm, y, shop_name)
    y -= 25 * mm
    canvas.setFont(MONO_BOLD, 28)
    canvas.drawCentredString(width / 2, y, code)
    y -= 20 * mm
    canvas.setFont(SANS, 11)
    for line in lines:
        canvas.drawString(20 * mm, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
    return out.getvalue()
