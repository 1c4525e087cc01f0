"""An X or Z report on screen, exactly as it prints, with Print and Save PDF.

The text is the paper layout itself (``receipts.shift_report``) in a monospace view: the
figures on screen are the figures on paper. Printing and saving run off the UI thread;
a printer problem is said in the dialog and the report stays, to print again or save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.services.cashup.reports import ShiftReportDTO
from pos.services.database import Database
from pos.services.settings import ShopSettings
from receipts.shift_report import build_shift_report
from ui.cashup.report_output import ReportOutput
from ui.events import AppEvents
from ui.widgets.forms import MessageLabel, fit_to_screen

#: Characters per line on screen: the 80 mm paper's.
SCREEN_WIDTH = 42


def report_title(report: ShiftReportDTO) -> str:
    """'Z report Z000012' (and 'copy' when read back)."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    kind = tr("cashup", "Z report") if report.kind == "Z" else tr("cashup", "X report")
    title = f"{kind} {report.number}"
    return tr("cashup", "{title} (copy)").format(title=title) if report.copy else title


def suggested_pdf_name(report: ShiftReportDTO) -> str:
    copy = "-copy" if report.copy else ""
    return f"{report.number}{copy}.pdf"


class ReportDialog(QDialog):
    """One report: read it, print it (Ctrl+P), save it as a PDF (Ctrl+S)."""

    def __init__(
        self,
        db: Database,
        report: ShiftReportDTO,
        settings: ShopSettings,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(report_title(report))
        self.output = ReportOutput(db, events, self)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Report text"))
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(font.pointSize(), 11))
        self.view.setFont(font)
        self.view.setPlainText(
            build_shift_report(report, settings, width=SCREEN_WIDTH).plain_text()
        )
        self.message = MessageLabel(self.tr("Report message"))
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.pdf_button = QPushButton(self.tr("Save PDF… (Ctrl+S)"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the report"))
        for button in (self.print_button, self.pdf_button, close):
            button.setMinimumHeight(48)
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.ask_pdf)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.ask_pdf)
        self.output.printed.connect(
            lambda _r: self.message.show_success(self.tr("The report was printed."))
        )
        self.output.saved.connect(
            lambda path: self.message.show_success(self.tr("Saved to {path}").format(path=path))
        )
        self.output.failed.connect(self.message.show_error)
        width = self.view.fontMetrics().horizontalAdvance("M" * (SCREEN_WIDTH + 4)) + 60
        fit_to_screen(self, max(width, 520), 720)

    def print_report(self) -> None:
        self.message.show_info(self.tr("Printing…"))
        self.output.print_report(self.report)

    def ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as a PDF"),
            suggested_pdf_name(self.report),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        self.message.show_info(self.tr("Saving…"))
        self.output.save_pdf(self.report, path)
