"""Any sales report as one plain table: columns of a known heading and kind, rows of
values, a total row, and a note. The exports (CSV, .xlsx, PDF) and the command line's text
table all write this shape, so every report exports the same way.

Nothing here is worded: the title, the headings, the words in cells ('Total') and the
note are keys (``words``), which each face words in its own language; the values stay
Decimals, ints and dates until ``cells`` writes them in the shop's locale.
"""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor
from pos.services.reports.buckets import TimeGroup
from pos.services.reports.margin import MarginRow, gross_margin
from pos.services.reports.products import ItemReport, sales_by_item, sellers
from pos.services.reports.sales import (
    SalesFigures,
    SalesRows,
    sales_by_cashier,
    sales_by_tender,
    sales_by_time,
    sales_totals,
)
from pos.services.reports.shape import (
    MARGIN_TITLES,
    NUMBER_KINDS,
    SELLERS,
    TIME_KINDS,
    TITLES,
    Column,
    Kind,
    ReportBy,
    ReportRequest,
    ReportTable,
    Value,
    method_word,
    time_column,
    time_value,
)
from pos.services.reports.tax import tax_collected
from pos.services.reports.words import Heading, Note, Title, Word

_SALES = (
    Column(Heading.SALES, "count"),
    Column(Heading.REFUNDS, "count"),
    Column(Heading.SOLD, "money"),
    Column(Heading.REFUNDED, "money"),
    Column(Heading.NET, "money"),
    Column(Heading.TAX, "money"),
)


def _figures(f: SalesFigures) -> tuple[Value, ...]:
    return (f.sales_count, f.refunds_count, f.sales_total, f.refunds, f.net, f.tax)


def build_table(
    db: Database,
    actor: Actor,
    request: ReportRequest,
    *,
    tz: tzinfo | None = None,
) -> ReportTable:
    """The report asked for, as a table.

    Raises:
        NotAllowed: the user may not see reports (or, for the margin, costs).
        InvalidInput: a bad request (no top 0).
    """
    by, period, compare = request.by, request.period, request.compare
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
        return _sales_rows(TITLES[by], found, by)
    if by in (ReportBy.PRODUCT, ReportBy.CATEGORY):
        items = sales_by_item(
            db, actor, period, by_category=by is ReportBy.CATEGORY, compare=compare, tz=tz
        )
        return _items(TITLES[by], items, by is ReportBy.PRODUCT)
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
        title = SELLERS[by is ReportBy.BOTTOM, request.ranking]
        return _items(title, items, True, count=request.count)
    if by is ReportBy.TENDER:
        tenders = sales_by_tender(db, actor, period, tz=tz)
        columns = (
            Column(Heading.TENDER),
            Column(Heading.PAYMENTS, "count"),
            Column(Heading.REFERENCES, "count"),
            Column(Heading.AMOUNT, "money"),
        )
        rows = tuple(
            (method_word(r.method), r.payments, r.references, r.amount) for r in tenders.rows
        )
        total = (
            Word.TOTAL,
            sum(r.payments for r in tenders.rows),
            sum(r.references for r in tenders.rows),
            tenders.total,
        )
        return ReportTable(
            Title.BY_TENDER,
            period,
            tenders.currency,
            columns,
            rows,
            total,
            Note.REFUNDS_BY_TENDER,
        )
    if by is ReportBy.TAX:
        return _tax(db, actor, request, tz)
    if by is ReportBy.MARGIN:
        margin = gross_margin(db, actor, period, request.margin_by, tz=tz)
        group = request.margin_by
        timed = group not in ("product", "category")
        first = time_column(TimeGroup(group)) if timed else Column(Heading(group))
        margin_columns = (
            first,
            Column(Heading.NET_SALES, "money"),
            Column(Heading.COST, "money"),
            Column(Heading.MARGIN, "money"),
            Column(Heading.MARGIN_PERCENT, "percent"),
        )

        def name(row: MarginRow) -> Value:
            if timed:
                return time_value(row.key, TimeGroup(group))
            return Word.NO_CATEGORY if group == "category" and not row.key else row.name

        return ReportTable(
            MARGIN_TITLES[group],
            period,
            margin.currency,
            margin_columns,
            tuple((name(r), *_margin(r)) for r in margin.rows),
            (Word.TOTAL, *_margin(margin.total)),
            Note.COST,
            note_count=margin.total.lines_at_current_cost,
        )
    raise InvalidInput(f"There is no report by '{by}'.")  # pragma: no cover - enum is closed


def _margin(row: MarginRow) -> tuple[Value, ...]:
    return (row.net, row.cost, row.margin, row.margin_percent)


def _totals(db: Database, actor: Actor, request: ReportRequest, tz: tzinfo | None) -> ReportTable:
    found = sales_totals(db, actor, request.period, compare=request.compare, tz=tz)
    columns = [Column(Heading.FIGURE), Column(Heading.THIS_PERIOD, "money")]
    if found.previous is not None:
        columns.append(Column(Heading.PREVIOUS_PERIOD, "money"))

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
        Word.SALES_COUNT,
        Word.REFUNDS_COUNT,
        Word.GROSS,
        Word.DISCOUNTS,
        Word.SOLD,
        Word.REFUNDED,
        Word.NET,
        Word.TAX,
        Word.NET_OF_TAX,
    ]
    now = figures(found.figures)
    before = figures(found.previous) if found.previous is not None else None
    rows = tuple(
        (name, now[i], *(() if before is None else (before[i],))) for i, name in enumerate(names)
    )
    return ReportTable(Title.TOTALS, request.period, found.currency, tuple(columns), rows)


def _sales_rows(title: Title, found: SalesRows, by: ReportBy) -> ReportTable:
    compared = found.previous_total is not None
    group = None if by is ReportBy.CASHIER else TimeGroup(by.value)
    first = Column(Heading.CASHIER) if group is None else time_column(group)
    columns = (first, *_SALES) + ((Column(Heading.PREVIOUS_NET, "money"),) if compared else ())
    rows = tuple(
        (
            r.label if group is None else time_value(r.key, group),
            *_figures(r.figures),
            *((r.previous_net,) if compared else ()),
        )
        for r in found.rows
    )
    total = (Word.TOTAL, *_figures(found.total)) + (
        (found.previous_total.net,) if found.previous_total is not None else ()
    )
    return ReportTable(title, found.period, found.currency, columns, rows, total)


def _items(title: Title, items: ItemReport, products: bool, count: int = 0) -> ReportTable:
    compared = items.previous_amount is not None
    columns = (
        *(
            (Column(Heading.SKU), Column(Heading.PRODUCT), Column(Heading.QUANTITY, "quantity"))
            if products
            else (Column(Heading.CATEGORY),)
        ),
        Column(Heading.NET_BEFORE_TAX, "money"),
        Column(Heading.TAX, "money"),
        Column(Heading.AMOUNT, "money"),
        *((Column(Heading.PREVIOUS_AMOUNT, "money"),) if compared else ()),
    )
    rows = tuple(
        (
            *(
                (r.sku, r.name, r.quantity)
                if products
                else (r.name if r.key is not None else Word.NO_CATEGORY,)
            ),
            r.net,
            r.tax,
            r.amount,
            *((r.previous_amount,) if compared else ()),
        )
        for r in items.rows
    )
    total = (
        *(("", Word.TOTAL, None) if products else (Word.TOTAL,)),
        items.net,
        items.tax,
        items.amount,
        *((items.previous_amount,) if compared else ()),
    )
    return ReportTable(title, items.period, items.currency, columns, rows, total, count=count)


def _tax(db: Database, actor: Actor, request: ReportRequest, tz: tzinfo | None) -> ReportTable:
    found = tax_collected(db, actor, request.period, request.tax_by, tz=tz)
    group = request.tax_by
    columns = (
        time_column(group),
        Column(Heading.RATE),
        Column(Heading.PERCENT, "percent"),
        Column(Heading.NET, "money"),
        Column(Heading.TAX, "money"),
        Column(Heading.GROSS, "money"),
    )
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (time_value(r.key, group), r.name, r.percent, r.net, r.tax, r.gross) for r in found.rows
    )
    rows += tuple(
        (Word.WHOLE_PERIOD, r.name, r.percent, r.net, r.tax, r.gross) for r in found.totals
    )
    total = (
        Word.TOTAL,
        "",
        None,
        sum((r.net for r in found.totals), Decimal(0)),
        found.tax,
        sum((r.gross for r in found.totals), Decimal(0)),
    )
    return ReportTable(
        Title.TAX, request.period, found.currency, columns, rows, total, Note.TAX_REFUNDS
    )


__all__ = [
    "NUMBER_KINDS",
    "TIME_KINDS",
    "Column",
    "Kind",
    "ReportBy",
    "ReportRequest",
    "ReportTable",
    "Value",
    "build_table",
    "time_value",
]
