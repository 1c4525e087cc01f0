"""Turning finished documents into paper: ESC/POS receipts and ReportLab PDFs.

``receipts`` imports ``pos`` (services and domain), never ``ui`` or Qt. Every function here
is pure or works on objects it creates itself, so the GUI can run them in a worker thread.
"""

from receipts.errors import PrintingError

__all__ = ["PrintingError"]
