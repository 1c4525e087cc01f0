"""The unit of work: one user action, one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """One user action's transaction.

    Use as ``with db.write() as uow: ...; uow.commit()``. Leaving the block without a
    commit, or with an exception, rolls everything back.

    The unit of work owns a connection and its transaction. ``connection`` runs prebuilt
    Core statements on it (the counter's hot paths: no ORM bookkeeping per row). ``session``
    is an ORM session made on first use that joins the same transaction and controls it
    fully, so its commit is the unit of work's commit. A scan never pays for a session.
    """

    def __init__(
        self,
        engine: Engine,
        sessions: sessionmaker[Session],
        *,
        write: bool,
    ) -> None:
        self._engine = engine
        self._sessions = sessions
        self.write = write
        self._connection: Connection | None = None
        self._session: Session | None = None

    @property
    def connection(self) -> Connection:
        """The unit of work's connection; only inside the ``with`` block."""
        if self._connection is None:
            raise RuntimeError("the unit of work is not open")
        return self._connection

    @property
    def session(self) -> Session:
        """An ORM session in the unit of work's transaction; only inside the ``with`` block."""
        if self._session is None:
            self._session = self._sessions(
                bind=self.connection, join_transaction_mode="control_fully"
            )
        return self._session

    def __enter__(self) -> Self:
        connection = self._engine.connect()
        try:
            connection.begin()
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        connection, session = self.connection, self._session
        self._connection = self._session = None
        try:
            if session is not None:
                session.close()
        finally:
            connection.close()  # rolls back whatever was not committed

    def commit(self) -> None:
        """Make the action's changes durable (see ``Database.write`` for ``durable=False``)."""
        if not self.write:
            raise RuntimeError("a read-only unit of work cannot commit")
        if self._session is not None:
            self._session.commit()  # flushes, then commits the connection's transaction
        else:
            self.connection.commit()
