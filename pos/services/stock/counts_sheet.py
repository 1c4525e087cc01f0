"""The count sheet's rows: products in shelf order (category, then name), with a barcode.

A sheet is printed for a count or for chosen categories, and may cover the whole catalog:
rows come in batches, each category read along the products' (category, name, id) index
by keyset, so a million products never sit in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Connection, and_, or_, select, true

from pos.db.engine import Database
from pos.db.tables import barcodes, categories, products, stock_counts
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput, NotFound
from pos.services.catalog.labels import LabelBarcode, choose_barcode
from pos.services.stock.counts_start import CountScope, in_scope

#: Products per batch read.
BATCH = 500


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One product on the count sheet."""

    product_id: int
    sku: str
    name: str
    unit: Unit
    on_hand: Decimal
    barcode: LabelBarcode | None


@dataclass(frozen=True, slots=True)
class SheetCategory:
    """A category's heading and its products, in one batch (a category may come in several)."""

    name: str
    rows: list[SheetRow]


def category_ids_by_name(db: Database, names: Sequence[str]) -> list[int]:
    """The ids of categories named ``names`` (any case).

    Raises:
        InvalidInput: a name is no category.
    """
    with db.read() as uow:
        found = {
            name.casefold(): cid
            for cid, name in uow.connection.execute(select(categories.c.id, categories.c.name))
        }
    missing = [name for name in names if name.casefold() not in found]
    if missing:
        raise InvalidInput(f"There is no category called '{missing[0]}'.")
    return [found[name.casefold()] for name in names]


def sheet_batches(
    db: Database,
    *,
    category_ids: Sequence[int] | None = None,
    count_id: int | None = None,
) -> Iterator[SheetCategory]:
    """The sheet's rows by category name (products with none last), in batches of at most
    ``BATCH``: of the categories given, of a count's scope, or all active products."""
    condition: ColumnElement[bool] = products.c.active.is_(True)
    with db.read() as uow:
        chosen = _categories(uow.connection, category_ids)
        if count_id is not None:
            scope = uow.connection.scalar(
                select(stock_counts.c.scope).where(stock_counts.c.id == count_id)
            )
            if scope is None:
                raise NotFound("That count no longer exists.")
            condition = and_(condition, in_scope(count_id, CountScope(scope)))
    groups: list[tuple[int | None, str]] = [*chosen]
    if category_ids is None:
        groups.append((None, "No category"))
    for category_id, heading in groups:
        after: tuple[str, int] | None = None
        while True:
            with db.read() as uow:
                keys, rows = _batch(uow.connection, condition, category_id, after)
            if not rows:
                break
            yield SheetCategory(heading, rows)
            if len(rows) < BATCH:
                break
            after = (keys[-1], rows[-1].product_id)


def _categories(
    conn: Connection, category_ids: Sequence[int] | None
) -> list[tuple[int | None, str]]:
    query = select(categories.c.id, categories.c.name).order_by(categories.c.name)
    if category_ids is not None:
        query = query.where(categories.c.id.in_(list(category_ids)))
    return [(cid, name) for cid, name in conn.execute(query)]


def _batch(
    conn: Connection,
    condition: ColumnElement[bool],
    category_id: int | None,
    after: tuple[str, int] | None,
) -> tuple[list[str], list[SheetRow]]:
    """One batch: each row's sort key (its folded name) and the rows."""
    in_category = (
        products.c.category_id.is_(None)
        if category_id is None
        else products.c.category_id == category_id
    )
    keyset: ColumnElement[bool] = true()
    if after is not None:
        key, last_id = after
        keyset = or_(
            products.c.search_key > key,
            and_(products.c.search_key == key, products.c.id > last_id),
        )
    found = conn.execute(
        select(
            products.c.search_key,
            products.c.id,
            products.c.sku,
            products.c.name,
            products.c.unit,
            products.c.on_hand,
        )
        .where(condition, in_category, keyset)
        .order_by(products.c.search_key, products.c.id)
        .limit(BATCH)
    ).all()
    codes: dict[int, list[str]] = {}
    if found:
        for pid, code in conn.execute(
            select(barcodes.c.product_id, barcodes.c.code)
            .where(barcodes.c.product_id.in_([row[1] for row in found]))
            .order_by(barcodes.c.code)
        ):
            codes.setdefault(pid, []).append(code)
    rows = [
        SheetRow(pid, sku, name, Unit(unit), on_hand, choose_barcode(codes.get(pid, []), sku))
        for _, pid, sku, name, unit, on_hand in found
    ]
    return [row[0] for row in found], rows
