"""A report table out to a file: CSV in the shop's number format (``shop_csv``), an Excel
workbook with numbers as numbers, or plain text for the command line. The PDF is made by
``receipts.sales_report_pdf`` (ReportLab lives there)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pos.domain.money import currency, format_money, round_money
from pos.services.reports.table import Column, ReportTable, Value
from pos.services.settings import ShopSettings
from pos.services.shop_csv import ShopNumbers, shop_csv


def _csv_cell(value: Value, column: Column, numbers: ShopNumbers) -> str:
    if value is None:
        return ""
    if isinstance(value, int | str):  # counts stay counts in a money column (totals)
        return str(value)
    if column.kind == "money":
        return numbers.money(value)
    return numbers.quantity(value)


def save_csv(table: ReportTable, path: Path, shop: ShopSettings) -> Path:
    """The column titles, the rows and the total row, numbers with the shop's decimal sign
    and ';' between columns where that sign is a comma."""
    with shop_csv(path, shop) as (writer, numbers):
        writer.writerow([column.title for column in table.columns])
        for row in (*table.rows, *((table.total,) if table.total else ())):
            writer.writerow(
                [_csv_cell(v, c, numbers) for v, c in zip(row, table.columns, strict=True)]
            )
    return path


def save_xlsx(table: ReportTable, path: Path) -> Path:
    """A workbook (streamed, write-only): the title and period, then the table, numbers as
    numbers so that Excel sums them, money shown to the currency's decimals."""
    import openpyxl  # only when a workbook is written
    from openpyxl.cell import WriteOnlyCell

    money = currency(table.currency)
    money_format = "#,##0." + "0" * money.exponent if money.exponent else "#,##0"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(table.title[:31])
    sheet.append([table.title])
    sheet.append([f"{table.period.label()} ({table.currency})"])
    sheet.append([])
    sheet.append([column.title for column in table.columns])
    for row in (*table.rows, *((table.total,) if table.total else ())):
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            if isinstance(value, Decimal) and column.kind == "money":
                cell = WriteOnlyCell(sheet, value=round_money(value, money))
                cell.number_format = money_format
            elif isinstance(value, Decimal):
                cell = WriteOnlyCell(sheet, value=value.normalize() if value else Decimal(0))
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    if table.note:
        sheet.append([])
        sheet.append([table.note])
    book.save(path)
    return path


def cell_text(value: Value, column: Column, currency_code: str, locale: str) -> str:
    """A value as the shop reads it: money in its locale, '12.5 %', '1.25' kg."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    if column.kind == "money":
        return format_money(
            round_money(value, currency(currency_code)), currency(currency_code), locale
        )
    from babel.numbers import format_decimal

    text = format_decimal(value.normalize() if value else Decimal(0), locale=locale)
    return f"{text} %" if column.kind == "percent" else text


def text_table(table: ReportTable, locale: str) -> str:
    """The report as lines of text, numbers right-aligned, the total under a rule."""
    head = [column.title for column in table.columns]
    body = [
        [cell_text(v, c, table.currency, locale) for v, c in zip(row, table.columns, strict=True)]
        for row in table.rows
    ]
    total = (
        [
            cell_text(v, c, table.currency, locale)
            for v, c in zip(table.total, table.columns, strict=True)
        ]
        if table.total
        else None
    )
    every = [head, *body, *([total] if total else [])]
    widths = [max(len(row[i]) for row in every) for i in range(len(head))]

    def line(row: list[str]) -> str:
        return "  ".join(
            cell.ljust(w) if column.kind == "text" else cell.rjust(w)
            for cell, w, column in zip(row, widths, table.columns, strict=True)
        ).rstrip()

    lines = [f"{table.title}, {table.period.label()} ({table.currency})", line(head)]
    lines += [line(row) for row in body] or ["No sales in this period."]
    if total:
        lines += ["-" * (sum(widths) + 2 * (len(widths) - 1)), line(total)]
    if table.note:
        lines.append(table.note)
    return "\n".join(lines)
