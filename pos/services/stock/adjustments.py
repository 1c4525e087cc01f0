"""Stock adjustments: a numbered document (series "A") that changes stock with a reason.

Damaged, expired, stolen, eaten by the staff, or simply wrong: each line is one product's
signed change with its reason, written as an adjustment movement in the ledger at the
product's cost of the moment, so that losses can be summed in money later
(``pos.services.stock.losses``). An adjustment is final: a mistake is corrected by another.

A line either changes stock by a signed quantity ("-3", "+2"), or sets the stock on hand to
a figure; the difference is taken at save, from the stock the ledger holds then (another
till may have sold one meanwhile).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import products, stock_adjustment_lines, stock_adjustments
from pos.db.uow import UnitOfWork
from pos.domain.cart import MAX_QUANTITY, Unit, check_quantity, format_quantity
from pos.domain.errors import InvalidInput, NotFound
from pos.services import audit
from pos.services.dto import Actor
from pos.services.numbering import ADJUSTMENT_SERIES, format_number, take_number
from pos.services.staff.permissions import Permission, authorized
from pos.services.stock.adjustment_records import get_adjustment
from pos.services.stock.adjustment_types import (
    NOTE_LENGTH,
    ZERO,
    AdjustmentDTO,
    AdjustmentLine,
    AdjustmentLineDTO,
    AdjustmentReason,
    read_on_hand,
    read_quantity,
)
from pos.services.stock.movements import Move, MovementKind, apply_moves

#: The types and readers live in ``adjustment_types``; importable from here as well.
__all__ = [
    "ZERO",
    "AdjustmentDTO",
    "AdjustmentLine",
    "AdjustmentLineDTO",
    "AdjustmentReason",
    "create_adjustment",
    "read_on_hand",
    "read_quantity",
]


def create_adjustment(
    db: Database, lines: Sequence[AdjustmentLine], actor: Actor, *, note: str = ""
) -> AdjustmentDTO:
    """Change stock by ``lines`` as one numbered adjustment, all or nothing.

    Each line becomes an adjustment movement (reason and document number on it) at the
    product's cost now. The number is taken in the same transaction, so numbers never skip.

    Raises:
        InvalidInput: no lines, a missing reason or note, zero, a quantity the product's
            unit cannot take; the message names the line. Nothing is written.
        NotFound: a line's product does not exist (deleted at another till).
    """
    if not lines:
        raise InvalidInput("Add at least one product to the adjustment.")
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.ADJUST)
        stock = _lock_products(uow, {line.product_id for line in lines})
        changes = [_checked(index, line, stock) for index, line in enumerate(lines, 1)]
        now = utcnow()
        number = take_number(uow, ADJUSTMENT_SERIES)
        printed = format_number(ADJUSTMENT_SERIES, number)
        adjustment_id = uow.connection.execute(
            insert(stock_adjustments).returning(stock_adjustments.c.id),
            {
                "series": ADJUSTMENT_SERIES,
                "number": number,
                "note": note.strip(),
                "user_id": actor.user_id,
                "approver_id": actor.approver_id,
                "till": actor.till,
                "created_at": now,
            },
        ).scalar_one()
        # One ledger write per reason: each movement carries its line's reason.
        for reason in dict.fromkeys(line.reason for line in lines):
            moves = [
                Move(line.product_id, change, stock[line.product_id].cost)
                for line, change in zip(lines, changes, strict=True)
                if line.reason is reason
            ]
            apply_moves(
                uow,
                moves,
                MovementKind.ADJUSTMENT,
                user_id=actor.user_id,
                till=actor.till,
                at=now,
                reason=reason.value,
                document=printed,
            )
        uow.connection.execute(
            insert(stock_adjustment_lines),
            [
                {
                    "adjustment_id": adjustment_id,
                    "product_id": line.product_id,
                    "quantity": change,
                    "reason": line.reason.value,
                    "note": line.note.strip(),
                    "unit_cost": stock[line.product_id].cost,
                }
                for line, change in zip(lines, changes, strict=True)
            ],
        )
        audit.record(
            uow,
            "stock_adjusted",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            number=printed,
            lines=len(lines),
        )
        uow.commit()
    return get_adjustment(db, printed, actor)


@dataclass(slots=True)
class _Stock:
    name: str
    unit: Unit
    cost: Decimal
    on_hand: Decimal


def _lock_products(uow: UnitOfWork, product_ids: set[int]) -> dict[int, _Stock]:
    """The products' stock and cost, locked (PostgreSQL) in id order until commit, the
    order ``apply_moves`` takes them in, so two tills never deadlock."""
    query = (
        select(products.c.id, products.c.name, products.c.unit, products.c.cost, products.c.on_hand)
        .where(products.c.id.in_(sorted(product_ids)))
        .order_by(products.c.id)
    )
    if uow.dialect.name != "sqlite":  # SQLite's BEGIN IMMEDIATE holds the whole file
        query = query.with_for_update()
    return {
        pid: _Stock(name, Unit(unit), cost, on_hand)
        for pid, name, unit, cost, on_hand in uow.connection.execute(query)
    }


def _checked(index: int, line: AdjustmentLine, stock: dict[int, _Stock]) -> Decimal:
    """The line's change, checked; InvalidInput naming the line otherwise."""
    product = stock.get(line.product_id)
    if product is None:
        raise NotFound(f"Line {index}: that product no longer exists. Take the line out.")
    where = f"Line {index} ({product.name})"
    try:
        reason = AdjustmentReason(line.reason)
    except ValueError:
        raise InvalidInput(f"{where}: choose a reason for the change.") from None
    if reason is AdjustmentReason.OTHER and not line.note.strip():
        raise InvalidInput(f"{where}: say in the note what happened (reason Other).")
    if len(line.note.strip()) > NOTE_LENGTH:
        raise InvalidInput(f"{where}: the note is too long ({NOTE_LENGTH} characters at most).")
    if (line.change is None) == (line.set_to is None):
        raise InvalidInput(f"{where}: give either a change or the new stock figure.")
    if line.set_to is not None:
        if line.set_to < 0:
            raise InvalidInput(f"{where}: stock on hand cannot be set below zero.")
        if line.set_to > MAX_QUANTITY:
            raise InvalidInput(f"{where}: {line.set_to} is too many. Check the figure.")
        change = line.set_to - product.on_hand
        if change == 0:
            raise InvalidInput(
                f"{where}: the stock is {format_quantity(product.on_hand)} already; "
                "nothing to change."
            )
        product.on_hand = line.set_to  # a later line of the same product starts from here
    else:
        assert line.change is not None
        change = line.change
        if change == 0:
            raise InvalidInput(f"{where}: a change of zero changes nothing.")
        product.on_hand += change
    try:
        if line.set_to is not None and product.unit is Unit.EACH and line.set_to % 1:
            raise InvalidInput("This item is counted by the piece: use a whole number.")
        check_quantity(abs(change), product.unit)
    except InvalidInput as error:
        raise InvalidInput(f"{where}: {error.message}") from None
    return change
