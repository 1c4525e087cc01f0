"""A PIN keypad: big buttons for a finger, the number keys for a keyboard, dots on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

#: A PIN is 4 to 8 digits (the services check the rest: weak PINs, letters).
MAX_DIGITS = 8
#: A keypad button a thumb hits without looking twice.
KEY_SIZE = 64
_DOT = "\u25cf"
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}


class PinKeypad(QWidget):
    """Type a PIN by touch, mouse or keyboard; the digits are never shown, only dots.

    The PIN lives in this widget until ``take_pin`` hands it over and forgets it, so a
    PIN is never left in a field after use.

    Signals:
        submitted(): OK was pressed (or Enter) with at least one digit typed.
        cancelled(): Esc was pressed.
        changed(): a digit was typed or removed (screens clear an old message then).
    """

    submitted = Signal()
    cancelled = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        #: Holds the keypad after a wrong PIN for as long as the next try must wait.
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._release)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("PIN keypad"))
        self.dots = QLabel()
        self.dots.setAccessibleName(self.tr("PIN typed"))
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(48)
        font = self.dots.font()
        font.setPointSize(font.pointSize() + 12)
        self.dots.setFont(font)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, digit in enumerate("123456789"):
            grid.addWidget(
                self._key(digit, digit, self.tr("Digit {d}").format(d=digit)), *divmod(index, 3)
            )
        grid.addWidget(self._key("clear", self.tr("Clear"), self.tr("Clear the PIN")), 3, 0)
        grid.addWidget(self._key("0", "0", self.tr("Digit {d}").format(d=0)), 3, 1)
        grid.addWidget(
            self._key("back", self.tr("\u232b Back"), self.tr("Remove the last digit")), 3, 2
        )
        ok = self._key("ok", self.tr("OK"), self.tr("OK: sign in with this PIN"))
        ok.setObjectName("pin_ok")
        ok.setStyleSheet(
            "QPushButton#pin_ok {background:#1f7a34; color:white; font-weight:bold;}"
            "QPushButton#pin_ok:disabled {background:#9fbfa6;}"
        )
        grid.addWidget(ok, 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        self._show()

    def _key(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        # The keypad keeps the focus, so typed digits always land here.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setMinimumSize(KEY_SIZE, KEY_SIZE)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = button.font()
        font.setPointSize(font.pointSize() + 8)
        button.setFont(font)
        button.clicked.connect(lambda _c=False, n=name: self.press(n))
        self.buttons[name] = button
        return button

    def set_ok_text(self, text: str, accessible: str) -> None:
        """Say what OK does here ("Sign in", "Approve")."""
        self.buttons["ok"].setText(text)
        self.buttons["ok"].setAccessibleName(accessible)

    # --- typing -------------------------------------------------------------------------------

    def press(self, key: str) -> None:
        """What a button (or its key) does: a digit, "back", "clear" or "ok"."""
        if not self.isEnabled():
            return
        if key == "ok":
            if self._pin:
                self.submitted.emit()
            return
        if key == "clear":
            self._pin = ""
        elif key == "back":
            self._pin = self._pin[:-1]
        elif key.isdigit() and len(self._pin) < MAX_DIGITS:
            self._pin += key
        else:
            return
        self._show()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGIT_KEYS:
            self.press(_DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace:
            self.press("back")
        elif key == Qt.Key.Key_Delete:
            self.press("clear")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def hold(self, seconds: int) -> None:
        """Take no digits for ``seconds`` (the wait after a wrong PIN), then again."""
        if seconds <= 0:
            self._release()
            return
        self.setEnabled(False)
        self._hold.start(seconds * 1000)

    @property
    def held(self) -> bool:
        return self._hold.isActive()

    def _release(self) -> None:
        self._hold.stop()
        self.setEnabled(True)
        self.setFocus()

    def take_pin(self) -> str:
        """The PIN typed, once: the keypad forgets it and shows no dots."""
        pin, self._pin = self._pin, ""
        self._show()
        return pin

    def clear(self) -> None:
        self._pin = ""
        self._show()

    @property
    def digits_typed(self) -> int:
        return len(self._pin)

    def _show(self) -> None:
        self.dots.setText(_DOT * len(self._pin) if self._pin else self.tr("Type your PIN"))
        self.buttons["ok"].setEnabled(bool(self._pin))
