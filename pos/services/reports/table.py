"""Any sales report as one plain table: titled columns of a known kind, rows of values,
a total row, and a note. The exports (CSV, .xlsx, PDF) and the command line's text table
all write this shape, so every report exports the same way; the values stay Decimals and
ints until an export formats them in the shop's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from babel.dates import get_day_names

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor
from pos.services.reports.buckets import TimeGroup
from pos.services.reports.margin import MarginRow, gross_margin
from pos.services.reports.period import Period
from pos.services.reports.products import ItemReport, Ranking, sales_by_item, sellers
from pos.services.reports.sales import (
    SalesFigures,
    SalesRows,
    sales_by_cashier,
    sales_by_tender,
    sales_by_time,
    sales_totals,
)
from pos.services.reports.tax import tax_collected

Kind = Literal["text", "count", "money", "quantity", "percent"]
Value = str | int | Decimal | None


class ReportBy(StrEnum):
    """What a sales report is cut by."""

    TOTALS = "totals"
    PRODUCT = "product"
    CATEGORY = "category"
    CASHIER = "cashier"
    TENDER = "tender"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    HOUR = "hour"
    WEEKDAY = "weekday"
    TAX = "tax"
    TOP = "top"
    BOTTOM = "bottom"
    MARGIN = "margin"


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    kind: Kind = "text"


@dataclass(frozen=True, slots=True)
class ReportTable:
    title: str
    period: Period
    currency: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to show: ``by`` what, over which period, against the previous one or not.
    ``count`` and ``ranking`` are for top and bottom sellers, ``margin_by`` for the margin
    (product, category, day, week, month), ``tax_by`` for the tax (day ... year)."""

    by: ReportBy
    period: Period
    compare: bool = False
    count: int = 10
    ranking: Ranking = Ranking.AMOUNT
    margin_by: str = "product"
    tax_by: TimeGroup = TimeGroup.MONTH


_SALES = (
    Column("Sales", "count"),
    Column("Refunds", "count"),
    Column("Sold", "money"),
    Column("Refunded", "money"),
    Column("Net", "money"),
    Column("Tax", "money"),
)


def _figures(f: SalesFigures) -> tuple[Value, ...]:
    return (f.sales_count, f.refunds_count, f.sales_total, f.refunds, f.net, f.tax)


def build_table(
    db: Database,
    actor: Actor,
    request: ReportRequest,
    *,
    locale: str = "en",
    tz: tzinfo | None = None,
) -> ReportTable:
    """The report asked for, as a table. Weekday names are in ``locale``.

    Raises:
        NotAllowed: the user may not see reports (or, for the margin, costs).
        InvalidInput: a bad request (no top 0).
    """
    by, period, compare = request.by, request.period, request.compare
    title = f"Sales by {by.value}"
    if by is ReportBy.TOTALS:
        return _totals(db, actor, request, tz)
    if by in (
        ReportBy.CASHIER,
        ReportBy.DAY,
        ReportBy.WEEK,
        ReportBy.MONTH,
        ReportBy.HOUR,
        ReportBy.WEEKDAY,
    ):
        if by is ReportBy.CASHIER:
            found = sales_by_cashier(db, actor, period, compare=compare, tz=tz)
        else:
            found = sales_by_time(db, actor, period, TimeGroup(by.value), compare=compare, tz=tz)
        return _sales_rows(title, found, by, locale)
    if by in (ReportBy.PRODUCT, ReportBy.CATEGORY):
        items = sales_by_item(
            db, actor, period, by_category=by is ReportBy.CATEGORY, compare=compare, tz=tz
        )
        return _items(title, items, by is ReportBy.PRODUCT)
    if by in (ReportBy.TOP, ReportBy.BOTTOM):
        items = sellers(
            db,
            actor,
            period,
            count=request.count,
            ranking=request.ranking,
            bottom=by is ReportBy.BOTTOM,
            compare=compare,
            tz=tz,
        )
        word = "Top" if by is ReportBy.TOP else "Bottom"
        return _items(f"{word} {request.count} sellers by {request.ranking.value}", items, True)
    if by is ReportBy.TENDER:
        tenders = sales_by_tender(db, actor, period, tz=tz)
        columns = (
            Column("Tender"),
            Column("Payments", "count"),
            Column("References", "count"),
            Column("Amount", "money"),
        )
        rows = tuple((r.method, r.payments, r.references, r.amount) for r in tenders.rows)
        total = (
            "Total",
            sum(r.payments for r in tenders.rows),
            sum(r.references for r in tenders.rows),
            tenders.total,
        )
        return ReportTable(
            title,
            period,
            tenders.currency,
            columns,
            rows,
            total,
            "Refunds paid out are taken off the way they were paid.",
        )
    if by is ReportBy.TAX:
        return _tax(db, actor, request, tz)
    if by is ReportBy.MARGIN:
        margin = gross_margin(db, actor, period, request.margin_by, tz=tz)
        margin_columns = (
            Column(request.margin_by.capitalize()),
            Column("Net sales", "money"),
            Column("Cost", "money"),
            Column("Margin", "money"),
            Column("Margin %", "percent"),
        )
        return ReportTable(
            f"Gross margin by {request.margin_by}",
            period,
            margin.currency,
            margin_columns,
            tuple(_margin(r) for r in margin.rows),
            _margin(margin.total),
            margin.note,
        )
    raise InvalidInput(f"There is no report by '{by}'.")  # pragma: no cover - enum is closed


def _margin(row: MarginRow) -> tuple[Value, ...]:
    return (row.name, row.net, row.cost, row.margin, row.margin_percent)


def _totals(db: Database, actor: Actor, request: ReportRequest, tz: tzinfo | None) -> ReportTable:
    found = sales_totals(db, actor, request.period, compare=request.compare, tz=tz)
    columns = [Column("Figure"), Column("This period", "money")]
    if found.previous is not None:
        columns.append(Column("Previous period", "money"))

    def figures(f: SalesFigures) -> list[Value]:
        return [
            f.sales_count,
            f.refunds_count,
            f.gross,
            f.discounts,
            f.sales_total,
            f.refunds,
            f.net,
            f.tax,
            f.net_of_tax,
        ]

    names = [
        "Sales",
        "Refunds",
        "Gross before discounts",
        "Discounts",
        "Sold",
        "Refunded",
        "Net (sales less refunds)",
        "Tax",
        "Net before tax",
    ]
    now = figures(found.figures)
    before = figures(found.previous) if found.previous is not None else None
    rows = tuple(
        (name, now[i], *(() if before is None else (before[i],))) for i, name in enumerate(names)
    )
    return ReportTable("Sales totals", request.period, found.currency, tuple(columns), rows)


def _sales_rows(title: str, found: SalesRows, by: ReportBy, locale: str) -> ReportTable:
    compared = found.previous_total is not None
    columns = (Column(by.value.capitalize()), *_SALES) + (
        (Column("Previous net", "money"),) if compared else ()
    )
    days = get_day_names("wide", locale=locale)

    def label(key: str) -> str:
        if by is ReportBy.WEEKDAY:
            return str(days[int(key)])
        if by is ReportBy.HOUR:
            return f"{key}:00"
        return key

    rows = tuple(
        (label(r.key), *_figures(r.figures), *((r.previous_net,) if compared else ()))
        for r in found.rows
    )
    total = ("Total", *_figures(found.total)) + (
        (found.previous_total.net,) if found.previous_total is not None else ()
    )
    return ReportTable(title, found.period, found.currency, columns, rows, total)


def _items(title: str, items: ItemReport, products: bool) -> ReportTable:
    compared = items.previous_amount is not None
    columns = (
        *(
            (Column("SKU"), Column("Product"), Column("Quantity", "quantity"))
            if products
            else (Column("Category"),)
        ),
        Column("Net before tax", "money"),
        Column("Tax", "money"),
        Column("Amount", "money"),
        *((Column("Previous amount", "money"),) if compared else ()),
    )
    rows = tuple(
        (
            *((r.sku, r.name, r.quantity) if products else (r.name,)),
            r.net,
            r.tax,
            r.amount,
            *((r.previous_amount,) if compared else ()),
        )
        for r in items.rows
    )
    total = (
        *(("", "Total", None) if products else ("Total",)),
        items.net,
        items.tax,
        items.amount,
        *((items.previous_amount,) if compared else ()),
    )
    return ReportTable(title, items.period, items.currency, columns, rows, total)


def _tax(db: Database, actor: Actor, request: ReportRequest, tz: tzinfo | None) -> ReportTable:
    found = tax_collected(db, actor, request.period, request.tax_by, tz=tz)
    columns = (
        Column(request.tax_by.value.capitalize()),
        Column("Rate"),
        Column("Percent", "percent"),
        Column("Net", "money"),
        Column("Tax", "money"),
        Column("Gross", "money"),
    )
    rows = tuple((r.key, r.name, r.percent, r.net, r.tax, r.gross) for r in found.rows)
    rows += tuple(("Whole period", r.name, r.percent, r.net, r.tax, r.gross) for r in found.totals)
    total = (
        "Total",
        "",
        None,
        sum((r.net for r in found.totals), Decimal(0)),
        found.tax,
        sum((r.gross for r in found.totals), Decimal(0)),
    )
    return ReportTable(
        "Tax collected per rate",
        request.period,
        found.currency,
        columns,
        rows,
        total,
        "Sales less refunds; a refund counts when it was paid out.",
    )
