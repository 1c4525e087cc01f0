"""Reading a products file: CSV in whatever encoding a shop's spreadsheet wrote, or .xlsx.

A file is read as a stream of rows, never whole: a wholesaler's list may have a million
lines. Each pass (preview, import, bad-rows report) reads it again from the start.

CSV encodings, in the order they are tried: a byte-order mark (UTF-8 or UTF-16, which is
what Excel writes as "Unicode text"), UTF-16 without a mark (every other byte zero), UTF-8,
then the legacy Windows code page of the shop's language (Excel's "CSV" on Windows). The
delimiter (comma, semicolon or tab) is the one the header line uses most.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pos.domain.errors import InvalidInput

#: Progress of a pass: (work done, work in all), in bytes for CSV and rows for .xlsx.
Progress = Callable[[int, int], None]

#: The Windows code page a shop's language used before UTF-8 (what Excel writes as "CSV").
_CODE_PAGES = {
    **dict.fromkeys(("cs", "hu", "pl", "ro", "sk", "sl", "hr", "bs", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk"), "cp1251"),
    "el": "cp1253",
    "tr": "cp1254",
    "he": "cp1255",
    "ar": "cp1256",
    **dict.fromkeys(("et", "lt", "lv"), "cp1257"),
    "vi": "cp1258",
    "th": "cp874",
}
_CODE_PAGE_NAMES = {
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1257": "Windows-1257 (Baltic)",
    "cp1258": "Windows-1258 (Vietnamese)",
    "cp874": "Windows-874 (Thai)",
    "latin-1": "ISO-8859-1 (Latin-1)",
}
_ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 with BOM",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16 (Unicode text)",
    "utf-16-le": "UTF-16 (Unicode text)",
    "utf-16-be": "UTF-16 (Unicode text)",
    **_CODE_PAGE_NAMES,
}
_DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_CHUNK = 1 << 20


class SourceRow(NamedTuple):
    """One row of the file: its line number (the header is line 1) and its cells as text.

    A named tuple, not a frozen dataclass: made for every row of a million-row file, it
    costs a third as much.
    """

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class TableFile:
    """A products file ready to be read row by row.

    Attributes:
        path: the file.
        kind: "csv" or "xlsx".
        headers: the first row's cells (column names).
        encoding: the Python codec of a CSV file ("" for .xlsx).
        delimiter: the CSV delimiter ("" for .xlsx).
        decimal_point: the decimal symbol of the numbers, when the file decides it (.xlsx
            numbers are numbers: "."); None for CSV, whose numbers follow the shop's locale.
    """

    path: Path
    kind: str
    headers: tuple[str, ...]
    encoding: str = ""
    delimiter: str = ""
    decimal_point: str | None = None

    @property
    def description(self) -> str:
        """How the file was read, in plain words: 'CSV, UTF-8, semicolons'."""
        if self.kind == "xlsx":
            return "Excel workbook (.xlsx), first sheet"
        name = _ENCODING_NAMES.get(self.encoding, self.encoding)
        return f"CSV, {name}, {_DELIMITER_NAMES.get(self.delimiter, self.delimiter)}-separated"

    def rows(self, progress: Progress | None = None) -> Iterator[SourceRow]:
        """The data rows after the header, skipping empty ones; a new pass each call."""
        if self.kind == "xlsx":
            return _xlsx_rows(self.path, progress)
        return _csv_rows(self, progress)

    def estimated_rows(self) -> int:
        """About how many rows the file holds, without reading it all: its size over the
        average length of its first lines (a workbook says how many rows it has)."""
        if self.kind == "xlsx":
            book = _load_workbook(self.path)
            try:
                return max(0, (book.worksheets[0].max_row or 1) - 1)
            finally:
                book.close()
        with self.path.open("rb") as raw:
            head = raw.read(1 << 16)
        lines = head.count(b"\n") or 1
        return self.path.stat().st_size * lines // max(1, len(head))

    def first_rows(self, count: int) -> list[SourceRow]:
        """The first ``count`` data rows, for the wizard's sample."""
        rows = []
        for row in self.rows():
            rows.append(row)
            if len(rows) >= count:
                break
        return rows


def open_table(path: Path | str, locale: str) -> TableFile:
    """Look at a .csv or .xlsx file: its encoding, delimiter and headers.

    Args:
        path: the file.
        locale: the shop's locale, which decides the legacy code page tried for CSV.

    Raises:
        InvalidInput: the file cannot be read, is empty, or is of another kind.
    """
    file = Path(path)
    if not file.is_file():
        raise InvalidInput(f"There is no file {file}.")
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        return TableFile(file, "xlsx", _xlsx_headers(file), decimal_point=".")
    if file.suffix.lower() in (".xls", ".ods"):
        raise InvalidInput(
            f"{file.name} is an older spreadsheet format. Save it as .xlsx or CSV and try again."
        )
    encoding = detect_encoding(file, locale)
    with file.open(encoding=encoding, newline="") as text:
        header_line = text.readline()
    delimiter = sniff_delimiter(header_line)
    headers = next(csv.reader([header_line], delimiter=delimiter), [])
    cleaned = tuple(h.strip() for h in headers)
    if not any(cleaned):
        raise InvalidInput(f"{file.name} is empty: its first line should name the columns.")
    return TableFile(file, "csv", cleaned, encoding=encoding, delimiter=delimiter)


def detect_encoding(path: Path, locale: str) -> str:
    """The codec a CSV file was written in (see the module's docstring for the order)."""
    with path.open("rb") as raw:
        head = raw.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4:
        return "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4:
        return "utf-16-be"
    if _decodes(path, "utf-8"):
        return "utf-8"
    code_page = _CODE_PAGES.get(locale.split("_")[0].lower(), "cp1252")
    for candidate in (code_page, "cp1252"):
        if _decodes(path, candidate):
            return candidate
    return "latin-1"  # every byte is a character: the file reads, perhaps with odd letters


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes, read in chunks so that memory stays flat."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as raw:
            while chunk := raw.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(header_line: str) -> str:
    """Comma, semicolon or tab: whichever the header line has most of (outside quotes)."""
    outside = header_line.split('"')[::2]  # the parts outside double quotes
    counts = {d: sum(part.count(d) for part in outside) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(table: TableFile, progress: Progress | None) -> Iterator[SourceRow]:
    total = table.path.stat().st_size
    with table.path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=table.encoding, newline="")
        reader = csv.reader(text, delimiter=table.delimiter)
        next(reader, None)  # the header
        for count, cells in enumerate(reader):
            if progress is not None and count % 1000 == 0:
                progress(raw.tell(), total)
            if any(cells):
                yield SourceRow(reader.line_num, tuple(cells))
        if progress is not None:
            progress(total, total)


def _load_workbook(path: Path) -> Any:
    import openpyxl  # only when a workbook is read: most imports are CSV

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises zipfile, KeyError, ValueError ...
        raise InvalidInput(f"{path.name} cannot be read as an Excel workbook ({error}).") from None


def _xlsx_headers(path: Path) -> tuple[str, ...]:
    book = _load_workbook(path)
    try:
        sheet = book.worksheets[0]
        first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        headers = tuple(xlsx_text(value).strip() for value in first)
    finally:
        book.close()
    if not any(headers):
        raise InvalidInput(f"{path.name} is empty: its first row should name the columns.")
    return headers


def _xlsx_rows(path: Path, progress: Progress | None) -> Iterator[SourceRow]:
    book = _load_workbook(path)
    try:
        sheet = book.worksheets[0]
        total = sheet.max_row or 0
        for line, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            if progress is not None and line % 1000 == 0:
                progress(line, max(total, line))
            cells = tuple(xlsx_text(value) for value in values)
            if any(cells):
                yield SourceRow(line, cells)
        if progress is not None:
            progress(total, total)
    finally:
        book.close()


def xlsx_text(value: object) -> str:
    """A cell's value as the text a CSV would hold, numbers with a decimal point.

    A float is turned into text by ``repr`` (the shortest text that reads back as the same
    float), never into a Decimal directly; whole numbers lose their '.0', so that a barcode
    typed as a number stays a barcode.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
