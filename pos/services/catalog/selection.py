"""Which products a screen or a command means: a filter, or a few picked rows.

"Select all that match the filter" on a million products may mean 500,000 rows, so a
selection is kept as the filter itself (plus, for a hand-picked few, their ids), never as a
list held in memory. Bulk changes, labels and exports read the ids in batches by keyset.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, func, literal_column, select, true

from pos.db.engine import Database
from pos.db.tables import products
from pos.db.uow import UnitOfWork
from pos.services.lookup import SkuMatches, matches_typed

#: How many ids a batch reads: small enough to stay flat in memory, big enough to be fast.
BATCH = 2000


@dataclass(frozen=True, slots=True)
class ProductFilter:
    """What the products screen filters by. The default matches every product.

    Attributes:
        text: the till's search (name words, SKU, barcode); empty for all.
        category_ids: only these categories (``None`` in it means "no category"); empty
            for all.
        active: only active (True) or inactive (False) products; None for both.
        low_stock: only products whose stock is at or below their reorder level.
    """

    text: str = ""
    category_ids: tuple[int | None, ...] = ()
    active: bool | None = None
    low_stock: bool = False

    @property
    def text_only(self) -> bool:
        """Whether the filter is the typed text alone."""
        return not (self.category_ids or self.active is not None or self.low_stock)

    def condition(
        self, sqlite: bool, *, by_id_index: bool = True, skus: SkuMatches | None = None
    ) -> ColumnElement[bool]:
        """The filter as a WHERE condition on ``products`` (``by_id_index``, ``skus``: see
        ``pos.services.lookup.matches_typed``)."""
        parts: list[ColumnElement[bool]] = []
        typed = matches_typed(self.text, sqlite, by_id_index=by_id_index, skus=skus)
        if typed is not None:
            parts.append(typed)
        if self.category_ids:
            named = [c for c in self.category_ids if c is not None]
            either = [products.c.category_id.in_(named)] if named else []
            if None in self.category_ids:
                either.append(products.c.category_id.is_(None))
            parts.append(either[0] if len(either) == 1 else either[0] | either[1])
        if self.active is not None:
            parts.append(products.c.active.is_(self.active))
        if self.low_stock:
            parts.append(low_stock())
        return and_(true(), *parts)


def low_stock() -> ColumnElement[bool]:
    """A product low on stock: it has a reorder level, and stock at or below it.

    Written term for term as the partial index ``ix_products_low_stock`` is, so that SQLite
    reads that index: the few low products, not a million. "Level above zero" is written
    ``reorder_level + 0 > 0`` so that SQLite cannot answer it from the reorder-level sort
    index instead (which holds every product with a level: half a million in a big shop).
    Its zero is written into the SQL, never bound as a parameter: against ``> ?`` SQLite
    cannot see that the index's own condition settles the term, and reads every low
    product's row to test it (1.4 s for half a million low products, against 0.06 s).
    """
    return and_(
        products.c.on_hand <= products.c.reorder_level,
        (products.c.reorder_level + literal_column("0")) > literal_column("0"),
    )


@dataclass(frozen=True, slots=True)
class ProductSelection:
    """Products picked on the products screen (or named on the command line).

    Attributes:
        filter: the products it means.
        ids: hand-picked rows among them; None means every product the filter matches.
    """

    filter: ProductFilter = field(default_factory=ProductFilter)
    ids: tuple[int, ...] | None = None

    def condition(self, sqlite: bool) -> ColumnElement[bool]:
        """The selection as a WHERE condition on ``products``."""
        matching = self.filter.condition(sqlite)
        if self.ids is None:
            return matching
        return and_(matching, products.c.id.in_(self.ids))


def _is_sqlite(uow: UnitOfWork) -> bool:
    return uow.dialect.name == "sqlite"


def count_selected(db: Database, selection: ProductSelection) -> int:
    """How many products ``selection`` means: what a confirmation says will change."""
    with db.read() as uow:
        query = select(func.count()).select_from(products)
        return int(uow.connection.scalar(query.where(selection.condition(_is_sqlite(uow)))) or 0)


def selected_id_batches(
    uow: UnitOfWork, selection: ProductSelection, batch: int = BATCH
) -> Iterator[list[int]]:
    """The selected product ids in ascending batches, read by keyset (``id > last``) so
    that memory stays flat and each batch costs the same at the far end of the table."""
    condition = selection.condition(_is_sqlite(uow))
    last = 0
    while True:
        ids = list(
            uow.connection.scalars(
                select(products.c.id)
                .where(condition, products.c.id > last)
                .order_by(products.c.id)
                .limit(batch)
            )
        )
        if not ids:
            return
        yield ids
        last = ids[-1]
