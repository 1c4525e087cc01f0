"""Where a unit of work gets its DB-API connection, and where it puts it back."""

from __future__ import annotations

import threading

from sqlalchemy import Engine, event
from sqlalchemy.pool import PoolProxiedConnection


class ConnectionSource:
    """The engine's pool, with one connection kept aside for the thread that opened the
    database when ``keep`` is set.

    Checking a connection out of SQLAlchemy's pool and back in takes locks, events and
    weak references: about a tenth of a scan on an old laptop, and a sale is four units of
    work. SQLite keeps (``keep=True``): the till's thread takes back the connection it
    returned last, untouched, since the unit of work already rolled back what it did not
    commit. Other threads, and a unit of work opened inside another, use the pool.

    The keeping thread is the one that builds the source (``Database`` does, in
    ``open_database``): the till's UI thread. Disposing the engine's pool (``Database.close``
    or ``engine.dispose()``) releases the kept connection, and a connection lent before that
    goes back to the old pool instead of being kept.

    A server database does not keep: the pool's pre-ping on every checkout replaces a
    connection the server dropped (a restart, a network cut) before an action uses it.
    """

    def __init__(self, engine: Engine, *, keep: bool) -> None:
        self._engine = engine
        self._keeper = threading.get_ident() if keep else None
        self._kept: PoolProxiedConnection | None = None
        self._pool_generation = 0  # counts releases: what was lent before one is not kept
        self._lent_generation = 0
        if keep:
            event.listen(engine, "engine_disposed", lambda _engine: self.release())

    def take(self) -> PoolProxiedConnection:
        """A connection for a unit of work; give it back with ``give_back``."""
        if threading.get_ident() != self._keeper:
            return self._engine.raw_connection()
        self._lent_generation = self._pool_generation
        if self._kept is not None:
            kept, self._kept = self._kept, None
            return kept
        return self._engine.raw_connection()

    def give_back(self, pooled: PoolProxiedConnection) -> None:
        """Keep ``pooled`` for the next unit of work of this thread, or return it to the pool.

        A connection that was invalidated (lost) goes back to the pool, which replaces it.
        """
        if (
            self._kept is None
            and pooled.is_valid
            and threading.get_ident() == self._keeper
            and self._lent_generation == self._pool_generation
        ):
            self._kept = pooled
        else:
            pooled.close()

    def release(self) -> None:
        """Close the kept connection (the engine disposed of its pool: it runs after)."""
        self._pool_generation += 1
        kept, self._kept = self._kept, None
        if kept is not None:
            kept.detach()  # out of the old pool: closing it now closes the DB-API connection
            kept.close()
