"""Several taxes on one product, on a real database: catalog, scan, cart, sale, refund, check."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, insert, select, update

from pos.db.engine import Database
from pos.db.models import Barcode, Product, ProductTax, SaleLineTax, StoredCart
from pos.db.models import TaxRate as TaxRateRow
from pos.domain.errors import InvalidInput
from pos.domain.payments import PaymentMethod, Tender
from pos.domain.tax import TaxRate
from pos.services.catalog.bulk import SetTaxRate, apply_bulk_change
from pos.services.catalog.listing import ProductOrder, SortKey, count_products, read_window
from pos.services.catalog.product_taxes import MAX_RATES
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    create_tax_rate,
    get_product,
    update_product,
)
from pos.services.catalog.selection import ProductFilter, ProductSelection
from pos.services.dto import Actor, ProductDTO, SaleDTO
from pos.services.health import check_database
from pos.services.lookup import find_by_code, find_by_id
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO, owner
from pos.services.tax_rates import deactivate_tax_rate, list_tax_rate_usage
from tests.stacked_shop import LAMP_CODE, bread, lamp, quebec_shop, rate_ids

GST = TaxRate("GST", Decimal("5"))
QST = TaxRate("QST", Decimal("9.975"))


@pytest.fixture
def quebec(db: Database) -> ShopSettings:
    return quebec_shop(db)


@pytest.fixture
def ids(db: Database, quebec: ShopSettings) -> dict[str, int]:
    return rate_ids(db)


@pytest.fixture
def clerk(db: Database, quebec: ShopSettings) -> UserDTO:
    return owner(db)


@pytest.fixture
def actor(clerk: UserDTO) -> Actor:
    """The owner of the Quebec shop, at its till (not the test shop's: see conftest)."""
    return Actor(clerk.id, "Caisse 1")


@pytest.fixture
def till(db: Database, quebec: ShopSettings, clerk: UserDTO) -> CartSession:
    return CartSession(db, "Caisse 1", clerk)


@pytest.fixture
def stacked(db: Database, quebec: ShopSettings) -> ProductDTO:
    return lamp(db)


# --- the catalog ------------------------------------------------------------------------------


def test_a_product_keeps_its_rates_in_order(db: Database, stacked: ProductDTO) -> None:
    stored = get_product(db, stacked.id, Actor(owner(db).id, "Till 1"))  # who sees costs
    assert stored == stacked
    assert stored.tax_rate.name == "GST"
    assert [(r.name, r.percent) for r in stored.tax_rates] == [
        ("GST", Decimal("5")),
        ("QST", Decimal("9.975")),
    ]
    single = bread(db)
    assert [r.name for r in single.tax_rates] == [single.tax_rate.name] == ["Zero"]


def test_rates_change_whole_and_tax_rate_id_alone_leaves_one(
    db: Database, stacked: ProductDTO, ids: dict[str, int], actor: Actor
) -> None:
    swapped = update_product(db, stacked.id, actor=actor, tax_rate_ids=(ids["QST"], ids["GST"]))
    assert [r.name for r in swapped.tax_rates] == ["QST", "GST"]
    assert swapped.tax_rate.name == "QST"
    only = update_product(db, stacked.id, actor=actor, tax_rate_id=ids["Zero"])
    assert [r.name for r in only.tax_rates] == ["Zero"]
    with db.read() as uow:
        assert uow.session.scalars(select(ProductTax)).all() == []
    again = update_product(db, stacked.id, actor=actor, tax_rate_ids=(ids["GST"], ids["QST"]))
    assert again.tax_rates == stacked.tax_rates


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (("GST", "GST"), "'GST' is chosen twice"),
        (("GST", "Nowhere"), "Choose one of the shop's tax rates"),
        (("GST", "Off"), "'Off' is switched off"),
        (("GST", "QST", "Zero", "A", "B"), f"{MAX_RATES} tax rates at most"),
        ((), "Choose one of the shop's tax rates"),
    ],
)
def test_bad_rates_are_refused_and_change_nothing(
    db: Database,
    stacked: ProductDTO,
    ids: dict[str, int],
    names: tuple[str, ...],
    message: str,
    actor: Actor,
) -> None:
    for name in ("A", "B", "Off"):
        ids[name] = create_tax_rate(db, name, Decimal("1"), actor=actor).id
    with db.write() as uow:
        uow.session.execute(update(TaxRateRow).where(TaxRateRow.name == "Off").values(active=False))
        uow.commit()
    ids["Nowhere"] = 9999
    wanted = tuple(ids[name] for name in names)
    with pytest.raises(InvalidInput, match=message):
        update_product(db, stacked.id, actor=actor, tax_rate_ids=wanted)
    if wanted:
        with pytest.raises(InvalidInput, match=message):
            create_product(
                db,
                ProductInput("NEW", "New", Decimal("1"), wanted[0], tax_rate_ids=wanted),
                actor=actor,
            )
    assert get_product(db, stacked.id).tax_rates == stacked.tax_rates
    with db.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Product)) == 1


def test_the_first_rate_must_head_the_list(db: Database, ids: dict[str, int], actor: Actor) -> None:
    with pytest.raises(InvalidInput, match="first tax rate must head"):
        create_product(
            db,
            ProductInput(
                "X", "X", Decimal("1"), ids["Zero"], tax_rate_ids=(ids["GST"], ids["QST"])
            ),
            actor=actor,
        )


def test_a_rate_beside_another_counts_as_used(
    db: Database, stacked: ProductDTO, ids: dict[str, int], actor: Actor
) -> None:
    usage = {r.name: r.products for r in list_tax_rate_usage(db)}
    assert usage == {"GST": 1, "QST": 1, "Zero": 0}
    with pytest.raises(InvalidInput, match="1 product uses it"):
        deactivate_tax_rate(db, ids["QST"], actor=actor)


def test_a_product_that_never_sold_is_deleted_with_its_rates(
    db: Database, stacked: ProductDTO
) -> None:
    with db.write() as uow:  # as deleting a product that never moved does: barcodes, then it
        uow.session.execute(delete(Barcode).where(Barcode.product_id == stacked.id))
        uow.session.execute(delete(Product).where(Product.id == stacked.id))
        uow.commit()
    with db.read() as uow:
        assert uow.session.scalars(select(ProductTax)).all() == []


def test_the_products_screen_lists_every_rate(
    db: Database, stacked: ProductDTO, actor: Actor
) -> None:
    plain = bread(db)
    order = ProductOrder(ProductFilter(), SortKey.NAME)
    rows = read_window(db, order, 0, 10, count_products(db, order.filter), user_id=actor.user_id)
    assert {row.id: row.tax_rate for row in rows} == {stacked.id: "GST + QST", plain.id: "Zero"}


def test_a_bulk_tax_rate_replaces_all_rates_or_sets_several(
    db: Database, stacked: ProductDTO, ids: dict[str, int], actor: Actor
) -> None:
    plain = bread(db)
    everything = ProductSelection()
    apply_bulk_change(db, everything, SetTaxRate(ids["Zero"]), actor=actor)
    assert [[r.name for r in get_product(db, p.id).tax_rates] for p in (stacked, plain)] == [
        ["Zero"],
        ["Zero"],
    ]
    both = SetTaxRate(ids["GST"], further=(ids["QST"],))
    assert apply_bulk_change(db, everything, both, actor=actor) == 2
    assert [[r.name for r in get_product(db, p.id).tax_rates] for p in (stacked, plain)] == [
        ["GST", "QST"],
        ["GST", "QST"],
    ]
    with pytest.raises(InvalidInput, match="'GST' is chosen twice"):
        apply_bulk_change(db, everything, SetTaxRate(ids["GST"], (ids["GST"],)), actor=actor)


# --- at the till ------------------------------------------------------------------------------


def test_a_scan_brings_every_rate_and_a_single_rate_product_none_more(
    db: Database, quebec: ShopSettings, stacked: ProductDTO
) -> None:
    item = find_by_code(db, LAMP_CODE, quebec)
    assert (item.tax_rate, item.further_rates) == (GST, (QST,))
    assert find_by_id(db, stacked.id) == item
    plain = find_by_id(db, bread(db).id)
    assert (plain.tax_rate.name, plain.further_rates) == ("Zero", ())


def test_the_open_cart_keeps_its_rates_over_a_restart(
    db: Database, till: CartSession, stacked: ProductDTO, clerk: UserDTO
) -> None:
    till.scan(LAMP_CODE)
    till.add_product(bread(db).id)
    again = CartSession(db, "Caisse 1", clerk)
    assert [line.rates for line in again.cart.lines] == [
        (GST, QST),
        (TaxRate("Zero", Decimal("0")),),
    ]
    assert again.totals() == till.totals()


def test_a_snapshot_saved_before_stacked_rates_still_loads(
    db: Database, till: CartSession, clerk: UserDTO
) -> None:
    till.add_product(bread(db).id)
    with db.write() as uow:
        payload = json.loads(uow.session.scalars(select(StoredCart.payload)).one())
        assert "further_taxes" not in payload["lines"][0]
        # What a till wrote before: exactly these keys.
        assert sorted(payload["lines"][0]) == sorted(
            [
                "line_id", "product_id", "sku", "name", "unit", "unit_price", "quantity",
                "tax_name", "tax_percent", "discount", "fixed_amount",
            ]
        )  # fmt: skip
    restarted = CartSession(db, "Caisse 1", clerk)
    assert restarted.cart.lines[0].rates == (TaxRate("Zero", Decimal("0")),)


def sell(till: CartSession, *codes: str) -> SaleDTO:
    for code in codes:
        till.scan(code)
    return till.pay([Tender(PaymentMethod.CARD, till.totals().total)])


def test_a_sale_records_each_rate_of_each_line(
    db: Database, till: CartSession, stacked: ProductDTO
) -> None:
    bread(db)
    sale = sell(till, LAMP_CODE, "BREAD")
    assert (sale.net, sale.tax, sale.total) == (
        Decimal("104.50"),
        Decimal("14.98"),
        Decimal("119.48"),
    )
    lamp_line, bread_line = sale.lines
    assert [(t.tax_name, t.tax) for t in lamp_line.taxes] == [
        ("GST", Decimal("5.00")),
        ("QST", Decimal("9.98")),
    ]
    assert (lamp_line.tax_name, lamp_line.tax) == ("GST", Decimal("14.98"))
    assert [(t.tax_name, t.tax) for t in bread_line.taxes] == [("Zero", Decimal("0.00"))]
    assert [(t.tax_name, t.net, t.tax, t.gross) for t in sale.taxes] == [
        ("GST", Decimal("100.00"), Decimal("5.00"), Decimal("105.00")),
        ("QST", Decimal("100.00"), Decimal("9.98"), Decimal("109.98")),
        ("Zero", Decimal("4.50"), Decimal("0.00"), Decimal("4.50")),
    ]
    assert get_sale(db, sale.number) == sale
    with db.read() as uow:
        # Only the stacked line has rows of its own.
        rows = uow.session.scalars(select(SaleLineTax).order_by(SaleLineTax.id)).all()
    assert [(r.sale_line_id, r.position, r.tax_name) for r in rows] == [
        (lamp_line.id, 0, "GST"),
        (lamp_line.id, 1, "QST"),
    ]
    assert check_database(db) == []


def test_refunds_give_back_each_rates_tax_exactly(
    db: Database, till: CartSession, stacked: ProductDTO, clerk: UserDTO, actor: Actor
) -> None:
    # Three lamps at $0.10 each way round the cent: $0.30, GST 0.015, QST 0.030 per line.
    update_product(db, stacked.id, actor=actor, price=Decimal("0.10"))
    till.scan(LAMP_CODE)
    till.set_quantity(till.cart.lines[0].line_id, Decimal(3))
    sale = till.pay([Tender(PaymentMethod.CARD, till.totals().total)])
    (line,) = sale.lines
    assert [t.tax for t in line.taxes] == [Decimal("0.02"), Decimal("0.03")]

    def back(quantity: int) -> SaleDTO:
        return refund_sale(
            db,
            sale.number,
            {line.id: Decimal(quantity)},
            PaymentMethod.CARD,
            settings=till.settings,
            actor=Actor(clerk.id, "Caisse 1"),
        )

    refunds = [back(1), back(1), back(1)]
    per_rate = [[t.tax for t in r.lines[0].taxes] for r in refunds]
    # Rounded on the running total: 1/3 of 0.02 -> 0.01, 2/3 -> 0.01 (0.00 more), then the rest.
    assert per_rate == [
        [Decimal("0.01"), Decimal("0.01")],
        [Decimal("0.00"), Decimal("0.01")],
        [Decimal("0.01"), Decimal("0.01")],
    ]
    for position in range(2):
        assert sum(p[position] for p in per_rate) == line.taxes[position].tax
    assert sum(r.total for r in refunds) == sale.total
    for refund in refunds:
        assert [t.tax_name for t in refund.taxes] == ["GST", "QST"]
        assert sum(t.tax for t in refund.taxes) == refund.tax
        assert get_sale(db, refund.number) == refund
    assert check_database(db) == []


def test_shoptill_check_finds_a_rate_that_does_not_add_up(
    db: Database, till: CartSession, stacked: ProductDTO
) -> None:
    sale = sell(till, LAMP_CODE)
    assert check_database(db) == []
    with db.write() as uow:  # rows are append-only, but a bad one can still be added
        uow.session.execute(
            insert(SaleLineTax),
            {
                "sale_id": sale.id,
                "sale_line_id": sale.lines[0].id,
                "position": 2,
                "tax_name": "Extra",
                "tax_percent": Decimal("1"),
                "tax": Decimal("1.00"),
            },
        )
        uow.commit()
    problems = check_database(db)
    assert "Document S000001: the taxes of line 1 add up to 15.980, not 14.980" in problems
    assert "Document S000001: its total at Extra 1 % is not what its lines add up to" in problems


def test_shoptill_check_finds_a_rate_carried_twice(
    db: Database, stacked: ProductDTO, ids: dict[str, int]
) -> None:
    with db.write() as uow:  # only a hand-made row can do it: the services refuse
        uow.session.execute(
            insert(ProductTax),
            [
                {"product_id": stacked.id, "position": 2, "tax_rate_id": ids["GST"]},
                {"product_id": stacked.id, "position": 3, "tax_rate_id": ids["QST"]},
            ],
        )
        uow.commit()
    assert check_database(db) == [
        "Product LAMP carries the tax rate 'GST' twice",
        "Product LAMP carries the tax rate 'QST' twice",
    ]
