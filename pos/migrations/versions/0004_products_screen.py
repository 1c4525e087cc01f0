"""The products screen: sort indexes, price history, category colours, reorder quantity.

Revision ID: 9e3a61c4d7b2
Revises: 7c41d2e9b3a6
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base

revision: str = "9e3a61c4d7b2"
down_revision: str | None = "7c41d2e9b3a6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: As ``pos.db.tables.SORT_INDEXES`` when this migration was written (copied, not imported:
#: a migration must not change when the code does).
SORT_INDEXES = {
    "price": ("price", "id"),
    "cost": ("cost", "id"),
    "on_hand": ("on_hand", "id"),
    "reorder_level": ("reorder_level", "id"),
    "category": ("category_id", "search_key", "id"),
    "tax_rate": ("tax_rate_id", "search_key", "id"),
    "unit": ("unit", "search_key", "id"),
}
EXPRESSION_SORT_INDEXES = {
    "margin": "(CASE WHEN price > 0 THEN (price - cost) * 10000 / price END), id",
    "active": "(CASE WHEN active THEN 0 ELSE 1 END), search_key, id",
}


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on both databases: a batch operation would rebuild the
    # products table on SQLite and lose its search triggers.
    op.add_column("categories", sa.Column("colour", sa.String(length=7), nullable=True))
    op.add_column(
        "products",
        sa.Column("reorder_quantity", pos.db.base.Quantity(), nullable=False, server_default="0"),
    )
    op.create_table(
        "price_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("old_price", pos.db.base.Money(), nullable=False),
        sa.Column("new_price", pos.db.base.Money(), nullable=False),
        sa.Column("changed_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_price_changes_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_price_changes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_changes")),
    )
    op.create_index("ix_price_changes_product_id_id", "price_changes", ["product_id", "id"])
    for name, columns in SORT_INDEXES.items():
        op.create_index(f"ix_products_sort_{name}", "products", list(columns))
    op.create_index(
        "ix_products_low_stock",
        "products",
        ["search_key", "id"],
        sqlite_where=sa.text("on_hand <= reorder_level"),
        postgresql_where=sa.text("on_hand <= reorder_level"),
    )
    for name, expression in EXPRESSION_SORT_INDEXES.items():
        op.execute(f"CREATE INDEX ix_products_sort_{name} ON products ({expression})")
    protect_price_history()


def downgrade() -> None:
    unprotect_price_history()
    for name in EXPRESSION_SORT_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS ix_products_sort_{name}")
    op.drop_index("ix_products_low_stock", table_name="products")
    for name in reversed(SORT_INDEXES):
        op.drop_index(f"ix_products_sort_{name}", table_name="products")
    op.drop_index("ix_price_changes_product_id_id", table_name="price_changes")
    op.drop_table("price_changes")
    op.drop_column("products", "reorder_quantity")  # SQLite 3.35+ drops columns in place
    op.drop_column("categories", "colour")


def protect_price_history() -> None:
    """A price change, once written, is history: never changed or deleted."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER price_changes_no_{event.lower()} BEFORE {event} ON "
                "price_changes BEGIN "
                "SELECT RAISE(ABORT, 'price_changes rows are never changed or deleted'); END"
            )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER price_changes_append_only BEFORE UPDATE OR DELETE ON price_changes "
            "FOR EACH ROW EXECUTE FUNCTION shoptill_append_only()"
        )


def unprotect_price_history() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS price_changes_no_{event}")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS price_changes_append_only ON price_changes")
