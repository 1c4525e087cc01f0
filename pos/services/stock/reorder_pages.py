"""The reorder list a page at a time, for a screen over a catalog where it can be huge.

Every product at or below its reorder level is on the list: a shop that imports a catalog
with levels and receives nothing yet has every one of them low (half a million in the
benchmark's catalog). Reading that whole list (``reorder.reorder_list``) takes seconds and
hundreds of megabytes; a screen needs its totals and the rows in view.

``reorder_summary`` gives the totals and the supplier groups, in the list's order, summed by
the database (the suggested quantity worked out in SQL, on the stored thousandths, exactly
as ``reorder.suggested_quantity`` does in Python). ``reorder_page`` then reads the lines
after a given one, supplier group by supplier group, by keyset on the low-stock index's
order (``search_key``, ``id``): never by offset, never the whole list.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, and_, case, func, or_, select, type_coerce

from pos.db.engine import Database
from pos.db.tables import products, suppliers
from pos.domain.cart import Unit
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize, sees_costs
from pos.services.stock.reorder import (
    NO_SUPPLIER,
    ReorderLine,
    is_low,
    reorder_line,
    total_of,
)

#: Quantities and money are stored in thousandths (``pos.db.base``).
SCALE = 1000
#: A suggested quantity (thousandths) times a cost (thousandths): millionths.
_VALUE_SCALE = Decimal(SCALE * SCALE)


@dataclass(frozen=True, slots=True)
class GroupTotals:
    """One supplier's share of the list (``supplier_id`` None: no supplier set)."""

    supplier_id: int | None
    supplier: str
    phone: str
    lines: int
    #: The group's value at cost: None for a user who may not see costs (SEE_COSTS).
    value: Decimal | None


@dataclass(frozen=True, slots=True)
class ReorderSummary:
    """The list's groups in its order (by supplier name, "no supplier" last), with totals."""

    groups: tuple[GroupTotals, ...]

    @property
    def line_count(self) -> int:
        return sum(group.lines for group in self.groups)

    @property
    def supplier_count(self) -> int:
        """How many suppliers there is something to order from (not counting "none")."""
        return sum(1 for group in self.groups if group.supplier_id is not None)

    @property
    def without_supplier(self) -> int:
        return sum(group.lines for group in self.groups if group.supplier_id is None)

    @property
    def value(self) -> Decimal | None:
        return total_of(group.value for group in self.groups)


@dataclass(frozen=True, slots=True)
class ReorderEntry:
    """A line of the list, with where it stands: the next page starts after it."""

    #: Its supplier's group: a position in ``ReorderSummary.groups``.
    group: int
    supplier: str
    #: The product's sort key; with its id, the keyset position within the group.
    key: str
    line: ReorderLine


def _stored(column: ColumnElement[Decimal]) -> ColumnElement[int]:
    """A quantity or money column as the integer thousandths it is stored as."""
    return type_coerce(column, BigInteger)


def _suggested_thousandths() -> ColumnElement[int]:
    """``reorder.suggested_quantity`` in SQL, in thousandths: up to the maximum level, else
    the reorder quantity, else back to the level; at least one; pieces rounded up."""
    p = products.c
    on_hand, level, top, quantity = (
        _stored(c) for c in (p.on_hand, p.reorder_level, p.max_level, p.reorder_quantity)
    )
    wanted = case((top > 0, top - on_hand), (quantity > 0, quantity), else_=level - on_hand)
    at_least_one = case((wanted < SCALE, SCALE), else_=wanted)
    whole = at_least_one + (SCALE - at_least_one % SCALE) % SCALE
    return case((p.unit == Unit.EACH.value, whole), else_=at_least_one)


def reorder_summary(
    db: Database, supplier_id: int | None = None, *, actor: Actor
) -> ReorderSummary:
    """The list's supplier groups and totals, without reading its lines.

    ``supplier_id`` keeps one supplier's group only, as ``reorder_list`` does. A report:
    ``actor`` needs SEE_REPORTS (so do the pages); the values at cost come only for a
    user who may see costs (SEE_COSTS), None for anyone else (so do the pages' costs).
    """
    p = products.c
    value = func.sum(_suggested_thousandths() * _stored(p.cost))
    query = select(p.supplier_id, func.count(), value).where(is_low()).group_by(p.supplier_id)
    if supplier_id is not None:
        query = query.where(p.supplier_id == supplier_id)
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_REPORTS)
        costs = sees_costs(uow, actor)
        sums = {sid: (int(n), Decimal(int(v or 0))) for sid, n, v in uow.connection.execute(query)}
        named = {
            sid: (name, phone)
            for sid, name, phone in uow.connection.execute(
                select(suppliers.c.id, suppliers.c.name, suppliers.c.phone).where(
                    suppliers.c.id.in_([sid for sid in sums if sid is not None])
                )
            )
        }
    groups = [
        GroupTotals(sid, *named.get(sid, (NO_SUPPLIER, "")), n, v / _VALUE_SCALE if costs else None)
        for sid, (n, v) in sums.items()
        if sid is not None
    ]
    groups.sort(key=lambda group: group.supplier.casefold())
    if None in sums:
        lines, raw = sums[None]
        groups.append(
            GroupTotals(None, NO_SUPPLIER, "", lines, raw / _VALUE_SCALE if costs else None)
        )
    return ReorderSummary(tuple(groups))


_COLUMNS = (
    products.c.id,
    products.c.sku,
    products.c.name,
    products.c.unit,
    products.c.on_hand,
    products.c.reorder_level,
    products.c.max_level,
    products.c.reorder_quantity,
    products.c.cost,
    products.c.search_key,
)


def reorder_page(
    db: Database, summary: ReorderSummary, after: ReorderEntry | None, limit: int, *, actor: Actor
) -> list[ReorderEntry]:
    """Up to ``limit`` lines of the list after ``after`` (None: from the start), going on
    into the next supplier's group when one runs out. Stock that moved since the summary
    was read shows as it is now: a product no longer low is simply not listed."""
    p = products.c
    entries: list[ReorderEntry] = []
    group = after.group if after is not None else 0
    with db.read() as uow:
        authorize(uow, actor, Permission.SEE_REPORTS)
        costs = sees_costs(uow, actor)
        while group < len(summary.groups) and len(entries) < limit:
            totals = summary.groups[group]
            supplier = (
                p.supplier_id.is_(None)
                if totals.supplier_id is None
                else p.supplier_id == totals.supplier_id
            )
            query = select(*_COLUMNS).where(is_low(), supplier)
            if after is not None and after.group == group:
                key, last = after.key, after.line.product_id
                query = query.where(or_(p.search_key > key, and_(p.search_key == key, p.id > last)))
            query = query.order_by(p.search_key, p.id).limit(limit - len(entries))
            for *columns, key in uow.connection.execute(query):
                line = reorder_line(*columns)
                line = line if costs else replace(line, cost=None)
                entries.append(ReorderEntry(group, totals.supplier, key, line))
            group += 1
    return entries


def all_reorder_lines(
    db: Database, supplier_id: int | None = None, page: int = 5000, *, actor: Actor
) -> Iterator[tuple[str, ReorderLine]]:
    """Every (supplier, line) of the list in order, read ``page`` lines at a time: a file
    of half a million lines is written without holding them all."""
    summary = reorder_summary(db, supplier_id, actor=actor)
    after: ReorderEntry | None = None
    while True:
        entries = reorder_page(db, summary, after, page, actor=actor)
        yield from ((entry.supplier, entry.line) for entry in entries)
        if len(entries) < page:
            return
        after = entries[-1]
