"""One field changed in the products table: the same rules, history and log as the dialog."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import AuditEntry, PriceChange
from pos.domain.errors import InvalidInput, NotFound
from pos.services.catalog.edit_in_place import edit_in_place
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.lookup import search_products


def test_each_field_saves_and_returns_the_row(db: Database, actor: Actor, milk: ProductDTO) -> None:
    row = edit_in_place(db, milk.id, "name", "  Oat   Milk ", actor=actor)
    assert row.name == "Oat Milk"
    assert [hit.name for hit in search_products(db, "oat")] == ["Oat Milk"]
    costed = edit_in_place(db, milk.id, "cost", Decimal("0.80"), actor=actor)
    # €1.20 with 5 % tax in it is €1.142857… before tax: (1.142857 - 0.80) / 1.142857
    assert costed.margin(prices_include_tax=True).quantize(Decimal("0.1")) == Decimal("30.0")  # type: ignore[union-attr]
    assert costed.margin(prices_include_tax=False).quantize(Decimal("0.1")) == Decimal("33.3")  # type: ignore[union-attr]
    assert edit_in_place(db, milk.id, "reorder_level", Decimal(6), actor=actor).reorder_level == 6
    assert edit_in_place(db, milk.id, "price", Decimal("1.30"), actor=actor).price == Decimal(
        "1.30"
    )
    with db.read() as uow:
        history = uow.session.scalars(select(PriceChange)).all()
        assert [(h.old_price, h.new_price) for h in history] == [(Decimal("1.20"), Decimal("1.30"))]
        actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert actions.count("product_changed") == 4


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("price", Decimal("-1"), "cannot be negative"),
        ("price", Decimal("1.234"), "more decimals than EUR"),
        ("cost", Decimal(10) ** 11, "far too large"),
        ("name", "", "needs a name"),
        ("name", "n" * 121, "120 characters"),
        ("reorder_level", Decimal(-1), "cannot be negative"),
        ("sku", "X", "cannot be changed in the table"),
    ],
)
def test_bad_values_change_nothing(
    db: Database, actor: Actor, milk: ProductDTO, field: str, value: object, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        edit_in_place(db, milk.id, field, value, actor=actor)
    assert get_product(db, milk.id, actor) == milk


def test_a_product_gone_says_so(db: Database, actor: Actor, milk: ProductDTO) -> None:
    with pytest.raises(NotFound):
        edit_in_place(db, 999, "price", Decimal(1), actor=actor)
