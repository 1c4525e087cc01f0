"""Staff: roles and what each may do, a user's PIN guards (failed tries, lock), and the
approver recorded beside the user on sales, refunds, price changes, stock documents and
the audit log.

Revision ID: a4d9e6b3c1f0
Revises: f5a1c7d92b46
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base

revision: str = "a4d9e6b3c1f0"
down_revision: str | None = "f5a1c7d92b46"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A new shop's roles, as pos.services.staff.permissions defines them today. Written out
# here so that this migration does the same thing whatever that module becomes.
_MANAGER = [
    "sell",
    "refund",
    "void",
    "discount",
    "change_price",
    "no_sale",
    "cash_in_out",
    "close_shift",
    "edit_products",
    "see_costs",
    "receive",
    "adjust",
    "count",
    "post_count",
    "see_reports",
]
_ROLES = {
    "owner": ("100", [*_MANAGER, "change_settings", "manage_users"]),
    "manager": ("100", _MANAGER),
    "cashier": ("10", ["sell", "void", "count"]),
}
#: Documents that record the manager who approved what the user could not do alone.
_APPROVED = (
    "sales",
    "price_changes",
    "audit_log",
    "deliveries",
    "stock_adjustments",
    "stock_counts",
)


def upgrade() -> None:
    op.create_table(
        "roles",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("discount_limit", pos.db.base.Percent(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_roles")),
    )
    op.create_table(
        "role_permissions",
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("permission", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["role"], ["roles.name"], name=op.f("fk_role_permissions_role_roles")
        ),
        sa.PrimaryKeyConstraint("role", "permission", name=op.f("pk_role_permissions")),
    )
    seed_roles()
    op.add_column(
        "users", sa.Column("failed_pins", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("users", sa.Column("locked_until", pos.db.base.UtcDateTime(), nullable=True))
    op.add_column("users", sa.Column("pin_changed_at", pos.db.base.UtcDateTime(), nullable=True))
    for table in _APPROVED:
        add_approver(table)


def seed_roles() -> None:
    """An existing shop's roles (a new shop gets them from ``pos.services.shop``)."""
    for name, (limit, permissions) in _ROLES.items():
        op.execute(
            sa.text(
                "INSERT INTO roles (name, discount_limit) SELECT :name, :limit "
                "WHERE EXISTS (SELECT 1 FROM users)"
            ).bindparams(name=name, limit=int(limit) * 10_000)
        )
        for permission in permissions:
            op.execute(
                sa.text(
                    "INSERT INTO role_permissions (role, permission) SELECT :name, :permission "
                    "WHERE EXISTS (SELECT 1 FROM users)"
                ).bindparams(name=name, permission=permission)
            )


def add_approver(table: str) -> None:
    """``approver_id``, a foreign key added in place (SQLite takes it in the column)."""
    name = f"fk_{table}_approver_id_users"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN approver_id INTEGER "
            f"CONSTRAINT {name} REFERENCES users (id)"
        )
    else:
        op.add_column(table, sa.Column("approver_id", sa.Integer(), nullable=True))
        op.create_foreign_key(name, table, "users", ["approver_id"], ["id"])


def downgrade() -> None:
    for table in _APPROVED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("approver_id")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("pin_changed_at")
        batch.drop_column("locked_until")
        batch.drop_column("failed_pins")
    op.drop_table("role_permissions")
    op.drop_table("roles")
