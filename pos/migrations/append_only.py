"""Triggers that make a table append-only, for the migrations that add such tables.

Migration 0001 creates PostgreSQL's trigger function ``shoptill_append_only()``; the later
ones only add triggers that call it. What this module writes must never change: migrations
that already ran on shops' databases call it, and their downgrades drop what it made.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op


def protect(tables: Sequence[str]) -> None:
    """Refuse every UPDATE and DELETE on ``tables``, on SQLite and on PostgreSQL."""
    dialect = op.get_bind().dialect.name
    for table in tables:
        if dialect == "sqlite":
            for event in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} rows are never changed or deleted'); END"
                )
        elif dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION shoptill_append_only()"
            )


def unprotect(tables: Sequence[str]) -> None:
    """Drop the triggers ``protect`` made."""
    dialect = op.get_bind().dialect.name
    for table in tables:
        if dialect == "sqlite":
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
