"""Prepared statements keep every guarantee of the Core path: types, errors, both databases."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import barcodes, products, stock_movements
from pos.services.dto import ProductDTO

_PRICE_AND_STOCK = Prepared(
    select(products.c.price, products.c.on_hand, products.c.active, products.c.created_at).where(
        products.c.id == bindparam("product_id")
    )
)
_SET_PRICE = Prepared(
    update(products)
    .where(products.c.id == bindparam("product_id"))
    .values(price=bindparam("new_price", type_=products.c.price.type))
    .returning(products.c.price)
)
_ADD_BARCODE = Prepared(insert(barcodes))


def test_values_come_back_through_the_column_types(db: Database, milk: ProductDTO) -> None:
    with db.read() as uow:
        price, on_hand, active, created_at = _PRICE_AND_STOCK.first(
            uow, {"product_id": milk.id}
        ) or pytest.fail("no row")
    assert (price, on_hand, active) == (milk.price, milk.on_hand, True)
    assert type(price) is Decimal and type(active) is bool
    assert isinstance(created_at, datetime) and created_at.tzinfo is UTC


def test_money_is_bound_exactly_and_a_float_is_refused(db: Database, milk: ProductDTO) -> None:
    with db.write() as uow:
        assert _SET_PRICE.scalar(
            uow, {"product_id": milk.id, "new_price": Decimal("1.255")}
        ) == Decimal("1.255")
        with pytest.raises(TypeError, match="exact finite values only"):
            _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": 1.25})
        with pytest.raises(ValueError, match="more than 3 decimals"):
            _SET_PRICE.rows(uow, {"product_id": milk.id, "new_price": Decimal("1.2555")})
        uow.commit()
    with db.read() as uow:
        assert _PRICE_AND_STOCK.first(uow, {"product_id": milk.id})[0] == Decimal("1.255")


def test_a_driver_error_is_sqlalchemys_and_nothing_is_written(
    db: Database, milk: ProductDTO
) -> None:
    row = {"code": "12345670", "product_id": milk.id}
    with db.write() as uow, pytest.raises(IntegrityError):
        _ADD_BARCODE.run(uow, [row, {"code": milk.barcodes[0], "product_id": milk.id}])
    with db.read() as uow:
        codes = uow.connection.execute(
            select(barcodes.c.code).where(barcodes.c.product_id == milk.id)
        ).scalars()
        assert list(codes) == list(milk.barcodes)


def test_a_statement_that_needs_python_defaults_or_expanding_lists_is_refused(
    db: Database, milk: ProductDTO
) -> None:
    needs_defaults = Prepared(insert(products))
    expanding = Prepared(
        select(products.c.id).where(products.c.id.in_(bindparam("ids", expanding=True)))
    )
    with db.write() as uow:
        with pytest.raises(ValueError, match="needs values for"):
            needs_defaults.run(uow, [{"sku": "X", "name": "X"}])
        with pytest.raises(ValueError, match="cannot expand"):
            expanding.rows(uow, {"ids": [milk.id]})


def test_executemany_writes_every_row(db: Database, milk: ProductDTO) -> None:
    insert_moves = Prepared(insert(stock_movements))
    now = datetime.now(UTC)
    rows = [
        {
            "product_id": milk.id,
            "quantity": Decimal(q),
            "on_hand_after": Decimal(q),
            "kind": "count",
            "reason": "test",
            "sale_id": None,
            "user_id": None,
            "till": "T",
            "created_at": now,
        }
        for q in ("1", "2.5", "0.001")
    ]
    with db.write() as uow:
        insert_moves.run(uow, rows)
        uow.commit()
    with db.read() as uow:
        stored = uow.connection.execute(
            select(stock_movements.c.quantity)
            .where(stock_movements.c.reason == "test")
            .order_by(stock_movements.c.id)
        ).scalars()
        assert list(stored) == [Decimal("1"), Decimal("2.5"), Decimal("0.001")]


def test_rows_as_tuples_with_values_shared_by_every_row(db: Database, milk: ProductDTO) -> None:
    insert_moves = Prepared(insert(stock_movements))
    now = datetime.now(UTC)
    shared = {"product_id": milk.id, "kind": "count", "sale_id": None, "user_id": None}
    shared |= {"till": "T", "created_at": now, "reason": "rows"}
    columns = ("quantity", "on_hand_after")
    with db.write() as uow:
        with pytest.raises(TypeError, match="exact finite values only"):
            insert_moves.run_rows(uow, columns, [(Decimal(1), 1.5)], shared)
        with pytest.raises(ValueError, match="no value given for 'new_price'"):
            _SET_PRICE.run_rows(uow, ("product_id",), [(milk.id,)])
        rows = [(Decimal(q), Decimal(q)) for q in ("1", "2.5", "0.001")]
        insert_moves.run_rows(uow, columns, rows, shared)
        uow.commit()
    with db.read() as uow:
        stored = uow.connection.execute(
            select(stock_movements.c.quantity, stock_movements.c.till, stock_movements.c.created_at)
            .where(stock_movements.c.reason == "rows")
            .order_by(stock_movements.c.id)
        ).all()
    assert [q for q, _, _ in stored] == [Decimal("1"), Decimal("2.5"), Decimal("0.001")]
    assert {(till, at) for _, till, at in stored} == {("T", now)}
