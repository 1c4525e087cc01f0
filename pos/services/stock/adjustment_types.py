"""What an adjustment is made of: the reasons, a line as typed, a saved adjustment, and
reading typed quantities ("-3", "+2", "set on hand to 12") in a shopkeeper's words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput

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
    #: None for a user who may not see costs (SEE_COSTS).
    unit_cost: Decimal | None

    @property
    def value(self) -> Decimal | None:
        """The change at cost (negative for a loss), unrounded; None without the cost."""
        return None if self.unit_cost is None else self.quantity * self.unit_cost


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
    #: The manager whose PIN allowed it, by name; empty when the user could alone.
    approved_by: str = ""

    @property
    def value(self) -> Decimal | None:
        """The whole adjustment at cost, unrounded (negative: stock lost); None when read
        for a user who may not see costs."""
        values = [line.value for line in self.lines]
        if any(value is None for value in values):
            return None
        return sum((value for value in values if value is not None), ZERO)


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
