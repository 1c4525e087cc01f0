"""Counting: a scan adds one, a typed quantity adds or sets, a recount starts a line over.

Every change of a line is one atomic upsert, ``INSERT ... ON CONFLICT (count_id, product_id)
DO UPDATE SET counted = counted + excluded.counted``: two tills scanning the same count (two
processes on one SQLite file, or on PostgreSQL) add up, and no scan is lost. The line's
``expected`` is the ledger's on hand read by that same statement when the line is first
made (or set, or recounted); later scans leave it alone, so a sale after the shelf was
counted is neither lost nor counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import ClauseElement, Integer, String, bindparam, exists, select

from pos.db.base import Quantity, UtcDateTime, utcnow
from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import products, stock_count_lines, stock_counts
from pos.db.uow import UnitOfWork
from pos.domain.cart import MAX_QUANTITY, QUANTITY_QUANTUM, Unit, check_quantity
from pos.domain.errors import InvalidInput, NotFound, WeightNeeded
from pos.services.dto import Actor
from pos.services.lookup import sellable_by_code
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Permission, authorized
from pos.services.stock.counts_start import OPEN, CountScope, in_scope, not_open_message


class Entry(StrEnum):
    """What a typed quantity does to a line."""

    ADD = "add"
    SET = "set"


@dataclass(frozen=True, slots=True)
class CountedLine:
    """A product's line after a scan or a typed quantity. ``expected`` is None in a blind
    count: the counter must not see it."""

    product_id: int
    sku: str
    name: str
    unit: Unit
    counted: Decimal
    expected: Decimal | None


def parse_quantity(text: str) -> Decimal:
    """A typed quantity: '3', '1.25', '1,25'. Raises InvalidInput for anything else."""
    typed = text.strip()
    not_a_number = f"'{typed}' is not a quantity. Type a number such as 3."
    try:
        quantity = Decimal(typed.replace(",", "."))
    except InvalidOperation:
        raise InvalidInput(not_a_number) from None
    if not quantity.is_finite():
        raise InvalidInput(not_a_number)
    if quantity < 0:
        raise InvalidInput("A count cannot be negative. Type what is on the shelf, or 0.")
    if quantity > MAX_QUANTITY:
        raise InvalidInput(f"{quantity} is too many for one line. Check the quantity.")
    return quantity


def scan_into_count(
    db: Database,
    actor: Actor,
    count_id: int,
    code: str,
    settings: ShopSettings,
) -> CountedLine:
    """Count one of the scanned item (or the weight on its label).

    Raises:
        UnknownBarcode / InvalidBarcode: the code is no product.
        WeightNeeded: a weighed item without a weight label: weigh it and type the weight.
        InvalidInput: the item is not in the count, or the count is posted or cancelled.
    """
    # Not fsynced (as the open cart's snapshot): it survives the app crashing, a power cut
    # may take the last scans, which the running count on screen shows, and the next
    # durable commit (any sale) makes them durable. A scan a second, each with an fsync,
    # would wait on the disk.
    with db.write(durable=False) as uow:
        actor = authorized(uow, actor, Permission.COUNT)
        scope, blind = _open_count(uow, count_id)
        item = sellable_by_code(uow, code, settings)
        if item.needs_weight:
            raise WeightNeeded(item.product_id, item.name)
        _check_in_scope(uow, count_id, scope, item.product_id, item.name)
        counted, expected = _upsert(uow, actor, count_id, item.product_id, item.quantity, Entry.ADD)
        uow.commit()
    return CountedLine(
        item.product_id, item.sku, item.name, item.unit, counted, None if blind else expected
    )


def count_product(
    db: Database,
    actor: Actor,
    count_id: int,
    product_id: int,
    quantity: Decimal,
    entry: Entry = Entry.ADD,
) -> CountedLine:
    """Add ``quantity`` to a product's line, or set the line to it (a set also reads the
    expected stock anew, as a recount does).

    Raises:
        InvalidInput: a negative or impossible quantity, a product outside the count, or the
            count is posted or cancelled.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.COUNT)
        scope, blind = _open_count(uow, count_id)
        sku, name, unit = _product(uow, product_id)
        _check_quantity(quantity, unit, entry)
        _check_in_scope(uow, count_id, scope, product_id, name)
        counted, expected = _upsert(uow, actor, count_id, product_id, quantity, entry)
        uow.commit()
    return CountedLine(product_id, sku, name, unit, counted, None if blind else expected)


def recount_line(db: Database, actor: Actor, count_id: int, product_id: int) -> CountedLine:
    """Start a product's line over: counted 0, expected the stock as it is now; the next
    scans count the shelf again."""
    return count_product(db, actor, count_id, product_id, Decimal(0), Entry.SET)


def _check_quantity(quantity: Decimal, unit: Unit, entry: Entry) -> None:
    if quantity < 0:
        raise InvalidInput("A count cannot be negative. Type what is on the shelf, or 0.")
    if quantity == 0:
        if entry is Entry.ADD:
            raise InvalidInput("Adding 0 changes nothing. Type how many to add.")
        return
    check_quantity(quantity, unit)


#: The count's status, scope and blind flag. On PostgreSQL the row is share-locked until
#: commit, so a Post on another till waits for this scan (and this scan, for a Post).
_OPEN_COUNT = Prepared(
    select(stock_counts.c.status, stock_counts.c.scope, stock_counts.c.blind)
    .where(stock_counts.c.id == bindparam("p_count"))
    .with_for_update(read=True)
)
_PRODUCT = Prepared(
    select(products.c.sku, products.c.name, products.c.unit).where(
        products.c.id == bindparam("p_product")
    )
)
#: Is the product in the count's scope? One statement per kind of scope, built once.
_IN_SCOPE = {
    scope: Prepared(
        select(
            exists().where(
                products.c.id == bindparam("p_product"),
                in_scope(bindparam("p_count", type_=Integer), scope),
            )
        )
    )
    for scope in CountScope
}


def _open_count(uow: UnitOfWork, count_id: int) -> tuple[CountScope, bool]:
    """The open count's scope and blind flag, or InvalidInput saying why it is not open."""
    row = _OPEN_COUNT.first(uow, {"p_count": count_id})
    if row is None or row[0] != OPEN:
        raise InvalidInput(not_open_message(uow, count_id))
    return CountScope(row[1]), bool(row[2])


def _product(uow: UnitOfWork, product_id: int) -> tuple[str, str, Unit]:
    row = _PRODUCT.first(uow, {"p_product": product_id})
    if row is None:
        raise NotFound("That product does not exist.")
    return row[0], row[1], Unit(row[2])


def _check_in_scope(
    uow: UnitOfWork, count_id: int, scope: CountScope, product_id: int, name: str
) -> None:
    if not _IN_SCOPE[scope].scalar(uow, {"p_count": count_id, "p_product": product_id}):
        raise InvalidInput(
            f"'{name}' is not part of this count. Put it aside for a count that covers it."
        )


def _upsert(
    uow: UnitOfWork,
    actor: Actor,
    count_id: int,
    product_id: int,
    quantity: Decimal,
    entry: Entry,
) -> tuple[Decimal, Decimal]:
    """Add to (or set) the line, making it with the current on hand as expected if new."""
    now = utcnow()
    counted, expected = _UPSERTS.get(uow.dialect.name, entry).rows(
        uow,
        {
            "p_count": count_id,
            "p_product": product_id,
            "p_quantity": quantity.quantize(QUANTITY_QUANTUM),
            "p_at": now,
            "p_user": actor.user_id,
            "p_approver": actor.approver_id,
            "p_till": actor.till,
        },
    )[0]
    return counted, expected


class _Upserts:
    """The line upserts, built once per dialect and entry: a scan runs one every second.

    Each is the dialect's own INSERT, which knows ON CONFLICT; the PostgreSQL dialect is
    imported when first needed (it costs a SQLite till 60 ms of its start). The line keeps
    the product's cost as it was counted, so the review sorts its money without reading the
    products; posting takes the cost of that moment.
    """

    def __init__(self) -> None:
        self._built: dict[tuple[str, Entry], Prepared] = {}

    def get(self, dialect: str, entry: Entry) -> Prepared:
        key = (dialect, entry)
        if key not in self._built:
            self._built[key] = Prepared(_build_upsert(dialect, entry))
        return self._built[key]


def _build_upsert(dialect: str, entry: Entry) -> ClauseElement:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    lines = stock_count_lines.c
    product = products.c.id == bindparam("p_product")
    at = bindparam("p_at", type_=UtcDateTime())
    statement = dialect_insert(stock_count_lines).values(
        count_id=bindparam("p_count"),
        product_id=bindparam("p_product"),
        counted=bindparam("p_quantity", type_=Quantity()),
        expected=select(products.c.on_hand).where(product).scalar_subquery(),
        counted_at=at,
        updated_at=at,
        user_id=bindparam("p_user", type_=Integer),
        approver_id=bindparam("p_approver", type_=Integer),
        till=bindparam("p_till", type_=String),
        unit_cost=select(products.c.cost).where(product).scalar_subquery(),
    )
    new = statement.excluded
    changes: dict[str, Any] = {
        "updated_at": new.updated_at,
        "user_id": new.user_id,
        "approver_id": new.approver_id,
        "till": new.till,
    }
    if entry is Entry.ADD:
        changes["counted"] = lines.counted + new.counted
    else:
        changes.update(
            counted=new.counted,
            expected=new.expected,
            counted_at=new.counted_at,
            unit_cost=new.unit_cost,
        )
    return statement.on_conflict_do_update(
        index_elements=[lines.count_id, lines.product_id], set_=changes
    ).returning(lines.counted, lines.expected)


_UPSERTS = _Upserts()
