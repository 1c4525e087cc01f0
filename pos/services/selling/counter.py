"""Counter actions that move no goods but must leave a trace: opening the drawer for no sale."""

from __future__ import annotations

from pos.db.engine import Database
from pos.services.audit import record
from pos.services.shop import UserDTO


def record_no_sale(db: Database, cashier: UserDTO, till: str, reason: str = "") -> None:
    """Log that the cash drawer was opened without a sale (giving change, a cash check)."""
    with db.write() as uow:
        record(uow, "no_sale", cashier.id, till, reason=reason.strip())
        uow.commit()
