"""Printer profiles and code pages: text to the exact bytes a thermal printer prints.

python-escpos's own text path (its "magic encoder") picks a code page per character on its
own and switches the printer back and forth; on many printers that gets the euro sign wrong.
We encode every line ourselves in the one code page the shopkeeper chose and select it with
``ESC t n`` once per job. A character the page lacks becomes a visible "?" and is logged.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from functools import cache

from pos.domain.errors import InvalidInput
from receipts.escpos_lib import CAPABILITIES, BaseProfile, get_profile

log = logging.getLogger(__name__)
#: Bytes below 0x20 are printer commands: a name must never smuggle one in.
_CONTROL = re.compile(r"[\x00-\x1f]")


@dataclass(frozen=True, slots=True)
class CodePage:
    """A code page as the printer numbers it (``ESC t number``) and as Python encodes it."""

    name: str
    number: int
    codec: str

    @property
    def select(self) -> bytes:
        """The ``ESC t n`` command that switches the printer to this page."""
        return b"\x1bt" + bytes([self.number])


def profile_names() -> list[str]:
    """Every python-escpos capability profile, for the settings screen."""
    return sorted(CAPABILITIES["profiles"])


@cache
def printer_profile(name: str) -> BaseProfile:
    """The python-escpos profile called ``name``, or InvalidInput listing the choices."""
    if name not in CAPABILITIES["profiles"]:
        raise InvalidInput(
            f"'{name}' is not a printer model ShopTill knows. "
            f"Choose one of: {', '.join(profile_names())}."
        )
    return get_profile(name)


def code_pages(profile: str) -> dict[str, CodePage]:
    """The code pages the printer model has and Python can encode, by name."""
    pages = {}
    encodings = CAPABILITIES["encodings"]
    for number, name in printer_profile(profile).codePages.items():
        codec = encodings.get(name, {}).get("python_encode")
        if codec and _known_codec(codec):
            pages[name] = CodePage(name, int(number), codec)
    return pages


@cache
def code_page(profile: str, name: str) -> CodePage:
    """The code page ``name`` on printer model ``profile``, or InvalidInput."""
    pages = code_pages(profile)
    found = pages.get(name.upper())
    if found is None:
        raise InvalidInput(
            f"The printer model '{profile}' has no code page {name}. "
            f"Choose one of: {', '.join(sorted(pages))}."
        )
    return found


def _known_codec(codec: str) -> bool:
    try:
        codecs.lookup(codec)
    except LookupError:
        return False
    return True


@cache
def _can_print(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def encode(text: str, page: CodePage, missing: set[str] | None = None) -> bytes:
    """``text`` in ``page``; characters the page lacks become "?".

    The characters replaced are added to ``missing`` when given (a print job logs them once),
    else logged here.
    """
    if _CONTROL.search(text):
        text = _CONTROL.sub("?", text)
    try:
        return text.encode(page.codec)
    except UnicodeEncodeError:
        pass
    lacking = {char for char in set(text) if not _can_print(char, page.codec)}
    if missing is None:
        log_missing(page, lacking)
    else:
        missing |= lacking
    # Python's "replace" handler writes one "?" for each character it cannot encode.
    return text.encode(page.codec, errors="replace")


def log_missing(page: CodePage, missing: set[str]) -> None:
    """Say which characters the printer could not print, so the shopkeeper can pick a
    better code page (or rename the product)."""
    if missing:
        log.warning(
            "code page %s cannot print %s; printed '?' instead",
            page.name,
            " ".join(f"{c!r} (U+{ord(c):04X})" for c in sorted(missing)),
        )
