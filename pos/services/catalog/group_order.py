"""The products screen sorted by a column that puts each product in one of a few groups
(its category, its tax rate): the groups in the order the column shows them, then name,
then id.

Each such sort has an index of (group id, search_key, id): it orders the products of one
group by name, but the groups by their ids, which is the order they were made in, not the
order a shopkeeper reads in the column. Groups are few, so the screen's order is built
from them: the caller puts them in the column's order, and a window of the whole result
is read as windows of one group after another, each from that index (``group_id = ?``,
then name and id). Name then id is a unique key within a group, and a group is never in
two places, so a window always holds the same rows and windows meet without a gap or a
repeat.

To start a window at row N, the products of the groups before it are counted, one group
at a time from whichever end of the result is nearer, stopping at the group that holds
row N: a count of an index range skips rows as fast as OFFSET would, so a row costs what
it did under any other sort. A window that starts at either end counts nothing.

The descending order is the ascending one reversed, row for row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Column, ColumnElement, func, select

from pos.db.tables import products
from pos.db.uow import UnitOfWork
from pos.services.catalog.selection import ProductFilter
from pos.services.lookup import sku_matches

#: A group's id; None is "in no group" (a product without a category).
GroupKey = int | None


def _in_group(column: Column[Any], key: GroupKey) -> ColumnElement[bool]:
    if key is None:
        return column.is_(None)
    return column == key


class _Counts:
    """How many products of each group the filter matches.

    Without typed text each group is counted when asked, from its range of the group's
    index (4 ms for 70,000 products), checking each row's state and stock when those are
    filtered: as costly as OFFSET walking the same rows. Typed text is counted for every
    group at once, up front, from the search index's matches (one pass over them): then a
    group without a match is never walked, and a read in one stops at its last match (a
    SKU-like "dai0" matches a single category of thirteen).
    """

    def __init__(
        self, uow: UnitOfWork, column: Column[Any], product_filter: ProductFilter, sqlite: bool
    ) -> None:
        self.uow = uow
        self.column = column
        self.condition = product_filter.condition(sqlite)
        self.known: dict[GroupKey, int] | None = None
        if product_filter.text:
            query = select(column, func.count()).where(self.condition).group_by(column)
            self.known = {key: int(n) for key, n in uow.connection.execute(query)}

    def __call__(self, key: GroupKey) -> int:
        if self.known is not None:
            return self.known.get(key, 0)
        query = (
            select(func.count())
            .select_from(products)
            .where(_in_group(self.column, key), self.condition)
        )
        return int(self.uow.connection.scalar(query) or 0)


def grouped_window_ids(
    uow: UnitOfWork,
    product_filter: ProductFilter,
    column: Column[Any],
    groups: Sequence[GroupKey],
    *,
    descending: bool,
    offset: int,
    size: int,
) -> list[int]:
    """The ids of rows ``offset`` to ``offset + size`` of the products the filter matches,
    group by group in the order of ``groups``, then name, then id.

    Args:
        uow: the unit of work to read in (one transaction: counts and rows agree).
        product_filter: which products.
        column: the products' column naming the group (``products.c.category_id`` ...),
            first in an index of (column, search_key, id).
        groups: every group the filter may show, in the column's ascending order.
        descending: the ascending order reversed: groups, names and ids.
        offset: rows to skip from the start of that order.
        size: rows wanted.
    """
    sqlite = uow.dialect.name == "sqlite"
    count = _Counts(uow, column, product_filter, sqlite)
    # Typed text is tested on each name along the group's index (its matches there are
    # counted, so the walk stops at the last one); see ``matches_typed``.
    walk = count.known is not None
    skus = sku_matches(uow, product_filter.text) if walk else None
    condition = product_filter.condition(sqlite, by_id_index=not walk, skus=skus)
    ways = (products.c.search_key, products.c.id)
    ids: list[int] = []
    for key, skip in _starts(groups, descending, offset, count):
        wanted = size - len(ids)
        if count.known is not None:
            wanted = min(wanted, count(key) - skip)
            if wanted <= 0:
                continue
        query = (
            select(products.c.id)
            .where(_in_group(column, key), condition)
            .order_by(*(c.desc() if descending else c.asc() for c in ways))
            .limit(wanted)
            .offset(skip)
        )
        ids += uow.connection.scalars(query)
        if len(ids) >= size:
            break
    return ids


def _starts(
    groups: Sequence[GroupKey], descending: bool, offset: int, count: _Counts
) -> Iterator[tuple[GroupKey, int]]:
    """The groups from the window's first on, in reading order, each with the rows to
    skip in it: whole groups before the window are counted and passed over."""
    walked = reversed(groups) if descending else iter(groups)
    for key in walked:
        if offset:
            in_it = count(key)
            if in_it <= offset:
                offset -= in_it
                continue
        yield key, offset
        offset = 0
