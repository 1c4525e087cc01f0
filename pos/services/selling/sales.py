"""Completing a sale: one transaction for the number, lines, taxes, payments and stock.

The statements are prepared once, on the tables (``pos.db.prepared``): a sale is the
counter's busiest write, and SQLAlchemy's per-call machinery would cost more than the SQL
itself. The column types still apply, so money and quantities are stored as scaled integers
exactly as through the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import carts, payments, sale_line_taxes, sale_lines, sale_taxes, sales
from pos.domain.cart import Cart, CartTotals, PricedLine, price_cart, require_lines
from pos.domain.payments import Tender, settle
from pos.services.audit import record
from pos.services.cashup.shifts import shift_for_sale
from pos.services.dto import Actor, LineTaxDTO, PaymentDTO, SaleDTO, SaleLineDTO, SaleTaxDTO
from pos.services.numbering import SALE_SERIES, format_number, take_number
from pos.services.selling.records import user_name
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, authorize
from pos.services.stock.movements import Move, MovementKind, apply_moves

_INSERT_SALE = Prepared(insert(sales).returning(sales.c.id))
#: Lines, taxes and payments go in with one executemany each; the lines' ids are read back
#: by line number (the driver's executemany returns no rows).
_INSERT_LINES = Prepared(insert(sale_lines))
_LINE_IDS = Prepared(
    select(sale_lines.c.line_no, sale_lines.c.id).where(
        sale_lines.c.sale_id == bindparam("sale_id")
    )
)
_INSERT_TAXES = Prepared(insert(sale_taxes))
_INSERT_LINE_TAXES = Prepared(insert(sale_line_taxes))
_INSERT_PAYMENTS = Prepared(insert(payments))
_DELETE_CART = Prepared(delete(carts).where(carts.c.id == bindparam("cart_id")))
_TAX_COLUMNS = ("tax_name", "tax_percent", "net", "tax", "gross")
_PAYMENT_COLUMNS = ("method", "amount", "tendered", "change", "reference")


def complete_sale(
    db: Database,
    cart: Cart,
    tenders: Sequence[Tender],
    *,
    settings: ShopSettings,
    actor: Actor,
    open_cart_id: int | None = None,
    totals: CartTotals | None = None,
) -> SaleDTO:
    """Record a paid sale durably and return it.

    Everything is checked before the transaction starts; inside it the number is taken,
    the sale, its lines, taxes and payments written, stock moved and the till's open cart
    cleared. When this returns, the sale is committed (and fsynced on SQLite).

    ``totals`` are the cart's figures when the caller has already worked them out with
    ``price_cart(cart, settings.pricing)`` (the till shows them before payment); they are
    worked out here otherwise.

    ``actor`` must be allowed to SELL (alone, or approved by ``actor.approver_id``); the
    sale records the cashier and the approver (this one, or the one who approved a
    discount or price in the cart).

    Raises:
        UnknownUser: the cashier (or approver) does not exist or is no longer active.
        NotAllowed: the cashier may not sell, and no approver who may was given.
        EmptyCart: nothing to sell.
        PaymentShort: the tenders do not cover the total.
        InvalidInput: a tender is malformed (zero, negative, a card paying too much ...).
    """
    require_lines(cart)
    money = settings.money
    totals = totals or price_cart(cart, settings.pricing)
    settlement = settle(totals.total, tenders, money, settings.cash_rounding)
    now = utcnow()
    # Rows made before the transaction: time spent in it, holding the write lock, costs the
    # sale more than its own length (the benchmark README says why); only statements run there.
    line_rows = [_line_row(no, p) for no, p in enumerate(totals.lines, start=1)]
    tax_rows = [(r.rate.name, r.rate.percent, r.net, r.tax, r.gross) for r in totals.rates]
    payment_rows = [
        (p.method.value, p.amount, p.tendered, p.change, p.reference) for p in settlement.payments
    ]
    moves = [Move(p.line.product_id, -p.line.quantity) for p in totals.lines]
    till = actor.till
    with db.write() as uow:
        done = authorize(uow, actor, Permission.SELL)
        number = take_number(uow, SALE_SERIES)
        shift_id = shift_for_sale(uow, till, done.user_id, now)
        sale_id: int = _INSERT_SALE.scalar(
            uow,
            {
                "kind": "sale",
                "series": SALE_SERIES,
                "number": number,
                "original_id": None,
                "created_at": now,
                "cashier_id": done.user_id,
                "approver_id": done.approver_id or cart.approver_id,
                "till": till,
                "currency": money.code,
                "tax_mode": settings.tax_mode.value,
                "subtotal": totals.subtotal,
                "discount": totals.discount,
                "cart_discount_kind": cart.discount.kind.value if cart.discount else None,
                "cart_discount_value": cart.discount.value if cart.discount else None,
                "net": totals.net,
                "tax": totals.tax,
                "total": totals.total,
                "rounding": settlement.rounding,
                "amount_due": settlement.amount_due,
                "change": settlement.change,
                "shift_id": shift_id,
            },
        )
        _INSERT_LINES.run_rows(uow, _LINE_COLUMNS, line_rows, {"sale_id": sale_id})
        id_of_line: dict[int, int] = dict(_LINE_IDS.rows(uow, {"sale_id": sale_id}))
        line_ids = [id_of_line[no] for no in range(1, len(line_rows) + 1)]
        # Only lines taxed at several rates have rows of their own: none in most sales.
        _INSERT_LINE_TAXES.run(
            uow,
            [
                row
                for line_id, p in zip(line_ids, totals.lines, strict=True)
                if p.line.further_rates
                for row in _line_tax_rows(sale_id, line_id, p)
            ],
        )
        _INSERT_TAXES.run_rows(uow, _TAX_COLUMNS, tax_rows, {"sale_id": sale_id})
        _INSERT_PAYMENTS.run_rows(uow, _PAYMENT_COLUMNS, payment_rows, {"sale_id": sale_id})
        apply_moves(
            uow,
            moves,
            MovementKind.SALE,
            user_id=done.user_id,
            till=till,
            at=now,
            sale_id=sale_id,
        )
        if open_cart_id is not None:
            _DELETE_CART.rows(uow, {"cart_id": open_cart_id})
        approver = user_name(uow, done.approver_id or cart.approver_id)  # no query for none
        # Last, so that on PostgreSQL the audit chain's head is held only until the commit.
        record(
            uow,
            "sale",
            done.user_id,
            till,
            approver_id=done.approver_id or cart.approver_id,
            number=format_number(SALE_SERIES, number),
            total=str(totals.total),
        )
        uow.commit()
    return SaleDTO(
        id=sale_id,
        kind="sale",
        number=format_number(SALE_SERIES, number),
        created_at=now,
        cashier=done.name,
        till=till,
        currency=money.code,
        tax_mode=settings.tax_mode.value,
        subtotal=totals.subtotal,
        discount=totals.discount,
        net=totals.net,
        tax=totals.tax,
        total=totals.total,
        rounding=settlement.rounding,
        amount_due=settlement.amount_due,
        change=settlement.change,
        lines=tuple(
            _line_dto(line_id, no, p)
            for no, (line_id, p) in enumerate(zip(line_ids, totals.lines, strict=True), start=1)
        ),
        taxes=tuple(
            SaleTaxDTO(r.rate.name, r.rate.percent, r.net, r.tax, r.gross) for r in totals.rates
        ),
        payments=tuple(
            PaymentDTO(p.method, p.amount, p.tendered, p.change, p.reference)
            for p in settlement.payments
        ),
        original_number=None,
        approver=approver,
    )


#: A line's columns in the order ``_line_row`` gives them; the sale's id is bound once for
#: all its lines (tuples rather than a dictionary a line: see ``Prepared.run_rows``).
_LINE_COLUMNS = (
    "line_no",
    "product_id",
    "original_line_id",
    "sku",
    "name",
    "unit",
    "quantity",
    "unit_price",
    "base",
    "line_discount",
    "cart_discount",
    "net",
    "tax",
    "gross",
    "tax_name",
    "tax_percent",
)


def _line_row(line_no: int, p: PricedLine) -> tuple[Any, ...]:
    line, rate = p.line, p.line.tax_rate
    return (
        line_no,
        line.product_id,
        None,
        line.sku,
        line.name,
        line.unit.value,
        line.quantity,
        line.unit_price,
        p.base,
        p.line_discount,
        p.cart_discount,
        p.net,
        p.tax,
        p.gross,
        rate.name,
        rate.percent,
    )


def _line_tax_rows(sale_id: int, line_id: int, p: PricedLine) -> list[dict[str, Any]]:
    return [
        {
            "sale_id": sale_id,
            "sale_line_id": line_id,
            "position": position,
            "tax_name": rate.name,
            "tax_percent": rate.percent,
            "tax": tax,
        }
        for position, (rate, tax) in enumerate(zip(p.line.rates, p.taxes, strict=True))
    ]


def _line_dto(line_id: int, line_no: int, p: PricedLine) -> SaleLineDTO:
    line, rate = p.line, p.line.tax_rate
    return SaleLineDTO(
        id=line_id,
        line_no=line_no,
        product_id=line.product_id,
        sku=line.sku,
        name=line.name,
        unit=line.unit,
        quantity=line.quantity,
        unit_price=line.unit_price,
        base=p.base,
        line_discount=p.line_discount,
        cart_discount=p.cart_discount,
        net=p.net,
        tax=p.tax,
        gross=p.gross,
        tax_name=rate.name,
        tax_percent=rate.percent,
        original_line_id=None,
        taxes=(
            tuple(
                LineTaxDTO(further.name, further.percent, tax)
                for further, tax in zip(line.rates, p.taxes, strict=True)
            )
            if line.further_rates
            else (LineTaxDTO(rate.name, rate.percent, p.taxes[0]),)  # most lines: one rate
        ),
    )
