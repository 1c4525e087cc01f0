"""The products screen sorted by category: categories A to Z, then name, then id.

Read a category at a time from the index of (category_id, search_key, id): see
``group_order``. Products without a category come after every category (A to Z), and so
first from Z to A.
"""

from __future__ import annotations

from sqlalchemy import select

from pos.db.tables import categories, products
from pos.db.uow import UnitOfWork
from pos.services.catalog.group_order import GroupKey, grouped_window_ids
from pos.services.catalog.selection import ProductFilter
from pos.services.lookup import fold


def categories_in_order(uow: UnitOfWork, product_filter: ProductFilter) -> list[GroupKey]:
    """The categories the filter may show, A to Z (letter case and accents aside, so that
    "apples" and "Äpfel" sit where a shopkeeper looks for them), then "no category"."""
    rows = uow.connection.execute(select(categories.c.id, categories.c.name)).all()
    named = sorted(rows, key=lambda row: (fold(row[1]), row[1], row[0]))
    order: list[GroupKey] = [cid for cid, _ in named]
    order.append(None)
    if product_filter.category_ids:
        wanted = set(product_filter.category_ids)
        order = [key for key in order if key in wanted]
    return order


def category_window_ids(
    uow: UnitOfWork,
    product_filter: ProductFilter,
    *,
    descending: bool,
    offset: int,
    size: int,
) -> list[int]:
    """The ids of rows ``offset`` to ``offset + size`` of the products the filter matches,
    by category (A to Z, or Z to A when ``descending``), then name, then id."""
    return grouped_window_ids(
        uow,
        product_filter,
        products.c.category_id,
        categories_in_order(uow, product_filter),
        descending=descending,
        offset=offset,
        size=size,
    )
