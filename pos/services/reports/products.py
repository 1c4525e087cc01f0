"""What sold: sales less refunds by product and by category, and the top and bottom
sellers, each beside the previous period's figure.

Read from the sale lines of the period's sales and refunds: a refunded line takes its
quantity and amounts off the product it names. A product is listed under its category as
it stands now (a product moved to another category takes its past sales with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from pos.db.engine import Database
from pos.db.tables import categories, products, sale_lines, sales
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor
from pos.services.reports.common import ZERO, Bounds, may_see_reports, money, signed
from pos.services.reports.period import Period
from pos.services.settings import read_settings

#: The label of the products that have no category.
NO_CATEGORY = "No category"


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A product or category: quantity (products only: kilograms and pieces do not add
    up), the amount before tax (``net``), the tax, the amount charged (``amount``), and
    the previous period's amount when compared."""

    key: int | None
    name: str
    sku: str
    quantity: Decimal | None
    net: Decimal
    tax: Decimal
    amount: Decimal
    previous_amount: Decimal | None = None
    unit: str = "each"


@dataclass(frozen=True, slots=True)
class ItemReport:
    period: Period
    currency: str
    group: str
    rows: tuple[ItemRow, ...]
    net: Decimal
    tax: Decimal
    amount: Decimal
    previous_amount: Decimal | None


class Ranking(StrEnum):
    AMOUNT = "amount"
    QUANTITY = "quantity"


def _line_sums(connection: Connection, bounds: Bounds, by_category: bool) -> list[tuple]:  # type: ignore[type-arg]
    """(key, name, sku, unit, quantity, net, tax, amount) per product or category, in one
    statement: the lines summed per product first, then named (and put in categories),
    so that each product is looked up once, not once per line."""
    per_product = (
        select(
            sale_lines.c.product_id.label("product_id"),
            func.sum(signed(sale_lines.c.quantity)).label("quantity"),
            func.sum(signed(sale_lines.c.net)).label("net"),
            func.sum(signed(sale_lines.c.tax)).label("tax"),
            func.sum(signed(sale_lines.c.gross)).label("gross"),
        )
        .select_from(sales)
        .join(sale_lines, sale_lines.c.sale_id == sales.c.id)
        .where(bounds.where())
        .group_by(sale_lines.c.product_id)
        .subquery()
    )
    if not by_category:
        query = select(
            per_product.c.product_id,
            products.c.name,
            products.c.sku,
            products.c.unit,
            per_product.c.quantity,
            per_product.c.net,
            per_product.c.tax,
            per_product.c.gross,
        ).join(products, products.c.id == per_product.c.product_id)
        return [tuple(row) for row in connection.execute(query)]
    per_category = (
        select(
            products.c.category_id.label("category_id"),
            func.sum(per_product.c.net).label("net"),
            func.sum(per_product.c.tax).label("tax"),
            func.sum(per_product.c.gross).label("gross"),
        )
        .join(products, products.c.id == per_product.c.product_id)
        .group_by(products.c.category_id)
        .subquery()
    )
    query = select(
        per_category.c.category_id,
        func.coalesce(categories.c.name, NO_CATEGORY),
        per_category.c.net,
        per_category.c.tax,
        per_category.c.gross,
    ).outerjoin(categories, categories.c.id == per_category.c.category_id)
    return [
        (row[0], row[1], "", "each", None, row[2], row[3], row[4])
        for row in connection.execute(query)
    ]


def sales_by_item(
    db: Database,
    actor: Actor,
    period: Period,
    *,
    by_category: bool = False,
    compare: bool = False,
    tz: tzinfo | None = None,
) -> ItemReport:
    """Sales less refunds by product (or category), biggest amount first."""
    with db.read() as uow:
        may_see_reports(uow, actor)
        connection = uow.connection
        current = _line_sums(connection, Bounds(*period.bounds(tz)), by_category)
        previous: dict[int | None, Decimal] | None = None
        if compare:
            before = Bounds(*period.previous().bounds(tz))
            previous = {
                row[0]: money(row[7]) for row in _line_sums(connection, before, by_category)
            }
        currency = read_settings(uow).currency
    rows = []
    for key, name, sku, unit, quantity, net, tax, amount in current:
        rows.append(
            ItemRow(
                key,
                name,
                sku,
                None if by_category else money(quantity),
                money(net),
                money(tax),
                money(amount),
                None if previous is None else previous.get(key, ZERO),
                unit,
            )
        )
    rows.sort(key=lambda row: (-row.amount, row.name.casefold(), row.key or 0))
    return ItemReport(
        period,
        currency,
        "category" if by_category else "product",
        tuple(rows),
        sum((row.net for row in rows), ZERO),
        sum((row.tax for row in rows), ZERO),
        sum((row.amount for row in rows), ZERO),
        None if previous is None else sum(previous.values(), ZERO),
    )


def sellers(
    db: Database,
    actor: Actor,
    period: Period,
    *,
    count: int = 10,
    ranking: Ranking = Ranking.AMOUNT,
    bottom: bool = False,
    compare: bool = False,
    tz: tzinfo | None = None,
) -> ItemReport:
    """The ``count`` best (or, with ``bottom``, worst) selling products of those sold in
    the period, by amount or by quantity. Ties go by name."""
    if count < 1:
        raise InvalidInput("Ask for at least one product (for example the top 10).")
    report = sales_by_item(db, actor, period, compare=compare, tz=tz)

    def measure(row: ItemRow) -> Decimal:
        return row.amount if ranking is Ranking.AMOUNT else (row.quantity or ZERO)

    ordered = sorted(
        report.rows,
        key=lambda row: (measure(row) if bottom else -measure(row), row.name.casefold()),
    )
    picked = tuple(ordered[:count])
    return ItemReport(
        report.period,
        report.currency,
        f"{'bottom' if bottom else 'top'} {count} by {ranking.value}",
        picked,
        sum((row.net for row in picked), ZERO),
        sum((row.tax for row in picked), ZERO),
        sum((row.amount for row in picked), ZERO),
        None
        if report.previous_amount is None
        else sum((row.previous_amount or ZERO for row in picked), ZERO),
    )
