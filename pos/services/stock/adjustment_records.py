"""Reading adjustments back: one by its number, a page of the list (newest first), a CSV.

The list is read a page at a time by keyset (``adjustments_page``), so a shop with years of
adjustments opens the tab as fast as a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import (
    products,
    stock_adjustment_lines,
    stock_adjustments,
    stock_movements,
    users,
)
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput, NotFound
from pos.services.dto import Actor
from pos.services.numbering import ADJUSTMENT_SERIES, parse_number
from pos.services.settings import read_settings
from pos.services.shop_csv import shop_csv
from pos.services.staff.permissions import Permission, authorize, sees_costs
from pos.services.stock.adjustment_types import (
    ZERO,
    AdjustmentDTO,
    AdjustmentLineDTO,
    AdjustmentReason,
)

_docs = stock_adjustments.c
_lines = stock_adjustment_lines.c


@dataclass(frozen=True, slots=True)
class AdjustmentSummary:
    """One row of the adjustments list."""

    id: int
    number: str
    created_at: datetime
    user: str
    till: str
    note: str
    line_count: int
    #: The reasons on its lines, in their order, each once.
    reasons: tuple[AdjustmentReason, ...]
    #: The whole adjustment at cost (negative: stock lost), unrounded; None for a user who
    #: may not see costs (SEE_COSTS).
    value: Decimal | None
    #: The manager whose PIN allowed it, by name; empty when the user could alone.
    approved_by: str = ""


def _number_of(series: str, number: int) -> str:
    return f"{series}{number:06d}"


_approver = users.alias("approver")
#: An adjustment's head: id, series, number, when, who, till, note, who approved.
_HEAD = (
    select(
        _docs.id,
        _docs.series,
        _docs.number,
        _docs.created_at,
        func.coalesce(users.c.name, ""),
        _docs.till,
        _docs.note,
        func.coalesce(_approver.c.name, ""),
    )
    .outerjoin(users, users.c.id == _docs.user_id)
    .outerjoin(_approver, _approver.c.id == _docs.approver_id)
)


def get_adjustment(db: Database, number: str, actor: Actor | None = None) -> AdjustmentDTO:
    """The adjustment printed as ``number`` ("A000012", or "12"); its costs only for an
    ``actor`` who may see costs (None for anyone else).

    Raises:
        NotFound: there is no such adjustment.
    """
    text = number.strip()
    if text.isdigit():
        text = ADJUSTMENT_SERIES + text
    try:
        series, value = parse_number(text)
    except InvalidInput:
        raise NotFound(f"'{number}' is not an adjustment number. It looks like A000012.") from None
    if series != ADJUSTMENT_SERIES:
        raise NotFound(f"'{number}' is not an adjustment number. It looks like A000012.")
    with db.read() as uow:
        head = uow.connection.execute(
            _HEAD.where(_docs.series == series, _docs.number == value)
        ).first()
        if head is None:
            raise NotFound(f"There is no adjustment {_number_of(series, value)}.")
        doc_id, series, value, created_at, user, till, note, approver = head
        costs = actor is not None and sees_costs(uow, actor)
        return AdjustmentDTO(
            id=doc_id,
            number=_number_of(series, value),
            created_at=created_at,
            user=user,
            till=till,
            note=note,
            lines=tuple(_read_lines(uow, doc_id, _number_of(series, value), costs)),
            approved_by=approver,
        )


def _read_lines(
    uow: UnitOfWork, adjustment_id: int, number: str, costs: bool
) -> list[AdjustmentLineDTO]:
    rows = uow.connection.execute(
        select(
            _lines.product_id,
            products.c.sku,
            products.c.name,
            products.c.unit,
            _lines.quantity,
            _lines.reason,
            _lines.note,
            _lines.unit_cost,
        )
        .join(products, products.c.id == _lines.product_id)
        .where(_lines.adjustment_id == adjustment_id)
        .order_by(_lines.id)
    ).all()
    # The stock after each line, from the ledger's movements of this document (in order).
    moves = stock_movements.c
    after: dict[int, list[Decimal]] = {}
    for pid, on_hand in uow.connection.execute(
        select(moves.product_id, moves.on_hand_after)
        .where(moves.document == number, moves.kind == "adjustment")
        .order_by(moves.id)
    ):
        after.setdefault(pid, []).append(on_hand)
    lines = []
    for pid, sku, name, unit, quantity, reason, note, cost in rows:
        figures = after.get(pid) or [ZERO]
        lines.append(
            AdjustmentLineDTO(
                product_id=pid,
                sku=sku,
                name=name,
                unit=Unit(unit),
                quantity=quantity,
                on_hand_after=figures.pop(0) if len(figures) > 1 else figures[0],
                reason=AdjustmentReason(reason),
                note=note,
                unit_cost=cost if costs else None,
            )
        )
    return lines


def count_adjustments(db: Database) -> int:
    """How many adjustments the shop has made."""
    with db.read() as uow:
        return int(uow.connection.scalar(select(func.count()).select_from(stock_adjustments)) or 0)


def adjustments_page(
    db: Database, *, before_id: int | None = None, limit: int = 200, actor: Actor | None = None
) -> list[AdjustmentSummary]:
    """Up to ``limit`` adjustments older than ``before_id`` (None: the newest), newest
    first: each page starts below the last id shown, so the far end costs what the top does.
    Their values at cost only for an ``actor`` who may see costs (None for anyone else)."""
    if limit <= 0:
        return []
    query = _HEAD.order_by(_docs.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(_docs.id < before_id)
    with db.read() as uow:
        costs = actor is not None and sees_costs(uow, actor)
        heads = uow.connection.execute(query).all()
        ids = [head[0] for head in heads]
        per_doc: dict[int, list[tuple[Decimal, str, Decimal]]] = {i: [] for i in ids}
        if ids:
            for doc_id, quantity, reason, cost in uow.connection.execute(
                select(_lines.adjustment_id, _lines.quantity, _lines.reason, _lines.unit_cost)
                .where(_lines.adjustment_id.in_(ids))
                .order_by(_lines.id)
            ):
                per_doc[doc_id].append((quantity, reason, cost))
    return [
        AdjustmentSummary(
            id=doc_id,
            number=_number_of(series, number),
            created_at=created_at,
            user=user,
            till=till,
            note=note,
            line_count=len(per_doc[doc_id]),
            reasons=tuple(
                AdjustmentReason(r) for r in dict.fromkeys(r for _, r, _ in per_doc[doc_id])
            ),
            value=sum((q * c for q, _, c in per_doc[doc_id]), ZERO) if costs else None,
            approved_by=approver,
        )
        for doc_id, series, number, created_at, user, till, note, approver in heads
    ]


#: The CSV's columns, in order.
CSV_HEADERS = (
    "number",
    "date",
    "user",
    "approved by",
    "till",
    "sku",
    "name",
    "unit",
    "change",
    "on hand after",
    "reason",
    "note",
    "unit cost",
    "value",
)


def export_adjustment(db: Database, number: str, path: Path, *, actor: Actor) -> int:
    """Write the adjustment ``number`` to a CSV file, one row a line. Returns the lines.

    Numbers are written the way the shop's locale writes them (a decimal comma and ``;``
    between columns where the locale has one); money is rounded to the currency's cents.
    The file lists costs: ``actor`` needs SEE_COSTS (NotAllowed, nothing written).
    """
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_COSTS)
        shop = read_settings(uow)
    adjustment = get_adjustment(db, number, actor)
    when = adjustment.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    with shop_csv(path, shop) as (writer, numbers):
        writer.writerow(CSV_HEADERS)
        for line in adjustment.lines:
            writer.writerow(
                [
                    adjustment.number,
                    when,
                    adjustment.user,
                    adjustment.approved_by,
                    adjustment.till,
                    line.sku,
                    line.name,
                    line.unit.value,
                    numbers.quantity(line.quantity),
                    numbers.quantity(line.on_hand_after),
                    line.reason.label,
                    line.note or adjustment.note,
                    numbers.money(line.unit_cost or ZERO),
                    numbers.money(line.value or ZERO),
                ]
            )
    return len(adjustment.lines)
