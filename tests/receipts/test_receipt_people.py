"""Receipts print the cashier's name, and the manager who approved when one had to (issue
14): on paper (the ESC/POS bytes decoded), on the PDF receipt and on a reprint alike; the
Z report beside who made it."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.domain.cart import Discount, DiscountKind
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.reports import close_shift, get_report
from pos.services.dto import Actor, ProductDTO, SaleDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.staff.users import add_user
from receipts.escpos_render import render_receipt
from receipts.layout import build_receipt
from receipts.pdf import receipt_pdf_for, shift_report_pdf_for
from receipts.settings import PrinterSettings
from receipts.shift_report import build_shift_report
from tests.receipts.conftest import TILL
from tests.receipts.escpos_decode import printed_text


def hire(db: Database, name: str, role: str, actor: Actor) -> UserDTO:
    made = add_user(db, name, role, actor=actor)
    return UserDTO(made.id, made.name, role)


@pytest.fixture
def cal(db: Database, shop_profile: ShopSettings, actor: Actor) -> UserDTO:
    return hire(db, "Calum Byrne", "cashier", actor)


@pytest.fixture
def mo(db: Database, shop_profile: ShopSettings, actor: Actor) -> UserDTO:
    return hire(db, "Moira Ní Bhriain", "manager", actor)


def paper(sale: SaleDTO, shop: ShopSettings) -> list[str]:
    """The receipt's lines as the thermal printer prints them (its bytes decoded)."""
    settings = PrinterSettings()
    receipt = build_receipt(sale, shop, width=settings.width)
    job = render_receipt(receipt, settings, open_drawer=False)
    return printed_text(job).splitlines()


def pdf_lines(sale: SaleDTO, shop: ShopSettings) -> list[str]:
    (page,) = PdfReader(io.BytesIO(receipt_pdf_for(sale, shop))).pages
    return page.extract_text().splitlines()


def row(lines: list[str], label: str) -> str:
    """The value printed right of ``label`` on its line (the receipt's label-value pairs)."""
    (found,) = [line for line in lines if line.startswith(label + " ")]
    return found.removeprefix(label).strip()


def test_a_sale_prints_the_cashier_who_rang_it_up(
    db: Database, shop_profile: ShopSettings, cal: UserDTO, milk: ProductDTO
) -> None:
    till = CartSession(db, TILL, cal)
    till.add_product(milk.id)
    sale = till.pay([Tender(PaymentMethod.CASH, Decimal(5))])
    assert sale.cashier == "Calum Byrne" and sale.approver == ""
    for lines in (paper(sale, shop_profile), pdf_lines(sale, shop_profile)):
        assert row(lines, "Cashier") == "Calum Byrne"
        assert not any(line.startswith("Approved by") for line in lines)
    assert get_sale(db, sale.number) == sale  # a reprint prints the same


def test_an_approved_discount_prints_the_manager_beside_the_cashier(
    db: Database, shop_profile: ShopSettings, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    till = CartSession(db, TILL, cal)
    line = till.add_product(milk.id)
    quarter = Discount(DiscountKind.PERCENT, Decimal(25))  # above a cashier's 10 %
    till.set_line_discount(line.line_id, quarter, approver_id=mo.id)
    sale = till.pay([Tender(PaymentMethod.CASH, Decimal(5))])
    assert (sale.cashier, sale.approver) == ("Calum Byrne", "Moira Ní Bhriain")
    for lines in (paper(sale, shop_profile), pdf_lines(sale, shop_profile)):
        assert row(lines, "Cashier") == "Calum Byrne"
        assert row(lines, "Approved by") == "Moira Ní Bhriain"
    assert get_sale(db, sale.number) == sale


def test_an_approved_refund_prints_who_refunded_and_who_approved(
    db: Database, shop_profile: ShopSettings, sale: SaleDTO, cal: UserDTO, mo: UserDTO
) -> None:
    refund = refund_sale(
        db,
        sale.number,
        None,
        PaymentMethod.CASH,
        settings=shop_profile,
        actor=Actor(cal.id, TILL, approver_id=mo.id),
    )
    for lines in (paper(refund, shop_profile), pdf_lines(refund, shop_profile)):
        assert row(lines, "Refund of receipt") == sale.number
        assert row(lines, "Cashier") == "Calum Byrne"  # who refunded, not who sold
        assert row(lines, "Approved by") == "Moira Ní Bhriain"
    assert row(paper(sale, shop_profile), "Cashier") == sale.cashier != "Calum Byrne"


def test_an_approved_z_report_prints_who_made_it_and_who_approved(
    db: Database, shop_profile: ShopSettings, sale: SaleDTO, cal: UserDTO, mo: UserDTO
) -> None:
    """A cashier may not close the shift alone: the manager's PIN allows it."""
    counted = count_as_amount(shop_profile, str(sale.amount_due))
    report = close_shift(db, Actor(cal.id, TILL, approver_id=mo.id), counted)
    assert (report.made_by, report.approved_by) == ("Calum Byrne", "Moira Ní Bhriain")
    reprint = get_report(db, report.number)
    assert (reprint.made_by, reprint.approved_by) == ("Calum Byrne", "Moira Ní Bhriain")
    settings = PrinterSettings()
    for made in (report, reprint):
        job = render_receipt(
            build_shift_report(made, shop_profile, width=settings.width),
            settings,
            open_drawer=False,
        )
        (page,) = PdfReader(io.BytesIO(shift_report_pdf_for(made, shop_profile))).pages
        for lines in (printed_text(job).splitlines(), page.extract_text().splitlines()):
            assert row(lines, "Made by") == "Calum Byrne"
            assert row(lines, "Approved by") == "Moira Ní Bhriain"
