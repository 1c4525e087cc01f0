"""PDFs parsed back: numbers, non-ASCII names, fonts embedded, pages, qpdf --check."""

from __future__ import annotations

import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import Actor, SaleDTO
from pos.services.selling.invoices import Buyer, InvoiceDTO, issue_invoice
from pos.services.settings import ShopSettings, get_settings, update_settings
from receipts.pdf import invoice_pdf_for, receipt_pdf_for, save_pdf


def eur(amount: Decimal) -> str:
    return f"€{amount:,.2f}"


BUYER = Buyer("Grüße & Söhne Sp. z o.o.", "ul. Piotrkowska 1\n90-001 Łódź", "PL1234567890")


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def qpdf_check(data: bytes, tmp_path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed, so the PDF structure cannot be checked")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def embedded_fonts(data: bytes) -> set[str]:
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                fonts.add(str(font["/BaseFont"]).split("+")[-1])
    return fonts


@pytest.fixture
def invoice(db: Database, sale: SaleDTO, actor: Actor) -> InvoiceDTO:
    return issue_invoice(db, sale.number, BUYER, actor=actor)


def test_receipt_pdf_has_the_paper_receipts_content(
    sale: SaleDTO, shop_profile: ShopSettings, tmp_path: Path
) -> None:
    data = receipt_pdf_for(sale, shop_profile, reprint=True)
    (text,) = pages_text(data)
    for expected in (
        "Café Crème",
        "S000001",
        "Crème de cassis",
        "Grüße Müsli",
        "Äpfel",
        eur(sale.total),
        eur(sale.change),
        "*** COPY ***",
        "Tax ID: IE1234567T",
    ):
        assert expected in text, expected
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert round(float(page.mediabox.width)) == 227  # 80 mm
    assert {"DejaVuSansMono", "DejaVuSansMono-Bold"} <= embedded_fonts(data)
    qpdf_check(data, tmp_path)


def test_pdfs_are_byte_stable(
    sale: SaleDTO, shop_profile: ShopSettings, invoice: InvoiceDTO
) -> None:
    assert receipt_pdf_for(sale, shop_profile) == receipt_pdf_for(sale, shop_profile)
    assert invoice_pdf_for(invoice, shop_profile) == invoice_pdf_for(invoice, shop_profile)


def test_invoice_pdf(invoice: InvoiceDTO, shop_profile: ShopSettings, tmp_path: Path) -> None:
    data = invoice_pdf_for(invoice, shop_profile)
    (text,) = pages_text(data)
    sale = invoice.sale
    for expected in (
        "INVOICE",
        "I000001",
        "S000001",
        "Café Crème",
        "12 Grüner Weg",
        "IE1234567T",
        "Grüße & Söhne Sp. z o.o.",
        "90-001 Łódź",
        "PL1234567890",
        "Crème de cassis 70 cl",
        "-€1.25",
        "0.350 kg",
        eur(sale.total),
        eur(sale.net),
        eur(sale.tax),
        eur(sale.change),
        "Paid by cash",
        "Page 1 of 1",
        "Returns within 30 days",
    ):
        assert expected in text, expected
    for rate in sale.taxes:
        assert eur(rate.net) in text and eur(rate.tax) in text and eur(rate.gross) in text
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_fonts(data)
    assert round(float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)) == 595  # A4
    qpdf_check(data, tmp_path)


def test_letter_paper_and_logo(
    db: Database, invoice: InvoiceDTO, sale: SaleDTO, tmp_path: Path, actor: Actor
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    shop = update_settings(db, printer={"invoice_paper": "Letter", "logo": str(logo)}, actor=actor)
    data = invoice_pdf_for(invoice, shop)
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert len(page.images) == 1
    receipt = PdfReader(io.BytesIO(receipt_pdf_for(sale, shop))).pages[0]
    assert len(receipt.images) == 1
    qpdf_check(data, tmp_path)


def test_long_invoice_has_several_pages_each_with_the_header(
    db: Database, long_sale: SaleDTO, tmp_path: Path, actor: Actor
) -> None:
    invoice = issue_invoice(db, long_sale.number, BUYER, actor=actor)
    data = invoice_pdf_for(invoice, get_settings(db))
    texts = pages_text(data)
    assert len(texts) >= 3
    with_lines = [text for text in texts if "Fresh Milk 1 L" in text]
    assert len(with_lines) >= 3
    for text in with_lines:
        assert "Description" in text and "Unit price" in text and "Amount" in text
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert invoice.number in text
    assert eur(long_sale.total) in texts[-1]
    every_line = "".join(texts)
    assert every_line.count("Grüße Müsli") == 40
    qpdf_check(data, tmp_path)


def test_long_receipt_pdf_is_one_long_roll(long_sale: SaleDTO, db: Database) -> None:
    data = receipt_pdf_for(long_sale, get_settings(db))
    (text,) = pages_text(data)
    assert text.count("Fresh Milk 1 L") == 40


def test_refund_invoice_is_a_credit_note(db: Database, refund: SaleDTO, actor: Actor) -> None:
    invoice = issue_invoice(db, refund.number, BUYER, actor=actor)
    (text,) = pages_text(invoice_pdf_for(invoice, get_settings(db)))
    assert "CREDIT NOTE" in text and "R000001" in text and "S000001" in text


def test_save_pdf_reports_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    from pos.domain.errors import ShopError

    with pytest.raises(ShopError, match="could not be saved"):
        save_pdf(b"%PDF", tmp_path / "missing" / "x.pdf")
    assert save_pdf(b"%PDF", tmp_path / "x.pdf").read_bytes() == b"%PDF"
