"""Opening, checking and backing up the shop's database: the faces' way in to ``pos.db``."""

from __future__ import annotations

from pathlib import Path

from pos.db.engine import Database, is_sqlite, open_database
from pos.paths import default_database_url, demo_database_url

__all__ = [
    "Database",
    "backup",
    "default_database_url",
    "demo_database_url",
    "is_sqlite",
    "open_database",
]


def backup(db: Database, dest: Path) -> Path:
    """A consistent copy of the live database at ``dest`` (SQLite file, or SQL for PostgreSQL)."""
    from pos.db.backup import backup_database  # not needed to start the till

    return backup_database(db.engine, db.url, "manual", dest=dest)
