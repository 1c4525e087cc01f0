"""A Z report may keep the audit log's seal it printed (the shop's setting).

Revision ID: d2f7c4a8e6b1
Revises: b6e2f8a3d5c7
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d2f7c4a8e6b1"
down_revision: str | None = "b6e2f8a3d5c7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("shift_reports", sa.Column("seal", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shift_reports") as batch:
        batch.drop_column("seal")
