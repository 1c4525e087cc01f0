"""Managers may lift a lock for wrong PINs: the ``unlock_staff`` permission.

Before this, only whoever could manage staff (the owner, at first) could unlock someone,
and managers could not. A shop's existing roles get it: the owner's and the manager's (as
a new shop's do), and any role that could manage staff, so nobody who could unlock before
loses it. Nothing else about a role is changed, and a role that has it already is left as
it is (the migration may meet a database a newer ShopTill touched).

Revision ID: e3a1b5c7d9f2
Revises: d2f7c4a8e6b1
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e3a1b5c7d9f2"
down_revision: str | None = "d2f7c4a8e6b1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Written out, not imported: this migration does the same whatever the services become.
UNLOCK = "unlock_staff"
MANAGE_USERS = "manage_users"
ROLES = ("owner", "manager")


def upgrade() -> None:
    op.execute(
        sa.text(
            "INSERT INTO role_permissions (role, permission) "
            "SELECT roles.name, :unlock FROM roles "
            "WHERE (roles.name IN (:owner, :manager) OR EXISTS ("
            "  SELECT 1 FROM role_permissions AS held "
            "  WHERE held.role = roles.name AND held.permission = :manage)) "
            "AND NOT EXISTS ("
            "  SELECT 1 FROM role_permissions AS has "
            "  WHERE has.role = roles.name AND has.permission = :unlock)"
        ).bindparams(unlock=UNLOCK, owner=ROLES[0], manager=ROLES[1], manage=MANAGE_USERS)
    )


def downgrade() -> None:
    op.execute(
        sa.text("DELETE FROM role_permissions WHERE permission = :unlock").bindparams(unlock=UNLOCK)
    )
