"""The list of deliveries and returns: drafts first, then posted ones, newest first,
read a page at a time (keyset on status and id, the ``ix_deliveries_status_id`` index)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import deliveries, delivery_lines, suppliers
from pos.db.uow import UnitOfWork
from pos.domain.money import Currency
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import sees_costs
from pos.services.stock.deliveries import (
    DeliveryKind,
    DeliveryStatus,
    line_total,
    number_of,
)

#: Drafts before posted documents.
_ORDER = (DeliveryStatus.DRAFT, DeliveryStatus.POSTED)


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    """One row of the deliveries list."""

    id: int
    kind: DeliveryKind
    status: DeliveryStatus
    number: str | None
    supplier_name: str
    supplier_reference: str
    delivered_on: date
    line_count: int
    #: The lines' value at cost: None for a user who may not see costs.
    total: Decimal | None

    @property
    def key(self) -> tuple[DeliveryStatus, int]:
        """Where the next page starts after this row."""
        return self.status, self.id


def list_deliveries(
    db: Database,
    *,
    after: tuple[DeliveryStatus, int] | None = None,
    limit: int = 100,
    actor: Actor | None = None,
) -> list[DeliverySummary]:
    """Up to ``limit`` deliveries after the row keyed ``after`` (from the start: None).
    Their totals at cost only for an ``actor`` who may see costs (SEE_COSTS)."""
    found: list[DeliverySummary] = []
    with db.read() as uow:
        money = read_settings(uow).money
        costs = actor is not None and sees_costs(uow, actor)
        for status in _ORDER:
            if after is not None and _ORDER.index(status) < _ORDER.index(after[0]):
                continue
            query = (
                select(
                    deliveries.c.id,
                    deliveries.c.kind,
                    deliveries.c.series,
                    deliveries.c.number,
                    suppliers.c.name,
                    deliveries.c.supplier_reference,
                    deliveries.c.delivered_on,
                )
                .select_from(
                    deliveries.outerjoin(suppliers, suppliers.c.id == deliveries.c.supplier_id)
                )
                .where(deliveries.c.status == status.value)
                .order_by(deliveries.c.id.desc())
                .limit(limit - len(found))
            )
            if after is not None and after[0] == status:
                query = query.where(deliveries.c.id < after[1])
            rows = uow.connection.execute(query).all()
            totals = _totals(uow, [row[0] for row in rows], money)
            found += [
                DeliverySummary(
                    did,
                    DeliveryKind(kind),
                    status,
                    number_of(series, number),
                    name or "",
                    reference,
                    day,
                    totals.get(did, (0, Decimal(0)))[0],
                    totals.get(did, (0, Decimal(0)))[1] if costs else None,
                )
                for did, kind, series, number, name, reference, day in rows
            ]
            if len(found) >= limit:
                break
    return found


def _totals(uow: UnitOfWork, ids: list[int], money: Currency) -> dict[int, tuple[int, Decimal]]:
    """Lines and value at cost of each delivery in ``ids``."""
    if not ids:
        return {}
    totals: dict[int, tuple[int, Decimal]] = {}
    rows = uow.connection.execute(
        select(
            delivery_lines.c.delivery_id, delivery_lines.c.quantity, delivery_lines.c.unit_cost
        ).where(delivery_lines.c.delivery_id.in_(ids))
    )
    for did, quantity, cost in rows:
        count, value = totals.get(did, (0, Decimal(0)))
        totals[did] = (count + 1, value + line_total(quantity, cost, money))
    return totals
