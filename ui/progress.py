"""Long work behind a progress dialog with a Cancel button (a bulk change, an export).

The work runs as a ``BackgroundTask`` (``ui.background``): the service gets ``progress``
and ``cancelled`` callbacks, reports cross to the UI thread through a queued signal, and
Cancel asks the service to stop, which rolls back and raises ``Cancelled``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.background import STEPS, BackgroundTask


class ProgressRun:
    """Run ``task`` behind a window-modal progress dialog.

    Args:
        parent: the window the dialog belongs to.
        title: what is being done, in the user's words.
        task: the background call; Cancel asks it to stop.
        done: called on the UI thread with the call's result.
        failed: called on the UI thread with the exception (``Cancelled`` included).
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        task: BackgroundTask,
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object],
    ) -> None:
        self.task = task
        self.dialog = QProgressDialog(
            title, QCoreApplication.translate("progress", "Cancel"), 0, STEPS, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work finishes before any dialog shows
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(task.cancel)
        task.relay.progressed.connect(self.dialog.setValue)
        task.op.success(lambda result: self._finish(done, result))
        task.op.failure(lambda error: self._finish(failed, error))

    def start(self) -> ProgressRun:
        self.dialog.setValue(0)
        self.task.start()
        return self

    def _finish(self, callback: Callable[[Any], object], value: Any) -> None:
        self.dialog.reset()
        self.dialog.close()
        callback(value)
