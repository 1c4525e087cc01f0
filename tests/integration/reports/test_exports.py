"""Every report exports: CSV in the shop's number format, .xlsx with numbers as numbers,
PDF; each read back. And the command line, through the real entry point."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from pos.services.reports.export import save_csv, save_xlsx, text_table
from pos.services.reports.period import month_of
from pos.services.reports.table import ReportBy, ReportRequest, build_table
from pos.services.settings import get_settings, update_settings
from receipts.sales_report_pdf import save_sales_report_pdf
from tests.integration.reports.conftest import NAIROBI, KnownShop

ROOT = Path(__file__).resolve().parents[3]
MARCH = month_of(date(2026, 3, 1))
D = Decimal


def by_product(known: KnownShop, **more: object):  # type: ignore[no-untyped-def]
    request = ReportRequest(ReportBy.PRODUCT, MARCH, compare=True, **more)  # type: ignore[arg-type]
    return build_table(known.db, known.owner, request, tz=NAIROBI)


def test_csv_with_the_shops_decimal_comma(known: KnownShop, tmp_path: Path) -> None:
    shop = update_settings(known.db, actor=known.owner, locale="de_DE")
    path = save_csv(by_product(known), tmp_path / "march.csv", shop)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows == [
        ["SKU", "Product", "Quantity", "Net before tax", "Tax", "Amount", "Previous amount"],
        ["WINE", "Crème de cassis 70 cl", "1", "9,37", "1,88", "11,25", "12,50"],
        ["MILK", "Fresh Milk 1 L", "4", "4,57", "0,23", "4,80", "3,60"],
        ["", "Total", "", "13,94", "2,11", "16,05", "16,10"],
    ]


def test_xlsx_holds_numbers(known: KnownShop, tmp_path: Path) -> None:
    path = save_xlsx(by_product(known), tmp_path / "march.xlsx", locale="en_IE")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "Sales by product"
    assert values[1][0] == "1 Mar 2026 to 31 Mar 2026 (EUR)"
    assert values[3][:3] == ["SKU", "Product", "Quantity"]
    wine, milk, total = values[4], values[5], values[6]
    assert (wine[0], D(str(wine[5])), D(str(wine[6]))) == ("WINE", D("11.25"), D("12.50"))
    assert (milk[0], D(str(milk[2])), D(str(milk[5]))) == ("MILK", D(4), D("4.80"))
    assert (total[1], D(str(total[5]))) == ("Total", D("16.05"))
    assert sheet.cell(5, 6).number_format == "#,##0.00"


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        (ReportBy.TAX, ["Standard", "€1.88", "Reduced", "€0.23", "Total", "€2.11"]),
        (ReportBy.TENDER, ["cash", "€3.60", "mobile", "€1.20", "€16.05"]),
        (ReportBy.MARGIN, ["Fresh Milk 1 L", "€1.37", "30 %", "€3.74", "product's current"]),
    ],
)
def test_pdf_read_back(known: KnownShop, tmp_path: Path, by: ReportBy, expected: list[str]) -> None:
    table = build_table(known.db, known.owner, ReportRequest(by, MARCH), tz=NAIROBI)
    path = save_sales_report_pdf(
        table, tmp_path / "march.pdf", shop_name="Test Shop", locale="en_IE"
    )
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "1 Mar 2026 to 31 Mar 2026" in text
    for piece in expected:
        assert piece in text


def test_text_table_with_weekdays_in_the_shops_language(known: KnownShop) -> None:
    request = ReportRequest(ReportBy.WEEKDAY, MARCH, compare=True)
    lines = text_table(
        build_table(known.db, known.owner, request, tz=NAIROBI), "fr_FR"
    ).splitlines()
    assert lines[0] == "Sales by weekday, 1 mars 2026 to 31 mars 2026 (EUR)"
    assert lines[2].split()[:2] == ["lundi", "1"]
    assert lines[2].startswith("lundi ")  # days to the left, as names ('mercredi' is longer)
    assert lines[-1].split()[0] == "Total"


def shoptill(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point, on the shop's clock in Nairobi."""
    env = {**os.environ, "TZ": "Africa/Nairobi"}
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--db", db_url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_command_line_prints_saves_and_refuses(
    known: KnownShop, db_url: str, tmp_path: Path
) -> None:
    span = ("--from", "2026-03-01", "--to", "2026-03-31")
    shown = shoptill(db_url, "report", "sales", "--by", "category", *span, "--compare")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Sales by category, 1 Mar 2026 to 31 Mar 2026 (EUR)"
    assert lines[2].split() == ["No", "category", "€9.37", "€1.88", "€11.25", "€12.50"]
    assert lines[-1].split() == ["Total", "€13.94", "€2.11", "€16.05", "€16.10"]

    out = tmp_path / "days.csv"
    saved = shoptill(db_url, "report", "sales", "--by", "day", *span, str(out))
    assert saved.returncode == 0, saved.stderr
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = {row[0]: row for row in csv.reader(file)}
    assert rows["3 Mar 2026"] == ["3 Mar 2026", "2", "0", "12.45", "0.00", "12.45", "1.94"]
    assert rows["Total"][1:] == ["4", "1", "28.55", "12.50", "16.05", "2.11"]

    pdf = tmp_path / "hours.pdf"
    assert shoptill(db_url, "report", "sales", "--by", "hour", *span, str(pdf)).returncode == 0
    assert "00:00" in PdfReader(pdf).pages[0].extract_text()

    backwards = shoptill(db_url, "report", "sales", "--from", "2026-03-31", "--to", "2026-03-01")
    assert backwards.returncode == 1
    assert "ends (2026-03-01) before it starts (2026-03-31)" in backwards.stderr
    assert backwards.stdout == ""
    bad_file = shoptill(db_url, "report", "sales", *span, str(tmp_path / "x.txt"))
    assert (bad_file.returncode, "a .csv, .xlsx or .pdf" in bad_file.stderr) == (1, True)
    assert not (tmp_path / "x.txt").exists()
    bad_day = shoptill(db_url, "report", "sales", "--from", "31/03/2026")
    assert (bad_day.returncode, "is not a date" in bad_day.stderr) == (1, True)
    assert get_settings(known.db).locale == "en_IE"
