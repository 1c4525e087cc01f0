"""The products screen's rows: a filtered, sorted catalog read one window at a time.

A million products are never read at once. A window is found in two steps: the ids, from
the sort's own index (``pos.db.tables.SORT_INDEXES``) with OFFSET counted from whichever end
of the result is nearer, so that the last row costs what the first does; then the rows of
those ids, with their category, tax rate and barcodes. Ties are broken by id, so a sort is
stable and a window always holds the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, literal_column, select

from pos.db.engine import Database
from pos.db.tables import (
    ACTIVE_SORT_KEY,
    MARGIN_SORT_KEY,
    barcodes,
    categories,
    products,
    tax_rates,
)
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import NotAllowed
from pos.services.catalog.category_order import category_window_ids
from pos.services.catalog.product_taxes import further_rates
from pos.services.catalog.rate_order import rate_window_ids
from pos.services.catalog.selection import ProductFilter
from pos.services.dto import CategoryDTO
from pos.services.lookup import (
    SKU_BY_ROW,
    TRIGRAM_MIN,
    SkuMatches,
    count_typed,
    exact_matches,
    fold,
    sku_matches,
)
from pos.services.staff.permissions import Permission, may

HUNDRED = Decimal(100)
#: A walk of up to this many index entries tests each one's SKU on its row (about 1 us).
SHORT_WALK = 5000


class SortKey(StrEnum):
    """The columns the products screen sorts by."""

    SKU = "sku"
    NAME = "name"
    CATEGORY = "category"
    PRICE = "price"
    COST = "cost"
    MARGIN = "margin"
    TAX_RATE = "tax_rate"
    ON_HAND = "on_hand"
    REORDER_LEVEL = "reorder_level"
    UNIT = "unit"
    ACTIVE = "active"


#: Each sort's columns, in the order of its index; id last breaks ties. The category and
#: tax rate sorts are by what their columns show (the categories' names, the rates' percents
#: and names), read a category or a rate at a time (``category_order``, ``rate_order``).
_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.SKU: (products.c.sku, products.c.id),
    SortKey.NAME: (products.c.search_key, products.c.id),
    SortKey.PRICE: (products.c.price, products.c.id),
    SortKey.COST: (products.c.cost, products.c.id),
    SortKey.MARGIN: (literal_column(MARGIN_SORT_KEY), products.c.id),
    SortKey.ON_HAND: (products.c.on_hand, products.c.id),
    SortKey.REORDER_LEVEL: (products.c.reorder_level, products.c.id),
    SortKey.UNIT: (products.c.unit, products.c.search_key, products.c.id),
    SortKey.ACTIVE: (literal_column(ACTIVE_SORT_KEY), products.c.search_key, products.c.id),
}

#: The sorts read a group at a time, in the order the column shows its groups.
_GROUPED = {SortKey.CATEGORY: category_window_ids, SortKey.TAX_RATE: rate_window_ids}


@dataclass(frozen=True, slots=True)
class ProductOrder:
    """A filter and a sort: what the products screen shows, in which order."""

    filter: ProductFilter = field(default_factory=ProductFilter)
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ProductRow:
    """One row of the products screen."""

    id: int
    sku: str
    name: str
    category: str | None
    price: Decimal
    #: None for a user who may not see costs (SEE_COSTS): the screen leaves it blank.
    cost: Decimal | None
    tax_rate: str
    on_hand: Decimal
    reorder_level: Decimal
    unit: Unit
    first_barcode: str | None
    barcode_count: int
    active: bool
    #: All the product's rates added up: a line's tax is charged on the same net at each.
    tax_percent: Decimal = Decimal(0)

    def margin(self, prices_include_tax: bool) -> Decimal | None:
        """Gross margin as a percentage of the price before tax (the tax is not the shop's
        to keep); None for a product given away."""
        if self.cost is None:
            return None
        net = self.price
        if prices_include_tax:
            net = self.price * HUNDRED / (HUNDRED + self.tax_percent)
        if net <= 0:
            return None
        return (net - self.cost) * HUNDRED / net

    @property
    def low_stock(self) -> bool:
        return self.reorder_level > 0 and self.on_hand <= self.reorder_level


def category_choices(db: Database) -> list[CategoryDTO]:
    """Every category by name, for the screen's filter (Core: opening the screen does not
    load the ORM, 180 ms on an old laptop)."""
    with db.read() as uow:
        rows = uow.connection.execute(
            select(categories.c.id, categories.c.name, categories.c.colour).order_by(
                categories.c.name
            )
        )
        return [CategoryDTO(cid, name, colour) for cid, name, colour in rows]


def count_products(db: Database, product_filter: ProductFilter, at_most: int | None = None) -> int:
    """How many products the filter matches; with ``at_most``, the count up to there only
    (a count below ``at_most`` is exact; ``at_most`` means "that many or more").

    Typed text alone is counted from SQLite's search index, without reading the products
    (2 ms instead of 70 ms for the 44,000 matches of "mil" among a million). Counting only
    up to a number costs what those rows cost: the screen shows its first rows at once
    and counts the rest of a big result off the UI thread.
    """
    with db.read() as uow:
        if product_filter.text_only:
            counted = count_typed(uow, product_filter.text, at_most)
            if counted is not None:
                return counted if at_most is None else min(counted, at_most)
        short = bool(product_filter.text) and len(fold(product_filter.text)) < TRIGRAM_MIN
        skus = exact_matches(uow, product_filter.text) if short else None
        condition = product_filter.condition(_sqlite(uow), skus=skus)
        if at_most is None:
            query = select(func.count()).select_from(products).where(condition)
        else:
            first = select(products.c.id).where(condition).limit(at_most).subquery()
            query = select(func.count()).select_from(first)
        return int(uow.connection.scalar(query) or 0)


def read_window(
    db: Database,
    order: ProductOrder,
    start: int,
    size: int,
    total: int,
    *,
    total_known: bool = True,
    user_id: int,
) -> list[ProductRow]:
    """Rows ``start`` to ``start + size`` (exclusive) of the ordered result of ``total`` rows.

    ``total`` is what ``count_products`` said: a window in the second half is read in the
    reverse order from the end, so no read skips more than half of the result. While the
    exact count is not known (``total_known`` False, ``total`` a count made with
    ``at_most``), every window is read from the start.

    ``user_id`` is who looks: without SEE_COSTS the rows carry no cost (None), and an
    order by cost or margin (which would tell them) is refused with ``NotAllowed``.
    """
    start = max(0, min(start, total))
    size = max(0, min(size, total - start))
    if size == 0:
        return []
    with db.read() as uow:
        costs = may(uow, user_id, Permission.SEE_COSTS)
        if not costs and order.sort in (SortKey.COST, SortKey.MARGIN):
            raise NotAllowed(Permission.SEE_COSTS.value, "You may not see costs and margins.")
        ids = _window_ids(uow, order, start, size, total, total_known)
        return rows_by_id(uow, ids, costs=costs)


def read_window_ids(
    db: Database,
    order: ProductOrder,
    start: int,
    size: int,
    total: int,
    *,
    total_known: bool = True,
) -> list[int]:
    """Only the ids of a window: what a selection of rows on the screen means."""
    start = max(0, min(start, total))
    size = max(0, min(size, total - start))
    if size == 0:
        return []
    with db.read() as uow:
        return _window_ids(uow, order, start, size, total, total_known)


def _sqlite(uow: UnitOfWork) -> bool:
    return uow.dialect.name == "sqlite"


def _window_ids(
    uow: UnitOfWork,
    order: ProductOrder,
    start: int,
    size: int,
    total: int,
    total_known: bool = True,
) -> list[int]:
    from_end = total - (start + size)
    reverse = total_known and from_end < start
    offset = from_end if reverse else start
    descending = order.descending != reverse
    grouped = _GROUPED.get(order.sort)
    if grouped is not None:
        ids = grouped(uow, order.filter, descending=descending, offset=offset, size=size)
        return ids[::-1] if reverse else ids
    walk, skus = _text_plan(uow, order.filter.text, offset + size, total)
    columns = _SORT_COLUMNS[order.sort]
    query = (
        select(products.c.id)
        .where(order.filter.condition(_sqlite(uow), by_id_index=not walk, skus=skus))
        .order_by(*(c.desc() if descending else c.asc() for c in columns))
        .limit(size)
        .offset(offset)
    )
    ids = list(uow.connection.scalars(query))
    return ids[::-1] if reverse else ids


def _text_plan(
    uow: UnitOfWork, typed: str, wanted: int, total: int
) -> tuple[bool, SkuMatches | None]:
    """How to find the products matching typed text: whether to walk the sort's index
    testing each product (``matches_typed``'s ``by_id_index`` False), and how SKUs are
    found (its ``skus``).

    SQLite looks up every match by id and sorts them all: 70 ms for "mil" (44,000 of a
    million products) where the walk finds the first hundred in 16 ms. The walk reads
    about ``wanted`` x catalog / ``total`` index entries (matches are spread through any
    order), the lookup ``total`` rows at some three times the cost of each. A short walk
    tests each entry's SKU on its row; a long one takes the SKUs from the search index.
    """
    if not typed:
        return False, None
    if len(fold(typed)) < TRIGRAM_MIN:
        return False, exact_matches(uow, typed)
    if not _sqlite(uow) or total == 0:
        return False, None
    catalog = int(uow.connection.scalar(select(func.max(products.c.id))) or 0)
    walked = wanted * catalog // total
    if walked >= 3 * total:
        return False, None
    return True, SKU_BY_ROW if walked <= SHORT_WALK else sku_matches(uow, typed)


def rows_by_id(uow: UnitOfWork, ids: Sequence[int], *, costs: bool) -> list[ProductRow]:
    """The rows of ``ids``, in that order; with their costs only if ``costs``."""
    codes = (
        select(
            barcodes.c.product_id,
            func.min(barcodes.c.code).label("first"),
            func.count().label("count"),
        )
        .where(barcodes.c.product_id.in_(ids))
        .group_by(barcodes.c.product_id)
        .subquery()
    )
    query = (
        select(
            products.c.id,
            products.c.sku,
            products.c.name,
            categories.c.name,
            products.c.price,
            products.c.cost,
            tax_rates.c.name,
            tax_rates.c.percent,
            products.c.on_hand,
            products.c.reorder_level,
            products.c.unit,
            codes.c.first,
            codes.c.count,
            products.c.active,
        )
        .join_from(products, tax_rates, tax_rates.c.id == products.c.tax_rate_id)
        .outerjoin(categories, categories.c.id == products.c.category_id)
        .outerjoin(codes, codes.c.product_id == products.c.id)
        .where(products.c.id.in_(ids))
    )
    # A product taxed at several rates shows them all, in order: "GST + QST".
    stacked = further_rates(uow, ids)
    found: dict[int, ProductRow] = {}
    for row in uow.connection.execute(query):
        (pid, sku, name, category, price, cost, rate, percent, on_hand, level, unit, first,
         count, active) = row  # fmt: skip
        if pid in stacked:
            rate = " + ".join([rate, *(further.name for further in stacked[pid])])
            percent += sum(further.percent for further in stacked[pid])
        found[pid] = ProductRow(
            pid, sku, name, category, price, cost if costs else None, rate, on_hand, level,
            Unit(unit),
            first, count or 0, bool(active), percent,
        )  # fmt: skip
    return [found[i] for i in ids if i in found]
