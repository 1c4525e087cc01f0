"""Bulk changes on a selection: one transaction, price history, progress, cancel."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import AuditEntry, PriceChange
from pos.domain.errors import Cancelled, InvalidInput
from pos.domain.pricing import PriceChangeKind, PriceChangeRule, PriceRounding
from pos.services.catalog.bulk import (
    ChangePrice,
    SetActive,
    SetCategory,
    SetTaxRate,
    apply_bulk_change,
)
from pos.services.catalog.products import ProductInput, create_product, get_product
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.dto import Actor, ProductDTO

RAISE_3 = ChangePrice(PriceChangeRule(PriceChangeKind.PERCENT, Decimal(3), PriceRounding.END_99))


@pytest.fixture
def many(db: Database, rates: dict[str, int], actor: Actor) -> list[int]:
    return [
        create_product(
            db,
            ProductInput(f"B{i}", f"Biscuits {i}", Decimal("2.60"), rates["Reduced"]),
            actor=actor,
        ).id
        for i in range(5)
    ]


def price_history_count(db: Database) -> int:
    with db.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(PriceChange)) or 0)


def test_price_change_on_a_filter(
    db: Database, actor: Actor, many: list[int], milk: ProductDTO
) -> None:
    biscuits = ProductSelection(ProductFilter(text="biscuits"))
    seen: list[tuple[int, int]] = []
    done = apply_bulk_change(
        db, biscuits, RAISE_3, actor=actor, progress=lambda d, t: seen.append((d, t))
    )
    assert done == 5
    assert seen == [(5, 5)]
    assert {get_product(db, pid).price for pid in many} == {Decimal("2.99")}
    assert get_product(db, milk.id).price == Decimal("1.20")  # not in the filter
    assert price_history_count(db) == 5
    with db.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "products_bulk_changed"


def test_category_tax_and_active_on_picked_rows(
    db: Database, actor: Actor, many: list[int], rates: dict[str, int]
) -> None:
    picked = ProductSelection(ids=(many[0], many[2]))
    apply_bulk_change(db, picked, SetCategory("Snacks"), actor=actor)
    apply_bulk_change(db, picked, SetTaxRate(rates["Standard"]), actor=actor)
    apply_bulk_change(db, picked, SetActive(False), actor=actor)
    changed = [get_product(db, pid) for pid in many]
    assert [p.category for p in changed] == ["Snacks", None, "Snacks", None, None]
    assert [p.tax_rate.name for p in changed][:3] == ["Standard", "Reduced", "Standard"]
    assert [p.active for p in changed] == [False, True, False, True, True]
    apply_bulk_change(db, picked, SetCategory(None), actor=actor)
    assert get_product(db, many[0]).category is None


def test_cancel_and_bad_changes_write_nothing(db: Database, actor: Actor, many: list[int]) -> None:
    with pytest.raises(Cancelled):
        apply_bulk_change(db, ProductSelection(), RAISE_3, actor=actor, cancelled=lambda: True)
    with pytest.raises(InvalidInput, match="tax rates"):
        apply_bulk_change(db, ProductSelection(), SetTaxRate(999), actor=actor)
    huge = ChangePrice(PriceChangeRule(PriceChangeKind.AMOUNT, Decimal(10) ** 10))
    with pytest.raises(InvalidInput, match="more than a till can take"):
        apply_bulk_change(db, ProductSelection(), huge, actor=actor)
    assert {get_product(db, pid).price for pid in many} == {Decimal("2.60")}
    assert price_history_count(db) == 0
