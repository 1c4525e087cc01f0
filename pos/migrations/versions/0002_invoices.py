"""Invoices: a numbered invoice (series "I") for a sale, with the buyer's details.

Revision ID: 5b2e8c4a9f10
Revises: d1fbfaa83f0e
Create Date: 2026-11-24 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base
from pos.migrations import append_only

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
    append_only.protect(APPEND_ONLY)


def downgrade() -> None:
    append_only.unprotect(APPEND_ONLY)
    op.drop_table("invoices")


#: The 0001 migration's trigger function (PostgreSQL) is reused; only triggers are added.
APPEND_ONLY = ("invoices",)
