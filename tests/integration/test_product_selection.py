"""A selection of products is a filter (the till's search, category, active, low stock)."""

from decimal import Decimal

from pos.db.engine import Database
from pos.services.catalog.products import ProductInput, create_product, set_active
from pos.services.catalog.selection import (
    ProductFilter,
    ProductSelection,
    count_selected,
    selected_id_batches,
)
from pos.services.dto import Actor, ProductDTO


def ids(db: Database, selection: ProductSelection, batch: int = 1000) -> list[int]:
    with db.read() as uow:
        return [i for chunk in selected_id_batches(uow, selection, batch) for i in chunk]


def test_the_filter_finds_by_name_sku_and_barcode(
    db: Database, milk: ProductDTO, wine: ProductDTO, apples: ProductDTO
) -> None:
    by = lambda text: ids(db, ProductSelection(ProductFilter(text=text)))  # noqa: E731
    assert by("") == [milk.id, wine.id, apples.id]
    assert by("fresh mi") == [milk.id]  # a name's start
    assert by("cassis") == [wine.id]  # a word inside the name
    assert by("wine") == [wine.id]  # the SKU
    assert by("4006381333931") == [milk.id]  # a barcode
    assert by("2100001") == [apples.id]  # a weighed item's own code
    assert by("nothing like it") == []


def test_category_active_and_low_stock(
    db: Database, rates: dict[str, int], milk: ProductDTO, wine: ProductDTO, actor: Actor
) -> None:
    low = create_product(
        db,
        ProductInput("LOW", "Yeast", Decimal("0.50"), rates["Reduced"], reorder_level=Decimal(3)),
        actor=actor,
    )
    dairy = ProductFilter(category_ids=(1,))
    assert ids(db, ProductSelection(dairy)) == [milk.id]
    assert ids(db, ProductSelection(ProductFilter(category_ids=(None,)))) == [wine.id, low.id]
    # Low stock is watched only where a reorder level is set: milk and wine have none.
    assert ids(db, ProductSelection(ProductFilter(low_stock=True))) == [low.id]
    set_active(db, wine.id, False, actor=actor)
    assert ids(db, ProductSelection(ProductFilter(active=False))) == [wine.id]
    assert count_selected(db, ProductSelection(ProductFilter(active=True))) == 2
    picked = ProductSelection(ProductFilter(active=True), ids=(wine.id, low.id))
    assert ids(db, picked) == [low.id]  # picked rows still obey the filter


def test_batches_read_the_whole_selection(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    made = [
        create_product(
            db, ProductInput(f"B{i}", f"Bulk {i}", Decimal(1), rates["Standard"]), actor=actor
        ).id
        for i in range(7)
    ]
    with db.read() as uow:
        assert [len(b) for b in selected_id_batches(uow, ProductSelection(), batch=3)] == [3, 3, 1]
    assert ids(db, ProductSelection(), batch=3) == made
