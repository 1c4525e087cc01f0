"""``shoptill receipt``, ``invoice`` and ``test-print``: the headless commands end to end."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from pos.db.engine import Database
from pos.services.dto import SaleDTO
from tests.receipts.escpos_decode import printed_text
from ui.cli import build_parser, run


def shoptill(db: Database, *args: str) -> int:
    return run(build_parser().parse_args(["--db", db.url, *args]))


def pdf_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def set_printer(db: Database, printer: dict[str, object]) -> None:
    # Written straight into the settings table, as the settings screen would store it.
    with db.engine.begin() as c:
        c.execute(
            text("UPDATE settings SET value = :v WHERE key = 'printer'"),
            {"v": json.dumps(printer)},
        )


def test_receipt_as_text_and_pdf(
    db: Database, sale: SaleDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert shoptill(db, "receipt", "1") == 0
    out = capsys.readouterr().out
    assert "S000001" in out and "*** COPY ***" in out and "CHANGE" in out
    target = tmp_path / "r.pdf"
    assert shoptill(db, "receipt", "S000001", "--pdf", str(target)) == 0
    assert f"Receipt S000001 saved to {target}" in capsys.readouterr().out
    assert "Grüße Müsli" in pdf_text(target)


def test_receipt_on_the_printer(
    db: Database, sale: SaleDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = tmp_path / "lp0"
    set_printer(db, {"connection": f"file:{device}", "width": 48})
    assert shoptill(db, "receipt", "S000001", "--print") == 0
    job = device.read_bytes()
    assert "*** COPY ***" in printed_text(job) and b"\x1bp" not in job


def test_printer_fault_is_a_message_and_exit_1(
    db: Database, sale: SaleDTO, capsys: pytest.CaptureFixture[str]
) -> None:
    set_printer(db, {"connection": "127.0.0.1:1", "timeout": 1})
    assert shoptill(db, "receipt", "S000001", "--print") == 1
    err = capsys.readouterr().err
    assert err.startswith("shoptill: The receipt printer at 127.0.0.1:1 ")
    assert "Traceback" not in err


def test_unknown_receipt(db: Database, sale: SaleDTO, capsys: pytest.CaptureFixture[str]) -> None:
    assert shoptill(db, "receipt", "S000042", "--pdf", "x.pdf") == 1
    assert "There is no receipt S000042." in capsys.readouterr().err


def test_invoice_issued_then_reprinted_with_the_same_number(
    db: Database, sale: SaleDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, again = tmp_path / "a.pdf", tmp_path / "b.pdf"
    args = ["--buyer-name", "Grüße GmbH", "--buyer-address", "Hauptstr. 1\\n10115 Berlin"]
    assert shoptill(db, "invoice", "S000001", "--pdf", str(first), *args) == 0
    assert "Invoice I000001 for receipt S000001" in capsys.readouterr().out
    assert shoptill(db, "invoice", "I000001", "--pdf", str(again)) == 0
    text_a, text_b = pdf_text(first), pdf_text(again)
    assert "I000001" in text_b and "Grüße GmbH" in text_b and "10115 Berlin" in text_b
    assert text_a == text_b


def test_invoice_without_buyer_is_refused(
    db: Database, sale: SaleDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert shoptill(db, "invoice", "S000001", "--pdf", str(tmp_path / "x.pdf")) == 1
    assert "needs the buyer's name" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_test_print(
    db: Database, sale: SaleDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = tmp_path / "lp0"
    set_printer(db, {"connection": f"file:{device}"})
    assert shoptill(db, "test-print") == 0
    assert b"TEST PRINT" in device.read_bytes()
    set_printer(db, {})
    assert shoptill(db, "test-print") == 1
    assert "No receipt printer is set up" in capsys.readouterr().err
