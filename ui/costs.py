"""Whether the person at the till may see costs and margins (SEE_COSTS).

Screens hide every cost column and field from whoever may not: hidden, not greyed out,
since a greyed-out figure is still read. A manager's approval of another action never
shows costs: the cashier is still the one looking.
"""

from __future__ import annotations

from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, permissions_of


def sees_costs(db: Database, actor: Actor) -> bool:
    """True when ``actor``'s user may see costs and margins alone."""
    return actor.user_id is not None and Permission.SEE_COSTS in permissions_of(db, actor.user_id)
