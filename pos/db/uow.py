"""The unit of work: one user action, one transaction, rolled back unless committed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

from sqlalchemy import Connection, Dialect, Engine
from sqlalchemy.exc import DBAPIError, PendingRollbackError
from sqlalchemy.pool import PoolProxiedConnection

from pos.db.connections import ConnectionSource

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Starts a transaction on a pooled DB-API connection, as a kind of unit of work needs it
#: (the dialect's own rules: SQLite's write lock and sync level, PostgreSQL's commit mode).
#: It must do nothing when the connection is already in a transaction.
BeginTransaction = Callable[[PoolProxiedConnection, Mapping[str, Any]], None]


class UnitOfWork:
    """One user action's transaction.

    Use as ``with db.write() as uow: ...; uow.commit()``. Leaving the block without a
    commit, or with an exception, rolls everything back.

    The unit of work takes a DB-API connection from its ``ConnectionSource`` (the pool, or
    on SQLite the connection this thread used last) and begins the transaction on it
    itself. The counter's hot paths (a scan, a sale) run prepared statements on it
    (``pos.db.prepared``) and never pay for more. ``connection`` is a SQLAlchemy Connection
    and ``session`` an ORM Session, each made on first use, that join that same transaction:
    a commit through either is the unit of work's commit. The ORM itself is imported with
    the first session: the counter and the start of the app run on Core alone.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        connections: ConnectionSource,
        write: bool,
        begin: BeginTransaction,
        options: Mapping[str, Any],
    ) -> None:
        self._engine = engine
        #: The engine's dialect (an attribute: prepared statements ask it each time).
        self.dialect: Dialect = engine.dialect
        self._connections = connections
        self.write = write
        self._begin = begin
        self._options = options
        self._dbapi: PoolProxiedConnection | None = None
        self._connection: Connection | None = None
        self._session: Session | None = None
        self._committed = False  # since the last statement: the next one begins anew
        #: The one DB-API cursor the prepared statements share (each reads all its rows
        #: before the next runs): a sale's twenty statements made and closed one each.
        self._cursor: Any = None

    def cursor(self) -> Any:
        """The unit of work's DB-API cursor, in its transaction; only inside the ``with``
        block. Whoever runs a statement on it reads all the rows before the next one runs
        (``pos.db.prepared`` does); it is closed when the unit of work ends.

        After a commit, the next statement begins a new transaction, as SQLAlchemy's
        Connection does: what follows the last commit is rolled back at the end unless
        ``commit()`` is called again.

        Raises:
            PendingRollbackError: the connection was lost earlier in this unit of work.
            DBAPIError: the new transaction could not begin (another till holds the lock).
        """
        cursor = self._cursor
        if cursor is None or self._committed:
            cursor = self._fresh_cursor()
        return cursor

    def _fresh_cursor(self) -> Any:
        """``cursor`` the first time, and after a commit or an error: the checks."""
        pooled = self._pooled()
        driver = _open_driver(pooled)
        if self._committed:
            try:
                self._begin(pooled, self._options)  # nothing to do if a Connection did already
            except self.dialect.loaded_dbapi.Error as error:
                raise self.driver_error(error, "BEGIN", {}) from error
            self._committed = False
        cursor = self._cursor
        if cursor is None:
            cursor = self._cursor = driver.cursor()
        return cursor

    @property
    def connection(self) -> Connection:
        """A SQLAlchemy Connection in the unit of work's transaction; only inside the block."""
        if self._connection is None:
            connection = Connection(self._engine, self._pooled())
            connection.begin()  # the transaction is already open: this only records it
            self._connection = connection
        return self._connection

    @property
    def session(self) -> Session:
        """An ORM session in the unit of work's transaction; only inside the ``with`` block."""
        if self._session is None:
            from sqlalchemy.orm import Session  # on first use: see the class's docstring

            self._session = Session(
                bind=self.connection,
                join_transaction_mode="control_fully",
                expire_on_commit=False,
            )
        return self._session

    def driver_error(
        self, error: Exception, statement: str, params: Mapping[str, Any]
    ) -> DBAPIError:
        """``error`` from the driver as SQLAlchemy raises it (``IntegrityError`` ...).

        A lost server connection is dropped from the pool, as SQLAlchemy itself would; the
        next statement then checks the connection again (``cursor``).
        """
        self._cursor = None
        return _wrapped(self.dialect, self._dbapi, error, statement, params)

    def _pooled(self) -> PoolProxiedConnection:
        if self._dbapi is None:
            raise RuntimeError("the unit of work is not open")
        return self._dbapi

    def __enter__(self) -> Self:
        pooled = self._connections.take()
        try:
            driver: Any = pooled.dbapi_connection
            driver.rollback()  # never join a transaction someone left open (a no-op)
            self._begin(pooled, self._options)
        except self.dialect.loaded_dbapi.Error as error:
            wrapped = _wrapped(self.dialect, pooled, error, "BEGIN", {})
            pooled.close()
            raise wrapped from error
        except BaseException:
            pooled.close()
            raise
        self._dbapi, self._committed = pooled, False
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pooled, connection, session = self._dbapi, self._connection, self._session
        cursor = self._cursor
        self._dbapi = self._connection = self._session = self._cursor = None
        if pooled is None:
            return
        try:
            if cursor is not None:
                _close(cursor, self.dialect.loaded_dbapi.Error)
            if session is not None:
                session.close()
        finally:
            try:
                self._roll_back(pooled)
            finally:
                if connection is not None:
                    connection.close()  # back to the pool
                else:
                    self._connections.give_back(pooled)

    def _roll_back(self, pooled: PoolProxiedConnection) -> None:
        """Undo whatever was not committed: a no-op after a commit.

        A connection that turns out to be lost is dropped from the pool; its transaction is
        gone with it.
        """
        driver: Any = pooled.dbapi_connection
        if driver is None:
            return  # already dropped
        try:
            driver.rollback()
        except self.dialect.loaded_dbapi.Error as error:
            pooled.invalidate(error)

    def commit(self) -> None:
        """Make the action's changes durable (see ``Database.write`` for ``durable=False``).

        Everything since the last commit is committed, whichever way it was written.
        """
        if not self.write:
            raise RuntimeError("a read-only unit of work cannot commit")
        driver = _open_driver(self._pooled())
        self._committed = True
        if self._session is not None:
            self._session.commit()  # flushes, then commits the connection's transaction
        elif self._connection is not None:
            self._connection.commit()
        try:
            # Prepared writes made after an earlier commit through the session or the
            # Connection are in a transaction only the driver knows (a no-op otherwise).
            driver.commit()
        except self.dialect.loaded_dbapi.Error as error:
            raise self.driver_error(error, "COMMIT", {}) from error


def _close(cursor: Any, driver_error: type[Exception]) -> None:
    """Close a cursor; one on a connection that was just lost may refuse, harmlessly."""
    try:  # noqa: SIM105 (try/except: cheaper than contextlib.suppress)
        cursor.close()
    except driver_error:
        pass


def _open_driver(pooled: PoolProxiedConnection) -> Any:
    """The open DB-API connection; refused once it was lost in this unit of work."""
    driver = pooled.dbapi_connection
    if driver is None:
        raise PendingRollbackError("the database connection was lost: nothing was saved")
    return driver


def _wrapped(
    dialect: Dialect,
    pooled: PoolProxiedConnection | None,
    error: Exception,
    statement: str,
    params: Mapping[str, Any],
) -> DBAPIError:
    driver_error: Any = error  # one of the driver's DB-API exceptions
    dbapi = None if pooled is None else pooled.dbapi_connection
    if dbapi is not None and dialect.is_disconnect(driver_error, dbapi, None):
        cast(PoolProxiedConnection, pooled).invalidate(error)
    wrapped = DBAPIError.instance(
        statement, dict(params), error, dialect.loaded_dbapi.Error, dialect=dialect
    )
    assert isinstance(wrapped, DBAPIError)
    return wrapped
