"""Refunds: a new numbered document pointing at the original, never more than was sold.

Each amount of a line (and, for a line taxed at several rates, each rate's tax) is given back
in proportion to the quantity, rounded on the running total of the line's refunds: however
a line is refunded, bit by bit or at once, its refunds add up to exactly what it took.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, SaleLineTax, SaleTax
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, check_quantity, format_quantity
from pos.domain.errors import InvalidInput, RefundTooLarge
from pos.domain.money import ZERO, Currency, cash_round, round_money
from pos.domain.payments import PaymentMethod
from pos.services.audit import record
from pos.services.cashup.shifts import shift_for_sale
from pos.services.dto import Actor, SaleDTO
from pos.services.numbering import REFUND_SERIES, format_number, take_number
from pos.services.selling.records import find_sale, sale_by_id, sale_dto
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, authorize
from pos.services.stock.movements import Move, MovementKind, apply_moves

_AMOUNTS = ("base", "line_discount", "cart_discount", "net", "tax", "gross")
#: A line's tax at one rate: (name, percent, tax).
_RateTax = tuple[str, Decimal, Decimal]


@dataclass(frozen=True, slots=True)
class Refundable:
    """How much of an original line is still left to refund."""

    line_id: int
    name: str
    sold: Decimal
    refunded: Decimal

    @property
    def left(self) -> Decimal:
        return self.sold - self.refunded


def _refunded_so_far(uow: UnitOfWork, original_id: int) -> dict[int, dict[str, Decimal]]:
    """Per original line: quantity and amounts already refunded."""
    columns = [func.sum(getattr(SaleLine, name)).label(name) for name in ("quantity", *_AMOUNTS)]
    rows = uow.session.execute(
        select(SaleLine.original_line_id, *columns)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.original_id == original_id)
        .group_by(SaleLine.original_line_id)
    )
    return {row[0]: dict(zip(("quantity", *_AMOUNTS), row[1:], strict=True)) for row in rows}


def _stacked_taxes(uow: UnitOfWork, sale_id: int) -> dict[int, list[_RateTax]]:
    """The tax per rate of the lines of sale ``sale_id`` taxed at several rates, by line."""
    rows = uow.session.execute(
        select(
            SaleLineTax.sale_line_id,
            SaleLineTax.tax_name,
            SaleLineTax.tax_percent,
            SaleLineTax.tax,
        )
        .where(SaleLineTax.sale_id == sale_id)
        .order_by(SaleLineTax.sale_line_id, SaleLineTax.position)
    )
    found: dict[int, list[_RateTax]] = {}
    for line_id, name, percent, tax in rows:
        found.setdefault(line_id, []).append((name, percent, tax))
    return found


def _stacked_refunded(uow: UnitOfWork, original_id: int) -> dict[tuple[int | None, int], Decimal]:
    """Per (original line, rate position): the tax already given back at that rate."""
    rows = uow.session.execute(
        select(SaleLine.original_line_id, SaleLineTax.position, func.sum(SaleLineTax.tax))
        .join(SaleLine, SaleLine.id == SaleLineTax.sale_line_id)
        .join(Sale, Sale.id == SaleLineTax.sale_id)
        .where(Sale.original_id == original_id)
        .group_by(SaleLine.original_line_id, SaleLineTax.position)
    )
    return {(line_id, position): tax for line_id, position, tax in rows}


def _part(
    amount: Decimal, before: Decimal, done: Decimal, quantity: Decimal, sold: Decimal, cur: Currency
) -> Decimal:
    """What refunding ``quantity`` more of ``sold`` (``done`` already) gives back of ``amount``,
    of which ``before`` was given back: rounded on the running total, never piece by piece."""
    if done + quantity == sold:
        return amount - before
    return round_money(amount * (done + quantity) / sold, cur) - before


def refundable_lines(db: Database, number: str) -> list[Refundable]:
    """The lines of sale ``number`` with what is left to refund of each."""
    with db.read() as uow:
        original = find_sale(uow, number)
        done = _refunded_so_far(uow, original.id)
        lines = uow.session.scalars(
            select(SaleLine).where(SaleLine.sale_id == original.id).order_by(SaleLine.line_no)
        )
        return [
            Refundable(ln.id, ln.name, ln.quantity, done.get(ln.id, {}).get("quantity", ZERO))
            for ln in lines
        ]


def refund_sale(
    db: Database,
    number: str,
    quantities: Mapping[int, Decimal] | None,
    method: PaymentMethod,
    *,
    settings: ShopSettings,
    actor: Actor,
    reference: str = "",
) -> SaleDTO:
    """Refund some lines of sale ``number`` (original line id -> quantity), or all that is
    left when ``quantities`` is None. Stock goes back; the money goes out by ``method``.

    A line refunded in full returns exactly what is left of its amounts, so refunds of a
    sale never add up to more (or less) than it took.

    ``actor`` needs REFUND, or a manager's approval (``actor.approver_id``): the refund
    records both. Refused (``NotAllowed``, ``UnknownUser``) before anything is written.
    """
    money = settings.money
    now = utcnow()
    till = actor.till
    with db.write() as uow:
        allowed = authorize(uow, actor, Permission.REFUND)
        session = uow.session
        original = find_sale(uow, number)
        if original.kind != "sale":
            raise InvalidInput("A refund cannot itself be refunded.")
        session.execute(select(Sale.id).where(Sale.id == original.id).with_for_update())
        done = _refunded_so_far(uow, original.id)
        stacked = _stacked_taxes(uow, original.id)
        stacked_done = _stacked_refunded(uow, original.id) if stacked else {}
        sold = {
            ln.id: ln
            for ln in session.scalars(
                select(SaleLine).where(SaleLine.sale_id == original.id).order_by(SaleLine.line_no)
            )
        }
        wanted = (
            {lid: ln.quantity - done.get(lid, {}).get("quantity", ZERO) for lid, ln in sold.items()}
            if quantities is None
            else dict(quantities)
        )
        rows: list[dict[str, Any]] = []
        row_taxes: list[list[_RateTax]] = []
        for line_id, quantity in wanted.items():
            if quantity == ZERO and quantities is None:
                continue
            line = sold.get(line_id)
            if line is None:
                raise InvalidInput("That line is not on this receipt.")
            check_quantity(quantity, Unit(line.unit))
            before = done.get(line_id, {})
            done_quantity = before.get("quantity", ZERO)
            left = line.quantity - done_quantity
            if quantity > left:
                raise RefundTooLarge(
                    f"Only {format_quantity(left)} of '{line.name}' can be refunded: "
                    f"{format_quantity(line.quantity)} sold, "
                    f"{format_quantity(before.get('quantity', ZERO))} already refunded."
                )
            amounts = {
                name: _part(
                    getattr(line, name),
                    before.get(name, ZERO),
                    done_quantity,
                    quantity,
                    line.quantity,
                    money,
                )
                for name in _AMOUNTS
            }
            if line.id in stacked:
                # Each rate gives back its own share; the line's tax is their sum.
                taxes = [
                    (
                        name,
                        percent,
                        _part(
                            tax,
                            stacked_done.get((line.id, position), ZERO),
                            done_quantity,
                            quantity,
                            line.quantity,
                            money,
                        ),
                    )
                    for position, (name, percent, tax) in enumerate(stacked[line.id])
                ]
                amounts["tax"] = sum((tax for *_, tax in taxes), ZERO)
            else:
                taxes = [(line.tax_name, line.tax_percent, amounts["tax"])]
            amounts["net"] = amounts["gross"] - amounts["tax"]
            row_taxes.append(taxes)
            rows.append(
                {
                    "line_no": len(rows) + 1,
                    "product_id": line.product_id,
                    "original_line_id": line.id,
                    "sku": line.sku,
                    "name": line.name,
                    "unit": line.unit,
                    "quantity": quantity,
                    "unit_price": line.unit_price,
                    "tax_name": line.tax_name,
                    "tax_percent": line.tax_percent,
                    **amounts,
                }
            )
        if not rows:
            raise RefundTooLarge(f"Everything on receipt {number} has already been refunded.")
        total = sum((r["gross"] for r in rows), ZERO)
        paid = (
            _cash_refund(uow, original.id, total, settings.cash_rounding, money)
            if method is PaymentMethod.CASH
            else total
        )
        refund_no = take_number(uow, REFUND_SERIES)
        refund_id = session.execute(
            insert(Sale).returning(Sale.id),
            {
                "kind": "refund",
                "series": REFUND_SERIES,
                "number": refund_no,
                "original_id": original.id,
                "created_at": now,
                "cashier_id": allowed.user_id,
                "approver_id": allowed.approver_id,
                "till": till,
                "currency": original.currency,
                "tax_mode": original.tax_mode,
                "subtotal": sum((r["base"] for r in rows), ZERO),
                "discount": sum((r["line_discount"] + r["cart_discount"] for r in rows), ZERO),
                "cart_discount_kind": None,
                "cart_discount_value": None,
                "net": sum((r["net"] for r in rows), ZERO),
                "tax": sum((r["tax"] for r in rows), ZERO),
                "total": total,
                "rounding": paid - total,
                "amount_due": paid,
                "change": ZERO,
                # A refund belongs to the shift it is paid out in, never to a closed one.
                "shift_id": shift_for_sale(uow, till, allowed.user_id, now),
            },
        ).scalar_one()
        session.execute(insert(SaleLine), [{"sale_id": refund_id, **r} for r in rows])
        _insert_stacked(uow, refund_id, row_taxes)
        session.execute(insert(SaleTax), _tax_rows(refund_id, rows, row_taxes))
        session.execute(
            insert(Payment),
            {
                "sale_id": refund_id,
                "method": method.value,
                "amount": paid,
                "tendered": paid,
                "change": ZERO,
                "reference": reference.strip(),
            },
        )
        apply_moves(
            uow,
            [Move(r["product_id"], r["quantity"]) for r in rows],
            MovementKind.REFUND,
            user_id=allowed.user_id,
            till=till,
            at=now,
            sale_id=refund_id,
        )
        record(
            uow,
            "refund",
            allowed.user_id,
            till,
            approver_id=allowed.approver_id,
            number=format_number(REFUND_SERIES, refund_no),
            original=number,
            total=str(round_money(total, money)),
        )
        uow.commit()
        return sale_dto(uow, sale_by_id(uow, refund_id))


def _cash_refund(
    uow: UnitOfWork, original_id: int, total: Decimal, increment: Decimal | None, money: Currency
) -> Decimal:
    """Cash to pay back, rounded so that all refunds of a sale together are rounded once.

    Rounding each partial refund on its own could pay out more than was taken (three refunds
    of 0.33 rounded to 0.35 each); rounding the running total cannot.
    """
    before = uow.session.scalar(
        select(func.coalesce(func.sum(Sale.total), ZERO)).where(Sale.original_id == original_id)
    )
    done = before if before is not None else ZERO
    rounded_after = round_money(cash_round(done + total, increment), money)
    return rounded_after - round_money(cash_round(done, increment), money)


def _insert_stacked(uow: UnitOfWork, refund_id: int, row_taxes: list[list[_RateTax]]) -> None:
    """The tax per rate of the refund's lines taxed at several rates (line numbers from 1)."""
    if all(len(taxes) == 1 for taxes in row_taxes):
        return
    line_ids: dict[int, int] = {
        line_no: line_id
        for line_no, line_id in uow.session.execute(
            select(SaleLine.line_no, SaleLine.id).where(SaleLine.sale_id == refund_id)
        )
    }
    uow.session.execute(
        insert(SaleLineTax),
        [
            {
                "sale_id": refund_id,
                "sale_line_id": line_ids[line_no],
                "position": position,
                "tax_name": name,
                "tax_percent": percent,
                "tax": tax,
            }
            for line_no, taxes in enumerate(row_taxes, start=1)
            if len(taxes) > 1
            for position, (name, percent, tax) in enumerate(taxes)
        ],
    )


def _tax_rows(
    sale_id: int, rows: list[dict[str, Any]], row_taxes: list[list[_RateTax]]
) -> list[dict[str, Any]]:
    """The refund's totals per rate: each rate's tax, on the net of the lines that carry it."""
    by_rate: dict[tuple[str, Decimal], dict[str, Any]] = {}
    for row, taxes in zip(rows, row_taxes, strict=True):
        for name, percent, tax in taxes:
            total = by_rate.setdefault(
                (name, percent),
                {
                    "sale_id": sale_id,
                    "tax_name": name,
                    "tax_percent": percent,
                    "net": ZERO,
                    "tax": ZERO,
                },
            )
            total["net"] += row["net"]
            total["tax"] += tax
    return [{**total, "gross": total["net"] + total["tax"]} for total in by_rate.values()]
