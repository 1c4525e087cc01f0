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


@pytest.fixture
def recounted_z(
    db: Database, shop_profile: ShopSettings, cashier: UserDTO, milk: ProductDTO
) -> ShiftReportDTO:
    """A shift with a milk by card and one by mobile money, counted blind €0.40 short,
    then counted again to the cent; the card total ticked, the phone's not."""
    from pos.services.cashup.closing import record_blind_count
    from pos.services.cashup.drawer import count_as_amount

    actor = Actor(cashier.id, "Till 1")
    open_shift(db, actor, "20")
    till = CartSession(db, "Till 1", cashier)
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.CARD, D("1.20"), reference="4242")])
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.MOBILE, D("1.20"), reference="MP7Q2")])
    settings = get_settings(db)
    record_blind_count(db, actor, count_as_amount(settings, "19.60"))
    pieces = count_by_pieces(settings, {D(10): "1", D(5): "2"})
    return close_shift(db, actor, pieces, checked={"card"})


@pytest.mark.parametrize("width", [32, 42, 48])
def test_the_z_says_which_totals_were_checked_and_that_the_drawer_was_recounted(
    db: Database, recounted_z: ShiftReportDTO, width: int
) -> None:
    layout = build_shift_report(recounted_z, get_settings(db), width=width)
    job = render_receipt(layout, printer_settings({"width": width}), open_drawer=False)
    lines = [line.strip() for line in printed_text(job).splitlines()]
    assert max(len(line) for line in layout.plain_text().splitlines()) <= width

    def line_after(start: str) -> str:
        at = next(i for i, line in enumerate(lines) if line.startswith(start))
        return lines[at + 1]

    assert line_after("Card (1), 1 ref.").split() == ["Terminal's", "total", "checked"]
    assert line_after("Mobile money (1), 1").split()[-3:] == ["total", "not", "checked"]
    first = next(line for line in lines if line.startswith("First count (blind)"))
    assert first.endswith("€19.60")
    assert any(
        line.startswith("Short at first count") and line.endswith("-€0.40") for line in lines
    )
    counted = next(line for line in lines if line.startswith("Counted"))
    assert counted.startswith("Counted (recounted)") and counted.endswith("€20.00")
    assert any(line.startswith("Right") for line in lines)


def test_the_recount_and_the_checks_on_the_pdf_and_its_copy(
    db: Database, recounted_z: ShiftReportDTO
) -> None:
    shop = get_settings(db)
    for report in (recounted_z, get_report(db, recounted_z.number)):
        text = "\n".join(
            page.extract_text()
            for page in PdfReader(io.BytesIO(shift_report_pdf_for(report, shop))).pages
        )
        assert "First count (blind)" in text and "Counted (recounted)" in text
        assert "€19.60" in text and "Terminal's total" in text
        assert text.count("not checked") == 1 and text.count("checked") == 2


def test_a_z_counted_once_says_nothing_of_a_recount(db: Database, z_report: ShiftReportDTO) -> None:
    text = build_shift_report(z_report, get_settings(db)).plain_text()
    assert "recounted" not in text and "First count" not in text
    assert "Terminal's total" in text and "not checked" in text  # closed with nothing ticked
