"""Categories: counts, add, rename, merge, delete (empty, or moving its products), colours."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log
from pos.domain.errors import InvalidInput, NotFound
from pos.services.catalog.categories import (
    CategoryCount,
    add_category,
    category_overview,
    delete_category,
    merge_categories,
    rename_category,
    set_category_colour,
)
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    get_product,
    list_categories,
    update_product,
)
from pos.services.dto import Actor, ProductDTO
from pos.services.shop import owner


def product_in(db: Database, rates: dict[str, int], sku: str, category: str | None) -> ProductDTO:
    return create_product(
        db,
        ProductInput(sku, f"Item {sku}", Decimal("1.00"), rates["Standard"], category=category),
        actor=Actor(owner(db).id, "Till 1"),
    )


def counts(db: Database) -> dict[str, int]:
    return {c.name: c.products for c in category_overview(db).categories}


def audit_entries(db: Database, action: str) -> list[dict[str, Any]]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.till, audit_log.c.details)
            .where(audit_log.c.action == action)
            .order_by(audit_log.c.id)
        )
        return [{"till": till, **json.loads(details)} for till, details in rows]


@pytest.fixture
def stocked(db: Database, rates: dict[str, int], milk: ProductDTO, wine: ProductDTO) -> None:
    """Dairy: milk, yoghurt, cheese; Bakery: bread; wine in none."""
    for sku in ("YOG", "CHEESE"):
        product_in(db, rates, sku, "Dairy")
    product_in(db, rates, "BREAD", "Bakery")


def test_overview_counts_products_per_category_and_without_one(
    db: Database, stocked: None, actor: Actor
) -> None:
    add_category(db, "Frozen", actor=actor)
    overview = category_overview(db)
    assert [(c.name, c.products) for c in overview.categories] == [
        ("Bakery", 1),
        ("Dairy", 3),
        ("Frozen", 0),
    ]
    assert overview.without_category == 1  # the wine


def test_add_tidies_the_name_and_logs_who(db: Database, shop: object, actor: Actor) -> None:
    added = add_category(db, "  Fruit   &  Veg ", actor=actor, colour="#3A7BD5")
    assert (added.name, added.colour) == ("Fruit & Veg", "#3a7bd5")
    assert category_overview(db).categories == (
        CategoryCount(added.id, "Fruit & Veg", "#3a7bd5", 0),
    )
    (entry,) = audit_entries(db, "category_added")
    assert entry == {"till": "Till 1", "category_id": added.id, "name": "Fruit & Veg"}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Give the category a name"),
        ("   ", "Give the category a name"),
        ("x" * 81, "80 characters at most"),
        ("dairy", "already a category called 'Dairy'"),
        ("DAIRY", "already a category called 'Dairy'"),
    ],
)
def test_add_refuses_bad_and_taken_names(
    db: Database, stocked: None, actor: Actor, name: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        add_category(db, name, actor=actor)
    assert set(counts(db)) == {"Bakery", "Dairy"}
    assert audit_entries(db, "category_added") == []


def test_names_of_80_characters_and_accents_compare_without_case(
    db: Database, shop: object, actor: Actor
) -> None:
    add_category(db, "x" * 80, actor=actor)
    add_category(db, "Äpfel", actor=actor)
    with pytest.raises(InvalidInput, match="already a category called 'Äpfel'"):
        add_category(db, "äPFEL", actor=actor)


def test_rename_and_a_change_of_case(db: Database, stocked: None, actor: Actor) -> None:
    dairy = next(c for c in category_overview(db).categories if c.name == "Dairy")
    assert rename_category(db, dairy.id, "dairy & eggs", actor=actor).name == "dairy & eggs"
    assert rename_category(db, dairy.id, "Dairy & Eggs", actor=actor).name == "Dairy & Eggs"
    assert counts(db) == {"Bakery": 1, "Dairy & Eggs": 3}
    assert [(e["old"], e["new"]) for e in audit_entries(db, "category_renamed")] == [
        ("Dairy", "dairy & eggs"),
        ("dairy & eggs", "Dairy & Eggs"),
    ]
    with pytest.raises(InvalidInput, match="already a category called 'Bakery'"):
        rename_category(db, dairy.id, "BAKERY", actor=actor)
    with pytest.raises(InvalidInput, match="80 characters"):
        rename_category(db, dairy.id, "y" * 81, actor=actor)
    with pytest.raises(NotFound):
        rename_category(db, 9999, "Gone", actor=actor)
    assert counts(db) == {"Bakery": 1, "Dairy & Eggs": 3}


def test_a_product_typed_with_another_case_joins_the_category(
    db: Database, stocked: None, milk: ProductDTO, actor: Actor
) -> None:
    changed = update_product(db, milk.id, actor=actor, category="bakery")
    assert changed.category == "Bakery"
    assert counts(db) == {"Bakery": 2, "Dairy": 2}
    with pytest.raises(InvalidInput, match="80 characters"):
        update_product(db, milk.id, actor=actor, category="z" * 81)
    assert get_product(db, milk.id).category == "Bakery"


def test_merge_moves_every_product_and_deletes_the_first(
    db: Database, stocked: None, milk: ProductDTO, actor: Actor
) -> None:
    by_name = {c.name: c.id for c in category_overview(db).categories}
    moved = merge_categories(db, by_name["Dairy"], by_name["Bakery"], actor=actor)
    assert moved == 3
    assert counts(db) == {"Bakery": 4}
    assert get_product(db, milk.id).category == "Bakery"
    (entry,) = audit_entries(db, "categories_merged")
    assert (entry["source"], entry["target"], entry["products"]) == ("Dairy", "Bakery", 3)


def test_merge_refuses_itself_and_a_missing_category(
    db: Database, stocked: None, actor: Actor
) -> None:
    by_name = {c.name: c.id for c in category_overview(db).categories}
    with pytest.raises(InvalidInput, match="another category"):
        merge_categories(db, by_name["Dairy"], by_name["Dairy"], actor=actor)
    with pytest.raises(NotFound):
        merge_categories(db, by_name["Dairy"], 9999, actor=actor)
    assert counts(db) == {"Bakery": 1, "Dairy": 3}  # nothing moved, nothing deleted


def test_delete_an_empty_category_but_not_one_with_products(
    db: Database, stocked: None, actor: Actor
) -> None:
    frozen = add_category(db, "Frozen", actor=actor)
    assert delete_category(db, frozen.id, actor=actor) == 0
    dairy = next(c for c in category_overview(db).categories if c.name == "Dairy")
    with pytest.raises(InvalidInput, match="'Dairy' still has 3 products"):
        delete_category(db, dairy.id, actor=actor)
    assert counts(db) == {"Bakery": 1, "Dairy": 3}
    assert [e["name"] for e in audit_entries(db, "category_deleted")] == ["Frozen"]


def test_delete_moving_products_to_another_category_or_to_none(
    db: Database, stocked: None, milk: ProductDTO, actor: Actor
) -> None:
    by_name = {c.name: c.id for c in category_overview(db).categories}
    moved = delete_category(
        db, by_name["Bakery"], actor=actor, move_products=True, move_to=by_name["Dairy"]
    )
    assert moved == 1
    assert counts(db) == {"Dairy": 4}
    assert delete_category(db, by_name["Dairy"], actor=actor, move_products=True) == 4
    overview = category_overview(db)
    assert overview.categories == ()
    assert overview.without_category == 5
    assert get_product(db, milk.id).category is None
    entries = audit_entries(db, "category_deleted")
    assert [(e["name"], e["products_moved"], e["moved_to"]) for e in entries] == [
        ("Bakery", 1, by_name["Dairy"]),
        ("Dairy", 4, None),
    ]


def test_delete_refuses_moving_products_into_itself_or_nowhere_known(
    db: Database, stocked: None, actor: Actor
) -> None:
    dairy = next(c for c in category_overview(db).categories if c.name == "Dairy")
    with pytest.raises(InvalidInput, match="another category"):
        delete_category(db, dairy.id, actor=actor, move_products=True, move_to=dairy.id)
    with pytest.raises(NotFound):
        delete_category(db, dairy.id, actor=actor, move_products=True, move_to=9999)
    assert counts(db) == {"Bakery": 1, "Dairy": 3}


def test_colour_is_set_checked_and_cleared(db: Database, stocked: None, actor: Actor) -> None:
    dairy = next(c for c in category_overview(db).categories if c.name == "Dairy")
    assert set_category_colour(db, dairy.id, " #FFCC00 ", actor=actor).colour == "#ffcc00"
    assert {c.name: c.colour for c in list_categories(db)} == {"Bakery": None, "Dairy": "#ffcc00"}
    for bad in ("red", "#fc0", "#12345g", "ffcc00", "#ffcc0000"):
        with pytest.raises(InvalidInput, match="not a colour"):
            set_category_colour(db, dairy.id, bad, actor=actor)
    assert set_category_colour(db, dairy.id, None, actor=actor).colour is None
    assert [(e["old"], e["new"]) for e in audit_entries(db, "category_colour_set")] == [
        (None, "#ffcc00"),
        ("#ffcc00", None),
    ]
