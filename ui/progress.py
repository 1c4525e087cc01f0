"""Long work off the UI thread with a progress bar and a Cancel button.

The work gets a ``report(done, total) -> bool`` callback; it answers False once the user
has pressed Cancel, and the work then stops and rolls back (services raise ``Cancelled``).
Reports cross to the UI thread through a queued signal; the dialog never blocks the loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.ops import Op

#: What the work receives: report(done, total) -> keep going?
Report = Callable[[int, int], bool]


class _Progress(QObject):
    moved = Signal(int, int)


class ProgressRun:
    """Run ``work(report)`` in the background behind a modal progress dialog.

    Args:
        parent: the window the dialog belongs to.
        title: what is being done, in the user's words.
        work: the call; it receives ``report`` as its only argument.
        done: called on the UI thread with the work's result.
        failed: called on the UI thread with the exception (Cancelled included).
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Report], Any],
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object],
    ) -> None:
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work finishes before any dialog shows
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancelled.set)
        self._progress = _Progress()
        self._progress.moved.connect(self._show)
        self.op = (
            Op(work, self._report)
            .success(lambda result: self._finish(done, result))
            .failure(lambda error: self._finish(failed, error))
        )

    def start(self) -> ProgressRun:
        self.dialog.setValue(0)
        self.op.start()
        return self

    def _report(self, done: int, total: int) -> bool:
        self._progress.moved.emit(done, total)  # queued to the UI thread
        return not self.cancelled.is_set()

    def _show(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finish(self, callback: Callable[[Any], object], value: Any) -> None:
        self.dialog.reset()
        self.dialog.close()
        callback(value)
