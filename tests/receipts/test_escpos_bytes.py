"""The exact bytes python-escpos would send, decoded back: code page, text, codes, cut, drawer."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from pos.domain.errors import InvalidInput
from pos.services.dto import SaleDTO
from pos.services.settings import ShopSettings
from receipts.code_pages import code_page, encode
from receipts.escpos_render import render_receipt, render_test_page
from receipts.layout import build_receipt
from receipts.settings import PrinterSettings, check_printer_settings
from tests.receipts.escpos_decode import decode, printed_text

DEFAULT = PrinterSettings()


def job_for(
    sale: SaleDTO, shop: ShopSettings, settings: PrinterSettings = DEFAULT, drawer: bool = True
) -> bytes:
    receipt = build_receipt(sale, shop, width=settings.width)
    return render_receipt(receipt, settings, open_drawer=drawer)


def test_job_starts_with_reset_and_cp858(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    job = job_for(sale, shop_profile)
    assert job.startswith(b"\x1b@\x1bt\x13")  # ESC @, then ESC t 19 = CP858
    assert job.count(b"\x1bt") == 1, "one code page for the whole job, never switched"


def test_euro_and_accents_are_cp858_bytes(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    job = job_for(sale, shop_profile)
    assert b"TOTAL" in job
    assert b"\xd5" + f"{sale.total}".encode() in job  # "€" is 0xD5 in CP858
    assert b"Cr\x8ame de cassis" in job  # "è" 0x8A
    assert b"Caf\x82 Cr\x8ame" in job  # "é" 0x82
    assert b"Gr\x81\xe1e M\x81sli" in job  # "ü" 0x81, "ß" 0xE1
    assert b"\x8epfel" in job  # "Ä" 0x8E
    assert "€".encode("cp858") == b"\xd5"


def test_decoded_text_has_totals_taxes_and_change(
    sale: SaleDTO, shop_profile: ShopSettings
) -> None:
    text = printed_text(job_for(sale, shop_profile))
    lines = text.splitlines()
    assert any(ln.startswith("TOTAL") and ln.endswith(f"€{sale.total}") for ln in lines)
    assert any(ln.startswith("CHANGE") and ln.endswith(f"€{sale.change}") for ln in lines)
    assert any(ln.startswith("  Tendered") and ln.endswith("€50.00") for ln in lines)
    for rate in sale.taxes:
        assert any(
            ln.startswith(rate.tax_name) and ln.endswith(f"€{rate.gross}") and f"€{rate.tax}" in ln
            for ln in lines
        )
    assert "Café Crème" in text and "Grüße Müsli" in text


def test_total_is_bold_double_height_and_header_centred(
    sale: SaleDTO, shop_profile: ShopSettings
) -> None:
    decoded = decode(job_for(sale, shop_profile))
    assert "<BOLD 1><ALIGN 1>Café Crème" in decoded
    total_at = decoded.index("TOTAL")
    before = decoded[:total_at]
    assert before.rindex("<BOLD 1>") > before.rindex("<BOLD 0>")
    assert before.rindex("<MODE 16>") > before.rindex("<MODE 0>")  # ESC ! 0x10: double height


def test_code128_of_the_number_cut_and_drawer(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    job = job_for(sale, shop_profile)
    # GS k 73 (CODE128), length, "{B" code set B, then the number a scanner reads back.
    assert b"\x1dkI\x09{BS000001" in job
    assert "<BARCODE 73 {BS000001>" in decode(job)
    assert b"\x1dV\x00" in job  # full cut
    assert job.endswith(b"\x1bp\x00\x32\x32")  # pin 2, 100 ms on, 100 ms off (2 ms units)
    assert job.index(b"\x1dV\x00") < job.index(b"\x1bp"), "cut first, then open the drawer"


def test_drawer_pin_and_pulse_are_settings(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    settings = replace(DEFAULT, drawer_pin=5, drawer_on_ms=200, drawer_off_ms=500)
    job = job_for(sale, shop_profile, settings)
    assert job.endswith(b"\x1bp\x01\x64\xfa")
    assert b"\x1bp" not in job_for(sale, shop_profile, drawer=False)


def test_no_cut_when_switched_off(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    assert b"\x1dV" not in job_for(sale, shop_profile, replace(DEFAULT, cut=False), False)


def test_qr_code_when_chosen(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    job = job_for(sale, shop_profile, replace(DEFAULT, code="qr"))
    assert "<QR S000001>" in decode(job)
    assert b"\x1dk" not in job


def test_profile_without_native_barcodes_falls_back_to_qr_image(
    sale: SaleDTO, shop_profile: ShopSettings
) -> None:
    # The "simple" profile promises neither native barcodes nor native QR codes, and
    # knows only CP437 (no euro sign: it prints as a visible "?").
    settings = check_printer_settings(replace(DEFAULT, profile="simple", code_page="CP437"))
    job = job_for(sale, shop_profile, settings)
    assert b"\x1dk" not in job
    assert "<IMAGE" in decode(job, "cp437")
    text = printed_text(job, "cp437")
    assert "S000001" in text
    assert f"?{sale.total}" in text


def test_unprintable_characters_become_visible_and_are_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = code_page("default", "CP858")
    with caplog.at_level(logging.WARNING, logger="receipts.code_pages"):
        assert encode("Łódź — 5 €", page) == b"?\xa2d? ? 5 \xd5"
    assert "U+0141" in caplog.text and "U+2014" in caplog.text
    assert encode("A\x1bB\nC", page) == b"A?B?C", "control bytes never reach the printer"


def test_other_code_pages(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    polish = replace(DEFAULT, code_page="CP852")
    job = job_for(sale, shop_profile, polish)
    assert job.startswith(b"\x1b@\x1bt\x12")  # ESC t 18
    assert "Łódź".encode("cp852") == encode("Łódź", code_page("default", "CP852"))
    text = printed_text(job, "cp852")
    # CP852 has "é" and "ü" but neither "è" nor "€": those print as a visible "?".
    assert "Café Cr?me" in text and "Grüße Müsli" in text and f"?{sale.total}" in text


def test_bad_code_page_or_model_is_a_clear_error(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    with pytest.raises(InvalidInput, match="has no code page CP999"):
        job_for(sale, shop_profile, replace(DEFAULT, code_page="CP999"))
    with pytest.raises(InvalidInput, match="not a printer model"):
        job_for(sale, shop_profile, replace(DEFAULT, profile="TM-NOPE"))


def test_test_page(shop_profile: ShopSettings) -> None:
    settings = replace(DEFAULT, connection="192.168.1.50:9100", width=32)
    job = render_test_page(shop_profile, settings)
    text = printed_text(job)
    assert "Café Crème" in text and "TEST PRINT" in text and "CP858 (ESC t 19)" in text
    assert "€ £ ¥ é è à ç ü ö ä ß ñ" in text
    assert "12345678901234567890123456789012" in text
    assert bytes(range(0xD0, 0xE0)) in job  # the upper half of the code page, raw
    assert job.endswith(b"\x1bp\x00\x32\x32"), "a test print opens the drawer"


def test_logo_is_printed_as_a_raster_image(
    sale: SaleDTO, shop_profile: ShopSettings, tmp_path: object
) -> None:
    from pathlib import Path

    from PIL import Image

    logo = Path(str(tmp_path)) / "logo.png"
    Image.new("RGB", (800, 200), "black").save(logo)
    receipt = build_receipt(sale, shop_profile, logo=str(logo))
    job = render_receipt(receipt, DEFAULT, open_drawer=False)
    assert "<IMAGE 512x128>" in decode(job), "scaled to the 80 mm printable width"


def test_missing_logo_never_stops_a_receipt(
    sale: SaleDTO, shop_profile: ShopSettings, caplog: pytest.LogCaptureFixture
) -> None:
    receipt = build_receipt(sale, shop_profile, logo="/nowhere/logo.png")
    job = render_receipt(receipt, DEFAULT, open_drawer=False)
    assert b"TOTAL" in job and "logo /nowhere/logo.png left off" in caplog.text
