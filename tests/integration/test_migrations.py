"""The schema: migrations match the tables, old databases are backed up, newer ones refused."""

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from pos.db.engine import Database, open_database
from pos.db.migrate import alembic_config, current_revision, head_revision, include_object
from pos.db.tables import metadata
from pos.domain.errors import DatabaseProblem
from pos.services.dto import Actor


# SQLAlchemy cannot reflect SQLite's expression indexes; that one is left to the migration.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index ix_products_sort_"
)
def test_migrations_create_exactly_the_tables(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, metadata) == []


def test_sqlite_is_opened_durable(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with db.raw() as connection:
        pragmas = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 15000,
    }


def test_reopening_a_current_database_changes_nothing(db_url: str, tmp_path: Path) -> None:
    open_database(db_url).close()
    again = open_database(db_url)
    assert current_revision(again.engine) == head_revision()
    again.close()
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    config = alembic_config()
    first = "d1fbfaa83f0e"
    if head_revision() == first:
        pytest.skip("only one schema revision exists so far")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, first)
        connection.execute(text("INSERT INTO categories (name) VALUES ('Kept')"))
    engine.dispose()
    db = open_database(url)
    assert current_revision(db.engine) == head_revision()
    backups = list(tmp_path.glob("old-before-upgrade-*.db"))
    assert len(backups) == 1
    old = create_engine(f"sqlite:///{backups[0]}")
    with old.connect() as connection:
        assert connection.execute(text("SELECT name FROM categories")).scalar() == "Kept"
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == first
    old.dispose()
    db.close()


def test_a_database_from_a_newer_shoptill_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/new.db"
    open_database(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'fromthefuture'"))
    engine.dispose()
    with pytest.raises(DatabaseProblem, match="newer ShopTill"):
        open_database(url)


def test_append_only_tables_are_protected_by_triggers(db: Database) -> None:
    from sqlalchemy import text as sql

    from pos.db.tables import APPEND_ONLY_TABLES

    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            rows = connection.execute(
                sql(
                    "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE '%\\_no\\_%' ESCAPE '\\'"
                )
            ).all()
            protected = {table for table, name in rows if name == f"{table}_no_update"} & {
                table for table, name in rows if name == f"{table}_no_delete"
            }
        else:
            rows = connection.execute(
                sql(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE NOT t.tgisinternal AND t.tgname = c.relname || '_append_only'"
                )
            ).all()
            protected = {table for (table,) in rows}
    assert protected == set(APPEND_ONLY_TABLES)


def test_search_still_finds_new_products_after_an_upgrade(tmp_path: Path, actor: Actor) -> None:
    """Migrations that touch the products table keep its search index fed (on SQLite a
    rebuilt table would lose the triggers that fill the full-text index)."""
    from decimal import Decimal

    from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
    from pos.services.lookup import search_products
    from pos.services.shop import create_shop
    from tests.conftest import SHOP

    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "7c41d2e9b3a6")  # before the products screen
    engine.dispose()
    db = open_database(url)
    create_shop(db, SHOP)
    rate = list_tax_rates(db)[0].id
    create_product(db, ProductInput("C1", "Camomile Tea", Decimal("2.00"), rate), actor=actor)
    assert [hit.name for hit in search_products(db, "momi")] == ["Camomile Tea"]
    db.close()


def test_an_older_shop_gets_the_new_documents_series(tmp_path: Path) -> None:
    """A shop made before migration 0006 numbers its deliveries, returns, adjustments,
    counts and shift reports from 1, like a new shop; its sales numbering goes on where it
    was."""
    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "b8f4e2a71c05")
        connection.execute(
            text(
                "INSERT INTO document_counters (series, next_number) "
                "VALUES ('S', 42), ('R', 1), ('I', 1)"
            )
        )
    engine.dispose()
    db = open_database(url)
    with db.engine.connect() as connection:
        counters = dict(
            connection.execute(text("SELECT series, next_number FROM document_counters")).all()
        )
    db.close()
    assert counters == {
        **{"S": 42, "R": 1, "I": 1, "D": 1, "DR": 1, "A": 1, "C": 1},
        **{"X": 1, "Z": 1},
    }
