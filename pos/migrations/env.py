"""Alembic environment: runs on the connection ShopTill hands over, or on $SHOPTILL_DB."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from pos.db.engine import make_engine
from pos.db.migrate import include_object
from pos.db.tables import metadata
from pos.paths import default_database_url


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = make_engine(os.environ.get("SHOPTILL_DB") or default_database_url())
    with engine.connect() as conn:
        run(conn)
