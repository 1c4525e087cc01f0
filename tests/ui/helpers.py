"""Driving real widgets in tests: the scanner, modal dialogs, widgets by accessible name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def scanner(qtbot: QtBot, field: QWidget, code: str) -> None:
    """What a USB scanner does: type the digits, press Enter."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def named(parent: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not child of ``kind`` whose accessible name is ``name``."""
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one {kind.__name__} named {name!r}, found {len(found)}"
    return found[0]


def in_modal(act: Callable[[QWidget], object], tries: int = 200) -> None:
    """Run ``act`` on the next modal dialog once its event loop runs (it blocks the test)."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and left:
            QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        assert dialog is not None, "no modal dialog opened"
        act(dialog)

    QTimer.singleShot(0, lambda: attempt(tries))


def press(qtbot: QtBot, field: QWidget, key: Qt.Key) -> None:
    """Press a shortcut key with ``field`` focused, as a cashier would.

    The offscreen platform does not give the main window back its activation when a dialog
    closes (a desktop does), and shortcuts only fire in the active window.
    """
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, key)


def edit_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """What a user does to change a cell in place: pick it, F2, type, Enter.

    The delegate saves on the next turn of the event loop and then closes the editor;
    this returns once the editor is gone.
    """
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None, "no editor opened"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.viewport().findChild(QLineEdit) is None, timeout=2000)
