"""A shift report's figures as stored: JSON with exact decimals and UTC times.

A Z report is written once and never worked out again: a reprint in ten years shows what
was printed at closing, whatever became of the sales' rows or ShopTill's sums. So the
figures go into the report's own row, and come back out exactly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos.services.cashup.closing import TenderCheck
from pos.services.cashup.drawer import DrawerCount
from pos.services.cashup.figures import ProductLine, ShiftFigures, TaxLine, TenderLine, WhoDid

#: Raised here if the stored layout ever changes: old reports keep their version.
VERSION = 1
_LINES: dict[str, type] = {
    "taxes": TaxLine,
    "tenders": TenderLine,
    "voids": WhoDid,
    "no_sales": WhoDid,
    "top_products": ProductLine,
}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {value!r}")


def figures_json(
    figures: ShiftFigures,
    counted: DrawerCount | None,
    checks: Sequence[TenderCheck] = (),
    blind_counts: Sequence[Decimal] = (),
) -> str:
    """The figures (and for a Z the drawer as counted, the card and mobile money totals
    ticked or not, the blind counts before the final one) as the report's stored text."""
    stored: dict[str, Any] = {"version": VERSION, "figures": asdict(figures)}
    if counted is not None:
        stored["counted"] = {"total": counted.total, "pieces": counted.pieces}
        stored["tender_checks"] = [[check.method, check.checked] for check in checks]
        stored["blind_counts"] = list(blind_counts)
    return json.dumps(stored, default=_plain, sort_keys=True, ensure_ascii=False)


def figures_from_json(text: str) -> tuple[ShiftFigures, DrawerCount | None]:
    """The figures and the count as they were stored."""
    stored = json.loads(text)
    raw: dict[str, Any] = stored["figures"]
    values: dict[str, Any] = {}
    for spec in fields(ShiftFigures):
        if spec.name not in raw:  # added since this report was stored: its default
            continue
        value = raw[spec.name]
        if spec.name in _LINES:
            value = tuple(_line(_LINES[spec.name], item) for item in value)
        elif spec.name in ("period_start", "period_end"):
            value = datetime.fromisoformat(value)
        elif spec.name == "cashiers":
            value = tuple(value)
        elif isinstance(value, str) and spec.type == "Decimal":
            value = Decimal(value)
        values[spec.name] = value
    counted = None
    if "counted" in stored:
        pieces = tuple((Decimal(v), int(n)) for v, n in stored["counted"]["pieces"])
        counted = DrawerCount(Decimal(stored["counted"]["total"]), pieces)
    return ShiftFigures(**values), counted


def closing_from_json(text: str) -> tuple[tuple[TenderCheck, ...], tuple[Decimal, ...]]:
    """A Z's tenders ticked or not, and its blind counts, as they were stored (none for an
    X, nor for a Z stored before ShopTill kept them)."""
    stored = json.loads(text)
    checks = tuple(TenderCheck(str(m), bool(c)) for m, c in stored.get("tender_checks", ()))
    counts = tuple(Decimal(amount) for amount in stored.get("blind_counts", ()))
    return checks, counts


def _line(kind: type, item: dict[str, Any]) -> Any:
    """One line of a table (a tax rate, a tender ...). A field added to the line since
    the report was stored takes its default."""
    converted = {
        spec.name: Decimal(item[spec.name]) if spec.type == "Decimal" else item[spec.name]
        for spec in fields(kind)
        if spec.name in item
    }
    return kind(**converted)
