"""Several taxes on one product: a product's further rates, a sale line's tax per rate.

Revision ID: b8f4e2a71c05
Revises: 9e3a61c4d7b2
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base
from pos.migrations import append_only

revision: str = "b8f4e2a71c05"
down_revision: str | None = "9e3a61c4d7b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: products keeps its first rate in tax_rate_id and is not rebuilt (a
    # batch operation would rebuild it on SQLite and lose its search triggers).
    op.create_table(
        "product_taxes",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("tax_rate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_taxes_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tax_rate_id"], ["tax_rates.id"], name=op.f("fk_product_taxes_tax_rate_id_tax_rates")
        ),
        sa.PrimaryKeyConstraint("product_id", "position", name=op.f("pk_product_taxes")),
    )
    op.create_index(op.f("ix_product_taxes_tax_rate_id"), "product_taxes", ["tax_rate_id"])
    op.create_table(
        "sale_line_taxes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("sale_line_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tax_name", sa.String(length=60), nullable=False),
        sa.Column("tax_percent", pos.db.base.Percent(), nullable=False),
        sa.Column("tax", pos.db.base.Money(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sale_line_taxes_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["sale_line_id"],
            ["sale_lines.id"],
            name=op.f("fk_sale_line_taxes_sale_line_id_sale_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_line_taxes")),
    )
    op.create_index(op.f("ix_sale_line_taxes_sale_id"), "sale_line_taxes", ["sale_id"])
    append_only.protect(APPEND_ONLY)


def downgrade() -> None:
    append_only.unprotect(APPEND_ONLY)
    op.drop_index(op.f("ix_sale_line_taxes_sale_id"), table_name="sale_line_taxes")
    op.drop_table("sale_line_taxes")
    op.drop_index(op.f("ix_product_taxes_tax_rate_id"), table_name="product_taxes")
    op.drop_table("product_taxes")


#: The 0001 migration's trigger function (PostgreSQL) is reused; only triggers are added.
APPEND_ONLY = ("sale_line_taxes",)
