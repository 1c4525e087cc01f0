"""Reading label sheets back as a shop's scanner would: render, cut out each label, decode.

zbarimg reports a symbol once per image however often it appears, so every label is cut
out of the rendered page and decoded on its own: that also proves where each label is.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from receipts.label_sheets import SheetLayout

DPI = 300
_ZBAR = "{http://zbar.sourceforge.net/2008/barcode}"


def tool(name: str, package: str) -> str:
    """The path of a command-line tool the label tests need; a clear failure without it."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed, so the labels cannot be checked: "
            f"apt-get install {package} (CI installs it)"
        )
    return path


def render_pages(pdf: bytes, folder: Path, dpi: int = DPI) -> list[Path]:
    """Each page of ``pdf`` as a PNG, as pdftoppm (poppler) draws it."""
    source = folder / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            tool("pdftoppm", "poppler-utils"),
            "-png",
            "-r",
            str(dpi),
            str(source),
            str(folder / "page"),
        ],
        check=True,
        capture_output=True,
    )
    return sorted(folder.glob("page-*.png"))


def scan_labels(pdf: bytes, layout: SheetLayout, folder: Path) -> list[list[list[str]]]:
    """What a scanner reads on each label of each page: ``[page][slot]`` -> ['EAN-13:…'].

    UPC-A is reported as UPC-A (zbar's default would give its EAN-13 form).
    """
    pages = []
    scale = DPI / 72
    _, page_height = layout.page_size
    for number, page in enumerate(render_pages(pdf, folder)):
        image = Image.open(page)
        crops = []
        for slot in range(layout.per_sheet):
            x, y = layout.origin(slot)
            box = (
                round(x * scale),
                round((page_height - y - layout.label_height) * scale),
                round((x + layout.label_width) * scale),
                round((page_height - y) * scale),
            )
            crop = folder / f"p{number}-s{slot}.png"
            image.crop(box).save(crop)
            crops.append(crop)
        found = subprocess.run(
            [tool("zbarimg", "zbar-tools"), "--xml", "-q", "-Supca.enable", *map(str, crops)],
            capture_output=True,
            text=True,
        )
        # zbarimg exits 4 when some image has no barcode: an empty label is an answer too.
        assert found.returncode in (0, 4), found.stderr
        by_file: dict[str, list[str]] = {}
        for source in ET.fromstring(found.stdout).iter(f"{_ZBAR}source"):
            symbols = [
                f"{symbol.get('type')}:{symbol.findtext(f'{_ZBAR}data')}"
                for symbol in source.iter(f"{_ZBAR}symbol")
            ]
            by_file[Path(source.get("href", "")).name] = symbols
        pages.append([by_file.get(crop.name, []) for crop in crops])
    return pages
