"""The schema revision this ShopTill expects, checked without importing Alembic.

Opening a database that is already current is the common case (every start of the app), and
Alembic with its migration scripts costs a few hundred milliseconds to import and parse. So
``open_database`` compares the stored revision with ``SCHEMA_HEAD`` first and brings in
Alembic only when they differ. A test asserts that ``SCHEMA_HEAD`` is Alembic's real head:
a new migration must update it.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

#: The newest migration in pos/migrations/versions.
SCHEMA_HEAD = "f4b2c6d8e0a3"


def is_current(engine: Engine) -> bool:
    """Whether the database records exactly ``SCHEMA_HEAD``.

    Any doubt (no version table yet, several rows, a database error) answers False, so
    that the full Alembic path decides, migrates or reports the problem in its own words.
    """
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return False
    return [row[0] for row in stored] == [SCHEMA_HEAD]
