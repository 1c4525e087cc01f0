"""SQLite's search index during a big import: filled once at the end, not row by row.

The FTS5 trigram index (migration 0001) is kept by triggers. Fed one product at a time by
the insert trigger, it costs some 130 µs a row (13 s for 100,000 products); one
``INSERT ... SELECT`` of the new rows at the end of the import costs about 3 µs a row. So
the import drops the insert trigger inside its own transaction, loads, indexes the new rows
in one statement and puts the trigger back from its own SQL before committing. DDL is
transactional in SQLite: a cancel or a failure rolls the trigger back with everything else,
and no other connection ever sees the table without it.

A bigger page cache for the import's connection keeps the many indexes of ``products`` in
memory while they fill; it is set back afterwards. PostgreSQL needs none of this: its
trigram index is an ordinary index.
"""

from __future__ import annotations

from sqlalchemy import text

from pos.db.uow import UnitOfWork

_TRIGGER = "products_search_insert"
#: Pages of the import's cache, in KiB when negative (SQLite's convention): 64 MiB.
IMPORT_CACHE_KIB = 65_536


class DeferredSearchIndex:
    """Holds back the search-index trigger of one write unit of work (SQLite only)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._active = uow.dialect.name == "sqlite"
        self._trigger_sql: str | None = None
        self._last_id = 0
        self._cache: int | None = None

    def start(self) -> None:
        """Drop the insert trigger (in the transaction) and grow the page cache."""
        if not self._active:
            return
        connection = self._uow.connection
        self._cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        self._trigger_sql = connection.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": _TRIGGER},
        )
        self._last_id = connection.scalar(text("SELECT coalesce(max(id), 0) FROM products")) or 0
        if self._trigger_sql is not None:
            connection.exec_driver_sql(f"DROP TRIGGER {_TRIGGER}")

    def finish(self) -> None:
        """Index the products added since ``start`` and put the trigger back."""
        if not self._active or self._trigger_sql is None:
            return
        connection = self._uow.connection
        connection.execute(
            text(
                "INSERT INTO product_search(rowid, search_key, sku) "
                "SELECT id, search_key, sku FROM products WHERE id > :last"
            ),
            {"last": self._last_id},
        )
        connection.exec_driver_sql(self._trigger_sql)
        self._trigger_sql = None

    def restore_cache(self) -> None:
        """Set the connection's page cache back (it goes back to the pool)."""
        if self._active and self._cache is not None:
            self._uow.connection.exec_driver_sql(f"PRAGMA cache_size = {int(self._cache)}")
            self._cache = None
