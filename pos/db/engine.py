"""Opening the database: the URL setting, SQLite durability pragmas, migration on open."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from pos.db.connections import ConnectionSource
from pos.db.schema_version import is_current
from pos.db.uow import BeginTransaction, UnitOfWork
from pos.db.urls import sqlite_path
from pos.domain.errors import DatabaseProblem
from pos.paths import default_database_url

log = logging.getLogger(__name__)
#: Milliseconds a writer waits for another till's transaction before giving up.
BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "shoptill_immediate"
_DURABLE = "shoptill_durable"
_READ_ONLY = "shoptill_read_only"
_SYNCHRONOUS = "shoptill_synchronous"
_FULL, _NORMAL = "FULL", "NORMAL"
#: How a unit of work's transaction begins: reads plain, writes with the write lock.
_DURABLE_WRITE = {_IMMEDIATE: True, _DURABLE: True}
_FAST_WRITE = {_IMMEDIATE: True, _DURABLE: False}
_READ = {_READ_ONLY: True}
#: ``psycopg.pq.TransactionStatus.IDLE``, without importing psycopg for SQLite shops.
_PG_IDLE = 0


def is_sqlite(url: str) -> bool:
    """Whether ``url`` names a SQLite database."""
    return make_url(url).get_backend_name() == "sqlite"


def _configure_sqlite(engine: Engine) -> None:
    """WAL, synchronous=FULL and foreign keys on every connection; BEGIN IMMEDIATE for writes.

    pysqlite's own transaction handling is switched off so that ShopTill decides how each
    transaction starts (``_begin_sqlite``): a unit of work begins its own, and SQLAlchemy's
    "begin" event applies the same rules to a plain ``engine.begin()`` (Alembic). A writing
    unit of work takes the write lock at once (BEGIN IMMEDIATE), which avoids the deadlock of
    two readers upgrading to writers.

    A non-durable unit of work (``Database.write(durable=False)``) runs at
    ``synchronous=NORMAL``. SQLite applies that pragma only outside a transaction (set inside
    one, it is recorded but the pager keeps its old flags), so every transaction sets its
    level just before its BEGIN (a pragma only when the level changes: a run of scans pays
    for none), and ``Database.raw`` sets FULL on the connections it lends. In WAL
    mode NORMAL is crash-safe (the commit is in the WAL file, in the operating system's
    hands) but not power-safe until the next FULL commit, which fsyncs the whole WAL,
    earlier NORMAL frames included, so the database stays consistent either way.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        record.info[_SYNCHRONOUS] = _FULL

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        _begin_sqlite(connection.connection, connection.get_execution_options())


def _begin_sqlite(pooled: PoolProxiedConnection, options: Mapping[str, Any]) -> None:
    """Begin a transaction as ``options`` ask, unless the connection is already in one.

    BEGIN goes straight to the driver connection: this runs for every unit of work, and
    SQLAlchemy's execution machinery would cost more than the statement itself.
    """
    driver: Any = pooled.driver_connection  # the sqlite3.Connection itself
    if driver.in_transaction:
        return  # a unit of work began it; its Connection is joining
    if options.get(_READ_ONLY, False):
        driver.execute("BEGIN")  # never commits: the sync level does not matter
        return
    _set_synchronous(driver, pooled.info, _FULL if options.get(_DURABLE, True) else _NORMAL)
    driver.execute("BEGIN IMMEDIATE" if options.get(_IMMEDIATE, False) else "BEGIN")


def _set_synchronous(driver: Any, info: dict[Any, Any], level: str) -> None:
    """Switch ``PRAGMA synchronous`` to ``level`` unless the connection is already there.

    Only call this outside a transaction: SQLite ignores the change inside one.
    """
    if info.get(_SYNCHRONOUS) != level:
        driver.execute(f"PRAGMA synchronous={level}")
        info[_SYNCHRONOUS] = level


def _configure_postgresql(engine: Engine) -> None:
    """A non-durable unit of work commits without waiting for the WAL flush."""

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        _begin_postgresql(connection.connection, connection.get_execution_options())


def _begin_postgresql(pooled: PoolProxiedConnection, options: Mapping[str, Any]) -> None:
    """The driver begins the transaction implicitly, with the first statement.

    ``SET LOCAL`` lasts until the end of the transaction, so nothing needs putting back.
    """
    driver: Any = pooled.driver_connection  # the psycopg Connection
    if driver.info.transaction_status != _PG_IDLE:
        return  # a unit of work began it; its Connection is joining
    if not options.get(_DURABLE, True):
        driver.execute("SET LOCAL synchronous_commit TO OFF")


def _begin_as_driver_does(pooled: PoolProxiedConnection, options: Mapping[str, Any]) -> None:
    """Other databases: the driver's own implicit transaction."""


_BEGIN: dict[str, BeginTransaction] = {"sqlite": _begin_sqlite, "postgresql": _begin_postgresql}


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with ShopTill's connection settings."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # LIFO: the connection used last is reused, with SQLite's page cache still warm.
        # No reset on return: a unit of work's Connection rolls back whatever it did not
        # commit when it closes, so the pool's own rollback would be a second one.
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            pool_use_lifo=True,
            pool_reset_on_return=None,
        )
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        _configure_postgresql(engine)
    return engine


@dataclass
class Database:
    """An open, migrated ShopTill database. Services open their units of work from it."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        # One view of the engine per kind of transaction, sharing its pool: the options are
        # set once here rather than on every unit of work.
        self._reads = self.engine.execution_options(**_READ)
        self._durable_writes = self.engine.execution_options(**_DURABLE_WRITE)
        self._fast_writes = self.engine.execution_options(**_FAST_WRITE)
        self._begin: BeginTransaction = _BEGIN.get(self.engine.dialect.name, _begin_as_driver_does)
        self._connections = ConnectionSource(self.engine, keep=self.engine.dialect.name == "sqlite")

    def read(self) -> UnitOfWork:
        """A unit of work for reading; it never commits."""
        return UnitOfWork(
            self._reads,
            connections=self._connections,
            write=False,
            begin=self._begin,
            options=_READ,
        )

    def write(self, *, durable: bool = True) -> UnitOfWork:
        """A unit of work that may write; it rolls back unless ``commit()`` is called.

        Args:
            durable: when True (always, except for the open cart's snapshots), ``commit()``
                returns only once the data is on disk (fsync). When False the commit
                survives the app crashing or being killed but a power cut may lose it;
                the next durable commit makes it durable too. For data that is rewritten
                on every change and whose loss costs a re-scan, never for documents.
        """
        engine, options = (
            (self._durable_writes, _DURABLE_WRITE) if durable else (self._fast_writes, _FAST_WRITE)
        )
        return UnitOfWork(
            engine,
            connections=self._connections,
            write=True,
            begin=self._begin,
            options=options,
        )

    @contextmanager
    def raw(self) -> Iterator[Any]:
        """A plain DB-API connection, for backups and integrity checks."""
        connection = self.engine.raw_connection()
        try:
            if self.engine.dialect.name == "sqlite":
                _set_synchronous(connection.driver_connection, connection.info, _FULL)
            yield connection.driver_connection
        finally:
            connection.close()

    def close(self) -> None:
        """Close every connection; the database opens new ones if it is used again."""
        self.engine.dispose()  # releases the kept connection first (ConnectionSource)


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open the database at ``url`` (default: the user's data folder), migrating it to the
    current schema after backing it up if it holds data of an older version.

    Alembic is imported only when the stored revision is not ``SCHEMA_HEAD``: a database
    that is already current opens with one query.
    """
    resolved = url or default_database_url()
    try:
        engine = make_engine(resolved)
        if migrate and not is_current(engine):
            from pos.db.migrate import upgrade_to_head

            upgrade_to_head(engine, resolved)
    except (ArgumentError, NoSuchModuleError):
        raise DatabaseProblem(
            f"'{resolved}' is not a database address ShopTill understands. Use "
            "sqlite:////path/to/shop.db or postgresql+psycopg://user:password@server/shop."
        ) from None
    except (OperationalError, OSError) as error:
        raise DatabaseProblem(
            f"The database could not be opened: {_first_line(error)}. Check the address, "
            "that the server is running, and that you may read and write the file."
        ) from error
    log.info("opened database %s", make_url(resolved).render_as_string(hide_password=True))
    return Database(resolved, engine)
