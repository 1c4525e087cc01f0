"""A long service call off the UI thread, with a progress signal and a cancel flag.

The service takes ``progress(done, total)`` and ``cancelled()`` keyword arguments (as the
import and export do); ``BackgroundTask`` passes its own, which report to the UI thread
through a queued signal and read a flag the Cancel button sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.ops import Op

#: The progress signal's scale: a progress bar's range is 0 to this.
STEPS = 1000


class ProgressRelay(QObject):
    """Lives in the UI thread; the worker emits.

    Signals:
        progressed(int): how far the work is, 0 to ``STEPS``.
    """

    progressed = Signal(int)


class BackgroundTask:
    """``fn(*args, progress=..., cancelled=..., **kwargs)`` run by ``ui.ops.Op``.

    Use ``task.op.success(cb).failure(cb)``, then ``task.start()``; ``task.cancel()`` asks
    the call to stop (it raises its own "cancelled" error, which comes to ``failure``).
    """

    def __init__(
        self, fn: Callable[..., Any], *args: Any, cancellable: bool = True, **kwargs: Any
    ) -> None:
        self.relay = ProgressRelay()
        self._cancel = threading.Event()
        if cancellable:
            kwargs["cancelled"] = self._cancel.is_set
        self.op = Op(fn, *args, progress=self._report, **kwargs)
        self.running = False
        self.op.relay.succeeded.connect(self._done)
        self.op.relay.failed.connect(self._done)

    def start(self) -> BackgroundTask:
        self.running = True
        self.op.start()
        return self

    def cancel(self) -> None:
        """Ask the call to stop at its next check (it writes nothing then)."""
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        self.relay.progressed.emit(STEPS * done // total if total > 0 else 0)

    def _done(self, _value: object) -> None:
        self.running = False
