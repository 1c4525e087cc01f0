"""A report's words come from the face: a translator installed for the reports' context
("ReportWords") changes the table's headings, its title, its 'Total' and the files saved
from the screen; the command line keeps plain English. The translator is a real .qm made
here from a .ts by pyside6-lrelease (shipped in the PySide6 wheel)."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from pos.services.reports.words import ENGLISH, Heading
from tests.ui.reports.test_reports_screen import choose, screen  # noqa: F401 - fixture
from ui.reports.screen import ReportsScreen
from ui.reports.words import report_words

GERMAN = {
    "Sales by product": "Umsatz nach Artikel",
    "SKU": "Artikelnr.",
    "Product": "Artikel",
    "Quantity": "Menge",
    "Net before tax": "Netto",
    "Tax": "MwSt.",
    "Amount": "Betrag",
    "Total": "Summe",
    "Sales by day": "Umsatz nach Tag",
    "Day": "Tag",
}


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture
def german(qapp: object, tmp_path: Path) -> Iterator[QTranslator]:
    """A German translator of the reports' words, removed again after the test."""
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(target)}</translation></message>"
        for source, target in GERMAN.items()
    )
    ts = tmp_path / "reports_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        f"<context><name>ReportWords</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "reports_de.qm"
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_words_are_the_translators(german: QTranslator) -> None:
    assert report_words().headings[Heading.PRODUCT] == "Product"
    QCoreApplication.installTranslator(german)
    words = report_words()
    assert words.headings[Heading.PRODUCT] == "Artikel"
    # Every key is worded, and nothing else than the translator changed the English.
    for table in ("headings", "titles", "cells", "notes", "phrases"):
        assert getattr(words, table).keys() == getattr(ENGLISH, table).keys()
    untranslated = {k: v for k, v in words.headings.items() if v not in GERMAN.values()}
    assert untranslated == {k: v for k, v in ENGLISH.headings.items() if k in untranslated}


def test_a_translated_report_on_screen_and_in_its_csv_and_xlsx(
    qtbot: QtBot,
    screen: ReportsScreen,  # noqa: F811 - the fixture
    german: QTranslator,
    tmp_path: Path,
) -> None:
    choose(qtbot, screen, "By product")
    assert screen.model.headers[:3] == ["SKU", "Product", "Quantity"]
    QCoreApplication.installTranslator(german)  # while the screen is open: LanguageChange
    qtbot.waitUntil(lambda: screen.model.headers[1] == "Artikel", timeout=5_000)
    assert screen.model.headers == [
        "Artikelnr.", "Artikel", "Menge", "Netto", "MwSt.", "Betrag",
    ]  # fmt: skip
    last = screen.model.rowCount() - 1
    assert screen.model.index(last, 1).data() == "Summe"
    assert screen.title.text().startswith("Umsatz nach Artikel, ")
    choose(qtbot, screen, "Sales by day")
    assert screen.model.headers[0] == "Tag"
    assert screen.chart.chart().title() == "Umsatz nach Tag"

    choose(qtbot, screen, "By product")
    path = tmp_path / "artikel.csv"
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save_to(path)
    with path.open(encoding="utf-8-sig", newline="") as saved:
        rows = list(csv.reader(saved))
    assert rows[0] == ["Artikelnr.", "Artikel", "Menge", "Netto", "MwSt.", "Betrag"]
    assert rows[-1][1] == "Summe"
    book = tmp_path / "artikel.xlsx"
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save_to(book)
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    assert sheet.title == "Umsatz nach Artikel"
    assert [c.value for c in sheet[4]] == rows[0]
    pdf = tmp_path / "artikel.pdf"
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save_to(pdf)
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Umsatz nach Artikel" in text and "Summe" in text and "Betrag" in text
