"""A sale with GST and QST on one item: each rate its own line on paper, in PDF, on the invoice."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.money import currency
from pos.domain.payments import PaymentMethod, Tender
from pos.services.dto import Actor, SaleDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.invoices import Buyer, issue_invoice
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import owner
from receipts.escpos_render import render_receipt
from receipts.layout import Text, build_receipt
from receipts.pdf import invoice_pdf_for, receipt_pdf_for
from receipts.settings import PrinterSettings
from receipts.text import format_percent, money_text
from tests.receipts.escpos_decode import printed_text
from tests.receipts.test_pdf import pages_text, qpdf_check
from tests.stacked_shop import LAMP_CODE, bread, lamp, quebec_shop

CAD = currency("CAD")
LOCALE = "fr_CA"


def cad(amount: str | Decimal) -> str:
    return money_text(Decimal(amount), CAD, LOCALE)


def pct(percent: str) -> str:
    return format_percent(Decimal(percent), LOCALE)


@pytest.fixture
def quebec(db: Database) -> ShopSettings:
    return quebec_shop(db)


@pytest.fixture
def stacked_sale(db: Database, quebec: ShopSettings) -> SaleDTO:
    """S000001: a $100.00 lamp (GST + QST) and $4.50 of zero-rated bread, $120 cash."""
    lamp(db)
    bread(db)
    till = CartSession(db, "Caisse 1", owner(db))
    till.scan(LAMP_CODE)
    till.scan("BREAD")
    return till.pay([Tender(PaymentMethod.CASH, Decimal(120))])


def texts(sale: SaleDTO, shop: ShopSettings, width: int) -> list[str]:
    receipt = build_receipt(sale, shop, width=width)
    return [e.text for e in receipt.elements if isinstance(e, Text)]


@pytest.mark.parametrize("width", [32, 42, 48])
def test_each_rate_is_its_own_line_with_what_it_was_charged_on(
    stacked_sale: SaleDTO, quebec: ShopSettings, width: int
) -> None:
    lines = texts(stacked_sale, quebec, width)
    assert all(len(line) <= width for line in lines)
    table = lines[lines.index(next(ln for ln in lines if ln.startswith("Tax rate"))) :]
    assert table[0].split() == ["Tax", "rate", "Net", "Tax"], "no gross per rate"
    for row, (name, percent, net, tax) in zip(
        table[1:4],
        [
            ("GST", "5", "100.00", "5.00"),
            ("QST", "9.975", "100.00", "9.98"),
            ("Zero", "0", "4.50", "0.00"),
        ],
        strict=True,
    ):
        assert row.startswith(f"{name} {pct(percent)}") and row.endswith(cad(tax)), row
        assert row[: -len(cad(tax))].rstrip().endswith(cad(net)), row
    total = next(ln for ln in lines if ln.startswith("TOTAL"))
    assert total.endswith(cad("119.48"))


def test_single_rate_receipts_keep_their_gross_column(db: Database, quebec: ShopSettings) -> None:
    bread(db)
    till = CartSession(db, "Caisse 1", owner(db))
    till.scan("BREAD")
    sale = till.pay([Tender(PaymentMethod.CARD, Decimal("4.50"))])
    header = next(ln for ln in texts(sale, quebec, 42) if ln.startswith("Tax rate"))
    assert header.split() == ["Tax", "rate", "Net", "Tax", "Gross"]


def test_escpos_bytes_carry_each_rates_row(stacked_sale: SaleDTO, quebec: ShopSettings) -> None:
    job = render_receipt(build_receipt(stacked_sale, quebec), PrinterSettings(), open_drawer=True)
    # 42 characters a line, CP858: a no-break space (Babel's, in "5 %" and "100,00 $") is 0xFF.
    nbsp = b"\xff"
    assert (
        b"Tax rate" + b" " * 21 + b"Net" + b" " * 7 + b"Tax\n"
        b"GST 5"
        + nbsp
        + b"%"
        + b" " * 17
        + b"100,00"
        + nbsp
        + b"$"
        + b" " * 4
        + b"5,00"
        + nbsp
        + b"$\n"
        b"QST 9,975"
        + nbsp
        + b"%"
        + b" " * 13
        + b"100,00"
        + nbsp
        + b"$"
        + b" " * 4
        + b"9,98"
        + nbsp
        + b"$\n"
        b"Zero 0"
        + nbsp
        + b"%"
        + b" " * 18
        + b"4,50"
        + nbsp
        + b"$"
        + b" " * 4
        + b"0,00"
        + nbsp
        + b"$\n"
    ) in job
    assert b"Gross" not in job
    text = printed_text(job)
    assert "Lampe de bureau" in text and "Dépanneur Saint-Denis" in text


def test_the_refund_receipt_gives_back_each_rate(
    db: Database, stacked_sale: SaleDTO, quebec: ShopSettings
) -> None:
    back = refund_sale(
        db,
        stacked_sale.number,
        {stacked_sale.lines[0].id: Decimal(1)},
        PaymentMethod.CASH,
        settings=quebec,
        actor=Actor(owner(db).id, "Caisse 1"),
    )
    lines = texts(back, quebec, 42)
    assert next(ln for ln in lines if ln.startswith("REFUND TOTAL")).endswith(cad("114.98"))
    assert next(ln for ln in lines if ln.startswith("QST")).endswith(cad("9.98"))
    assert next(ln for ln in lines if ln.startswith("GST")).endswith(cad("5.00"))


def test_invoice_shows_both_rates_on_the_line_and_in_the_tax_table(
    db: Database, stacked_sale: SaleDTO, quebec: ShopSettings, tmp_path: Path
) -> None:
    clerk = Actor(owner(db).id, "Caisse 1")
    invoice = issue_invoice(
        db, stacked_sale.number, Buyer("Atelier Mile End", "Montréal"), actor=clerk
    )
    data = invoice_pdf_for(invoice, quebec)
    (page,) = pages_text(data)
    text = page.replace("\xa0", " ")  # PDF text comes back with plain spaces
    assert "Gross" not in text
    for expected in (
        "Lampe de bureau",
        pct("5"),
        pct("9.975"),
        "GST",
        "QST",
        cad("100.00"),
        cad("5.00"),
        cad("9.98"),
        cad("14.98"),
        cad("119.48"),
    ):
        assert expected.replace("\xa0", " ") in text, expected
    qpdf_check(data, tmp_path)
    assert receipt_pdf_for(stacked_sale, quebec).startswith(b"%PDF")
