"""Shifts: a till's shift with its float, cash put in or taken out, the X and Z reports
stored with their figures (series "X" and "Z"), and the shift each sale belongs to.

Revision ID: b6e2f8a3d5c7
Revises: a4d9e6b3c1f0
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.db.base
from pos.migrations import append_only

revision: str = "b6e2f8a3d5c7"
down_revision: str | None = "a4d9e6b3c1f0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("status = 'open'")
APPEND_ONLY = ("cash_movements", "shift_reports")
NEW_SERIES = ("X", "Z")


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("opened_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("opened_by", sa.Integer(), nullable=True),
        sa.Column("opening_float", pos.db.base.Money(), nullable=False),
        sa.Column("closed_at", pos.db.base.UtcDateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["users.id"], name=op.f("fk_shifts_opened_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_shifts_closed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
    )
    op.create_index(
        "uq_shifts_open_till", "shifts", ["till"], unique=True,
        sqlite_where=OPEN, postgresql_where=OPEN,
    )  # fmt: skip
    op.create_index("ix_shifts_till_opened_at", "shifts", ["till", "opened_at"])
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("amount", pos.db.base.Money(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_cash_movements_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_cash_movements_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["approver_id"], ["users.id"], name=op.f("fk_cash_movements_approver_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
    )
    op.create_index(op.f("ix_cash_movements_shift_id"), "cash_movements", ["shift_id"])
    op.create_table(
        "shift_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("series", sa.String(length=10), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("period_start", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("period_end", pos.db.base.UtcDateTime(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("created_at", pos.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_shift_reports_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_shift_reports_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["approver_id"], ["users.id"], name=op.f("fk_shift_reports_approver_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_reports")),
        sa.UniqueConstraint("series", "number", name=op.f("uq_shift_reports_series")),
    )
    op.create_index(op.f("ix_shift_reports_shift_id"), "shift_reports", ["shift_id"])
    op.create_index(op.f("ix_shift_reports_created_at"), "shift_reports", ["created_at"])
    append_only.protect(APPEND_ONLY)
    add_sale_shift()
    op.create_index(op.f("ix_sales_shift_id"), "sales", ["shift_id"])
    for series in NEW_SERIES:
        op.execute(
            sa.text(
                "INSERT INTO document_counters (series, next_number) SELECT :series, 1 "
                "WHERE EXISTS (SELECT 1 FROM document_counters)"
            ).bindparams(series=series)
        )


def add_sale_shift() -> None:
    """sales.shift_id, a foreign key added in place (SQLite takes it in the column)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE sales ADD COLUMN shift_id INTEGER "
            "CONSTRAINT fk_sales_shift_id_shifts REFERENCES shifts (id)"
        )
    else:
        op.add_column("sales", sa.Column("shift_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_sales_shift_id_shifts", "sales", "shifts", ["shift_id"], ["id"])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM document_counters WHERE series IN ('X', 'Z')"))
    op.drop_index(op.f("ix_sales_shift_id"), table_name="sales")
    with op.batch_alter_table("sales") as batch:
        batch.drop_column("shift_id")
    append_only.unprotect(APPEND_ONLY)
    op.drop_table("shift_reports")
    op.drop_table("cash_movements")
    op.drop_table("shifts")
