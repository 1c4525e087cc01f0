"""PySide6 6.12.0 under Python 3.11 drops a reference to None on every void Qt call and
aborts the interpreter after a few thousand calls. The pin in pyproject.toml keeps it out;
this test proves the installed Qt survives 20,000 such calls."""

import os
import subprocess
import sys

CHILD = """
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
model = QStringListModel()
for n in range(5_000):
    label.setText(str(n))
    label.resize(100 + n % 7, 20)
    model.beginResetModel()
    model.endResetModel()
print("survived")
"""


def test_twenty_thousand_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"
