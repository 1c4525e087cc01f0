"""Black or white text, whichever reads better on a category's colour."""

import pytest

from ui.widgets.colours import BLACK, WHITE, luminance, readable_text_colour


@pytest.mark.parametrize(
    ("background", "text"),
    [
        ("#ffffff", BLACK),
        ("#000000", WHITE),
        ("#ffd54f", BLACK),  # amber
        ("#ffc0cb", BLACK),  # pink
        ("#00ff00", BLACK),  # bright green is light
        ("#1e3a8a", WHITE),  # navy
        ("#2e7d32", WHITE),  # dark green
        ("#d32f2f", WHITE),  # red
        ("#0000ff", WHITE),  # pure blue is dark
        ("#777777", BLACK),  # mid grey: black contrasts a little more
    ],
)
def test_text_colour_on_a_background(background: str, text: str) -> None:
    assert readable_text_colour(background) == text


def test_luminance_runs_from_black_to_white() -> None:
    assert luminance("#000000") == 0
    assert luminance("#ffffff") == pytest.approx(1)
    assert luminance("#00ff00") > luminance("#ff0000") > luminance("#0000ff")
