"""The Z report on paper: the bytes a thermal printer receives, decoded, at 58 and 80 mm;
the PDF parsed back; a reprint marked as a copy; printed through a real socket."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_by_pieces
from pos.services.cashup.reports import ShiftReportDTO, close_shift, get_report
from pos.services.cashup.shifts import CashDirection, CashReason, move_cash, open_shift
from pos.services.dto import Actor, ProductDTO, SaleDTO
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO
from receipts.escpos_printer import print_shift_report
from receipts.escpos_render import render_receipt
from receipts.pdf import shift_report_pdf_for
from receipts.settings import printer_settings
from receipts.shift_report import build_shift_report
from tests.receipts.escpos_decode import printed_text
from tests.receipts.fake_printer import STATUS_QUERY, FakePrinter, Mode

D = Decimal


@pytest.fixture
def z_report(
    db: Database, shop_profile: ShopSettings, cashier: UserDTO, milk: ProductDTO, sale: SaleDTO
) -> ShiftReportDTO:
    """The shift of S000001 (€20.39 less the wine's discount... €19.19 in cash, see the
    fixture) and a milk by card, €5 taken to the bank, closed with the drawer counted by
    note and coin: €15.01 against €14.19 expected."""
    actor = Actor(cashier.id, "Till 1")
    till = CartSession(db, "Till 1", cashier)
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.CARD, D("1.20"), reference="4242")])
    move_cash(db, actor, CashDirection.OUT, "5", CashReason.BANK)
    figures_before = sale.total - D(5)
    pieces = count_by_pieces(get_settings(db), {D(10): "1", D(5): "1", D("0.01"): "1"})
    report = close_shift(db, actor, pieces)
    assert report.figures.expected_cash == figures_before
    return report


@pytest.mark.parametrize("width", [32, 42, 48])
def test_the_z_fits_the_paper_and_says_what_was_counted(
    db: Database, z_report: ShiftReportDTO, sale: SaleDTO, width: int
) -> None:
    shop = get_settings(db)
    layout = build_shift_report(z_report, shop, width=width)
    job = render_receipt(layout, printer_settings({"width": width}), open_drawer=False)
    text = printed_text(job)
    lines = layout.plain_text().splitlines()
    assert max(len(line) for line in lines) <= width
    assert b"\x1bp" not in job, "a report never opens the drawer"
    assert "Z000001" in text and "Café Crème" in text
    assert "Counted" in text and "€15.01" in text
    plain = layout.plain_text()
    assert "Expected in the drawer" in plain and "€14.19" in plain
    assert "Over" in plain and "€0.82" in plain
    assert "Card (1), 1 ref." in plain


def test_the_z_pdf_reads_back_and_a_reprint_is_a_copy(
    db: Database, z_report: ShiftReportDTO
) -> None:
    shop = get_settings(db)
    original = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(shift_report_pdf_for(z_report, shop))).pages
    )
    assert "Z000001" in original and "COPY" not in original
    assert "Reduced 5%" in original and "Cash drawer" in original
    again = get_report(db, "Z000001")
    reprinted = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(shift_report_pdf_for(again, shop))).pages
    )
    assert reprinted.count("*** COPY ***") == 2
    assert reprinted.replace("*** COPY ***\n", "") == original


def test_a_z_goes_to_the_receipt_printer(
    db: Database, z_report: ShiftReportDTO, printer_at: Callable[..., FakePrinter]
) -> None:
    server = printer_at(Mode.OK)
    print_shift_report(z_report, get_settings(db))
    deadline = time.monotonic() + 5
    while not server.jobs and time.monotonic() < deadline:
        time.sleep(0.01)
    text = printed_text(server.received.replace(STATUS_QUERY, b""))
    assert "Z REPORT" in text and "Z000001" in text


def test_an_x_shows_the_shift_so_far_without_a_count(
    db: Database, shop_profile: ShopSettings, cashier: UserDTO
) -> None:
    from pos.services.cashup.reports import x_report

    actor = Actor(cashier.id, "Till 1")
    open_shift(db, actor, "25")
    report = x_report(db, actor)
    text = build_shift_report(report, get_settings(db)).plain_text()
    assert "X REPORT" in text and "X000001" in text
    assert "Counted" not in text and "€25.00" in text
