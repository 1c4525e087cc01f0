"""Counter actions that move no goods but must leave a trace: opening the drawer for no sale."""

from __future__ import annotations

from pos.db.engine import Database
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize


def record_no_sale(db: Database, actor: Actor, reason: str = "") -> None:
    """Log that the cash drawer was opened without a sale (giving change, a cash check).

    Needs NO_SALE, or a manager's approval (``actor.approver_id``); the log records both.
    The caller opens the drawer only after this returns.
    """
    with db.write() as uow:
        done = authorize(uow, actor, Permission.NO_SALE)
        record(
            uow,
            "no_sale",
            done.user_id,
            actor.till,
            approver_id=done.approver_id,
            reason=reason.strip(),
        )
        uow.commit()
