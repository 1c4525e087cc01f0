"""What an import may do as the user who runs it, told before it runs.

An import with a Cost column sets costs, and whoever may not see costs (SEE_COSTS) may
not set them either: the import is refused at the end unless a manager approves. The
preview asks here first, so the user is warned while the file is only being checked,
not after waiting for the import.
"""

from __future__ import annotations

from enum import StrEnum

from pos.db.engine import Database
from pos.domain.errors import NotAllowed
from pos.services.catalog.import_columns import Field, Mapping
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorize


class CostColumn(StrEnum):
    """What becomes of the file's Cost column when the user imports it."""

    #: No column is read as the cost.
    NONE = "none"
    #: The user (or the approver already given) may set costs.
    ALLOWED = "allowed"
    #: The import will need a manager's approval, or it is refused.
    NEEDS_APPROVAL = "needs_approval"


def cost_column(db: Database, mapping: Mapping, actor: Actor) -> CostColumn:
    """Whether ``actor`` may import ``mapping``'s Cost column: decided as
    ``import_products`` decides it, in a read of its own."""
    if Field.COST not in mapping:
        return CostColumn.NONE
    with db.read() as uow:
        try:
            authorize(uow, actor, Permission.SEE_COSTS)
        except NotAllowed:
            return CostColumn.NEEDS_APPROVAL
    return CostColumn.ALLOWED
