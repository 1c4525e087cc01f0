"""The unit of work: one user action, one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """A session scoped to one user action.

    Use as ``with db.write() as uow: ...; uow.commit()``. Leaving the block without a
    commit, or with an exception, rolls everything back.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        write: bool,
        begin_options: dict[str, Any] | None = None,
    ) -> None:
        self._sessions = sessions
        self.write = write
        self._begin_options = begin_options or {}
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session; only inside the ``with`` block."""
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    def __enter__(self) -> Self:
        self._session = self._sessions()
        if self._begin_options:
            self._session.connection(execution_options=self._begin_options)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        """Make the action's changes durable."""
        if not self.write:
            raise RuntimeError("a read-only unit of work cannot commit")
        self.session.commit()
