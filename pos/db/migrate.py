"""Bring a database to the current schema, backing it up first when it holds older data."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from pos.db.backup import backup_database
from pos.domain.errors import DatabaseProblem

log = logging.getLogger(__name__)
MIGRATION_ONLY_INDEXES = frozenset(
    {"ix_products_search_key_trgm", "ix_products_sort_margin", "ix_products_sort_active"}
)
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the migration-only indexes to the migrations: SQLite's full-text table (and its
    shadow tables), PostgreSQL's trigram index and the sort indexes on expressions have
    no counterpart in ``pos.db.tables``."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith("product_search")
    return not (type_ == "index" and name in MIGRATION_ONLY_INDEXES)


def alembic_config() -> Config:
    """Alembic's configuration pointing at the migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this ShopTill knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None when it has none yet."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, url: str) -> Path | None:
    """Migrate to the newest schema. Returns the backup made first, if one was needed."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseProblem(
            "This shop's database was made by a newer ShopTill. Update ShopTill to open it."
        )
    backup = None
    if inspect(engine).get_table_names():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = backup_database(engine, url, f"before-upgrade-{current}-{stamp}")
        log.info("backed up database to %s before migrating from %s", backup, current)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
