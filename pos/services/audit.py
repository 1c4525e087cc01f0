"""The append-only audit log: who did what at which till, sealed into a hash chain."""

from __future__ import annotations

from typing import Any

from pos.db.base import utcnow
from pos.db.uow import UnitOfWork
from pos.services.staff.chain import append, canonical_details


def record(
    uow: UnitOfWork,
    action: str,
    user_id: int | None,
    till: str,
    *,
    approver_id: int | None = None,
    **details: Any,
) -> str:
    """Add an audit entry inside the action's own unit of work; ``approver_id`` is the
    manager whose PIN allowed it, when the user could not do it alone. Returns the entry's
    seal (what a Z report prints to anchor the log on paper).

    The entry is sealed into the log's hash chain (``pos.services.staff.chain``). On
    PostgreSQL that holds the chain's head until the transaction ends, so call this last,
    after the action's other writes, to keep that wait short.
    """
    return append(uow, utcnow(), user_id, approver_id, till, action, canonical_details(details))
