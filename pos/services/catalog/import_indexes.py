"""SQLite's indexes during a big import: built once at the end, not row by row.

The FTS5 trigram search index (migration 0001) is kept by triggers. Fed one product at a
time by the insert trigger, it costs some 130 µs a row (13 s for 100,000 products); one
``INSERT ... SELECT`` of the new rows at the end costs about 3 µs a row. So the import drops
the insert trigger inside its own transaction, loads, indexes the new rows in one statement
and puts the trigger back from its own SQL before committing.

The products table also carries fifteen secondary indexes (the products screen's sort
orders, search, quick picks, low stock). Kept up row by row, each insert touches fifteen
B-trees at random places; past the page cache that is most of a million-row import. When an
import brings at least as many rows as the table holds, those indexes are dropped for the
load and made again at the end from their own SQL (one sort each). A small import into a big
catalog keeps them: rebuilding would cost the whole table. Unique indexes (the SKU's) always
stay: the import relies on them.

DDL is transactional in SQLite: a cancel or a failure rolls the trigger and the indexes back
with everything else, and no other connection ever sees the tables without them. A bigger
page cache for the import's connection keeps the B-trees in memory while they fill; it is
set back afterwards. PostgreSQL needs none of this.
"""

from __future__ import annotations

from sqlalchemy import text

from pos.db.uow import UnitOfWork

_TRIGGER = "products_search_insert"
#: The import's page cache, in KiB (SQLite's convention for a negative cache_size): 64 MiB.
IMPORT_CACHE_KIB = 65_536
#: Below this many rows an import never rebuilds indexes: keeping them up costs little.
REBUILD_FROM_ROWS = 20_000
_SECONDARY = text(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'products' "
    "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
)


class DeferredIndexes:
    """Holds back the search trigger (and, for a big import, the secondary indexes) of
    ``products`` during one write unit of work. Does nothing but on SQLite."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._active = uow.dialect.name == "sqlite"
        self._trigger_sql: str | None = None
        self._index_sql: list[str] = []
        self._last_id = 0
        self._cache: int | None = None

    def start(self, expected_rows: int) -> None:
        """Drop the search trigger, and the secondary indexes if ``expected_rows`` (the
        file's estimate) is at least the table's size; grow the page cache."""
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
        held = connection.scalar(text("SELECT count(*) FROM products")) or 0
        if expected_rows >= max(REBUILD_FROM_ROWS, held):
            for name, sql in connection.execute(_SECONDARY).all():
                self._index_sql.append(sql)
                connection.exec_driver_sql(f'DROP INDEX "{name}"')

    def finish(self) -> None:
        """Make the dropped indexes again, index the new products for search, and put the
        trigger back."""
        if not self._active:
            return
        connection = self._uow.connection
        for sql in self._index_sql:
            connection.exec_driver_sql(sql)
        self._index_sql = []
        if self._trigger_sql is None:
            return
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
