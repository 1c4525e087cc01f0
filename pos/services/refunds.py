"""Refunds: a new numbered document pointing at the original, never more than was sold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, SaleTax
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit, check_quantity, format_quantity
from pos.domain.errors import InvalidInput, RefundTooLarge
from pos.domain.money import ZERO, Currency, cash_round, round_money
from pos.domain.payments import PaymentMethod
from pos.services.audit import record
from pos.services.dto import SaleDTO
from pos.services.numbering import REFUND_SERIES, take_number
from pos.services.records import find_sale, sale_by_id, sale_dto
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.stock import Move, MovementKind, apply_moves

_AMOUNTS = ("base", "line_discount", "cart_discount", "net", "tax", "gross")


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
    cashier: UserDTO,
    till: str,
    reference: str = "",
) -> SaleDTO:
    """Refund some lines of sale ``number`` (original line id -> quantity), or all that is
    left when ``quantities`` is None. Stock goes back; the money goes out by ``method``.

    A line refunded in full returns exactly what is left of its amounts, so refunds of a
    sale never add up to more (or less) than it took.
    """
    money = settings.money
    now = utcnow()
    with db.write() as uow:
        session = uow.session
        original = find_sale(uow, number)
        if original.kind != "sale":
            raise InvalidInput("A refund cannot itself be refunded.")
        session.execute(select(Sale.id).where(Sale.id == original.id).with_for_update())
        done = _refunded_so_far(uow, original.id)
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
        for line_id, quantity in wanted.items():
            if quantity == ZERO and quantities is None:
                continue
            line = sold.get(line_id)
            if line is None:
                raise InvalidInput("That line is not on this receipt.")
            check_quantity(quantity, Unit(line.unit))
            before = done.get(line_id, {})
            left = line.quantity - before.get("quantity", ZERO)
            if quantity > left:
                raise RefundTooLarge(
                    f"Only {format_quantity(left)} of '{line.name}' can be refunded: "
                    f"{format_quantity(line.quantity)} sold, "
                    f"{format_quantity(before.get('quantity', ZERO))} already refunded."
                )
            amounts = {
                name: getattr(line, name) - before.get(name, ZERO)
                if quantity == left
                else round_money(getattr(line, name) * quantity / line.quantity, money)
                for name in _AMOUNTS
            }
            if quantity != left:
                amounts["net"] = amounts["gross"] - amounts["tax"]
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
                "cashier_id": cashier.id,
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
            },
        ).scalar_one()
        session.execute(insert(SaleLine), [{"sale_id": refund_id, **r} for r in rows])
        session.execute(insert(SaleTax), _tax_rows(refund_id, rows))
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
            user_id=cashier.id,
            till=till,
            at=now,
            sale_id=refund_id,
        )
        record(uow, "refund", cashier.id, till, original=number, total=str(total))
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


def _tax_rows(sale_id: int, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_rate: dict[tuple[str, Decimal], dict[str, Any]] = {}
    for row in rows:
        key = (row["tax_name"], row["tax_percent"])
        total = by_rate.setdefault(
            key,
            {
                "sale_id": sale_id,
                "tax_name": key[0],
                "tax_percent": key[1],
                "net": ZERO,
                "tax": ZERO,
                "gross": ZERO,
            },
        )
        for name in ("net", "tax", "gross"):
            total[name] += row[name]
    return list(by_rate.values())
