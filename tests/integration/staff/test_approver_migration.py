"""Migration 0014: a shop from before it (revision e3a1b5c7d9f2), with an invoice issued
then, upgrades: the old invoice reads back and prints as before (nobody is made up as its
issuer), invoices stay append-only, and the next approved invoice records both people."""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import DatabaseError

from pos.db.engine import Database, open_database
from pos.db.migrate import current_revision, head_revision
from pos.db.tables import invoices
from pos.domain.payments import PaymentMethod, Tender
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.invoices import Buyer, get_invoice, issue_invoice
from pos.services.settings import get_settings
from pos.services.shop import owner
from pos.services.staff.permissions import Permission
from pos.services.staff.roles import list_roles, set_role
from receipts.pdf import invoice_pdf_for
from tests.integration.staff.conftest import Staff, migrate

#: The schema just before migration 0014.
BEFORE_APPROVERS = "e3a1b5c7d9f2"
#: The columns 0014 adds.
ADDED = {
    "invoices": {"user_id", "approver_id"},
    "shifts": {"approver_id"},
    "stock_count_lines": {"approver_id"},
}


def columns(url: str) -> dict[str, set[str]]:
    """Which of the columns 0014 adds the database has (read with no ShopTill code)."""
    engine = create_engine(url)
    try:
        found = inspect(engine)
        return {
            table: {c["name"] for c in found.get_columns(table)} & wanted
            for table, wanted in ADDED.items()
        }
    finally:
        engine.dispose()


def refuses_changes(url: str) -> bool:
    """Whether the invoices' append-only triggers still refuse an UPDATE."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE invoices SET buyer_name = 'someone else'"))
    except DatabaseError as error:
        return "never changed or deleted" in str(error)
    finally:
        engine.dispose()
    return False


@pytest.fixture
def older(db_url: str, db: Database, staff: Staff, milk: ProductDTO) -> Iterator[str]:
    """A shop with a sale and its invoice (I000001, issued by the owner), taken back to the
    schema before 0014 (its database closed: the test opens it as the app would). Left at
    the head whatever happens, for the next test on the shared PostgreSQL database."""
    till = CartSession(db, "Till 1", owner(db))
    till.add_product(milk.id)
    sale = till.pay([Tender(PaymentMethod.CARD, Decimal("1.20"))])
    issue_invoice(db, sale.number, Buyer("Early Bird Ltd"), actor=staff.owner)
    till.add_product(milk.id, Decimal(2))
    till.pay([Tender(PaymentMethod.CASH, Decimal("5.00"))])  # S000002, no invoice yet
    db.close()
    migrate(db_url, BEFORE_APPROVERS, down=True)
    try:
        yield db_url
    finally:
        migrate(db_url, "head", down=False)


def test_the_downgrade_drops_the_columns_and_keeps_invoices_append_only(older: str) -> None:
    assert columns(older) == {table: set() for table in ADDED}
    assert refuses_changes(older)


def test_an_older_shop_upgrades_and_its_next_approved_invoice_records_both(
    older: str, staff: Staff
) -> None:
    db = open_database(older)  # migrated, as the app opens a shop
    try:
        assert current_revision(db.engine) == head_revision()
        assert columns(older) == ADDED
        assert refuses_changes(older)

        early = get_invoice(db, "I000001")
        assert early.buyer.name == "Early Bird Ltd"
        assert (early.issued_by, early.approved_by) == ("", "")  # not known: left empty
        assert early.sale.cashier == owner(db).name
        printed = invoice_pdf_for(early, get_settings(db))  # prints as it did
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(printed)).pages)
        assert "Early Bird Ltd" in text
        assert "Issued by" not in text and "Approved by" not in text

        cashier = next(role for role in list_roles(db) if role.name == "cashier")
        kept = set(cashier.permissions) - {Permission.SELL}
        set_role(db, "cashier", kept, cashier.discount_limit, actor=staff.owner)
        cat, mo = staff.cashier, staff.manager
        approved = Actor(cat.id, "Till 1", mo.id)
        invoice = issue_invoice(db, "S000002", Buyer("Late Owl Ltd"), actor=approved)
        assert (invoice.number, invoice.issued_by, invoice.approved_by) == ("I000002", "Cat", "Mo")
        with db.read() as uow:
            rows = uow.connection.execute(
                select(invoices.c.number, invoices.c.user_id, invoices.c.approver_id).order_by(
                    invoices.c.number
                )
            ).all()
        assert [tuple(row) for row in rows] == [(1, None, None), (2, cat.id, mo.id)]
    finally:
        db.close()
