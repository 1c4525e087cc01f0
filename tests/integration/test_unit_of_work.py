"""A unit of work is one transaction, whichever way its statements run: prepared on the
driver's cursor, through a SQLAlchemy Connection, or through the ORM session."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import bindparam, event, func, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from pos.db.engine import BUSY_TIMEOUT_MS, Database
from pos.db.models import Product
from pos.db.prepared import Prepared
from pos.db.tables import barcodes, products
from pos.services.dto import ProductDTO

_SET_PRICE = Prepared(
    update(products)
    .where(products.c.id == bindparam("product_id"))
    .values(price=bindparam("new_price", type_=products.c.price.type))
)
_PRICE = Prepared(select(products.c.price).where(products.c.id == bindparam("product_id")))
_BACKEND = Prepared(select(func.pg_backend_pid()))
_CODE_OWNER = Prepared(
    update(barcodes).where(barcodes.c.code == bindparam("code")).values(product_id=None)
)


def stored_price(db: Database, product_id: int) -> Decimal:
    with db.read() as uow:
        price: Decimal = _PRICE.scalar(uow, {"product_id": product_id})
        return price


def test_prepared_and_orm_writes_share_one_transaction(db: Database, milk: ProductDTO) -> None:
    with db.write() as uow:
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("2.00")})
        product = uow.session.get(Product, milk.id)
        assert product is not None
        assert product.price == Decimal("2.00")  # the session sees the prepared write
        product.name = "Whole milk 1 l"
        uow.commit()
    assert stored_price(db, milk.id) == Decimal("2.00")
    with db.read() as uow:
        assert uow.session.get(Product, milk.id).name == "Whole milk 1 l"  # type: ignore[union-attr]


def test_leaving_without_a_commit_undoes_both_kinds_of_write(
    db: Database, milk: ProductDTO
) -> None:
    with db.write() as uow:
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("9.99")})
        uow.connection.execute(text("DELETE FROM barcodes"))
    with db.write(durable=False) as uow:
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("8.88")})
    with pytest.raises(RuntimeError, match="boom"), db.write() as uow:
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("7.77")})
        uow.commit()  # committed before the error: kept
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("6.66")})
        raise RuntimeError("boom")
    assert stored_price(db, milk.id) == Decimal("7.77")
    with db.write() as uow:
        uow.connection.execute(text("SELECT 1"))
        uow.commit()  # through the Connection this time
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("5.55")})
    assert stored_price(db, milk.id) == Decimal("7.77")
    with db.read() as uow:
        assert uow.connection.execute(text("SELECT count(*) FROM barcodes")).scalar() > 0


def test_a_second_commit_keeps_what_was_written_after_the_first(
    db: Database, milk: ProductDTO
) -> None:
    """Whichever way the first commit went (session, Connection or driver), prepared writes
    after it are committed by the next commit."""
    for first_commit_through in ("session", "connection", "driver"):
        with db.write() as uow:
            if first_commit_through == "session":
                uow.session.get(Product, milk.id)
            elif first_commit_through == "connection":
                uow.connection.execute(text("SELECT 1"))
            uow.commit()
            _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("2.22")})
            uow.commit()
        assert stored_price(db, milk.id) == Decimal("2.22"), first_commit_through
        with db.write() as uow:
            _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("1.00")})
            uow.commit()


def test_a_busy_database_after_a_commit_is_sqlalchemys_error(
    db: Database, milk: ProductDTO
) -> None:
    """Another till holds the write lock when an action goes on after its commit."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's database-wide write lock")
    with db.write() as uow:
        uow.cursor().execute("PRAGMA busy_timeout=0")  # fail at once rather than wait
        uow.commit()
        with db.raw() as other:
            other.execute("BEGIN IMMEDIATE")
            try:
                with pytest.raises(OperationalError, match="locked"):
                    _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("3.00")})
            finally:
                other.rollback()
        uow.cursor().execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    assert stored_price(db, milk.id) == milk.price


def test_a_driver_error_leaves_the_pooled_connection_usable(db: Database, milk: ProductDTO) -> None:
    for _ in range(3):  # the same pooled connection comes back each time
        with db.write() as uow, pytest.raises(IntegrityError):
            _CODE_OWNER.rows(uow, {"code": milk.barcodes[0]})  # product_id is NOT NULL
        with db.write() as uow:
            _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("1.11")})
            uow.commit()
    assert stored_price(db, milk.id) == Decimal("1.11")


def test_a_read_cannot_commit(db: Database) -> None:
    with db.read() as uow, pytest.raises(RuntimeError, match="cannot commit"):
        uow.commit()


def test_nothing_runs_outside_the_block(db: Database) -> None:
    uow = db.write()
    with pytest.raises(RuntimeError, match="not open"):
        uow.cursor()
    with uow:
        pass
    with pytest.raises(RuntimeError, match="not open"):
        _PRICE.rows(uow, {"product_id": 1})


def test_a_lost_server_connection_fails_one_action_only(db: Database, milk: ProductDTO) -> None:
    """The server restarted or the network dropped in the middle of an action: that action
    fails with SQLAlchemy's error, the dead connection leaves the pool, the next one works."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("a server connection")
    with pytest.raises(OperationalError), db.write() as uow:
        backend = _BACKEND.scalar(uow)
        with db.engine.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
            admin.commit()
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("3.33")})
    with db.write() as uow:
        assert _BACKEND.scalar(uow) != backend
        _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("4.44")})
        uow.commit()
    assert stored_price(db, milk.id) == Decimal("4.44")


def driver_used(db: Database) -> object:
    """The DB-API connection a unit of work of this thread runs on."""
    with db.read() as uow:
        cursor = uow.cursor()
        cursor.close()
        return cursor.connection


def checkouts_of(db: Database) -> list[object]:
    """Filled with every connection checked out of the engine's pool from now on."""
    seen: list[object] = []
    event.listen(db.engine, "checkout", lambda dbapi, record, proxy: seen.append(dbapi))
    return seen


def sqlite_only(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite keeps the till's connection")


def test_sqlite_keeps_the_tills_connection_between_units_of_work(db: Database) -> None:
    sqlite_only(db)
    first = driver_used(db)
    checkouts = checkouts_of(db)
    for _ in range(3):
        assert driver_used(db) is first
        with db.write() as uow:
            uow.cursor().close()
            uow.commit()
    assert checkouts == []
    with db.write() as outer:
        outer.cursor().close()
        assert driver_used(db) is not first  # a unit inside another: from the pool
    kept = driver_used(db)  # one of the two stays with the thread, the other is pooled
    elsewhere: list[object] = []
    other = threading.Thread(target=lambda: elsewhere.append(driver_used(db)))
    other.start()
    other.join()
    assert elsewhere[0] is not kept  # another thread: from the pool
    assert driver_used(db) is kept


def test_a_server_database_checks_out_every_time(db: Database) -> None:
    if db.engine.dialect.name == "sqlite":
        pytest.skip("a server database: the pool's pre-ping must see every checkout")
    checkouts = checkouts_of(db)
    for _ in range(3):
        driver_used(db)
    assert len(checkouts) == 3


def test_a_lost_connection_is_not_kept(db: Database) -> None:
    sqlite_only(db)
    first: Any = driver_used(db)
    with db.read():
        first.close()  # broken under the unit of work: its rollback fails, it is dropped
    assert driver_used(db) is not first


def test_disposing_the_pool_closes_the_kept_connection(db: Database) -> None:
    sqlite_only(db)
    kept: Any = driver_used(db)
    db.engine.dispose()  # as Database.close() does
    with pytest.raises(db.engine.dialect.loaded_dbapi.ProgrammingError):
        kept.execute("SELECT 1")
    assert driver_used(db) is not kept  # and the database connects anew when used again


def test_a_connection_lent_before_a_dispose_is_not_kept(db: Database) -> None:
    sqlite_only(db)
    with db.read() as uow:
        lent = uow.cursor().connection
        db.engine.dispose()
    assert driver_used(db) is not lent
