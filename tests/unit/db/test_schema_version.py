"""The schema head ShopTill checks on open without Alembic is Alembic's real head."""

from pathlib import Path

from sqlalchemy import create_engine, text

from pos.db.migrate import head_revision
from pos.db.schema_version import SCHEMA_HEAD, is_current


def test_schema_head_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD, (
        "A migration was added: set SCHEMA_HEAD in pos/db/schema_version.py to its revision."
    )


def test_a_database_without_a_version_is_not_current(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/empty.db")
    assert not is_current(engine)
    engine.dispose()


def test_only_exactly_the_head_is_current(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/versions.db")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
        connection.execute(text("INSERT INTO alembic_version VALUES ('d1fbfaa83f0e')"))
    assert not is_current(engine)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE alembic_version SET version_num = :head"), {"head": SCHEMA_HEAD}
        )
    assert is_current(engine)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO alembic_version VALUES ('another')"))
    assert not is_current(engine)
    engine.dispose()
