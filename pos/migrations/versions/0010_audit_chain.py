"""The audit log becomes a hash chain: each entry's place (seq), the seal of the entry before
it and its own seal; the chain's head in a one-row table. Existing entries are sealed here,
in the order they were written.

Revision ID: c7e2a9d4f1b3
Revises: a4d9e6b3c1f0
Create Date: 2026-12-03

Why seal what is already there, rather than start the chain empty and leave older rows
outside it: an unsealed row could be changed or deleted later without a trace, and a check
would have to explain to a shopkeeper why half the log is not covered. Sealed now, the
whole log is covered from the upgrade on. What happened to those rows before the upgrade
cannot be proven either way; the README says so.
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import pos.db.base
from pos.migrations import append_only

revision: str = "c7e2a9d4f1b3"
down_revision: str | None = "a4d9e6b3c1f0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64

_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", pos.db.base.UtcDateTime()),
    sa.column("user_id", sa.Integer()),
    sa.column("approver_id", sa.Integer()),
    sa.column("till", sa.String()),
    sa.column("action", sa.String()),
    sa.column("details", sa.Text()),
    sa.column("seq", sa.BigInteger()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def seal(
    seq: int,
    at: datetime,
    user_id: int | None,
    approver_id: int | None,
    till: str,
    action: str,
    details: str,
    prev_hash: str,
) -> str:
    """A frozen copy of ``pos.services.staff.chain.seal`` as it was for this migration: the
    migration must seal exactly as the app checks, whatever that module becomes."""
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    form = ["shoptill-audit/1", seq, stamp, user_id, approver_id, till, action, details, prev_hash]
    text = json.dumps(form, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("seq", sa.BigInteger(), nullable=True))
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    seq, head = seal_existing()
    op.execute(
        sa.text("INSERT INTO audit_chain (id, seq, hash) VALUES (1, :seq, :hash)").bindparams(
            seq=seq, hash=head
        )
    )
    op.create_index(op.f("ix_audit_log_seq"), "audit_log", ["seq"], unique=True)


def seal_existing() -> tuple[int, str]:
    """Number and seal the rows already logged, in id order (the order they were written);
    returns the last seq and seal. The append-only triggers are lifted for this alone."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(
            _log.c.id,
            _log.c.at,
            _log.c.user_id,
            _log.c.approver_id,
            _log.c.till,
            _log.c.action,
            _log.c.details,
        ).order_by(_log.c.id)
    ).all()
    if not rows:
        return 0, GENESIS
    prev_hash = GENESIS
    sealed = []
    for seq, (row_id, at, user_id, approver_id, till, action, details) in enumerate(rows, 1):
        own = seal(seq, at, user_id, approver_id, till, action, details, prev_hash)
        sealed.append({"row_id": row_id, "seq": seq, "prev": prev_hash, "own": own})
        prev_hash = own
    append_only.unprotect(["audit_log"])
    bind.execute(
        sa.update(_log)
        .where(_log.c.id == sa.bindparam("row_id"))
        .values(seq=sa.bindparam("seq"), prev_hash=sa.bindparam("prev"), hash=sa.bindparam("own")),
        sealed,
    )
    append_only.protect(["audit_log"])
    return len(rows), prev_hash


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_seq"), table_name="audit_log")
    op.drop_table("audit_chain")
    # SQLite rebuilds the table to drop columns, and its triggers go with the old one.
    append_only.unprotect(["audit_log"])
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
    append_only.protect(["audit_log"])
