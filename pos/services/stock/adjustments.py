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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

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
from pos.services.stock.movements import Move, MovementKind, apply_moves

ZERO = Decimal(0)
#: The longest note a line keeps (the column's size).
NOTE_LENGTH = 200


class AdjustmentReason(StrEnum):
    """Why stock changed outside a sale, a delivery or a count. The values are stored."""

    DAMAGED = "damaged"
    EXPIRED = "expired"
    THEFT = "theft"  # theft or loss: stock gone, nobody knows where
    OWN_USE = "own_use"
    CORRECTION = "correction"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The reason in plain words (the UI translates its own copy)."""
        return REASON_LABELS[self]

    @property
    def is_loss(self) -> bool:
        """Goods that only ever leave stock: a plain "3" means three fewer."""
        return self in LOSS_REASONS


REASON_LABELS = {
    AdjustmentReason.DAMAGED: "Damaged",
    AdjustmentReason.EXPIRED: "Expired",
    AdjustmentReason.THEFT: "Theft or loss",
    AdjustmentReason.OWN_USE: "Own use",
    AdjustmentReason.CORRECTION: "Correction",
    AdjustmentReason.OTHER: "Other",
}
LOSS_REASONS = frozenset(
    {
        AdjustmentReason.DAMAGED,
        AdjustmentReason.EXPIRED,
        AdjustmentReason.THEFT,
        AdjustmentReason.OWN_USE,
    }
)


@dataclass(frozen=True, slots=True)
class AdjustmentLine:
    """One line as typed: a product, and either ``change`` (signed) or ``set_to``.

    Attributes:
        product_id: the product.
        reason: why; ``OTHER`` needs a ``note``.
        change: how much stock goes up (positive) or down (negative).
        set_to: the stock on hand after the adjustment, whatever it is now.
        note: a few words (required for ``OTHER``).
    """

    product_id: int
    reason: AdjustmentReason
    change: Decimal | None = None
    set_to: Decimal | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class AdjustmentLineDTO:
    """A saved line: the change made, the stock after it, the cost it was valued at."""

    product_id: int
    sku: str
    name: str
    unit: Unit
    quantity: Decimal
    on_hand_after: Decimal
    reason: AdjustmentReason
    note: str
    unit_cost: Decimal

    @property
    def value(self) -> Decimal:
        """The change at cost (negative for a loss), unrounded."""
        return self.quantity * self.unit_cost


@dataclass(frozen=True, slots=True)
class AdjustmentDTO:
    """A saved adjustment with its lines."""

    id: int
    number: str
    created_at: datetime
    user: str
    till: str
    note: str
    lines: tuple[AdjustmentLineDTO, ...]

    @property
    def value(self) -> Decimal:
        """The whole adjustment at cost, unrounded (negative: stock lost)."""
        return sum((line.value for line in self.lines), ZERO)


_SIGNED = re.compile(r"^([+\-\u2212]?)\s*(\d+(?:[.,]\d+)?|[.,]\d+)$")


def read_quantity(text: str, reason: AdjustmentReason) -> Decimal:
    """A typed change as a signed Decimal: "-3" (or with a typographic minus), "+2", "0,25".

    A plain number is a loss for the reasons that only take stock away (damaged, expired,
    theft or loss, own use); a correction or other must say which way, with + or -.

    Raises:
        InvalidInput: not a number, zero, or no sign where one is needed.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise InvalidInput("Type how much stock changes, for example -3 or +2.")
    match = _SIGNED.match(cleaned)
    if match is None:
        raise InvalidInput(f"'{text.strip()}' is not a quantity. Type for example -3 or +2.")
    sign, digits = match.groups()
    try:
        quantity = Decimal(digits.replace(",", "."))
    except InvalidOperation:  # the pattern lets only digits through; kept for safety
        raise InvalidInput(f"'{text.strip()}' is not a quantity.") from None
    if quantity == 0:
        raise InvalidInput("A change of zero changes nothing. Type for example -3 or +2.")
    if not sign:
        if not reason.is_loss:
            raise InvalidInput(
                f"Say which way stock changes for '{reason.label}': -3 for fewer, +2 for more."
            )
        return -quantity
    return quantity if sign == "+" else -quantity


def read_on_hand(text: str) -> Decimal:
    """A typed stock figure for "set on hand to": "12", "0", "1,5".

    Raises:
        InvalidInput: not a number, or negative.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise InvalidInput("Type the stock on hand, for example 12.")
    if cleaned.startswith(("-", "\u2212")):
        raise InvalidInput("Stock on hand cannot be set below zero.")
    match = _SIGNED.match(cleaned)
    if match is None or match.group(1):
        raise InvalidInput(f"'{text.strip()}' is not a stock figure. Type for example 12.")
    return Decimal(match.group(2).replace(",", "."))


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
            number=printed,
            lines=len(lines),
        )
        uow.commit()
    from pos.services.stock.adjustment_records import get_adjustment  # reads it back

    return get_adjustment(db, printed)


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
