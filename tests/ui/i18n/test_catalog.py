"""The translators' template and the command that makes it and compiles their work.

The template is committed; the command runs Qt's lupdate over ``ui/`` (about a fifth of a
second) and lrelease, both shipped in the PySide6 wheel, so it runs in the test run too."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.i18n.conftest import german_ts
from ui.i18n import CATALOGS

ROOT = Path(__file__).resolve().parents[3]
COMMAND = ROOT / "installer" / "translations.py"


def contexts(ts: Path) -> dict[str, list[ET.Element]]:
    """Each context's name and its messages."""
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    return {
        (context.findtext("name") or ""): context.findall("message")
        for context in root.iter("context")
    }


def sources(messages: list[ET.Element]) -> set[str]:
    return {message.findtext("source") or "" for message in messages}


def test_the_committed_template_lists_the_windows_texts_in_their_contexts() -> None:
    found = contexts(CATALOGS / "shoptill.ts")
    assert {"Sell", "Products", "Settings", "Screens"} <= sources(found["MainWindow"])
    assert {"Pay", "Quantity", "Void", "No sale"} <= sources(found["SalesScreen"])
    assert "{cashier} at {till}" in sources(found["ShopHeader"])
    assert "Prices include tax" in sources(found["settings"])
    for messages in found.values():
        for message in messages:
            assert message.find("location") is not None
            translation = message.find("translation")
            assert translation is not None and translation.get("type") == "unfinished"


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="PySide6's lupdate is not installed beside this Python",
)
def test_the_command_makes_the_template_and_compiles_each_translation(tmp_path: Path) -> None:
    german_ts(tmp_path / "shoptill_de.ts")  # a translator's work, older than today's texts
    done = subprocess.run(
        [sys.executable, str(COMMAND), "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"compiled: {tmp_path / 'shoptill_de.qm'}" in done.stdout
    template = contexts(tmp_path / "shoptill.ts")
    assert sources(template["SalesScreen"]) == sources(
        contexts(CATALOGS / "shoptill.ts")["SalesScreen"]
    )
    # The German file got every text of today, its translations kept.
    german = contexts(tmp_path / "shoptill_de.ts")
    assert sources(german["MainWindow"]) == sources(template["MainWindow"])
    (sell,) = [m for m in german["MainWindow"] if m.findtext("source") == "Sell"]
    assert sell.findtext("translation") == "Verkaufen"
    translator = QTranslator()
    assert translator.load(str(tmp_path / "shoptill_de.qm"))
    assert translator.translate("MainWindow", "Sell") == "Verkaufen"
    assert translator.translate("SalesScreen", "Pay") == "Bezahlen"
