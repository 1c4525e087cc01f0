"""Reading completed sales and refunds back as DTOs."""

from __future__ import annotations

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, SaleTax, User
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import NotFound
from pos.domain.payments import PaymentMethod
from pos.services.dto import PaymentDTO, SaleDTO, SaleLineDTO, SaleTaxDTO
from pos.services.numbering import format_number, parse_number


def line_dto(line: SaleLine) -> SaleLineDTO:
    return SaleLineDTO(
        id=line.id,
        line_no=line.line_no,
        product_id=line.product_id,
        sku=line.sku,
        name=line.name,
        unit=Unit(line.unit),
        quantity=line.quantity,
        unit_price=line.unit_price,
        base=line.base,
        line_discount=line.line_discount,
        cart_discount=line.cart_discount,
        net=line.net,
        tax=line.tax,
        gross=line.gross,
        tax_name=line.tax_name,
        tax_percent=line.tax_percent,
        original_line_id=line.original_line_id,
    )


def sale_dto(uow: UnitOfWork, sale: Sale) -> SaleDTO:
    """The full DTO of a sale row, read inside an open unit of work."""
    session = uow.session
    lines = session.scalars(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)
    )
    taxes = session.scalars(select(SaleTax).where(SaleTax.sale_id == sale.id).order_by(SaleTax.id))
    payments = session.scalars(
        select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.id)
    )
    original = session.get(Sale, sale.original_id) if sale.original_id else None
    cashier = session.get(User, sale.cashier_id)
    return SaleDTO(
        id=sale.id,
        kind=sale.kind,
        number=format_number(sale.series, sale.number),
        created_at=sale.created_at,
        cashier=cashier.name if cashier else "",
        till=sale.till,
        currency=sale.currency,
        tax_mode=sale.tax_mode,
        subtotal=sale.subtotal,
        discount=sale.discount,
        net=sale.net,
        tax=sale.tax,
        total=sale.total,
        rounding=sale.rounding,
        amount_due=sale.amount_due,
        change=sale.change,
        lines=tuple(line_dto(line) for line in lines),
        taxes=tuple(SaleTaxDTO(t.tax_name, t.tax_percent, t.net, t.tax, t.gross) for t in taxes),
        payments=tuple(
            PaymentDTO(PaymentMethod(p.method), p.amount, p.tendered, p.change, p.reference)
            for p in payments
        ),
        original_number=format_number(original.series, original.number) if original else None,
    )


def find_sale(uow: UnitOfWork, number: str) -> Sale:
    """The sale or refund printed as ``number``, or NotFound."""
    series, value = parse_number(number)
    sale = uow.session.scalar(select(Sale).where(Sale.series == series, Sale.number == value))
    if sale is None:
        raise NotFound(f"There is no receipt {format_number(series, value)}.")
    return sale


def get_sale(db: Database, number: str) -> SaleDTO:
    """A completed sale or refund by its receipt number."""
    with db.read() as uow:
        return sale_dto(uow, find_sale(uow, number))


def last_sale(db: Database, till: str) -> SaleDTO | None:
    """The newest document completed at ``till``, for 'reprint last receipt'."""
    with db.read() as uow:
        sale = uow.session.scalar(
            select(Sale).where(Sale.till == till).order_by(Sale.id.desc()).limit(1)
        )
        return None if sale is None else sale_dto(uow, sale)
