"""Invoices: a numbered document (series "I") for a completed sale, with the buyer's details.

A sale gets at most one invoice. Asking again for the same sale gives back the invoice
already issued, with its number and buyer, so a reprint always matches the first print.
The invoice number is taken in the same transaction as the invoice row: no gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.models import Invoice
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput, NotFound
from pos.services.audit import record
from pos.services.dto import Actor, SaleDTO
from pos.services.numbering import INVOICE_SERIES, format_number, parse_number, take_number
from pos.services.selling.records import find_sale, sale_by_id, sale_dto, user_name
from pos.services.staff.permissions import Permission, authorize

MAX_NAME, MAX_TAX_ID, MAX_ADDRESS = 200, 40, 1000


@dataclass(frozen=True, slots=True)
class Buyer:
    """Who the invoice is made out to, as typed at the counter."""

    name: str
    address: str = ""
    tax_id: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceDTO:
    """An issued invoice and the sale it is for.

    ``issued_by`` is who issued it and ``approved_by`` the manager whose PIN allowed it,
    by name; empty when nobody approved (or, for ``issued_by``, for an invoice issued
    before ShopTill recorded it).
    """

    number: str
    created_at: datetime
    buyer: Buyer
    sale: SaleDTO
    issued_by: str = ""
    approved_by: str = ""


def check_buyer(buyer: Buyer) -> Buyer:
    """``buyer`` with spaces trimmed, or InvalidInput saying what is missing or too long."""
    cleaned = Buyer(
        name=buyer.name.strip(),
        address="\n".join(line.strip() for line in buyer.address.strip().splitlines()),
        tax_id=buyer.tax_id.strip(),
    )
    if not cleaned.name:
        raise InvalidInput("An invoice needs the buyer's name.")
    if len(cleaned.name) > MAX_NAME:
        raise InvalidInput(f"The buyer's name is longer than {MAX_NAME} characters.")
    if len(cleaned.address) > MAX_ADDRESS:
        raise InvalidInput(f"The buyer's address is longer than {MAX_ADDRESS} characters.")
    if len(cleaned.tax_id) > MAX_TAX_ID:
        raise InvalidInput(f"The buyer's tax ID is longer than {MAX_TAX_ID} characters.")
    return cleaned


def _dto(uow: UnitOfWork, invoice: Invoice) -> InvoiceDTO:
    sale = sale_by_id(uow, invoice.sale_id)  # a foreign key guarantees it exists
    return InvoiceDTO(
        number=format_number(invoice.series, invoice.number),
        created_at=invoice.created_at,
        buyer=Buyer(invoice.buyer_name, invoice.buyer_address, invoice.buyer_tax_id),
        sale=sale_dto(uow, sale),
        issued_by=user_name(uow, invoice.user_id),
        approved_by=user_name(uow, invoice.approver_id),
    )


def issue_invoice(
    db: Database, sale_number: str, buyer: Buyer | None, *, actor: Actor
) -> InvoiceDTO:
    """The invoice for sale ``sale_number``: the one already issued, or a new one.

    Args:
        db: the shop's database.
        sale_number: the receipt number of a completed sale or refund ('S000042').
        buyer: the buyer's details; needed for a new invoice. For an existing invoice it
            may be left out, or must match what was issued (an invoice never changes).
        actor: who issues it: SELL, as for the sale itself (a reprint needs nothing).

    Raises:
        NotAllowed: the user may not sell (and no approver who may was given).
        NotFound: there is no such sale.
        InvalidInput: no buyer for a new invoice, or a different buyer for an issued one.
    """
    checked = None if buyer is None else check_buyer(buyer)
    with db.write() as uow:
        sale = find_sale(uow, sale_number)
        existing = uow.session.scalar(select(Invoice).where(Invoice.sale_id == sale.id))
        if existing is not None:
            issued = _dto(uow, existing)
            if checked is not None and checked != issued.buyer:
                raise InvalidInput(
                    f"Invoice {issued.number} was already issued for this sale to "
                    f"{issued.buyer.name}. An invoice cannot be changed; print it again "
                    "without buyer details, or refund the sale and sell again."
                )
            return issued
        if checked is None:
            raise InvalidInput("An invoice needs the buyer's name.")
        done = authorize(uow, actor, Permission.SELL)
        number = take_number(uow, INVOICE_SERIES)
        invoice_id = uow.session.execute(
            insert(Invoice).returning(Invoice.id),
            {
                "series": INVOICE_SERIES,
                "number": number,
                "sale_id": sale.id,
                "buyer_name": checked.name,
                "buyer_address": checked.address,
                "buyer_tax_id": checked.tax_id,
                "created_at": utcnow(),
                "user_id": done.user_id,
                "approver_id": done.approver_id,
            },
        ).scalar_one()
        invoice = uow.session.get(Invoice, invoice_id)
        assert invoice is not None
        issued = _dto(uow, invoice)
        record(
            uow,
            "invoice",
            done.user_id,
            actor.till,
            approver_id=done.approver_id,
            invoice=issued.number,
            sale=sale_number,
        )
        uow.commit()
    return issued


def get_invoice(db: Database, number: str) -> InvoiceDTO:
    """An issued invoice by its number ('I000007'), for a reprint."""
    series, value = parse_number(number)
    with db.read() as uow:
        invoice = uow.session.scalar(
            select(Invoice).where(Invoice.series == series, Invoice.number == value)
        )
        if invoice is None:
            raise NotFound(f"There is no invoice {format_number(series, value)}.")
        return _dto(uow, invoice)


def invoice_for(
    db: Database, number: str, buyer: Buyer | None = None, *, actor: Actor
) -> InvoiceDTO:
    """``number`` may name an invoice ('I000007') or a sale ('S000042', '42'): the
    invoice either way, issued now for a sale that has none yet."""
    series, _ = parse_number(number)
    if series == INVOICE_SERIES:
        invoice = get_invoice(db, number)
        if buyer is not None and check_buyer(buyer) != invoice.buyer:
            raise InvalidInput(f"Invoice {invoice.number} cannot be changed once issued.")
        return invoice
    return issue_invoice(db, number, buyer, actor=actor)
