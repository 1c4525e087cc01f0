"""What every report shares: the permission check, the period's bounds, signed sums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case
from sqlalchemy.sql.elements import ColumnElement

from pos.db.tables import sales
from pos.db.uow import UnitOfWork
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize

SALE = "sale"
REFUND = "refund"
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Bounds:
    """A period's UTC instants: a sale counts when ``start <= created_at < end``."""

    start: datetime
    end: datetime

    def where(self) -> ColumnElement[bool]:
        return (sales.c.created_at >= self.start) & (sales.c.created_at < self.end)


def may_see_reports(uow: UnitOfWork, actor: Actor) -> None:
    """Every report asks first: a cashier is refused with the reason."""
    authorize(uow, actor, Permission.SEE_REPORTS)


def signed(column: Any) -> ColumnElement[Any]:
    """Refunds are stored with positive amounts; they count against the sales."""
    return case((sales.c.kind == REFUND, -column), else_=column)


def only(kind: str, column: Any) -> ColumnElement[Any]:
    """``column`` for one kind of document, nothing for the other (summed)."""
    return case((sales.c.kind == kind, column), else_=None)


def money(value: Any) -> Decimal:
    return value if value is not None else ZERO
