"""``shoptill check``: is the database sound, the stock ledger in step, numbering gapless?"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Select, exists, func, select, union_all

from pos.db.engine import Database
from pos.db.models import (
    Delivery,
    DocumentCounter,
    Invoice,
    Payment,
    Product,
    ProductTax,
    Sale,
    SaleLine,
    SaleLineTax,
    SaleTax,
    ShiftReport,
    StockAdjustment,
    StockCount,
    TaxRate,
)
from pos.db.uow import UnitOfWork
from pos.services.cashup.integrity import report_mismatches
from pos.services.numbering import (
    ADJUSTMENT_SERIES,
    COUNT_SERIES,
    DELIVERY_SERIES,
    INVOICE_SERIES,
    SUPPLIER_RETURN_SERIES,
    X_REPORT_SERIES,
    Z_REPORT_SERIES,
    format_number,
)
from pos.services.stock.movements import ledger_mismatches


def check_database(db: Database) -> list[str]:
    """Every problem found, in plain words. An empty list means all is well."""
    problems = _sqlite_integrity(db) if db.engine.dialect.name == "sqlite" else []
    with db.read() as uow:
        problems += _ledger(uow)
        problems += _numbering(uow)
        problems += _document_sums(uow)
        problems += _rate_sums(uow)
        problems += _over_refunds(uow)
        problems += _rates_twice(uow)
        problems += report_mismatches(uow)
    return problems


def _sqlite_integrity(db: Database) -> list[str]:
    with db.raw() as connection:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        broken_links = connection.execute("PRAGMA foreign_key_check").fetchall()
    problems = [] if result == ["ok"] else [f"SQLite integrity: {line}" for line in result]
    problems += [f"Broken link in table {row[0]} row {row[1]} to {row[2]}" for row in broken_links]
    return problems


def _ledger(uow: UnitOfWork) -> list[str]:
    return [
        f"Stock of {m.sku}: on hand says {m.on_hand} but its movements add up to {m.ledger}"
        for m in ledger_mismatches(uow)
    ]


#: The table each series numbers, where it is not ``sales``.
_NUMBERED: dict[str, Any] = {
    INVOICE_SERIES: Invoice,
    ADJUSTMENT_SERIES: StockAdjustment,
    DELIVERY_SERIES: Delivery,
    SUPPLIER_RETURN_SERIES: Delivery,
    COUNT_SERIES: StockCount,
    X_REPORT_SERIES: ShiftReport,
    Z_REPORT_SERIES: ShiftReport,
}


def _numbering(uow: UnitOfWork) -> list[str]:
    problems = []
    for counter in uow.session.scalars(select(DocumentCounter)):
        # Invoices and stock documents have their own tables; every other series numbers
        # sales and refunds.
        table = _NUMBERED.get(counter.series, Sale)
        count, low, high = uow.session.execute(
            select(func.count(), func.min(table.number), func.max(table.number)).where(
                table.series == counter.series
            )
        ).one()
        if count and (low != 1 or high != count):
            problems.append(
                f"Series {counter.series}: {count} documents numbered {low} to {high}; "
                "numbers are missing"
            )
        if counter.next_number != (high or 0) + 1:
            problems.append(
                f"Series {counter.series}: the next number is {counter.next_number} but the "
                f"last document is {high or 0}"
            )
    return problems


def _document_sums(uow: UnitOfWork) -> list[str]:
    """Lines, tax totals and payments must each add up to the document's totals.

    The totals per rate add up to the document's tax, not its total: a line taxed at two
    rates (GST and QST) counts its net at each of them.
    """
    checks = (
        ("its lines", SaleLine.gross, SaleLine.sale_id, Sale.total),
        ("its lines' tax", SaleLine.tax, SaleLine.sale_id, Sale.tax),
        ("its tax totals", SaleTax.tax, SaleTax.sale_id, Sale.tax),
        ("its net and tax", Sale.net + Sale.tax, Sale.id, Sale.total),
        ("its payments", Payment.amount, Payment.sale_id, Sale.amount_due),
    )
    problems = []
    for what, part, sale_id, expected in checks:
        sums = select(sale_id.label("sale_id"), func.sum(part).label("total")).group_by(sale_id)
        sub = sums.subquery()
        rows = uow.session.execute(
            select(Sale.series, Sale.number, expected, sub.c.total)
            .outerjoin(sub, sub.c.sale_id == Sale.id)
            .where(func.coalesce(sub.c.total, 0) != expected)
        )
        problems += [
            f"Document {format_number(series, number)}: {what} add up to {total}, not {want}"
            for series, number, want, total in rows
        ]
    return problems


def _rate_sums(uow: UnitOfWork) -> list[str]:
    """Each rate's total must be what the lines carrying that rate add up to (their net and
    their tax at the rate), a rate's total must have net + tax = gross, and the taxes of a
    line taxed at several rates must add up to its tax."""
    session = uow.session
    problems = [
        f"Document {format_number(series, number)}: its total at {name} {percent.normalize():f} % "
        "does not have net + tax = gross"
        for series, number, name, percent in session.execute(
            select(Sale.series, Sale.number, SaleTax.tax_name, SaleTax.tax_percent)
            .join(SaleTax, SaleTax.sale_id == Sale.id)
            .where(SaleTax.net + SaleTax.tax != SaleTax.gross)
        )
    ]
    stacked = (
        select(SaleLineTax.sale_line_id, func.sum(SaleLineTax.tax).label("tax"))
        .group_by(SaleLineTax.sale_line_id)
        .subquery()
    )
    problems += [
        f"Document {format_number(series, number)}: the taxes of line {line_no} add up to "
        f"{taxes}, not {tax}"
        for series, number, line_no, tax, taxes in session.execute(
            select(Sale.series, Sale.number, SaleLine.line_no, SaleLine.tax, stacked.c.tax)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .join(stacked, stacked.c.sale_line_id == SaleLine.id)
            .where(stacked.c.tax != SaleLine.tax)
        )
    ]
    from_lines, from_totals = _line_rates(), _total_rates()
    wrong = {
        tuple(row)
        for query in (from_lines.except_(from_totals), from_totals.except_(from_lines))
        for row in session.execute(select(*list(query.subquery().c)[:3]))
    }
    if not wrong:
        return problems
    numbers = {
        sale_id: format_number(series, number)
        for sale_id, series, number in session.execute(
            select(Sale.id, Sale.series, Sale.number).where(
                Sale.id.in_({sale_id for sale_id, _, _ in wrong})
            )
        )
    }
    problems += [
        f"Document {numbers[sale_id]}: its total at {name} {percent.normalize():f} % "
        "is not what its lines add up to"
        for sale_id, name, percent in sorted(wrong)
    ]
    return problems


def _line_rates() -> Select[Any]:
    """Per document and rate: the net and tax of its lines at that rate."""
    single = select(
        SaleLine.sale_id, SaleLine.tax_name, SaleLine.tax_percent, SaleLine.net, SaleLine.tax
    ).where(~exists().where(SaleLineTax.sale_line_id == SaleLine.id))
    several = select(
        SaleLine.sale_id,
        SaleLineTax.tax_name,
        SaleLineTax.tax_percent,
        SaleLine.net,
        SaleLineTax.tax,
    ).join(SaleLineTax, SaleLineTax.sale_line_id == SaleLine.id)
    each = union_all(single, several).subquery()
    return select(
        each.c.sale_id,
        each.c.tax_name,
        each.c.tax_percent,
        func.sum(each.c.net),
        func.sum(each.c.tax),
    ).group_by(each.c.sale_id, each.c.tax_name, each.c.tax_percent)


def _total_rates() -> Select[int, str, Decimal, Decimal, Decimal]:
    """Per document and rate: its recorded total."""
    return select(
        SaleTax.sale_id,
        SaleTax.tax_name,
        SaleTax.tax_percent,
        func.sum(SaleTax.net),
        func.sum(SaleTax.tax),
    ).group_by(SaleTax.sale_id, SaleTax.tax_name, SaleTax.tax_percent)


def _over_refunds(uow: UnitOfWork) -> list[str]:
    refunded = (
        select(
            SaleLine.original_line_id.label("line_id"),
            func.sum(SaleLine.quantity).label("quantity"),
        )
        .where(SaleLine.original_line_id.is_not(None))
        .group_by(SaleLine.original_line_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(SaleLine.name, SaleLine.quantity, refunded.c.quantity)
        .join(refunded, refunded.c.line_id == SaleLine.id)
        .where(refunded.c.quantity > SaleLine.quantity)
    )
    return [f"'{name}' was refunded {back} times but sold {sold}" for name, sold, back in rows]


def _rates_twice(uow: UnitOfWork) -> list[str]:
    """A product must not carry a rate twice (it would be charged twice): its further rates
    are all different from each other and from its first."""
    beside_first = (
        select(Product.sku, TaxRate.name)
        .join(ProductTax, ProductTax.product_id == Product.id)
        .join(TaxRate, TaxRate.id == ProductTax.tax_rate_id)
        .where(ProductTax.tax_rate_id == Product.tax_rate_id)
    )
    among_further = (
        select(Product.sku, TaxRate.name)
        .join(ProductTax, ProductTax.product_id == Product.id)
        .join(TaxRate, TaxRate.id == ProductTax.tax_rate_id)
        .group_by(Product.sku, TaxRate.name)
        .having(func.count() > 1)
    )
    return [
        f"Product {sku} carries the tax rate '{name}' twice"
        for query in (beside_first, among_further)
        for sku, name in uow.session.execute(query)
    ]
