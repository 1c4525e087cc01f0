"""Alembic environment: runs on the connection ShopTill hands over, or on $SHOPTILL_DB."""

from __future__ import annotations

import os
from typing import Any

from alembic import context
from sqlalchemy import Connection

from pos.db.base import Base
from pos.db.engine import make_engine
from pos.db.models import User  # noqa: F401  (registers every model on Base.metadata)
from pos.paths import default_database_url


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the SQLite full-text index (a virtual table and its shadows) to the migrations."""
    return not (type_ == "table" and name is not None and name.startswith("product_search"))


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
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
