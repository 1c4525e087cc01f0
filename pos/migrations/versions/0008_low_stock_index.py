"""Low stock means a reorder level is set: the partial index holds only those products, and
carries ``active`` so that the till's "N low on stock" is counted from the index alone.

Revision ID: f5a1c7d92b46
Revises: e3b8c1f4a907
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f5a1c7d92b46"
down_revision: str | None = "e3b8c1f4a907"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOW = "on_hand <= reorder_level AND reorder_level + 0 > 0"
OLD_LOW = "on_hand <= reorder_level"


def upgrade() -> None:
    op.drop_index("ix_products_low_stock", table_name="products")
    op.create_index(
        "ix_products_low_stock",
        "products",
        ["search_key", "id", "active"],
        sqlite_where=sa.text(LOW),
        postgresql_where=sa.text(LOW),
    )


def downgrade() -> None:
    op.drop_index("ix_products_low_stock", table_name="products")
    op.create_index(
        "ix_products_low_stock",
        "products",
        ["search_key", "id"],
        sqlite_where=sa.text(OLD_LOW),
        postgresql_where=sa.text(OLD_LOW),
    )
