"""Shared fixtures: a real database (SQLite file, and PostgreSQL when a URL is given), a shop."""

from __future__ import annotations

import decimal
import gc
import os
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pos.db.engine import Database, open_database
from pos.domain.tax import TaxMode
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.shop import ShopSetup, UserDTO, create_shop, owner
from ui.startup import collect_due

# Mixing a float into money must fail loudly, in every thread.
decimal.DefaultContext.traps[decimal.FloatOperation] = True
decimal.getcontext().traps[decimal.FloatOperation] = True

POSTGRES_URL = os.environ.get("SHOPTILL_TEST_POSTGRES_URL")
#: scrypt's cost in tests: every staff test hashes PINs, and at the real cost (about 85 ms
#: each) they took minutes of the run. Tests marked ``real_pin_cost`` and ``bench_pins``
#: use the real parameters.
TEST_SCRYPT_N = 2**8
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep logs, backups and default databases out of the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session", autouse=True)
def _collector_on_the_main_thread() -> Iterator[None]:
    """As in the app (``ui.startup``): Python's cycle collector never runs by itself, which
    it would do on whichever thread allocates; a background call's thread would then
    destroy Qt objects of the main thread (a crash in the run). It runs after each test."""
    was_on = gc.isenabled()
    gc.disable()
    yield
    if was_on:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collector_on_the_main_thread: None) -> Iterator[None]:
    yield
    collect_due()


@pytest.fixture(autouse=True)
def _cheap_pins(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_pin_cost") is None:
        from pos.services.staff import pins

        monkeypatch.setattr(pins, "SCRYPT_N", TEST_SCRYPT_N)


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """One PostgreSQL database for the run, migrated once and emptied before each test
    that uses it: a new database for each of some 500 tests took over half the suite's
    time, most of it in CREATE and DROP DATABASE."""
    assert POSTGRES_URL is not None
    name = f"shoptill_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        open_database(url).close()  # migrated once
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def emptied(url: str) -> str:
    """``url``'s database with every table emptied and every id counting from 1 again, as
    a new one would be (the schema and its version stay)."""
    from pos.db.tables import metadata

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            tables = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[str]:
    """The URL of an empty database: a SQLite file (no tables yet), or a fresh PostgreSQL
    database (at the current schema, no shop)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/shop.db"
    else:
        yield emptied(request.getfixturevalue("postgres_database"))


def close_after_background_calls(database: Database) -> None:
    """Close ``database`` once the screens' background calls are done: a call still
    running holds a pooled connection that closing would leave open (a ResourceWarning
    when it is collected, in some later test)."""
    ops = sys.modules.get("ui.ops")
    if ops is not None:
        ops.wait_for_all()
    database.close()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open, migrated, empty database."""
    database = open_database(db_url)
    yield database
    close_after_background_calls(database)


SHOP = ShopSetup(
    name="Test Shop",
    currency="EUR",
    locale="en_IE",
    tax_mode=TaxMode.INCLUSIVE,
    tax_rates=[("Standard", Decimal("20")), ("Reduced", Decimal("5"))],
    owner_name="Alex",
)


@pytest.fixture
def shop(db: Database) -> ShopSettings:
    """A shop with two tax rates (20 % and 5 %), prices including tax, in euros."""
    return create_shop(db, SHOP)


@pytest.fixture
def cashier(db: Database, shop: ShopSettings) -> UserDTO:
    return owner(db)


@pytest.fixture
def actor(cashier: UserDTO) -> Actor:
    """The owner at Till 1, who makes back-office changes in tests."""
    return Actor(cashier.id, "Till 1")


@pytest.fixture
def rates(db: Database, shop: ShopSettings) -> dict[str, int]:
    return {rate.name: rate.id for rate in list_tax_rates(db)}


@pytest.fixture
def milk(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    return create_product(
        db,
        ProductInput(
            sku="MILK",
            name="Fresh Milk 1 L",
            price=Decimal("1.20"),
            tax_rate_id=rates["Reduced"],
            barcodes=["4006381333931"],
            category="Dairy",
        ),
        actor=actor,
    )


@pytest.fixture
def wine(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    return create_product(
        db,
        ProductInput(
            sku="WINE",
            name="Crème de cassis 70 cl",
            price=Decimal("12.50"),
            tax_rate_id=rates["Standard"],
            barcodes=["96385074"],
        ),
        actor=actor,
    )


@pytest.fixture
def apples(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    from pos.domain.cart import Unit

    return create_product(
        db,
        ProductInput(
            sku="APPLES",
            name="Äpfel Braeburn (loose)",
            price=Decimal("2.99"),
            unit=Unit.KG,
            tax_rate_id=rates["Reduced"],
            barcodes=["2100001"],
        ),
        actor=actor,
    )
