"""Stock value snapshots: the stock at each month's end, so that the value at a past date
sums a snapshot and a month of movements rather than the whole ledger; the movements'
time gets an index; a trigger lists the products whose category changed.

Revision ID: e3b8c1f4a907
Revises: c7d2a9e15f38
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base

revision: str = "e3b8c1f4a907"
down_revision: str | None = "c7d2a9e15f38"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGER = """
CREATE TRIGGER products_recategorised AFTER UPDATE OF category_id ON products
WHEN OLD.category_id IS NOT NEW.category_id
BEGIN
    INSERT OR REPLACE INTO stock_value_recategorised (product_id, changed_at)
    VALUES (NEW.id, strftime('%Y-%m-%d %H:%M:%f000', 'now'));
END
"""
_POSTGRESQL_FUNCTION = """
CREATE FUNCTION shoptill_recategorised() RETURNS trigger AS $$
BEGIN
    INSERT INTO stock_value_recategorised (product_id, changed_at)
    VALUES (NEW.id, clock_timestamp() AT TIME ZONE 'UTC')
    ON CONFLICT (product_id) DO UPDATE SET changed_at = EXCLUDED.changed_at;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""
_POSTGRESQL_TRIGGER = """
CREATE TRIGGER products_recategorised AFTER UPDATE OF category_id ON products
FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id)
EXECUTE FUNCTION shoptill_recategorised()
"""


def upgrade() -> None:
    op.create_index("ix_stock_movements_created_at", "stock_movements", ["created_at"])
    op.create_table(
        "stock_value_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("until", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("taken_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_value_snapshots")),
        sa.UniqueConstraint("until", name=op.f("uq_stock_value_snapshots_until")),
    )
    op.create_table(
        "stock_value_lines",
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("quantity", pos.db.base.Quantity(), nullable=False),
        sa.Column("unit_cost", pos.db.base.Money(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_value_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["stock_value_snapshots.id"],
            name=op.f("fk_stock_value_lines_snapshot_id_stock_value_snapshots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("snapshot_id", "product_id", name=op.f("pk_stock_value_lines")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_stock_value_lines_snapshot_category",
        "stock_value_lines",
        ["snapshot_id", "category_id", "quantity", "unit_cost"],
    )
    op.create_table(
        "stock_value_recategorised",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_stock_value_recategorised_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_stock_value_recategorised")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(_SQLITE_TRIGGER)
    elif dialect == "postgresql":
        op.execute(_POSTGRESQL_FUNCTION)
        op.execute(_POSTGRESQL_TRIGGER)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(
        "DROP TRIGGER IF EXISTS products_recategorised"
        + (" ON products" if dialect == "postgresql" else "")
    )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS shoptill_recategorised()")
    op.drop_table("stock_value_recategorised")
    op.drop_index("ix_stock_value_lines_snapshot_category", table_name="stock_value_lines")
    op.drop_table("stock_value_lines")
    op.drop_table("stock_value_snapshots")
    op.drop_index("ix_stock_movements_created_at", table_name="stock_movements")
