"""A report table out to a file: CSV in the shop's number format (``shop_csv``), an Excel
workbook with numbers as numbers, or plain text for the command line. The PDF is made by
``receipts.sales_report_pdf`` (ReportLab lives there). Each is worded by the ``Words`` it
is given: the screen's translated ones, or English on the command line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pos.domain.money import currency, round_money
from pos.services.reports.cells import (
    cell_text,
    headings,
    note_text,
    period_text,
    title_text,
)
from pos.services.reports.table import NUMBER_KINDS, Column, ReportTable, Value
from pos.services.reports.words import ENGLISH, Word, Words
from pos.services.settings import ShopSettings
from pos.services.shop_csv import ShopNumbers, shop_csv

__all__ = ["cell_text", "save_csv", "save_xlsx", "text_table"]


def _csv_cell(
    value: Value, column: Column, numbers: ShopNumbers, shop: ShopSettings, words: Words
) -> str:
    if isinstance(value, Decimal) and column.kind == "money":
        return numbers.money(value)
    if isinstance(value, Decimal):
        return numbers.quantity(value)
    if isinstance(value, int) and column.kind in ("count", "money"):
        return str(value)  # counts stay counts in a money column (totals), ungrouped
    return cell_text(value, column, shop.currency, shop.locale, words)


def save_csv(table: ReportTable, path: Path, shop: ShopSettings, words: Words = ENGLISH) -> Path:
    """The column headings, the rows and the total row, numbers with the shop's decimal
    sign and ';' between columns where that sign is a comma, days in the shop's locale."""
    with shop_csv(path, shop) as (writer, numbers):
        writer.writerow(headings(table, words))
        for row in (*table.rows, *((table.total,) if table.total else ())):
            writer.writerow(
                [
                    _csv_cell(v, c, numbers, shop, words)
                    for v, c in zip(row, table.columns, strict=True)
                ]
            )
    return path


#: Excel's own short date (format 14) is shown in the reader's locale.
_EXCEL_DAY = "mm-dd-yy"
_EXCEL_MONTH = "mmm yyyy"


def save_xlsx(table: ReportTable, path: Path, words: Words = ENGLISH, locale: str = "en") -> Path:
    """A workbook (streamed, write-only): the title and period, then the table, numbers as
    numbers so that Excel sums them, money shown to the currency's decimals, days and
    months as dates."""
    import openpyxl  # only when a workbook is written
    from openpyxl.cell import WriteOnlyCell

    money = currency(table.currency)
    money_format = "#,##0." + "0" * money.exponent if money.exponent else "#,##0"
    title = title_text(table, words)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append([title])
    sheet.append([f"{period_text(table.period, locale, words)} ({table.currency})"])
    sheet.append([])
    sheet.append(headings(table, words))
    for row in (*table.rows, *((table.total,) if table.total else ())):
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            if isinstance(value, Decimal) and column.kind == "money":
                cell = WriteOnlyCell(sheet, value=round_money(value, money))
                cell.number_format = money_format
            elif isinstance(value, Decimal):
                cell = WriteOnlyCell(sheet, value=value.normalize() if value else Decimal(0))
            elif isinstance(value, date) and column.kind in ("day", "month"):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = _EXCEL_DAY if column.kind == "day" else _EXCEL_MONTH
            elif isinstance(value, Word | date) or column.kind in ("hour", "weekday"):
                cell = WriteOnlyCell(
                    sheet, value=cell_text(value, column, table.currency, locale, words)
                )
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    if table.note:
        sheet.append([])
        sheet.append([note_text(table, words)])
    book.save(path)
    return path


def text_table(table: ReportTable, locale: str, words: Words = ENGLISH) -> str:
    """The report as lines of text, numbers right-aligned (names and days to the left),
    the total under a rule."""
    head = headings(table, words)

    def texts(row: tuple[Value, ...]) -> list[str]:
        return [
            cell_text(v, c, table.currency, locale, words)
            for v, c in zip(row, table.columns, strict=True)
        ]

    body = [texts(row) for row in table.rows]
    total = texts(table.total) if table.total else None
    every = [head, *body, *([total] if total else [])]
    widths = [max(len(row[i]) for row in every) for i in range(len(head))]

    def line(row: list[str]) -> str:
        return "  ".join(
            cell.rjust(w) if column.kind in NUMBER_KINDS else cell.ljust(w)
            for cell, w, column in zip(row, widths, table.columns, strict=True)
        ).rstrip()

    period = period_text(table.period, locale, words)
    lines = [f"{title_text(table, words)}, {period} ({table.currency})", line(head)]
    lines += [line(row) for row in body] or [words.phrases["no_sales"]]
    if total:
        lines += ["-" * (sum(widths) + 2 * (len(widths) - 1)), line(total)]
    if table.note:
        lines.append(note_text(table, words))
    return "\n".join(lines)
