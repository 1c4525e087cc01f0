"""Tax rates after the shop is open: usage counts, adding, renaming, switching off."""

from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput, NotFound
from pos.services.catalog.products import list_tax_rates
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.tax_rates import (
    add_tax_rate,
    deactivate_tax_rate,
    list_tax_rate_usage,
    rename_tax_rate,
)


def test_usage_counts_products_per_rate(
    db: Database, rates: dict[str, int], milk: ProductDTO, apples: ProductDTO
) -> None:
    usage = {r.name: (r.percent, r.products) for r in list_tax_rate_usage(db)}
    assert usage == {"Standard": (Decimal(20), 0), "Reduced": (Decimal(5), 2)}


def test_add_rate_then_it_is_listed(db: Database, shop: ShopSettings, actor: Actor) -> None:
    added = add_tax_rate(db, "  Zero ", Decimal("0"), actor=actor)
    assert (added.name, added.percent, added.products) == ("Zero", Decimal(0), 0)
    assert [r.name for r in list_tax_rates(db)] == ["Standard", "Reduced", "Zero"]


@pytest.mark.parametrize(
    ("name", "percent", "message"),
    [
        ("Standard", Decimal("21"), "already a tax rate called 'Standard'"),
        ("", Decimal("5"), "Give the tax rate a name"),
        ("Luxury", Decimal("100"), "not possible"),
        ("Odd", Decimal("7.12345"), "four decimals"),
    ],
)
def test_add_refuses_bad_rates(
    db: Database, shop: ShopSettings, name: str, percent: Decimal, message: str, actor: Actor
) -> None:
    with pytest.raises(InvalidInput, match=message):
        add_tax_rate(db, name, percent, actor=actor)
    assert len(list_tax_rates(db)) == 2


def test_unused_rate_is_switched_off(db: Database, rates: dict[str, int], actor: Actor) -> None:
    deactivate_tax_rate(db, rates["Standard"], actor=actor)
    assert [r.name for r in list_tax_rates(db)] == ["Reduced"]
    with pytest.raises(NotFound):
        deactivate_tax_rate(db, rates["Standard"], actor=actor)


def test_rate_used_by_products_stays_on(
    db: Database, rates: dict[str, int], milk: ProductDTO, apples: ProductDTO, actor: Actor
) -> None:
    with pytest.raises(InvalidInput, match="'Reduced' cannot be switched off: 2 products use it"):
        deactivate_tax_rate(db, rates["Reduced"], actor=actor)
    assert len(list_tax_rates(db)) == 2


def test_last_rate_stays_on(db: Database, rates: dict[str, int], actor: Actor) -> None:
    deactivate_tax_rate(db, rates["Standard"], actor=actor)
    with pytest.raises(InvalidInput, match="only tax rate"):
        deactivate_tax_rate(db, rates["Reduced"], actor=actor)


def test_switched_off_rate_comes_back_with_same_name_and_percent(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    deactivate_tax_rate(db, rates["Standard"], actor=actor)
    with pytest.raises(InvalidInput, match="switched-off tax rate is already called"):
        add_tax_rate(db, "Standard", Decimal("21"), actor=actor)
    back = add_tax_rate(db, "Standard", Decimal("20"), actor=actor)
    assert back.id == rates["Standard"]
    assert {r.name for r in list_tax_rates(db)} == {"Standard", "Reduced"}


def test_rename(db: Database, rates: dict[str, int], milk: ProductDTO, actor: Actor) -> None:
    renamed = rename_tax_rate(db, rates["Reduced"], " Food ", actor=actor)
    assert (renamed.name, renamed.products) == ("Food", 1)
    with pytest.raises(InvalidInput, match="already a tax rate called 'Standard'"):
        rename_tax_rate(db, rates["Reduced"], "Standard", actor=actor)
    assert rename_tax_rate(db, rates["Reduced"], "Food", actor=actor).name == "Food"
