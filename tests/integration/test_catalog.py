"""Catalog service on a real database: products, barcodes, lookups and search."""

from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from pos.db.engine import Database
from pos.db.models import Barcode, PriceChange, Product
from pos.domain.barcodes import with_check_digit
from pos.domain.cart import Unit
from pos.domain.errors import (
    DuplicateBarcode,
    DuplicateSku,
    InvalidBarcode,
    InvalidInput,
    UnknownBarcode,
)
from pos.services.catalog.products import (
    ProductInput,
    add_barcode,
    create_product,
    create_tax_rate,
    get_product,
    set_active,
    update_product,
)
from pos.services.dto import Actor, ProductDTO
from pos.services.lookup import find_by_code, search_products
from pos.services.settings import ShopSettings, update_settings


def product_count(db: Database) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Product)) or 0


def test_create_product_stores_everything(db: Database, milk: ProductDTO) -> None:
    stored = get_product(db, milk.id)
    assert (stored.sku, stored.name, stored.price, stored.category) == (
        "MILK",
        "Fresh Milk 1 L",
        Decimal("1.20"),
        "Dairy",
    )
    assert stored.barcodes == ("4006381333931",)
    assert stored.tax_rate.percent == Decimal("5")
    assert stored.on_hand == 0


def test_upc_a_and_its_ean13_form_find_the_same_product(
    db: Database, shop: ShopSettings, rates: dict[str, int], actor: Actor
) -> None:
    create_product(
        db,
        ProductInput(
            "COLA", "Cola 330 ml", Decimal("0.99"), rates["Standard"], barcodes=["036000291452"]
        ),
        actor=actor,
    )
    assert find_by_code(db, "036000291452", shop).sku == "COLA"
    assert find_by_code(db, "0036000291452", shop).sku == "COLA"


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"barcodes": ["4006381333932"]}, InvalidBarcode, "check digit is wrong"),
        ({"barcodes": ["4006381333931"]}, DuplicateBarcode, "already belongs to 'Fresh Milk 1 L'"),
        ({"sku": "milk"}, DuplicateSku, "already belongs to 'Fresh Milk 1 L'"),
        ({"price": Decimal("-1")}, InvalidInput, "cannot be negative"),
        ({"price": Decimal("99999999999")}, InvalidInput, "far too large"),
        ({"price": Decimal("1.999")}, InvalidInput, "more decimals than EUR"),
        ({"name": "   "}, InvalidInput, "needs a name"),
        ({"tax_rate_id": 999}, InvalidInput, "tax rates"),
    ],
)
def test_bad_product_input_is_refused_and_nothing_is_written(
    db: Database,
    milk: ProductDTO,
    rates: dict[str, int],
    changes: dict[str, object],
    error: type[Exception],
    message: str,
    actor: Actor,
) -> None:
    fields: dict[str, object] = {
        "sku": "NEW",
        "name": "New thing",
        "price": Decimal("1.00"),
        "tax_rate_id": rates["Standard"],
        "barcodes": ["96385074"],
    }
    fields.update(changes)
    before = product_count(db)
    with pytest.raises(error, match=message):
        create_product(db, ProductInput(**fields), actor=actor)  # type: ignore[arg-type]
    assert product_count(db) == before
    with db.read() as uow:
        assert uow.session.get(Barcode, "96385074") is None


def test_a_second_barcode_and_a_duplicate(
    db: Database, milk: ProductDTO, wine: ProductDTO, actor: Actor
) -> None:
    assert add_barcode(db, milk.id, "PLU-7", actor=actor).barcodes == ("4006381333931", "PLU-7")
    with pytest.raises(DuplicateBarcode, match="Crème de cassis"):
        add_barcode(db, milk.id, "96385074", actor=actor)


def test_edit_keeps_search_in_step(db: Database, milk: ProductDTO, actor: Actor) -> None:
    update_product(db, milk.id, actor=actor, name="Organic Whole Milk 1 L", price=Decimal("1.45"))
    assert [h.name for h in search_products(db, "organic")] == ["Organic Whole Milk 1 L"]
    assert search_products(db, "fresh") == []
    assert get_product(db, milk.id).price == Decimal("1.45")


def test_deactivated_products_are_kept_but_not_sold(
    db: Database, shop: ShopSettings, milk: ProductDTO, actor: Actor
) -> None:
    set_active(db, milk.id, False, actor=actor)
    with pytest.raises(InvalidInput, match="no longer sold"):
        find_by_code(db, "4006381333931", shop)
    assert search_products(db, "milk") == []
    assert get_product(db, milk.id).active is False


def test_unknown_and_invalid_codes(db: Database, shop: ShopSettings, milk: ProductDTO) -> None:
    with pytest.raises(UnknownBarcode, match="No product has the barcode 5012345678900"):
        find_by_code(db, "5012345678900", shop)
    with pytest.raises(InvalidBarcode, match="check digit"):
        find_by_code(db, "5012345678901", shop)


def test_typed_sku_is_found_like_a_barcode(
    db: Database, shop: ShopSettings, milk: ProductDTO
) -> None:
    assert find_by_code(db, "milk", shop).product_id == milk.id


def test_weight_embedded_label(db: Database, shop: ShopSettings, apples: ProductDTO) -> None:
    item = find_by_code(db, with_check_digit("210000101255"), shop)
    assert (item.product_id, item.quantity, item.fixed_amount) == (
        apples.id,
        Decimal("1.255"),
        None,
    )


def test_price_embedded_label_fixes_the_amount(
    db: Database, shop: ShopSettings, rates: dict[str, int], actor: Actor
) -> None:
    cheese = create_product(
        db,
        ProductInput(
            "CHEESE",
            "Comté (deli)",
            Decimal("24.90"),
            rates["Reduced"],
            unit=Unit.KG,
            barcodes=["2200042"],
        ),
        actor=actor,
    )
    item = find_by_code(db, with_check_digit("220004200749"), shop)
    assert (item.product_id, item.fixed_amount, item.quantity) == (
        cheese.id,
        Decimal("7.49"),
        Decimal("0.301"),
    )


def test_label_layout_is_a_setting(
    db: Database, shop: ShopSettings, apples: ProductDTO, actor: Actor
) -> None:
    from pos.domain.barcodes import Measure, VariableMeasureRule

    settings = update_settings(
        db,
        variable_measure_rules=(VariableMeasureRule("23", "PPIIIIXVVVVVC", Measure.WEIGHT),),
        actor=actor,
    )
    add_barcode(db, apples.id, "230001", actor=actor)
    item = find_by_code(db, with_check_digit("230001" + "9" + "00750"), settings)
    assert item.quantity == Decimal("0.750")


def test_search_as_you_type(db: Database, rates: dict[str, int], actor: Actor) -> None:
    names = [
        "Milk Chocolate 100 g",
        "Camomile Tea 20 bags",
        "Millet 500 g",
        "Mint Sauce",
        "Crème brûlée dessert",
    ]
    for index, name in enumerate(names):
        create_product(
            db, ProductInput(f"P{index}", name, Decimal("1.00"), rates["Standard"]), actor=actor
        )
    assert [h.name for h in search_products(db, "mil")] == [
        "Milk Chocolate 100 g",
        "Millet 500 g",
        "Camomile Tea 20 bags",
    ]
    assert [h.name for h in search_products(db, "m")][:3] == [
        "Milk Chocolate 100 g",
        "Millet 500 g",
        "Mint Sauce",
    ]
    assert [h.name for h in search_products(db, "BRULEE")] == ["Crème brûlée dessert"]
    assert [h.sku for h in search_products(db, "p3")] == ["P3"]
    assert len(search_products(db, "m", limit=2)) == 2
    assert search_products(db, "e") == []  # one letter: name and SKU prefixes only
    assert search_products(db, "   ") == []
    assert search_products(db, '"%_') == []


def test_tax_rates(db: Database, shop: ShopSettings, actor: Actor) -> None:
    assert create_tax_rate(db, "Super reduced", Decimal("2.1"), actor=actor).percent == Decimal(
        "2.1"
    )
    with pytest.raises(InvalidInput, match="already a tax rate"):
        create_tax_rate(db, "Standard", Decimal("20"), actor=actor)
    with pytest.raises(InvalidInput, match="not possible"):
        create_tax_rate(db, "Odd", Decimal("120"), actor=actor)


def test_an_unknown_weight_label_names_its_item_code(db: Database, shop: ShopSettings) -> None:
    label = with_check_digit("211234501250")
    with pytest.raises(UnknownBarcode, match="in-store code 2112345") as raised:
        find_by_code(db, label, shop)
    assert raised.value.code == "2112345", "the new product gets the item code, not one weighing"


def test_an_exact_sku_comes_before_name_matches(
    db: Database, rates: dict[str, int], actor: Actor
) -> None:
    create_product(
        db,
        ProductInput("CHOC", "Milk chocolate 100 g", Decimal("1"), rates["Standard"]),
        actor=actor,
    )
    create_product(
        db, ProductInput("MILK", "Fresh Milk 1 L", Decimal("1"), rates["Standard"]), actor=actor
    )
    assert [h.sku for h in search_products(db, "milk")] == ["MILK", "CHOC"]


def test_a_price_change_is_kept_in_the_price_history(
    db: Database, milk: ProductDTO, actor: Actor
) -> None:
    update_product(db, milk.id, actor=actor, name="Milk")  # no price change: no history
    update_product(db, milk.id, actor=actor, price=Decimal("1.35"))
    with pytest.raises(InvalidInput):
        update_product(db, milk.id, actor=actor, price=Decimal("-1"))
    with db.read() as uow:
        changes = uow.session.scalars(select(PriceChange)).all()
        assert [(c.old_price, c.new_price, c.user_id, c.till) for c in changes] == [
            (Decimal("1.20"), Decimal("1.35"), actor.user_id, "Till 1")
        ]
        with pytest.raises(Exception, match="never changed"):
            uow.session.execute(delete(PriceChange))
            uow.session.flush()
