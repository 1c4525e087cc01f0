"""Auto-lock: after so many idle minutes the till locks itself. Any key or mouse event in
the application counts as someone being there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

#: The events that say a person is at the till (not paints, timers or focus changes).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An event filter on the application that restarts a timer on every key, click,
    touch or mouse move; when the timer runs out, ``idle`` is emitted (once).

    While a dialog is open (a payment, an approval) the till is not locked under it: the
    timer starts again instead, so the dialog is finished first.

    Signals:
        idle(): nobody has touched the till for the set minutes.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._ran_out)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` idle; 0 stops watching."""
        app = QApplication.instance()
        if minutes <= 0:
            self.timer.stop()
            if self._installed and app is not None:
                app.removeEventFilter(self)
                self._installed = False
            return
        self.timer.setInterval(minutes * 60_000)
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def pause(self) -> None:
        """Stop counting (the till is locked already)."""
        self.timer.stop()

    def resume(self) -> None:
        """Count again from now, if watching."""
        if self._installed:
            self.timer.start()

    @property
    def watching(self) -> bool:
        return self._installed and self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restarts the countdown
        return False

    def _ran_out(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self.timer.start()
            return
        self.idle.emit()
