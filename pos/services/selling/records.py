"""Reading completed sales and refunds back as DTOs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Row, bindparam, select

from pos.db.engine import Database
from pos.db.tables import payments, sale_line_taxes, sale_lines, sale_taxes, sales, users
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import NotFound
from pos.domain.payments import PaymentMethod
from pos.services.dto import LineTaxDTO, PaymentDTO, SaleDTO, SaleLineDTO, SaleTaxDTO
from pos.services.numbering import format_number, parse_number

#: A row of the ``sales`` table, its columns as attributes.
SaleRow = Row[Any]

_SALE_ID: BindParameter[int] = bindparam("sale_id")
_LINES = select(sale_lines).where(sale_lines.c.sale_id == _SALE_ID).order_by(sale_lines.c.line_no)
_TAXES = (
    select(
        sale_taxes.c.tax_name,
        sale_taxes.c.tax_percent,
        sale_taxes.c.net,
        sale_taxes.c.tax,
        sale_taxes.c.gross,
    )
    .where(sale_taxes.c.sale_id == _SALE_ID)
    .order_by(sale_taxes.c.id)
)
#: The tax per rate of the lines taxed at several rates (most sales have none).
_LINE_TAXES = (
    select(
        sale_line_taxes.c.sale_line_id,
        sale_line_taxes.c.tax_name,
        sale_line_taxes.c.tax_percent,
        sale_line_taxes.c.tax,
    )
    .where(sale_line_taxes.c.sale_id == _SALE_ID)
    .order_by(sale_line_taxes.c.sale_line_id, sale_line_taxes.c.position)
)
_PAYMENTS = (
    select(
        payments.c.method,
        payments.c.amount,
        payments.c.tendered,
        payments.c.change,
        payments.c.reference,
    )
    .where(payments.c.sale_id == _SALE_ID)
    .order_by(payments.c.id)
)
_BY_ID = select(sales).where(sales.c.id == _SALE_ID)
_NUMBER = select(sales.c.series, sales.c.number).where(sales.c.id == _SALE_ID)
_USER_NAME = select(users.c.name).where(users.c.id == bindparam("user_id"))
_BY_NUMBER = select(sales).where(
    sales.c.series == bindparam("series"), sales.c.number == bindparam("number")
)
_LAST_AT_TILL = (
    select(sales).where(sales.c.till == bindparam("till")).order_by(sales.c.id.desc()).limit(1)
)


def _line_dto(line: Row[Any], stacked: dict[int, list[LineTaxDTO]]) -> SaleLineDTO:
    """A row of ``sale_lines`` as its DTO; ``stacked`` has the taxes of lines with several
    rates, by line id."""
    taxes = stacked.get(line.id) or [LineTaxDTO(line.tax_name, line.tax_percent, line.tax)]
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
        taxes=tuple(taxes),
    )


def sale_dto(uow: UnitOfWork, sale: SaleRow) -> SaleDTO:
    """The full DTO of a sale row, read inside an open unit of work."""
    connection = uow.connection
    ids = {"sale_id": sale.id}
    lines = connection.execute(_LINES, ids)
    stacked: dict[int, list[LineTaxDTO]] = {}
    for line_id, *tax in connection.execute(_LINE_TAXES, ids):
        stacked.setdefault(line_id, []).append(LineTaxDTO(*tax))
    taxes = connection.execute(_TAXES, ids)
    paid = connection.execute(_PAYMENTS, ids)
    original = (
        connection.execute(_NUMBER, {"sale_id": sale.original_id}).one()
        if sale.original_id
        else None
    )
    cashier = user_name(uow, sale.cashier_id)
    return SaleDTO(
        id=sale.id,
        kind=sale.kind,
        number=format_number(sale.series, sale.number),
        created_at=sale.created_at,
        cashier=cashier or "",
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
        lines=tuple(_line_dto(line, stacked) for line in lines),
        taxes=tuple(SaleTaxDTO(*tax) for tax in taxes),
        payments=tuple(PaymentDTO(PaymentMethod(method), *amounts) for method, *amounts in paid),
        original_number=format_number(original.series, original.number) if original else None,
        approver=user_name(uow, sale.approver_id),
    )


def user_name(uow: UnitOfWork, user_id: int | None) -> str:
    """A user's name as documents print it; empty for none (no query then: most
    documents have no approver). Users are deactivated, never deleted."""
    if user_id is None:
        return ""
    return uow.connection.scalar(_USER_NAME, {"user_id": user_id}) or ""


def find_sale(uow: UnitOfWork, number: str) -> SaleRow:
    """The sale or refund printed as ``number``, or NotFound."""
    series, value = parse_number(number)
    sale = uow.connection.execute(_BY_NUMBER, {"series": series, "number": value}).first()
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
        sale = uow.connection.execute(_LAST_AT_TILL, {"till": till}).first()
        return None if sale is None else sale_dto(uow, sale)


def sale_by_id(uow: UnitOfWork, sale_id: int) -> SaleRow:
    """The row of the sale or refund ``sale_id``, which must exist."""
    return uow.connection.execute(_BY_ID, {"sale_id": sale_id}).one()
