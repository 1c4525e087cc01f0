"""Text that stays readable on a colour the shop chose (a category's quick-pick tab)."""

from __future__ import annotations

BLACK = "#000000"
WHITE = "#ffffff"


def _linear(channel: int) -> float:
    """An sRGB channel (0-255) as linear light, as WCAG 2 defines relative luminance."""
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance (0 black .. 1 white) of '#rrggbb'."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def readable_text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` ('#rrggbb')."""
    light = luminance(background)
    on_black = (light + 0.05) / 0.05
    on_white = 1.05 / (light + 0.05)
    return BLACK if on_black >= on_white else WHITE
