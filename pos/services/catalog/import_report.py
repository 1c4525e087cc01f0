"""The bad rows of an import, saved as a CSV file with a reason column to fix them in.

The rows are copied as they are in the file, with its headers and one more column,
"Reason", so the user fixes them in their spreadsheet and imports that file (the import
leaves the reason column out: it maps to nothing).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from pos.services.catalog.export import csv_delimiter
from pos.services.catalog.import_read import TableFile
from pos.services.catalog.import_rows import RowError
from pos.services.catalog.import_values import NumberReader

REASON_HEADER = "Reason"
_POINT_NUMBER = re.compile(r"-?\d+\.\d+")


def write_bad_rows(table: TableFile, errors: Sequence[RowError], path: Path, locale: str) -> int:
    """Write the rows named in ``errors`` to ``path`` (UTF-8 CSV). Returns how many.

    A CSV source keeps its delimiter; the rows of a workbook are written the way the shop's
    locale writes CSV, their decimal numbers with the locale's decimal symbol.
    """
    reasons: dict[int, list[str]] = {}
    for error in errors:
        where = f"{error.column}: {error.reason}" if error.column else error.reason
        reasons.setdefault(error.line, []).append(where)
    delimiter = table.delimiter or csv_delimiter(locale)
    decimal = NumberReader(locale).decimal if table.kind == "xlsx" else "."
    width = len(table.headers)
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow([*table.headers, REASON_HEADER])
        for row in table.rows():
            if row.line not in reasons:
                continue
            cells = list(row.cells[:width]) + [""] * (width - len(row.cells))
            if decimal != ".":
                cells = [
                    c.replace(".", decimal) if _POINT_NUMBER.fullmatch(c) else c for c in cells
                ]
            writer.writerow([*cells, "; ".join(reasons[row.line])])
            count += 1
            if count == len(reasons):
                break
    return count
