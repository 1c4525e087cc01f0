"""What the database holds for one batch of an import: products by SKU or id, barcodes, rates.

Each batch of a products file looks up its SKUs and barcodes: a thousand keys, several
queries, a hundred times for 100,000 rows. A plain ``column.in_(keys)`` makes SQLAlchemy
render and bind an expanding list of a thousand parameters for every query. These queries
are instead prepared once (``pos.db.prepared``) with ``SLOTS`` parameters, and run a chunk of
keys at a time; a short chunk leaves its last parameters NULL, which matches no row.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, bindparam, select

from pos.db.prepared import Prepared, Row
from pos.db.tables import barcodes, product_taxes, products
from pos.db.uow import UnitOfWork

#: Keys a prepared lookup takes at once: a batch of rows needs one run, or a few.
SLOTS = 1000
_KEYS = tuple(f"key_{i}" for i in range(SLOTS))

#: The products columns an import sets; the order of ``Existing``'s fields after the id.
PRODUCT_COLUMNS = (
    "sku",
    "name",
    "category_id",
    "unit",
    "price",
    "cost",
    "tax_rate_id",
    "active",
    "favourite",
    "reorder_level",
    "reorder_quantity",
    "supplier_id",
    "max_level",
)


class Existing(NamedTuple):
    """A product the file may update, as it is now."""

    id: int
    sku: str
    name: str
    category_id: int | None
    unit: str
    price: Any
    cost: Any
    tax_rate_id: int
    active: bool
    favourite: bool
    reorder_level: Any
    reorder_quantity: Any
    supplier_id: int | None
    max_level: Any
    on_hand: Any


def _slots(column: ColumnElement[Any]) -> ColumnElement[bool]:
    return column.in_([bindparam(key, None) for key in _KEYS])


def _prepared(query: Select[Any], column: ColumnElement[Any]) -> Prepared:
    return Prepared(query.where(_slots(column)))


_EXISTING = select(
    products.c.id, *(products.c[name] for name in PRODUCT_COLUMNS), products.c.on_hand
)
_BY_SKU = _prepared(_EXISTING, products.c.sku)
_BY_ID = _prepared(_EXISTING, products.c.id)
_HOLDERS = _prepared(select(barcodes.c.code, barcodes.c.product_id), barcodes.c.code)
_CODES = _prepared(select(barcodes.c.product_id, barcodes.c.code), barcodes.c.product_id)
_FURTHER = _prepared(
    select(product_taxes.c.product_id, product_taxes.c.position, product_taxes.c.tax_rate_id),
    product_taxes.c.product_id,
)


def _run(uow: UnitOfWork, statement: Prepared, keys: Collection[Any]) -> Iterator[Row]:
    values = list(keys)
    for start in range(0, len(values), SLOTS):
        yield from statement.rows(
            uow, dict(zip(_KEYS, values[start : start + SLOTS], strict=False))
        )


def products_by_sku(uow: UnitOfWork, skus: Collection[str]) -> list[Existing]:
    """The products carrying these SKUs."""
    return _existing(_run(uow, _BY_SKU, skus))


def products_by_id(uow: UnitOfWork, ids: Collection[int]) -> list[Existing]:
    """The products of these ids."""
    return _existing(_run(uow, _BY_ID, ids))


def _existing(rows: Iterator[Row]) -> list[Existing]:
    make: Callable[..., Existing] = Existing
    return [make(*row) for row in rows]


def code_holders(uow: UnitOfWork, codes: Collection[str]) -> dict[str, int]:
    """The product id of each of these barcodes that a product carries."""
    return {code: product_id for code, product_id in _run(uow, _HOLDERS, codes)}


def codes_of(uow: UnitOfWork, product_ids: Collection[int]) -> dict[int, set[str]]:
    """The barcodes each of these products carries (an empty set for none)."""
    result: dict[int, set[str]] = {pid: set() for pid in product_ids}
    for pid, code in _run(uow, _CODES, product_ids):
        result[pid].add(code)
    return result


def further_rates_of(uow: UnitOfWork, product_ids: Collection[int]) -> dict[int, tuple[int, ...]]:
    """The rates after the first, in order, of those of these products that carry several."""
    found: dict[int, list[tuple[int, int]]] = {}
    for pid, position, rate_id in _run(uow, _FURTHER, product_ids):
        found.setdefault(pid, []).append((position, rate_id))
    return {pid: tuple(rate for _, rate in sorted(rates)) for pid, rates in found.items()}
