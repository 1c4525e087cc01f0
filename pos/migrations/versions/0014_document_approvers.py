"""Who issued an invoice and who approved it; who approved opening a shift; who approved
counting a count's line.

Every document records the user and, when the user's role could not do it alone, the
manager whose PIN allowed it (issue 14). Three places kept the approver only in the audit
log: invoices (which did not record even the user), a shift's opening (``opened_by``, but
no approver; its close is the Z report's, which has both) and a count's lines (``user_id``,
but not the approver who let a cashier count). They get the columns here.

Rows written before this migration keep NULL: the audit log holds who issued those
invoices, and invoices are append-only (triggers), so they are not filled in afterwards.

Revision ID: f4b2c6d8e0a3
Revises: e3a1b5c7d9f2
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f4b2c6d8e0a3"
down_revision: str | None = "e3a1b5c7d9f2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column): each a nullable foreign key to users.
_COLUMNS = (
    ("invoices", "user_id"),
    ("invoices", "approver_id"),
    ("shifts", "approver_id"),
    ("stock_count_lines", "approver_id"),
)


def upgrade() -> None:
    for table, column in _COLUMNS:
        _add_user_column(table, column)


def _add_user_column(table: str, column: str) -> None:
    """A foreign key to users added in place. SQLite takes the constraint in the column;
    ALTER TABLE there, not a batch copy of the table, keeps the append-only triggers."""
    name = f"fk_{table}_{column}_users"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {name} REFERENCES users (id)"
        )
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(name, table, "users", [column], ["id"])


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN on both (SQLite 3.35 and later): a batch copy of the
    # table would drop the invoices' append-only triggers with the old table.
    for table, column in reversed(_COLUMNS):
        if op.get_bind().dialect.name != "sqlite":
            op.drop_constraint(f"fk_{table}_{column}_users", table, type_="foreignkey")
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
