"""A name fitted to a label's box: wrapped at spaces, broken inside long words, shrunk, cut."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from receipts.fonts import SANS, register_fonts
from receipts.label_text import ELLIPSIS, LEADING, fit_text

WIDTH, HEIGHT = 100.0, 30.0


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def fits(lines: tuple[str, ...], size: float) -> bool:
    return all(stringWidth(line, SANS, size) <= WIDTH for line in lines) and (
        len(lines) * size * LEADING <= HEIGHT
    )


def test_a_short_name_keeps_the_largest_size() -> None:
    fitted = fit_text("Fresh Milk", SANS, (11, 5), WIDTH, HEIGHT)
    assert (fitted.lines, fitted.size) == (("Fresh Milk",), 11)


def test_a_longer_name_wraps_at_spaces_then_shrinks() -> None:
    name = "Crème de cassis de Dijon, liqueur 20 % vol., 70 cl bottle"
    fitted = fit_text(name, SANS, (11, 5), WIDTH, HEIGHT)
    assert " ".join(fitted.lines) == name  # nothing lost
    assert fits(fitted.lines, fitted.size) and 5 <= fitted.size < 11


@pytest.mark.parametrize(
    "name",
    [
        "Vollkornbrot mit Sonnenblumenkernen " * 300,  # 10,800 characters of words
        "Ä" * 10_000,  # one word: broken between letters
        "\n\t  lots   of\u00a0odd   spacing \n" * 500,
    ],
)
def test_any_name_ends_in_an_ellipsis_inside_the_box(name: str) -> None:
    fitted = fit_text(name, SANS, (11, 5), WIDTH, HEIGHT)
    assert fitted.size == 5 and fitted.lines[-1].endswith(ELLIPSIS)
    assert fits(fitted.lines, fitted.size)
    assert len(fitted.lines) == int(HEIGHT / (5 * LEADING))


def test_a_box_too_low_for_a_line_shows_nothing() -> None:
    assert fit_text("Milk", SANS, (11, 5), WIDTH, 4).lines == ()


def test_an_empty_name_is_no_lines() -> None:
    assert fit_text("   ", SANS, (11, 5), WIDTH, HEIGHT).lines == ()
