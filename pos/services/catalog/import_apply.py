"""Importing a products file: the preview (a dry run) and the import itself.

Both read the file in one streamed pass and decide each batch of rows the same way
(``import_plan``). The import writes each batch as soon as it is decided, with Core
``executemany`` statements, all in ONE transaction: a cancel, or a bad row when the import
is all or nothing, rolls everything back. A product's stacked rates (QST after GST) go in
with its batch, through ``set_further_rates`` as the product dialog writes them. On SQLite
the search index (and, for a big import, the table's other indexes) is built once at the
end (``import_indexes``). Opening stock goes through the stock ledger as "import" movements.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import barcodes, price_changes, products
from pos.db.uow import UnitOfWork
from pos.domain.errors import Cancelled, InvalidInput, NotAllowed
from pos.services import audit
from pos.services.catalog.import_columns import Field, Mapping, check_mapping
from pos.services.catalog.import_indexes import DeferredIndexes
from pos.services.catalog.import_lookups import PRODUCT_COLUMNS
from pos.services.catalog.import_plan import Decision, Outcome, Planner
from pos.services.catalog.import_read import Progress, TableFile
from pos.services.catalog.import_rows import RowError, RowReader, RowValues
from pos.services.catalog.import_values import NumberReader
from pos.services.catalog.product_taxes import set_further_rates
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import Authorized, Permission, authorize, authorized
from pos.services.stock.movements import Move, MovementKind, apply_moves

#: Rows decided and written together: big enough for executemany, small enough to stay flat.
BATCH = 1000
#: The bad rows kept to show and to save as CSV; more are counted, not kept.
MAX_KEPT_ERRORS = 50_000
AskCancelled = Callable[[], bool]

# Prepared: SQLAlchemy's per-row parameter handling would cost as much as SQLite's work.
_INSERT_PRODUCT = Prepared(insert(products))
_UPDATE_PRODUCT = Prepared(
    update(products)
    .where(products.c.id == bindparam("product_id"))
    .values({name: bindparam(f"new_{name}") for name in (*PRODUCT_COLUMNS, "search_key")})
    .values(updated_at=bindparam("now"))
)
_NEW_IDS = Prepared(select(products.c.sku, products.c.id).where(products.c.id > bindparam("last")))
#: A new product's values, in this order, from its decision's row.
_NEW_COLUMNS = (*PRODUCT_COLUMNS, "search_key")
_new_values = itemgetter(*_NEW_COLUMNS)
_DELETE_CODE = Prepared(delete(barcodes).where(barcodes.c.code == bindparam("old_code")))
_INSERT_CODE = Prepared(insert(barcodes))
_INSERT_PRICE_CHANGE = Prepared(insert(price_changes))


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, or what its preview says it would do.

    Attributes:
        description: how the file was read ('CSV, UTF-8, semicolon-separated').
        new / updated / unchanged: rows by what happens to their product.
        error_rows: rows that cannot be imported.
        errors: their problems, line by line (the first ``MAX_KEPT_ERRORS`` rows').
        new_categories / new_tax_rates: what the import makes (or would make).
        stock_moves: products whose stock the on-hand column sets.
        written: whether anything was written.
    """

    description: str
    new: int
    updated: int
    unchanged: int
    error_rows: int
    errors: tuple[RowError, ...]
    new_categories: tuple[str, ...]
    new_tax_rates: tuple[str, ...]
    stock_moves: int
    written: bool

    @property
    def rows(self) -> int:
        return self.new + self.updated + self.unchanged + self.error_rows


class ImportHasErrors(InvalidInput):
    """An all-or-nothing import met bad rows: nothing was written. ``summary`` lists them."""

    def __init__(self, summary: ImportSummary) -> None:
        rows = "1 row has" if summary.error_rows == 1 else f"{summary.error_rows} rows have"
        super().__init__(
            f"Nothing was imported: {rows} problems. Fix them in the file, or import the "
            "good rows only."
        )
        self.summary = summary


class ImportCancelled(Cancelled):
    """The user stopped the import: nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled: nothing was changed.")


def preview_import(
    db: Database,
    table: TableFile,
    mapping: Mapping,
    *,
    progress: Progress | None = None,
    cancelled: AskCancelled | None = None,
) -> ImportSummary:
    """What importing ``table`` would do; nothing is written (a dry run)."""
    with db.read() as uow:
        return _run(uow, table, mapping, None, progress, cancelled, good_rows_only=True)


def import_products(
    db: Database,
    table: TableFile,
    mapping: Mapping,
    actor: Actor,
    *,
    good_rows_only: bool = False,
    progress: Progress | None = None,
    cancelled: AskCancelled | None = None,
) -> ImportSummary:
    """Import ``table`` as one unit of work.

    Raises:
        ImportHasErrors: a row is bad and ``good_rows_only`` is off: nothing was written.
        ImportCancelled: ``cancelled()`` said so: nothing was written.
        InvalidInput: the mapping cannot find or create products.
        NotAllowed: the user may not edit products, or a column is read as the cost and
            the user may not see costs (SEE_COSTS): setting one would tell them.
    """
    with db.write() as uow:
        asked = actor
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        if Field.COST in mapping:
            approver = refuse_costs_unless_seen(uow, asked).approver_id
            if approver is not None:  # the approval was for the costs: the log says so
                actor = Actor(actor.user_id, actor.till, approver)
        indexes = DeferredIndexes(uow)
        try:
            indexes.start(table.estimated_rows())
            writer = _Writer(uow, actor, table.path.name)
            summary = _run(uow, table, mapping, writer, progress, cancelled, good_rows_only)
            if summary.error_rows and not good_rows_only:
                raise ImportHasErrors(summary)
            indexes.finish()
            audit.record(
                uow,
                "products_imported",
                actor.user_id,
                actor.till,
                approver_id=actor.approver_id,
                file=table.path.name,
                new=summary.new,
                updated=summary.updated,
                skipped=summary.error_rows,
            )
            uow.commit()
        finally:
            indexes.restore_cache()
        return summary


def refuse_costs_unless_seen(uow: UnitOfWork, actor: Actor) -> Authorized:
    """NotAllowed, in plain words, unless ``actor`` (or their approver) may see costs."""
    try:
        return authorize(uow, actor, Permission.SEE_COSTS)
    except NotAllowed:
        raise NotAllowed(
            Permission.SEE_COSTS.value,
            "You may not set costs: leave the Cost column out, or ask a manager.",
        ) from None


def _check_can_match(mapping: Mapping) -> None:
    check_mapping(mapping)
    if Field.SKU not in mapping and Field.BARCODES not in mapping:
        raise InvalidInput(
            "Choose the column that holds the SKU or the barcode: products are found by them."
        )


def _batches(rows: Iterator[RowValues]) -> Iterator[list[RowValues]]:
    while batch := list(islice(rows, BATCH)):
        yield batch


def _run(
    uow: UnitOfWork,
    table: TableFile,
    mapping: Mapping,
    writer: _Writer | None,
    progress: Progress | None,
    cancelled: AskCancelled | None,
    good_rows_only: bool,
) -> ImportSummary:
    """One pass over the file. With a writer, good batches are written as they are decided,
    until an all-or-nothing import meets its first bad row (it then only checks the rest)."""
    _check_can_match(mapping)
    shop = read_settings(uow)
    reader = RowReader(
        table.headers, mapping, shop.money, NumberReader(shop.locale, table.decimal_point)
    )
    planner = Planner(uow, create=writer is not None)
    counts = dict.fromkeys(Outcome, 0)
    errors: list[RowError] = []
    stock_moves = 0
    rows = (reader.read(row) for row in table.rows(progress))
    for batch in _batches(rows):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        decisions = planner.decide(batch)
        for decision in decisions:
            counts[decision.outcome] += 1
            if decision.outcome is Outcome.ERROR and counts[Outcome.ERROR] <= MAX_KEPT_ERRORS:
                errors.extend(decision.values.errors)
            elif decision.stock_change:
                stock_moves += 1
        if writer is not None and (good_rows_only or not counts[Outcome.ERROR]):
            writer.write(decisions)
    return ImportSummary(
        description=table.description,
        new=counts[Outcome.NEW],
        updated=counts[Outcome.UPDATED],
        unchanged=counts[Outcome.UNCHANGED],
        error_rows=counts[Outcome.ERROR],
        errors=tuple(errors),
        new_categories=tuple(planner.categories.new),
        new_tax_rates=tuple(f"{r.name}" for r in planner.tax_rates.new),
        stock_moves=stock_moves,
        written=writer is not None and (good_rows_only or not counts[Outcome.ERROR]),
    )


class _Writer:
    """Writes decided batches inside the import's unit of work."""

    def __init__(self, uow: UnitOfWork, actor: Actor, file_name: str) -> None:
        self.uow, self.actor = uow, actor
        self.reason = f"import of {file_name}"[:200]
        self._last_id: int | None = None

    def write(self, decisions: Sequence[Decision]) -> None:
        connection = self.uow.connection
        now = utcnow()
        new = [d for d in decisions if d.outcome is Outcome.NEW]
        updated = [d for d in decisions if d.outcome is Outcome.UPDATED]
        if new:
            if self._last_id is None:
                self._last_id = connection.scalar(select(func.coalesce(func.max(products.c.id), 0)))
            _INSERT_PRODUCT.run_rows(
                self.uow,
                _NEW_COLUMNS,
                [_new_values(d.row) for d in new],
                {"on_hand": Decimal(0), "created_at": now, "updated_at": now},
            )
            # The new ids: those past the last one seen. Ids only grow (SQLite's max + 1
            # under the import's write lock; a PostgreSQL sequence), so no list of SKUs to bind.
            ids: dict[str, int] = dict(_NEW_IDS.rows(self.uow, {"last": self._last_id}))
            for d in new:
                d.product_id = ids[d.row["sku"]]
            self._last_id = max(ids.values())
        if updated:
            _UPDATE_PRODUCT.run(self.uow, [self._update_params(d, now) for d in updated])
        changed = new + updated
        removed = [{"old_code": c} for d in changed for c in d.remove_codes]
        if removed:
            _DELETE_CODE.run(self.uow, removed)
        added = [(c, d.product_id) for d in changed for c in d.add_codes]
        _INSERT_CODE.run_rows(self.uow, ("code", "product_id"), added)
        self._further_rates(changed)
        self._price_history(updated, now)
        moves = [  # in the file's order
            Move(_id(d), d.stock_change)
            for d in decisions
            if d.stock_change and d.outcome in (Outcome.NEW, Outcome.UPDATED)
        ]
        if moves:
            apply_moves(
                self.uow,
                moves,
                MovementKind.IMPORT,
                user_id=self.actor.user_id,
                till=self.actor.till,
                at=now,
                reason=self.reason,
            )

    def _further_rates(self, changed: Sequence[Decision]) -> None:
        """The rates after the first (QST after GST) of the products whose rates the file
        sets, one ``set_further_rates`` per list of rates: a batch holds few such lists."""
        products_by_rates: dict[tuple[int, ...], list[int]] = {}
        for d in changed:
            if d.set_rates:
                products_by_rates.setdefault(d.further_rates, []).append(_id(d))
        for further, product_ids in products_by_rates.items():
            set_further_rates(self.uow, product_ids, further)

    @staticmethod
    def _update_params(decision: Decision, now: Any) -> dict[str, Any]:
        params = {f"new_{name}": value for name, value in decision.row.items()}
        params["product_id"], params["now"] = decision.product_id, now
        return params

    def _price_history(self, updated: Sequence[Decision], now: Any) -> None:
        changes = [
            {
                "product_id": d.product_id,
                "old_price": d.old_price,
                "new_price": d.row["price"],
                "changed_at": now,
                "user_id": self.actor.user_id,
                "approver_id": self.actor.approver_id,
                "till": self.actor.till,
            }
            for d in updated
            if d.old_price is not None
        ]
        if changes:
            _INSERT_PRICE_CHANGE.run(self.uow, changes)


def _id(decision: Decision) -> int:
    assert decision.product_id is not None
    return decision.product_id
