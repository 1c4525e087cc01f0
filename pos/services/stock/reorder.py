"""The reorder list: active products at or below their reorder level, with how much to
order, grouped by their usual supplier.

A product is **low** when it is active, has a reorder level above zero, and its stock on
hand is at or below that level. A product whose level is zero is not watched: most shops
leave it so for things they never reorder, and a new catalog has thousands of them.

The **suggested quantity** is, in this order:

1. up to the maximum level (``max_level - on_hand``) when the product has one;
2. else its reorder quantity, when it has one;
3. else enough to bring it back up to its reorder level (``reorder_level - on_hand``).

Never less than one (piece or kilogram): a product at its level is low and gets something
ordered. Pieces are rounded up to whole ones; kilograms go to the gram.

"Low" is the products screen's low stock (``catalog.selection.low_stock``) among active
products. The list and the count read the partial index ``ix_products_low_stock``, which
holds exactly the products with a level at or below it, and their ``active`` flag: the few
low products among a million, never the whole table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import ColumnElement, and_, func, select

from pos.db.engine import Database
from pos.db.tables import products, suppliers
from pos.domain.cart import QUANTITY_QUANTUM, Unit
from pos.services.catalog.selection import low_stock
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize, sees_costs

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class SupplierChoice:
    """A supplier as a list to pick from shows it."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class ReorderLine:
    """A low product and what to order of it."""

    product_id: int
    sku: str
    name: str
    unit: Unit
    on_hand: Decimal
    reorder_level: Decimal
    max_level: Decimal
    reorder_quantity: Decimal
    suggested: Decimal
    #: The product's cost as it stands (the last delivery's, or the average, by the shop's
    #: cost method); None for a user who may not see costs (SEE_COSTS).
    cost: Decimal | None

    @property
    def value(self) -> Decimal | None:
        """The suggested quantity at cost, unrounded (None without the cost)."""
        return None if self.cost is None else self.suggested * self.cost


@dataclass(frozen=True, slots=True)
class ReorderGroup:
    """The low products of one supplier (``supplier_id`` None: no supplier set)."""

    supplier_id: int | None
    supplier: str
    phone: str
    lines: tuple[ReorderLine, ...]

    @property
    def value(self) -> Decimal | None:
        return total_of(line.value for line in self.lines)


@dataclass(frozen=True, slots=True)
class ReorderList:
    """Every supplier's group, by supplier name; products without one come last."""

    groups: tuple[ReorderGroup, ...]

    @property
    def line_count(self) -> int:
        return sum(len(group.lines) for group in self.groups)

    @property
    def supplier_count(self) -> int:
        """How many suppliers there is something to order from (not counting "none")."""
        return sum(1 for group in self.groups if group.supplier_id is not None)

    @property
    def without_supplier(self) -> int:
        """How many products to order have no supplier."""
        return sum(len(g.lines) for g in self.groups if g.supplier_id is None)

    @property
    def value(self) -> Decimal | None:
        return total_of(group.value for group in self.groups)


def total_of(values: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of values at cost; None when any is None (read for a user who may not see
    costs)."""
    total = ZERO
    for value in values:
        if value is None:
            return None
        total += value
    return total


#: The name the group of products without a supplier goes under.
NO_SUPPLIER = "No supplier"


def is_low() -> ColumnElement[bool]:
    """A low product the shop still sells: the products screen's "low stock" (its terms as
    the partial index writes them) and active, which the index also holds, so the count
    reads the index alone."""
    return and_(low_stock(), products.c.active.is_(True))


def reorder_line(
    product_id: int,
    sku: str,
    name: str,
    unit: str,
    on_hand: Decimal,
    level: Decimal,
    max_level: Decimal,
    quantity: Decimal,
    cost: Decimal | None,
) -> ReorderLine:
    """A low product's line, with its suggested quantity: the columns as the reorder
    queries read them (the whole list here, a page in ``reorder_pages``)."""
    kind = Unit(unit)
    suggested = suggested_quantity(kind, on_hand, level, max_level, quantity)
    return ReorderLine(
        product_id, sku, name, kind, on_hand, level, max_level, quantity, suggested, cost
    )


def suggested_quantity(
    unit: Unit, on_hand: Decimal, level: Decimal, max_level: Decimal, quantity: Decimal
) -> Decimal:
    """How much to order of a low product (see the module's docstring)."""
    if max_level > 0:
        wanted = max_level - on_hand
    elif quantity > 0:
        wanted = quantity
    else:
        wanted = level - on_hand
    wanted = max(wanted, ONE)
    if unit is Unit.EACH:
        return wanted.to_integral_value(rounding=ROUND_CEILING)
    return wanted.quantize(QUANTITY_QUANTUM, rounding=ROUND_CEILING)


def count_low(db: Database) -> int:
    """How many products are low: the till's header shows it."""
    with db.read() as uow:
        query = select(func.count()).select_from(products).where(is_low())
        return int(uow.connection.scalar(query) or 0)


def reorder_list(db: Database, supplier_id: int | None = None, *, actor: Actor) -> ReorderList:
    """The low products by supplier, each with its suggested quantity and value at cost.

    ``supplier_id`` keeps one supplier's group only (an order sheet for one supplier).
    A report: ``actor`` needs SEE_REPORTS; the costs and values come only for a user who
    may see costs (SEE_COSTS), None for anyone else.
    """
    p = products.c
    query = (
        select(
            p.id,
            p.sku,
            p.name,
            p.unit,
            p.on_hand,
            p.reorder_level,
            p.max_level,
            p.reorder_quantity,
            p.cost,
            p.supplier_id,
        )
        .where(is_low())
        .order_by(p.search_key, p.id)  # the partial index's order: no sort step
    )
    if supplier_id is not None:
        query = query.where(p.supplier_id == supplier_id)
    grouped: dict[int | None, list[ReorderLine]] = {}
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_REPORTS)
        costs = sees_costs(uow, actor)
        for *columns, sid in uow.connection.execute(query):
            line = reorder_line(*columns)
            line = line if costs else replace(line, cost=None)
            grouped.setdefault(sid, []).append(line)
        named = {
            sid: (name, phone)
            for sid, name, phone in uow.connection.execute(
                select(suppliers.c.id, suppliers.c.name, suppliers.c.phone).where(
                    suppliers.c.id.in_([sid for sid in grouped if sid is not None])
                )
            )
        }
    groups = [
        ReorderGroup(sid, *named.get(sid, (NO_SUPPLIER, "")), tuple(lines))
        for sid, lines in grouped.items()
        if sid is not None
    ]
    groups.sort(key=lambda group: group.supplier.casefold())
    if None in grouped:
        groups.append(ReorderGroup(None, NO_SUPPLIER, "", tuple(grouped[None])))
    return ReorderList(tuple(groups))


def supplier_choices(db: Database) -> list[SupplierChoice]:
    """The active suppliers by name, for a product's "usual supplier" (read only: the
    suppliers themselves are kept by the deliveries' screens)."""
    with db.read() as uow:
        rows = uow.connection.execute(
            select(suppliers.c.id, suppliers.c.name)
            .where(suppliers.c.active.is_(True))
            .order_by(suppliers.c.name)
        )
        return [SupplierChoice(sid, name) for sid, name in rows]
