"""Documents that record the user and the manager who approved (issue 14): invoices, a
shift's opening and a count's lines, on the row itself and not only in the audit log; the
invoice shows them on paper."""

from __future__ import annotations

import io
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log, invoices, shifts, stock_count_lines
from pos.domain.errors import NotAllowed
from pos.services.cashup.shifts import open_shift
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.invoices import Buyer, get_invoice, issue_invoice
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.roles import list_roles, set_role
from pos.services.stock.counts_scan import count_product
from receipts.pdf import invoice_pdf_for
from tests.integration.staff.enforcement_world import TILL, World, build_world, everything

BUYER = Buyer("Dairy Friends Ltd", "1 Quay Street", "IE9876543X")


@pytest.fixture
def world(db: Database, milk: ProductDTO, rates: dict[str, int], tmp_path: Path) -> World:
    return build_world(db, milk, rates["Standard"], tmp_path)


def take_from_cashiers(world: World, permission: Permission) -> None:
    """The owner takes ``permission`` away from the cashier role (a trainee's till)."""
    cashier = next(role for role in list_roles(world.db) if role.name == Role.CASHIER.value)
    kept = set(cashier.permissions) - {permission}
    set_role(world.db, Role.CASHIER.value, kept, cashier.discount_limit, actor=world.boss())


def last_entry(db: Database, action: str) -> tuple[int | None, int | None]:
    """Who the audit log's latest ``action`` entry names: the user and the approver."""
    with db.read() as uow:
        row = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id)
            .where(audit_log.c.action == action)
            .order_by(audit_log.c.id.desc())
            .limit(1)
        ).one()
    return row.user_id, row.approver_id


def invoice_row(db: Database) -> tuple[int | None, int | None]:
    with db.read() as uow:
        row = uow.connection.execute(select(invoices.c.user_id, invoices.c.approver_id)).one()
    return row.user_id, row.approver_id


def facts(data: bytes) -> dict[str, str]:
    """The invoice PDF read back: each line of text and the line after it (a label in the
    heading's facts and its value)."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    lines = text.splitlines()
    return dict(pairwise(lines))


def test_a_cashiers_invoice_approved_by_a_manager_records_both(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    seller = world.staff[Role.OWNER]  # rang the sale up
    take_from_cashiers(world, Permission.SELL)
    before = everything(world.db)
    with pytest.raises(NotAllowed):
        issue_invoice(world.db, world.sale_number, BUYER, actor=Actor(cal.id, TILL))
    assert everything(world.db) == before  # refused: no invoice, no number taken

    invoice = issue_invoice(world.db, world.sale_number, BUYER, actor=Actor(cal.id, TILL, mo.id))
    assert invoice_row(world.db) == (cal.id, mo.id)
    assert (invoice.issued_by, invoice.approved_by) == ("Cal", "Mo")
    assert last_entry(world.db, "invoice") == (cal.id, mo.id)
    reprint = get_invoice(world.db, invoice.number)
    assert reprint == invoice
    assert reprint.sale.cashier == seller.name

    shown = facts(invoice_pdf_for(reprint, world.settings))
    assert shown["Invoice number"] == invoice.number
    people = (shown["Cashier"], shown["Issued by"], shown["Approved by"])
    assert people == (seller.name, "Cal", "Mo")


def test_an_approval_nobody_needed_is_not_recorded_on_the_invoice(world: World) -> None:
    """The cashier may sell, so may issue the invoice alone: a manager's PIN given anyway
    is no approval. The invoice names who issued it, beside the sale's cashier."""
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    invoice = issue_invoice(world.db, world.sale_number, BUYER, actor=Actor(cal.id, TILL, mo.id))
    assert invoice_row(world.db) == (cal.id, None)
    assert (invoice.issued_by, invoice.approved_by) == ("Cal", "")
    shown = facts(invoice_pdf_for(invoice, world.settings))
    assert (shown["Cashier"], shown["Issued by"]) == (world.staff[Role.OWNER].name, "Cal")
    assert "Approved by" not in shown


def test_the_sales_own_cashier_issuing_the_invoice_is_named_once(world: World) -> None:
    seller = world.staff[Role.OWNER]
    invoice = issue_invoice(world.db, world.sale_number, BUYER, actor=world.boss())
    assert invoice_row(world.db) == (seller.id, None)
    shown = facts(invoice_pdf_for(invoice, world.settings))
    assert shown["Cashier"] == seller.name
    assert "Issued by" not in shown and "Approved by" not in shown


def test_an_approved_shift_opening_records_the_approver(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    take_from_cashiers(world, Permission.SELL)
    with pytest.raises(NotAllowed):
        open_shift(world.db, Actor(cal.id, "Till 4"), "50.00")
    shift = open_shift(world.db, Actor(cal.id, "Till 4", mo.id), "50.00")
    assert shift.opened_by_id == cal.id
    with world.db.read() as uow:
        row = uow.connection.execute(
            select(shifts.c.opened_by, shifts.c.approver_id).where(shifts.c.id == shift.id)
        ).one()
    assert tuple(row) == (cal.id, mo.id)
    assert last_entry(world.db, "shift_opened") == (cal.id, mo.id)


def test_a_count_line_records_who_counted_and_who_approved(world: World) -> None:
    cal, mo = world.staff[Role.CASHIER], world.staff[Role.MANAGER]
    take_from_cashiers(world, Permission.COUNT)

    def line() -> tuple[int | None, int | None]:
        with world.db.read() as uow:
            row = uow.connection.execute(
                select(stock_count_lines.c.user_id, stock_count_lines.c.approver_id).where(
                    stock_count_lines.c.product_id == world.milk.id
                )
            ).one()
        return row.user_id, row.approver_id

    assert line() == (world.staff[Role.OWNER].id, None)  # counted by the owner alone
    with pytest.raises(NotAllowed):
        count_product(world.db, Actor(cal.id, TILL), world.count_id, world.milk.id, Decimal(1))
    counted = count_product(
        world.db, Actor(cal.id, TILL, mo.id), world.count_id, world.milk.id, Decimal(1)
    )
    assert counted.counted == Decimal(19)
    assert line() == (cal.id, mo.id)
    count_product(world.db, world.boss(), world.count_id, world.milk.id, Decimal(1))
    assert line() == (world.staff[Role.OWNER].id, None)  # the last scan's people
