"""``shoptill check``: is the database sound, the stock ledger in step, numbering gapless?"""

from __future__ import annotations

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import DocumentCounter, Invoice, Payment, Sale, SaleLine, SaleTax
from pos.db.uow import UnitOfWork
from pos.services.numbering import INVOICE_SERIES, format_number
from pos.services.stock import ledger_mismatches


def check_database(db: Database) -> list[str]:
    """Every problem found, in plain words. An empty list means all is well."""
    problems = _sqlite_integrity(db) if db.engine.dialect.name == "sqlite" else []
    with db.read() as uow:
        problems += _ledger(uow)
        problems += _numbering(uow)
        problems += _document_sums(uow)
        problems += _over_refunds(uow)
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


def _numbering(uow: UnitOfWork) -> list[str]:
    problems = []
    for counter in uow.session.scalars(select(DocumentCounter)):
        # Invoices have their own table; every other series numbers sales and refunds.
        table = Invoice if counter.series == INVOICE_SERIES else Sale
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
    """Lines, tax totals and payments must each add up to the document's totals."""
    checks = (
        ("its lines", SaleLine.gross, SaleLine.sale_id, Sale.total),
        ("its tax totals", SaleTax.gross, SaleTax.sale_id, Sale.total),
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
