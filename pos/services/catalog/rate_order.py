"""The products screen sorted by tax rate: as the column reads, the lowest rate first
(0 %, 5 %, 20 %), rates of the same percent by name, then the products by name, then id.

The column shows the rate's name, and the rates' ids are only the order they were made
in, so the sort is by each rate's percent and name: the rates are few, put in that order
here, and a window is read a rate at a time from the index of (tax_rate_id, search_key,
id) (``group_order``). A product taxed at several rates ("GST + QST") sorts by its first
rate, the one its line in the column starts with.
"""

from __future__ import annotations

from sqlalchemy import select

from pos.db.tables import products, tax_rates
from pos.db.uow import UnitOfWork
from pos.services.catalog.group_order import GroupKey, grouped_window_ids
from pos.services.catalog.selection import ProductFilter
from pos.services.lookup import fold


def rates_in_order(uow: UnitOfWork) -> list[GroupKey]:
    """Every tax rate, by percent, then by name (letter case and accents aside), then id."""
    rows = uow.connection.execute(select(tax_rates.c.id, tax_rates.c.percent, tax_rates.c.name))
    ranked = sorted(rows, key=lambda row: (row[1], fold(row[2]), row[2], row[0]))
    return [rate_id for rate_id, _percent, _name in ranked]


def rate_window_ids(
    uow: UnitOfWork,
    product_filter: ProductFilter,
    *,
    descending: bool,
    offset: int,
    size: int,
) -> list[int]:
    """The ids of rows ``offset`` to ``offset + size`` of the products the filter matches,
    by tax rate (lowest first, or highest first when ``descending``), then name, then id."""
    return grouped_window_ids(
        uow,
        product_filter,
        products.c.tax_rate_id,
        rates_in_order(uow),
        descending=descending,
        offset=offset,
        size=size,
    )
