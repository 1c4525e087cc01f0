"""Run a service call off the UI thread: ``Op(fn, *args).success(cb).failure(cb).start()``.

The call runs in Qt's global thread pool; its result or exception comes back to the UI
thread through a queued signal, so callbacks may touch widgets. Only ShopError is reported
through ``failure`` as a message for the user; any other exception is logged with its
traceback and reported as well, so nothing is swallowed.

At exit, calls still running finish before PySide tears its objects down (``_finish_at_exit``).
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable
from typing import Any, Self

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from pos.domain.errors import ShopError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the UI thread; the worker emits, the UI thread receives."""

    succeeded = Signal(object)
    failed = Signal(object)


#: Ops queued or running: Qt does not own them (autoDelete is off), so Python must.
_RUNNING: set[Op] = set()


class Op(QRunnable):
    """One background call with its success and failure callbacks.

    Signals (on ``relay``):
        succeeded(object): the call returned this value.
        failed(object): the call raised this exception.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._call = (fn, args, kwargs)
        self.relay = _Relay()
        self.relay.succeeded.connect(self._finish)
        self.relay.failed.connect(self._finish)

    def success(self, callback: Callable[[Any], object]) -> Self:
        self.relay.succeeded.connect(callback)
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Self:
        self.relay.failed.connect(callback)
        return self

    def start(self, pool: QThreadPool | None = None) -> Self:
        """Queue the call. The Op keeps itself alive until it has reported."""
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def withdraw(self, pool: QThreadPool | None = None) -> bool:
        """Take the call back if it has not started: it never runs and reports nothing.
        Returns False when it is running or done (its callbacks still come)."""
        if (pool or QThreadPool.globalInstance()).tryTake(self):
            _RUNNING.discard(self)
            return True
        return False

    def run(self) -> None:
        fn, args, kwargs = self._call
        try:
            result = fn(*args, **kwargs)
        except Exception as error:  # reported to the UI thread, never swallowed
            if not isinstance(error, ShopError):
                log.exception("background call %s failed", getattr(fn, "__name__", fn))
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)

    def _finish(self, _value: object) -> None:
        _RUNNING.discard(self)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every background call has finished (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _finish_at_exit() -> None:
    """Let every call still running or queued finish before the interpreter exits.

    At exit PySide's own handler (registered when ``PySide6.QtCore`` is imported, so it runs
    after this one) destroys every QObject Python owns, each Op's relay among them, and only
    then deletes the application, whose destructor waits for the thread pool. A call still
    running at that moment (the low-stock count of a window that was hidden rather than
    closed, a save started just before quitting) would then report through a relay already
    gone: "Signal source has been deleted", its result lost. Waiting here, first, keeps the
    relays alive until the last call has reported. The wait has no bound, as Qt's own wait
    at exit has none: a write the user asked for is finished, not cut off.
    """
    QThreadPool.globalInstance().waitForDone(-1)


atexit.register(_finish_at_exit)
