"""Label sheets: where each label sits on a sheet of sticky labels, in points.

The named layouts are the common office label sheets (Avery/Herma sizes); ``custom_layout``
takes any other from its label size, margins and gaps. Labels are counted across a row,
then down the sheet, from 1 at the top left: "start at label 5" skips four used ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm

from pos.domain.errors import InvalidInput

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
PAPER_NAMES = {"a4": "A4", "letter": "Letter"}
#: Smaller labels cannot carry a name, a price and a barcode that scans.
MIN_LABEL = (20 * mm, 12 * mm)


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """A sheet of ``columns`` x ``rows`` labels, all sizes in points.

    Attributes:
        left, top: from the paper's left and top edge to the first label.
        gap_x, gap_y: blank space between two labels side by side, and one above another.
    """

    name: str
    paper: str
    label_width: float
    label_height: float
    columns: int
    rows: int
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPERS[self.paper]

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """The bottom-left corner of label ``slot`` (0 is the top-left label)."""
        row, column = divmod(slot, self.columns)
        x = self.left + column * (self.label_width + self.gap_x)
        y = self.page_size[1] - self.top - (row + 1) * self.label_height - row * self.gap_y
        return x, y

    def describe(self) -> str:
        """'A4, 3 x 7 labels of 63.5 x 38.1 mm' for menus and messages."""
        return (
            f"{PAPER_NAMES[self.paper]}, {self.columns} x {self.rows} labels of "
            f"{mm_text(self.label_width)} x {mm_text(self.label_height)} mm"
        )


def mm_text(points: float) -> str:
    """A length in points as millimetres for people: '63.5', '50'."""
    return f"{points / mm:.1f}".removesuffix(".0")


def _labels(count: int, how: str) -> str:
    return "A label" if count == 1 else f"{count} labels {how},"


def _fit(count: int) -> str:
    return "does not fit" if count == 1 else "do not fit"


def _in_mm(
    name: str, paper: str, size: tuple[float, float], grid: tuple[int, int], **edges: float
) -> SheetLayout:
    """A layout written in millimetres, as label makers publish them."""
    points = {key: value * mm for key, value in edges.items()}
    return SheetLayout(name, paper, size[0] * mm, size[1] * mm, grid[0], grid[1], **points)


#: The common sheets, by the name the command line and the dialog use.
LAYOUTS: dict[str, SheetLayout] = {
    # Avery L7160 / J8160: 21 labels.
    "a4-3x7": _in_mm("a4-3x7", "a4", (63.5, 38.1), (3, 7), left=7.2, top=15.15, gap_x=2.54),
    # Avery L7159 / J8159: 24 labels.
    "a4-3x8": _in_mm("a4-3x8", "a4", (63.5, 33.9), (3, 8), left=7.2, top=12.9, gap_x=2.5),
    # 40 labels of 48.5 x 25.4 mm, no gaps (Avery 3657).
    "a4-4x10": _in_mm("a4-4x10", "a4", (48.5, 25.4), (4, 10), left=8.0, top=21.5),
    # Avery L7651 / J8651: 65 mini labels.
    "a4-5x13": _in_mm("a4-5x13", "a4", (38.1, 21.2), (5, 13), left=4.75, top=10.7, gap_x=2.5),
    # Avery 5160: 30 address labels of 2 5/8 x 1 in.
    "letter-3x10": SheetLayout(
        "letter-3x10", "letter", 2.625 * inch, 1 * inch, 3, 10,
        left=0.1875 * inch, top=0.5 * inch, gap_x=0.125 * inch,
    ),
}  # fmt: skip


def check_layout(layout: SheetLayout) -> SheetLayout:
    """``layout`` if its labels fit on the paper, else InvalidInput saying what is off."""
    if layout.label_width < MIN_LABEL[0] or layout.label_height < MIN_LABEL[1]:
        raise InvalidInput(
            f"Labels must be at least {mm_text(MIN_LABEL[0])} x {mm_text(MIN_LABEL[1])} mm "
            "to carry a name, a price and a barcode."
        )
    if layout.columns < 1 or layout.rows < 1:
        raise InvalidInput("A sheet needs at least one column and one row of labels.")
    page_width, page_height = layout.page_size
    right = layout.left + layout.columns * layout.label_width + (layout.columns - 1) * layout.gap_x
    bottom = layout.top + layout.rows * layout.label_height + (layout.rows - 1) * layout.gap_y
    paper = PAPER_NAMES[layout.paper]
    if right > page_width + 0.01:
        raise InvalidInput(
            f"{_labels(layout.columns, 'side by side')} {mm_text(layout.label_width)} mm wide "
            f"{_fit(layout.columns)} across {paper} paper ({mm_text(page_width)} mm) with those "
            "margins and gaps."
        )
    if bottom > page_height + 0.01:
        raise InvalidInput(
            f"{_labels(layout.rows, 'one above another')} {mm_text(layout.label_height)} mm high "
            f"{_fit(layout.rows)} down {paper} paper ({mm_text(page_height)} mm) with those "
            "margins and gaps."
        )
    if min(layout.left, layout.top, layout.gap_x, layout.gap_y) < 0:
        raise InvalidInput("Margins and gaps cannot be negative.")
    return layout


def custom_layout(
    width_mm: float,
    height_mm: float,
    *,
    paper: str = "a4",
    columns: int | None = None,
    rows: int | None = None,
    left_mm: float | None = None,
    top_mm: float | None = None,
    gap_x_mm: float = 0.0,
    gap_y_mm: float = 0.0,
) -> SheetLayout:
    """A sheet of labels of any size. Columns and rows left out: as many as fit; margins
    left out: the labels centred on the paper.

    Raises:
        InvalidInput: the paper is unknown, or the labels do not fit on it.
    """
    paper = paper.strip().lower()
    if paper not in PAPERS:
        raise InvalidInput(f"Paper '{paper}' is not known: use A4 or Letter.")
    page_width, page_height = (side / mm for side in PAPERS[paper])
    for value, what in ((width_mm, "width"), (height_mm, "height")):
        if not 0 < value < 1000:
            raise InvalidInput(f"The label {what} must be a size in millimetres, such as 50.")
    if gap_x_mm < 0 or gap_y_mm < 0:
        raise InvalidInput("Gaps between labels cannot be negative.")

    def fitting(side: float, label: float, gap: float, margin: float | None) -> int:
        usable = side - 2 * (margin if margin is not None else 0)
        return max(int((usable + gap) // (label + gap)), 1)

    columns = columns or fitting(page_width, width_mm, gap_x_mm, left_mm)
    rows = rows or fitting(page_height, height_mm, gap_y_mm, top_mm)
    if left_mm is None:
        left_mm = (page_width - columns * width_mm - (columns - 1) * gap_x_mm) / 2
    if top_mm is None:
        top_mm = (page_height - rows * height_mm - (rows - 1) * gap_y_mm) / 2
    layout = _in_mm(
        "custom", paper, (width_mm, height_mm), (columns, rows),
        left=left_mm, top=top_mm, gap_x=gap_x_mm, gap_y=gap_y_mm,
    )  # fmt: skip
    return check_layout(layout)


_CUSTOM_KEYS = {
    "paper": "paper",
    "columns": "columns",
    "cols": "columns",
    "rows": "rows",
    "left": "left_mm",
    "top": "top_mm",
    "gap-x": "gap_x_mm",
    "gap-y": "gap_y_mm",
    "gap": "gap",
}


def parse_custom(spec: str) -> SheetLayout:
    """A custom layout from the command line: ``WxH[,key=value...]`` in millimetres.

    Keys: ``paper`` (a4, letter), ``columns``, ``rows``, ``left``, ``top`` (margins),
    ``gap-x``, ``gap-y`` or ``gap`` (both). Example: ``50x30,columns=4,rows=9,gap=2``.
    """
    size, *options = [part.strip() for part in spec.split(",")]
    width, x, height = size.lower().replace("\N{MULTIPLICATION SIGN}", "x").partition("x")
    if not x:
        raise InvalidInput(
            f"'{size}' is not a label size: give width x height in millimetres, e.g. 50x30."
        )
    kwargs: dict[str, object] = {}
    for option in options:
        key, equals, value = option.partition("=")
        target = _CUSTOM_KEYS.get(key.strip().lower())
        if not equals or target is None:
            raise InvalidInput(
                f"'{option}' is not a label setting. Use paper=, columns=, rows=, left=, "
                "top=, gap-x=, gap-y= or gap=, e.g. 50x30,columns=4,gap=2."
            )
        if target == "paper":
            kwargs["paper"] = value
        elif target in ("columns", "rows"):
            kwargs[target] = _whole(value, key)
        elif target == "gap":
            kwargs["gap_x_mm"] = kwargs["gap_y_mm"] = parse_millimetres(value, key)
        else:
            kwargs[target] = parse_millimetres(value, key)
    return custom_layout(
        parse_millimetres(width, "label width"),
        parse_millimetres(height, "label height"),
        **kwargs,  # type: ignore[arg-type]
    )


def parse_millimetres(text: str, what: str) -> float:
    cleaned = text.strip().lower().removesuffix("mm").strip()
    try:
        value = float(cleaned)
    except ValueError:
        value = -1.0
    if not (cleaned and value >= 0 and value == value and value < 10_000):  # no NaN
        raise InvalidInput(
            f"The {what} '{text.strip()}' is not a size in millimetres, such as 50 or 38.1."
        )
    return value


def _whole(text: str, what: str) -> int:
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdigit() and 0 < int(cleaned) <= 100):
        raise InvalidInput(
            f"The number of {what} '{text.strip()}' must be a whole number, 1 to 100."
        )
    return int(cleaned)
