"""The products screen sorted by category: categories A to Z, then name, then id.

The index ``ix_products_sort_category`` holds (category_id, search_key, id): it orders the
products of one category by name, but categories by their id, which is the order they were
made in, not the alphabet's. Categories are few, so the screen's order is built from them:
they are put in name order here, and a window of the whole result is read as windows of
one category after another, each from that index (``category_id = ?``, then name and id).

To start a window at row N, the products of the categories before it are counted, one
category at a time from whichever end of the result is nearer, stopping at the category
that holds row N: a count of an index range skips rows as fast as OFFSET would, so a row
costs what it did under any other sort. A window that starts at either end counts nothing.

Products without a category come after every category (A to Z), and so first from Z to A:
the descending order is the ascending one reversed, row for row.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import ColumnElement, func, select

from pos.db.tables import categories, products
from pos.db.uow import UnitOfWork
from pos.services.catalog.selection import ProductFilter
from pos.services.lookup import fold, sku_matches

#: A category's id; None is "no category".
CategoryKey = int | None


def categories_in_order(uow: UnitOfWork, product_filter: ProductFilter) -> list[CategoryKey]:
    """The categories the filter may show, A to Z (letter case and accents aside, so that
    "apples" and "Äpfel" sit where a shopkeeper looks for them), then "no category"."""
    rows = uow.connection.execute(select(categories.c.id, categories.c.name)).all()
    named = sorted(rows, key=lambda row: (fold(row[1]), row[1], row[0]))
    order: list[CategoryKey] = [cid for cid, _ in named]
    order.append(None)
    if product_filter.category_ids:
        wanted = set(product_filter.category_ids)
        order = [key for key in order if key in wanted]
    return order


def _in_category(key: CategoryKey) -> ColumnElement[bool]:
    if key is None:
        return products.c.category_id.is_(None)
    return products.c.category_id == key


class _Counts:
    """How many products of each category the filter matches.

    Without typed text each category is counted when asked, from its range of the
    category index (4 ms for 70,000 products), checking each row's state and stock when
    those are filtered: as costly as OFFSET walking the same rows. Typed text is counted
    for every category at once, up front, from the search index's matches (one pass over
    them): then a category without a match is never walked, and a read in one stops at
    its last match (a SKU-like "dai0" matches a single category of thirteen).
    """

    def __init__(self, uow: UnitOfWork, product_filter: ProductFilter, sqlite: bool) -> None:
        self.uow = uow
        self.condition = product_filter.condition(sqlite)
        self.known: dict[CategoryKey, int] | None = None
        if product_filter.text:
            query = (
                select(products.c.category_id, func.count())
                .where(self.condition)
                .group_by(products.c.category_id)
            )
            self.known = {key: int(n) for key, n in uow.connection.execute(query)}

    def __call__(self, key: CategoryKey) -> int:
        if self.known is not None:
            return self.known.get(key, 0)
        query = select(func.count()).select_from(products).where(_in_category(key), self.condition)
        return int(self.uow.connection.scalar(query) or 0)


def category_window_ids(
    uow: UnitOfWork,
    product_filter: ProductFilter,
    *,
    descending: bool,
    offset: int,
    size: int,
) -> list[int]:
    """The ids of rows ``offset`` to ``offset + size`` of the products the filter matches,
    by category (A to Z, or Z to A when ``descending``), then name, then id.

    Args:
        uow: the unit of work to read in (one transaction: counts and rows agree).
        product_filter: which products.
        descending: Z to A, names Z to A, ids high to low: the ascending order reversed.
        offset: rows to skip from the start of that order.
        size: rows wanted.
    """
    sqlite = uow.dialect.name == "sqlite"
    count = _Counts(uow, product_filter, sqlite)
    # Typed text is tested on each name along the category's index (its matches there are
    # counted, so the walk stops at the last one); see ``matches_typed``.
    walk = count.known is not None
    skus = sku_matches(uow, product_filter.text) if walk else None
    condition = product_filter.condition(sqlite, by_id_index=not walk, skus=skus)
    ways = (products.c.search_key, products.c.id)
    ids: list[int] = []
    for key, skip in _starts(categories_in_order(uow, product_filter), descending, offset, count):
        wanted = size - len(ids)
        if count.known is not None:
            wanted = min(wanted, count(key) - skip)
            if wanted <= 0:
                continue
        query = (
            select(products.c.id)
            .where(_in_category(key), condition)
            .order_by(*(c.desc() if descending else c.asc() for c in ways))
            .limit(wanted)
            .offset(skip)
        )
        ids += uow.connection.scalars(query)
        if len(ids) >= size:
            break
    return ids


def _starts(
    order: list[CategoryKey], descending: bool, offset: int, count: _Counts
) -> Iterator[tuple[CategoryKey, int]]:
    """The categories from the window's first on, in reading order, each with the rows to
    skip in it: whole categories before the window are counted and passed over."""
    walked = reversed(order) if descending else iter(order)
    for key in walked:
        if offset:
            in_it = count(key)
            if in_it <= offset:
                offset -= in_it
                continue
        yield key, offset
        offset = 0
