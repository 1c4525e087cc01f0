"""An X or Z report to the receipt printer or into a PDF file, off the UI thread.

The report is stored before it is ever printed: a printer that is off or out of paper
loses nothing, the screen says why and the report prints again (or is saved as a PDF).
The shop's settings are read at the moment of printing, so a printer set up a minute ago
in Settings is the one used.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pos.services.cashup.reports import ShiftReportDTO
from pos.services.database import Database
from pos.services.settings import get_settings
from ui.events import AppEvents
from ui.ops import Op
from ui.sales.printing import ERROR, NOT_CONFIGURED, READY, printer_state

log = logging.getLogger(__name__)


def _print(db: Database, report: ShiftReportDTO) -> None:
    from receipts.escpos_printer import print_shift_report  # python-escpos loads on first use

    print_shift_report(report, get_settings(db))


def _save(db: Database, report: ShiftReportDTO, path: Path) -> Path:
    from receipts.pdf import save_pdf, shift_report_pdf_for  # ReportLab loads on first use

    return save_pdf(shift_report_pdf_for(report, get_settings(db)), path)


class ReportOutput(QObject):
    """Prints and saves shift reports in the background.

    Signals:
        printed(object): the ShiftReportDTO that reached the printer.
        saved(object): the Path the PDF was written to.
        failed(str): why printing or saving did not happen, for the user.
    """

    printed = Signal(object)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self, db: Database, events: AppEvents | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        #: True while a print or a save is on its way.
        self.busy = False

    def print_report(self, report: ShiftReportDTO) -> None:
        state, message = printer_state(get_settings(self.db))
        if state == NOT_CONFIGURED:
            self.failed.emit(
                self.tr(
                    "No receipt printer is set up. Add one in Settings, or save the report "
                    "as a PDF."
                )
            )
            return
        if state == ERROR:
            self.failed.emit(message)
            return
        self.busy = True
        (
            Op(_print, self.db, report)
            .success(lambda _none: self._printed(report))
            .failure(self._print_failed)
            .start()
        )

    def save_pdf(self, report: ShiftReportDTO, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        self.busy = True
        Op(_save, self.db, report, path).success(self._saved).failure(self._save_failed).start()

    def _printed(self, report: ShiftReportDTO) -> None:
        self.busy = False
        if self.events is not None:
            self.events.printer_state_changed.emit(READY, "Printer ready")
        self.printed.emit(report)

    def _print_failed(self, error: BaseException) -> None:
        self.busy = False
        log.warning("printing a shift report failed: %s", error)
        if self.events is not None:
            self.events.printer_state_changed.emit(ERROR, str(error))
        self.failed.emit(
            self.tr(
                "The report did not print: {why} It is kept: print it again, or save it as a PDF."
            ).format(why=_sentence(str(error)))
        )

    def _saved(self, path: object) -> None:
        self.busy = False
        self.saved.emit(path)

    def _save_failed(self, error: BaseException) -> None:
        self.busy = False
        self.failed.emit(str(error))


def _sentence(text: str) -> str:
    """``text`` ending with a full stop, so that the next sentence reads on."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."
