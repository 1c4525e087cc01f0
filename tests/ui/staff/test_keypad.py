"""The PIN keypad: touch, mouse and number keys; dots on screen, never the digits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.helpers import named
from ui.staff.keypad import KEY_SIZE, MAX_DIGITS, PinKeypad


def keypad(qtbot: QtBot) -> PinKeypad:
    pad = PinKeypad()
    qtbot.addWidget(pad)
    pad.show()
    pad.setFocus()
    return pad


def test_buttons_type_the_pin_and_show_only_dots(qtbot: QtBot) -> None:
    pad = keypad(qtbot)
    for digit in "2580":
        qtbot.mouseClick(named(pad, QPushButton, f"Digit {digit}"), Qt.MouseButton.LeftButton)
    assert pad.dots.text() == "●●●●"
    assert not any(d in pad.dots.text() for d in "2580")
    qtbot.mouseClick(named(pad, QPushButton, "Remove the last digit"), Qt.MouseButton.LeftButton)
    assert pad.dots.text() == "●●●"
    with qtbot.waitSignal(pad.submitted):
        qtbot.mouseClick(
            named(pad, QPushButton, "OK: sign in with this PIN"), Qt.MouseButton.LeftButton
        )
    assert pad.take_pin() == "258"
    assert pad.digits_typed == 0
    assert pad.dots.text() == "Type your PIN"


def test_number_keys_backspace_enter_and_escape(qtbot: QtBot) -> None:
    pad = keypad(qtbot)
    qtbot.keyClicks(pad, "1357x9")  # a letter is ignored
    assert pad.digits_typed == 5
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.digits_typed == 4
    with qtbot.waitSignal(pad.submitted):
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert pad.take_pin() == "1357"
    with qtbot.waitSignal(pad.cancelled):
        qtbot.keyClick(pad, Qt.Key.Key_Escape)


def test_ok_with_nothing_typed_does_nothing_and_the_pin_stops_at_eight(qtbot: QtBot) -> None:
    pad = keypad(qtbot)
    ok = named(pad, QPushButton, "OK: sign in with this PIN")
    assert not ok.isEnabled()
    with qtbot.assertNotEmitted(pad.submitted):
        qtbot.keyClick(pad, Qt.Key.Key_Enter)
    qtbot.keyClicks(pad, "1234567890")
    assert pad.digits_typed == MAX_DIGITS
    qtbot.mouseClick(named(pad, QPushButton, "Clear the PIN"), Qt.MouseButton.LeftButton)
    assert pad.digits_typed == 0


def test_keys_are_big_enough_for_a_finger(qtbot: QtBot) -> None:
    pad = keypad(qtbot)
    pad.resize(300, 400)
    for button in pad.buttons.values():
        assert button.width() >= KEY_SIZE and button.height() >= KEY_SIZE
        assert button.accessibleName()
