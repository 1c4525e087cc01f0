"""Invoices: a numbered invoice (series "I") for a sale, with the buyer's details.

Revision ID: 5b2e8c4a9f10
Revises: d1fbfaa83f0e
Create Date: 2026-11-24 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base

revision: str = "5b2e8c4a9f10"
down_revision: str | None = "d1fbfaa83f0e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=10), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_address", sa.Text(), nullable=False),
        sa.Column("buyer_tax_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_invoices_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_invoices_sale_id")),
        sa.UniqueConstraint("series", "number", name=op.f("uq_invoices_series")),
    )
    protect_append_only_tables()


def downgrade() -> None:
    unprotect_append_only_tables()
    op.drop_table("invoices")


#: The 0001 migration's trigger function (PostgreSQL) is reused; only triggers are added.
APPEND_ONLY = ("invoices",)


def protect_append_only_tables() -> None:
    """An issued invoice can never be changed or deleted: corrections are new documents."""
    bind = op.get_bind()
    for table in APPEND_ONLY:
        if bind.dialect.name == "sqlite":
            for event in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} rows are never changed or deleted'); END"
                )
        elif bind.dialect.name == "postgresql":
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION shoptill_append_only()"
            )


def unprotect_append_only_tables() -> None:
    bind = op.get_bind()
    for table in APPEND_ONLY:
        if bind.dialect.name == "sqlite":
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")
        elif bind.dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
