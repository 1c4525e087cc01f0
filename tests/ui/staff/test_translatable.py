"""Every text the staff screens show goes through Qt's translation, in a form the translation
tools find: ``self.tr("literal")`` in a widget's own class, or
``QCoreApplication.translate("staff", "literal")`` in a function. A text built elsewhere
(``tr(variable)``, a helper's parameter, another widget's ``tr``) would run, yet never reach a
translator; a bare literal at a label or a button would never be translated at all."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

STAFF_UI = Path(__file__).resolve().parents[3] / "ui" / "staff"
FILES = sorted(STAFF_UI.glob("*.py"))

#: Calls that put text in front of the user: a bare literal there is a defect.
SHOWN = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QAction",
    "QGroupBox",
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setSpecialValueText",
    "setSuffix",
    "setAccessibleName",
    "addTab",
    "addItem",
    "show_error",
    "show_info",
    "show_success",
    "set_ok_text",
    "MessageLabel",
    "question",
    "information",
    "warning",
    "critical",
    "getSaveFileName",
}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _words_in(node: ast.AST) -> bool:
    """A string literal (or an f-string's literal parts) holding words."""
    if _literal(node):
        return bool(WORDS.search(node.value))  # type: ignore[attr-defined]
    if isinstance(node, ast.JoinedStr):
        return any(_literal(part) and WORDS.search(part.value) for part in node.values)  # type: ignore[attr-defined]
    return False


def _calls(path: Path) -> list[ast.Call]:
    return [n for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Call)]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_translations_take_literal_texts(path: Path) -> None:
    wrong = []
    for call in _calls(path):
        name = _name(call)
        if name == "tr":
            if not (isinstance(call.func, ast.Attribute) and ast.unparse(call.func) == "self.tr"):
                wrong.append(f"line {call.lineno}: {ast.unparse(call.func)} (not self.tr)")
            if not call.args or not _literal(call.args[0]):
                wrong.append(f"line {call.lineno}: tr of a non-literal")
        elif name == "translate":
            if len(call.args) < 2 or not all(_literal(a) for a in call.args[:2]):
                wrong.append(f"line {call.lineno}: translate of a non-literal")
            elif ast.unparse(call.func) != "QCoreApplication.translate":
                wrong.append(f"line {call.lineno}: translate under another name")
    assert wrong == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_bare_text_is_shown(path: Path) -> None:
    bare = [
        f"line {call.lineno}: {ast.unparse(call)[:80]}"
        for call in _calls(path)
        if _name(call) in SHOWN and any(_words_in(arg) for arg in call.args)
    ]
    assert bare == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="PySide6's lupdate is not installed beside this Python",
)
def test_lupdate_finds_every_text_in_its_context(tmp_path: Path) -> None:
    """The translation tool itself: each text under a context that exists at run time
    (a class's name, or "staff"), none without one; the permissions' words among them."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    catalog = tmp_path / "staff.ts"
    subprocess.run(
        [lupdate, *map(str, FILES), "-ts", str(catalog)], check=True, capture_output=True
    )
    contexts = {
        match.group(1): re.findall(r"<source>(.*?)</source>", match.group(2), re.S)
        for match in re.finditer(
            r"<context>\s*<name>(.*?)</name>(.*?)</context>", catalog.read_text(), re.S
        )
    }
    assert "" not in contexts
    classes = {
        node.name
        for path in FILES
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ClassDef)
    }
    assert set(contexts) <= classes | {"staff"}
    assert "unlock someone locked out by wrong PINs" in contexts["staff"]
    assert "Ask a manager to unlock" in contexts["SignInScreen"]
