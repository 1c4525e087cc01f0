"""A German catalog made here from a .ts by pyside6-lrelease (shipped in the PySide6 wheel),
in a translations folder of the test's own, and a main window started on it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, update_settings
from ui.app import MainWindow

#: Real texts of the main window and the Sell screen, under the context lupdate gives them.
GERMAN = {
    "MainWindow": {
        "Sell": "Verkaufen",
        "Products": "Artikel",
        "Settings": "Einstellungen",
        "ShopTill — {shop}": "ShopTill — {shop} (Kasse)",
        "Unsaved settings": "Einstellungen nicht gespeichert",
    },
    "ShopHeader": {
        "{cashier} at {till}": "{cashier} an {till}",
        "No receipt printer": "Kein Bondrucker",
        "{count} low on stock": "{count} knapp im Lager",
    },
    "SalesScreen": {"Pay": "Bezahlen", "Quantity": "Menge"},
    "CartModel": {"Item": "Artikel", "Total": "Summe"},
    "ScanBox": {"Scan a barcode, or type a name or SKU": "Barcode scannen oder Namen tippen"},
}


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    return found


def german_ts(path: Path) -> Path:
    """A translator's German file, as Qt Linguist saves one."""
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items()
        )
        + "</context>"
        for name, messages in GERMAN.items()
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de_DE">{contexts}</TS>\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    """A translations folder holding ``shoptill_de.qm`` (German) and nothing else."""
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = german_ts(tmp_path / "shoptill_de.ts")
    subprocess.run(
        [lrelease(), str(ts), "-qm", str(folder / "shoptill_de.qm")],
        check=True,
        capture_output=True,
    )
    return folder


OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, qapp: QApplication, db: Database, shop: ShopSettings, actor: Actor
) -> Iterator[OpenWindow]:
    """Start the till on a shop in ``locale`` with the translations in ``catalogs``.

    Afterwards the window's translators are taken out and the application reads left to
    right again, whatever the test did: the next test in this process starts in English.
    """
    windows: list[MainWindow] = []

    def start(locale: str, catalogs: Path) -> MainWindow:
        QSettings().clear()
        update_settings(db, actor=actor, locale=locale)
        window = MainWindow(db, "Till 1", catalogs=catalogs)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield start
    for window in windows:
        window.language.apply("en_GB")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
