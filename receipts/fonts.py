"""The shipped DejaVu fonts, registered with ReportLab once per process.

ReportLab's built-in Helvetica knows only Latin-1: "Łódź" and "€" would come out as boxes.
DejaVu covers them, and embedding it (ReportLab subsets TrueType fonts) keeps the text
extractable, so a customer can copy a number out of the PDF.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"
_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}
_lock = threading.Lock()


def register_fonts() -> None:
    """Make the DejaVu fonts known to ReportLab. Safe to call from any thread, any time."""
    with _lock:
        if SANS in pdfmetrics.getRegisteredFontNames():
            return
        folder = files("resources.fonts")
        for name, filename in _FILES.items():
            with as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD)
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD)
