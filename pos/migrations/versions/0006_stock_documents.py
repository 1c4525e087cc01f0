"""Stock documents: suppliers, deliveries and returns, adjustments, counts; a movement's
document and unit cost; a product's usual supplier and maximum level.

Revision ID: c7d2a9e15f38
Revises: b8f4e2a71c05
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base
from pos.migrations import append_only

revision: str = "c7d2a9e15f38"
down_revision: str | None = "b8f4e2a71c05"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "suppliers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppliers")),
        sa.UniqueConstraint("name", name=op.f("uq_suppliers_name")),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("series", sa.String(length=10), nullable=True),
        sa.Column("number", sa.BigInteger(), nullable=True),
        sa.Column("supplier_id", sa.Integer(), nullable=True),
        sa.Column("supplier_reference", sa.String(length=60), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("returns_delivery_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("posted_by", sa.Integer(), nullable=True),
        sa.Column("posted_at", pos.db.base.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_deliveries_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["posted_by"], ["users.id"], name=op.f("fk_deliveries_posted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["returns_delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_deliveries_returns_delivery_id_deliveries"),
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["suppliers.id"], name=op.f("fk_deliveries_supplier_id_suppliers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("series", "number", name=op.f("uq_deliveries_series")),
    )
    op.create_index(
        op.f("ix_deliveries_returns_delivery_id"), "deliveries", ["returns_delivery_id"]
    )
    op.create_index("ix_deliveries_status_id", "deliveries", ["status", "id"])

    op.create_table(
        "stock_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=10), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_stock_adjustments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_adjustments")),
        sa.UniqueConstraint("series", "number", name=op.f("uq_stock_adjustments_series")),
    )
    op.create_index(op.f("ix_stock_adjustments_created_at"), "stock_adjustments", ["created_at"])

    op.create_table(
        "stock_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("scope", sa.String(length=12), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("sold_since", pos.db.base.UtcDateTime(), nullable=True),
        sa.Column("series", sa.String(length=10), nullable=True),
        sa.Column("number", sa.BigInteger(), nullable=True),
        sa.Column("uncounted", sa.String(length=10), nullable=True),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("posted_by", sa.Integer(), nullable=True),
        sa.Column("posted_at", pos.db.base.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_stock_counts_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["posted_by"], ["users.id"], name=op.f("fk_stock_counts_posted_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_counts")),
        sa.UniqueConstraint("series", "number", name=op.f("uq_stock_counts_series")),
    )
    op.create_index("ix_stock_counts_status_id", "stock_counts", ["status", "id"])

    op.create_table(
        "delivery_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", pos.db.base.Quantity(), nullable=False),
        sa.Column("unit_cost", pos.db.base.Money(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_delivery_lines_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_delivery_lines_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_lines")),
    )
    op.create_index(
        "ix_delivery_lines_delivery_id_position", "delivery_lines", ["delivery_id", "position"]
    )
    op.create_index(op.f("ix_delivery_lines_product_id"), "delivery_lines", ["product_id"])

    op.create_table(
        "stock_adjustment_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("adjustment_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", pos.db.base.Quantity(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("unit_cost", pos.db.base.Money(), nullable=False),
        sa.ForeignKeyConstraint(
            ["adjustment_id"],
            ["stock_adjustments.id"],
            name=op.f("fk_stock_adjustment_lines_adjustment_id_stock_adjustments"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_stock_adjustment_lines_product_id_products"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_adjustment_lines")),
    )
    op.create_index(
        op.f("ix_stock_adjustment_lines_adjustment_id"), "stock_adjustment_lines", ["adjustment_id"]
    )
    op.create_index(
        op.f("ix_stock_adjustment_lines_product_id"), "stock_adjustment_lines", ["product_id"]
    )

    op.create_table(
        "stock_count_categories",
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_stock_count_categories_category_id_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["count_id"],
            ["stock_counts.id"],
            name=op.f("fk_stock_count_categories_count_id_stock_counts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("count_id", "category_id", name=op.f("pk_stock_count_categories")),
    )
    op.create_table(
        "stock_count_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("counted", pos.db.base.Quantity(), nullable=False),
        sa.Column("expected", pos.db.base.Quantity(), nullable=False),
        sa.Column("counted_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("unit_cost", pos.db.base.Money(), nullable=True),
        sa.ForeignKeyConstraint(
            ["count_id"],
            ["stock_counts.id"],
            name=op.f("fk_stock_count_lines_count_id_stock_counts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_count_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_stock_count_lines_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_count_lines")),
        sa.UniqueConstraint("count_id", "product_id", name=op.f("uq_stock_count_lines_count_id")),
    )
    op.create_index(op.f("ix_stock_count_lines_product_id"), "stock_count_lines", ["product_id"])

    op.create_table(
        "stock_count_products",
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["count_id"],
            ["stock_counts.id"],
            name=op.f("fk_stock_count_products_count_id_stock_counts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_stock_count_products_product_id_products"),
        ),
        sa.PrimaryKeyConstraint("count_id", "product_id", name=op.f("pk_stock_count_products")),
    )
    # Plain ALTER TABLE ADD COLUMN on both databases: a batch operation would rebuild these
    # tables on SQLite and lose their triggers (search on products, append-only on the ledger).
    add_usual_supplier()
    op.add_column(
        "products",
        sa.Column("max_level", pos.db.base.Quantity(), nullable=False, server_default="0"),
    )
    op.add_column(
        "stock_movements",
        sa.Column("document", sa.String(length=20), nullable=False, server_default=""),
    )
    op.add_column("stock_movements", sa.Column("unit_cost", pos.db.base.Money(), nullable=True))
    append_only.protect(APPEND_ONLY)
    add_document_series()


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM document_counters WHERE series IN ('D', 'DR', 'A', 'C')"))
    append_only.unprotect(APPEND_ONLY)
    # SQLite 3.35+ drops columns in place; the foreign key goes with its column.
    op.drop_column("stock_movements", "unit_cost")
    op.drop_column("stock_movements", "document")
    op.drop_column("products", "max_level")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_products_supplier_id_suppliers", "products", type_="foreignkey")
    op.drop_column("products", "supplier_id")

    op.drop_table("stock_count_products")
    op.drop_index(op.f("ix_stock_count_lines_product_id"), table_name="stock_count_lines")

    op.drop_table("stock_count_lines")
    op.drop_table("stock_count_categories")
    op.drop_index(op.f("ix_stock_adjustment_lines_product_id"), table_name="stock_adjustment_lines")
    op.drop_index(
        op.f("ix_stock_adjustment_lines_adjustment_id"), table_name="stock_adjustment_lines"
    )

    op.drop_table("stock_adjustment_lines")
    op.drop_index(op.f("ix_delivery_lines_product_id"), table_name="delivery_lines")
    op.drop_index("ix_delivery_lines_delivery_id_position", table_name="delivery_lines")

    op.drop_table("delivery_lines")
    op.drop_index("ix_stock_counts_status_id", table_name="stock_counts")

    op.drop_table("stock_counts")
    op.drop_index(op.f("ix_stock_adjustments_created_at"), table_name="stock_adjustments")

    op.drop_table("stock_adjustments")
    op.drop_index("ix_deliveries_status_id", table_name="deliveries")
    op.drop_index(op.f("ix_deliveries_returns_delivery_id"), table_name="deliveries")

    op.drop_table("deliveries")
    op.drop_table("suppliers")


#: The series of the new documents, numbered from 1 in a database that already holds a shop
#: (a new shop gets them from ``pos.services.shop.create_shop``).
NEW_SERIES = ("D", "DR", "A", "C")
#: The 0001 migration's trigger function (PostgreSQL) is reused; only triggers are added.
APPEND_ONLY = ("stock_adjustments", "stock_adjustment_lines")


def add_usual_supplier() -> None:
    """products.supplier_id, a foreign key added in place (SQLite takes it in the column)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE products ADD COLUMN supplier_id INTEGER "
            "CONSTRAINT fk_products_supplier_id_suppliers REFERENCES suppliers (id)"
        )
    else:
        op.add_column("products", sa.Column("supplier_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_products_supplier_id_suppliers", "products", "suppliers", ["supplier_id"], ["id"]
        )


def add_document_series() -> None:
    for series in NEW_SERIES:
        op.execute(
            sa.text(
                "INSERT INTO document_counters (series, next_number) SELECT :series, 1 "
                "WHERE EXISTS (SELECT 1 FROM document_counters)"
            ).bindparams(series=series)
        )
