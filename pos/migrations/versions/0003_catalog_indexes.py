"""Indexes for a big catalog: products by tax rate, and the favourites (quick picks).

Revision ID: 7c41d2e9b3a6
Revises: 5b2e8c4a9f10
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c41d2e9b3a6"
down_revision: str | None = "5b2e8c4a9f10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Settings counts the products per tax rate; without an index that reads every product.
    op.create_index("ix_products_tax_rate_id", "products", ["tax_rate_id"])
    # The till's quick-pick buttons: a partial index holds only the few favourites.
    op.create_index(
        "ix_products_favourite",
        "products",
        ["category_id", "name"],
        sqlite_where=sa.text("favourite = 1"),  # as SQLAlchemy writes the query
        postgresql_where=sa.text("favourite"),
    )


def downgrade() -> None:
    op.drop_index("ix_products_favourite", table_name="products")
    op.drop_index("ix_products_tax_rate_id", table_name="products")
