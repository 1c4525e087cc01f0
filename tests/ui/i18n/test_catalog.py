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
    assert {"Pay", "Cart parked. Resume it with F6."} <= sources(template["SalesScreen"])
    # The German file got every text of today, its translations kept.
    german = contexts(tmp_path / "shoptill_de.ts")
    assert sources(german["MainWindow"]) == sources(template["MainWindow"])
    (sell,) = [m for m in german["MainWindow"] if m.findtext("source") == "Sell"]
    assert sell.findtext("translation") == "Verkaufen"
    translator = QTranslator()
    assert translator.load(str(tmp_path / "shoptill_de.qm"))
    assert translator.translate("MainWindow", "Sell") == "Verkaufen"
    assert translator.translate("SalesScreen", "Pay") == "Bezahlen"


#: Modules whose texts lupdate files under a name that is no context at run time (a ``tr``
#: renamed, another widget's ``tr``): none of their texts can be translated until they say
#: ``self.tr(...)`` or ``QCoreApplication.translate("context", ...)``. Their screens are
#: being worked on elsewhere; take a module off this list once it is put right.
NOT_YET_REACHABLE = {
    "ui/cashup/over_short.py",
    "ui/cashup/report_dialog.py",
    "ui/cashup/shift_tab.py",
    "ui/products/categories_dialog.py",
    "ui/products/category_prompts.py",
    "ui/products/import_models.py",
    "ui/stock/adjustments_models.py",
}


def run_time_contexts() -> set[str]:
    """The contexts Qt looks texts up under: each class of ``ui/`` (``self.tr``) and each
    literal context of ``QCoreApplication.translate``."""
    import ast

    names: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and ast.unparse(node.func)
                in ("QCoreApplication.translate", "QApplication.translate")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(str(node.args[0].value))
    return names


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="PySide6's lupdate is not installed beside this Python",
)
def test_every_text_is_filed_under_the_context_it_is_looked_up_in(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(COMMAND), "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    known = run_time_contexts()
    lost = {
        (tmp_path / (location.get("filename") or "")).resolve().relative_to(ROOT).as_posix()
        for name, messages in contexts(tmp_path / "shoptill.ts").items()
        if name not in known
        for message in messages
        for location in message.iter("location")
    }
    assert lost - NOT_YET_REACHABLE == set()
