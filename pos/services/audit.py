"""The append-only audit log: who did what at which till."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert

from pos.db.base import utcnow
from pos.db.tables import audit_log
from pos.db.uow import UnitOfWork

_INSERT = insert(audit_log)


def record(
    uow: UnitOfWork,
    action: str,
    user_id: int | None,
    till: str,
    *,
    approver_id: int | None = None,
    **details: Any,
) -> None:
    """Add an audit entry inside the action's own unit of work; ``approver_id`` is the
    manager whose PIN allowed it, when the user could not do it alone."""
    uow.connection.execute(
        _INSERT,
        {
            "at": utcnow(),
            "user_id": user_id,
            "till": till,
            "action": action,
            "approver_id": approver_id,
            "details": json.dumps(details, default=str, sort_keys=True),
        },
    )
