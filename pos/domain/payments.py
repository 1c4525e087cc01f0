"""Payments: tenders against a total, cash rounding and change.

Cash rounding (to 0.05, 0.10, 1 ...) touches only the part paid in cash: card and mobile
money pay the exact amount. The rounding difference is recorded as its own amount and never
changes the tax.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos.domain.cart import check_amount
from pos.domain.errors import InvalidInput, PaymentShort
from pos.domain.money import ZERO, Currency, cash_round, round_money


class PaymentMethod(StrEnum):
    """How the customer pays."""

    CASH = "cash"
    CARD = "card"
    MOBILE = "mobile"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Tender:
    """What the customer hands over: for cash the notes given, for others the amount paid."""

    method: PaymentMethod
    amount: Decimal
    reference: str = ""


@dataclass(frozen=True, slots=True)
class SettledPayment:
    """One payment as recorded: the amount applied to the sale, and for cash the change."""

    method: PaymentMethod
    amount: Decimal
    tendered: Decimal
    change: Decimal
    reference: str


@dataclass(frozen=True, slots=True)
class Settlement:
    """How a total was paid: payments, cash rounding, and the change to hand back."""

    payments: tuple[SettledPayment, ...]
    rounding: Decimal
    amount_due: Decimal
    change: Decimal


def check_tender(tender: Tender, cur: Currency) -> None:
    """InvalidInput if ``tender`` cannot be taken: zero, negative, or missing its reference."""
    check_amount(tender.amount, cur, "payment")
    if tender.amount == ZERO:
        raise InvalidInput("A payment of zero pays nothing: enter the amount.")
    if tender.method is PaymentMethod.MOBILE and not tender.reference.strip():
        raise InvalidInput("Enter the mobile money reference from the customer's message.")


def settle(
    total: Decimal, tenders: Sequence[Tender], cur: Currency, cash_increment: Decimal | None
) -> Settlement:
    """Apply ``tenders`` to ``total``; raise PaymentShort when they do not cover it.

    Card, mobile and other tenders are applied first and may not exceed what is owed (a
    card cannot give change). Whatever is left is paid in cash, rounded to
    ``cash_increment``; the cash handed over beyond that is change.
    """
    if not tenders:
        if total == ZERO:  # a fully discounted cart: nothing changes hands
            return Settlement((), ZERO, ZERO, ZERO)
        raise PaymentShort("Choose how the customer pays.")
    for tender in tenders:
        check_tender(tender, cur)
    cash = [t for t in tenders if t.method is PaymentMethod.CASH]
    others = [t for t in tenders if t.method is not PaymentMethod.CASH]
    paid_other = sum((t.amount for t in others), ZERO)
    if paid_other > total:
        raise InvalidInput(
            f"Card and other payments ({paid_other}) are more than the total ({total}). "
            "Only cash can give change."
        )
    remaining = total - paid_other
    settled = [
        SettledPayment(t.method, t.amount, t.amount, ZERO, t.reference.strip()) for t in others
    ]
    cash_due = round_money(cash_round(remaining, cash_increment), cur)
    if not cash:
        if cash_due > ZERO:
            raise PaymentShort(
                f"{round_money(remaining, cur)} is still owed of {round_money(total, cur)}."
            )
        # What is left is less than half the smallest cash step: cash rounding takes it.
        return Settlement(tuple(settled), -remaining, total - remaining, ZERO)
    handed = sum((t.amount for t in cash), ZERO)
    if handed < cash_due:
        raise PaymentShort(
            f"{round_money(cash_due - handed, cur)} more cash is needed "
            f"(owed {round_money(cash_due, cur)})."
        )
    change = handed - cash_due
    still_due = cash_due
    for tender in cash:
        applied = min(tender.amount, still_due)
        still_due -= applied
        settled.append(
            SettledPayment(PaymentMethod.CASH, applied, tender.amount, tender.amount - applied, "")
        )
    rounding = cash_due - remaining
    return Settlement(tuple(settled), rounding, total + rounding, change)
