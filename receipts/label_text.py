"""Fitting a product name into a label's box: wrapped, shrunk, and cut with an ellipsis.

A name may be a 10,000-character paste from a supplier's file, or one long word with no
space to break at. Only as much of it as could ever show is measured, so one label costs
the same whatever the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"
LEADING = 1.15
#: The narrowest DejaVu glyphs are about a fifth of the font size wide.
_NARROWEST = 0.2


@dataclass(frozen=True, slots=True)
class FittedText:
    """Lines of text at one font size that fit a box."""

    lines: tuple[str, ...]
    size: float


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many characters of ``word`` fit in ``width`` (at least one, so wrapping ends)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Break ``text`` into at most ``max_lines`` lines no wider than ``width``.

    Words too long for a line are broken between characters. Returns the lines and
    whether text was left over.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            if len(lines) == max_lines:
                return lines, True
        while stringWidth(word, font, size) > width:
            cut = _longest_prefix(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
            if len(lines) == max_lines:
                return lines, True
        current = word
    if current:
        if len(lines) == max_lines:
            return lines, True
        lines.append(current)
    return lines, False


def with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    """``line`` cut short enough that it and an ellipsis fit in ``width``."""
    room = width - stringWidth(ELLIPSIS, font, size)
    cut = len(line)
    if stringWidth(line, font, size) > room:
        cut = _longest_prefix(line, font, size, room) if room > 0 else 0
        if cut and stringWidth(line[:cut], font, size) > room:
            cut = 0
    return line[:cut].rstrip() + ELLIPSIS


def fit_text(
    text: str, font: str, sizes: tuple[float, float], width: float, height: float
) -> FittedText:
    """The largest size from ``sizes`` (largest, smallest) at which ``text`` fits the box;
    at the smallest, as many lines as fit with an ellipsis closing the last one."""
    largest, smallest = sizes
    cleaned = " ".join(text.split())
    size = largest
    while True:
        max_lines = int(height / (size * LEADING))
        if max_lines >= 1:
            # Never measure more than the box could show at this size.
            limit = max_lines * (int(width / (size * _NARROWEST)) + 1)
            shown = cleaned[:limit]
            lines, left_over = wrap(shown, font, size, width, max_lines)
            left_over = left_over or len(shown) < len(cleaned)
            if not left_over:
                return FittedText(tuple(lines), size)
            if size <= smallest:
                lines[-1] = with_ellipsis(lines[-1], font, size, width)
                return FittedText(tuple(lines), size)
        elif size <= smallest:
            return FittedText((), size)
        size = max(size - 0.5, smallest)
