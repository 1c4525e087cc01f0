"""Completing sales through the cart session, checked in the database afterwards."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, StockMovement, StoredCart
from pos.domain.cart import Discount, DiscountKind
from pos.domain.errors import EmptyCart, InvalidInput, NotFound, PaymentShort
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession, parked_carts
from pos.services.selling.records import get_sale, last_sale
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO
from pos.services.stock.movements import receive_stock

CASH, CARD, MOBILE = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE


def rows(db: Database, model: type) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def till(db: Database, shop: ShopSettings, cashier: UserDTO) -> CartSession:
    return CartSession(db, "Till 1", cashier)


def test_a_cash_sale_is_recorded_whole(
    db: Database, till: CartSession, milk: ProductDTO, wine: ProductDTO
) -> None:
    receive_stock(db, milk.id, Decimal(10), actor=Actor(till.cashier.id, "Till 1"))
    till.scan("4006381333931")
    till.scan("4006381333931")
    till.scan("96385074")
    sale = till.pay([Tender(CASH, Decimal("20"))])
    assert (sale.number, sale.total, sale.change) == ("S000001", Decimal("14.90"), Decimal("5.10"))
    stored = get_sale(db, "S000001")
    assert [(ln.name, ln.quantity, ln.gross) for ln in stored.lines] == [
        ("Fresh Milk 1 L", Decimal(2), Decimal("2.40")),
        ("Crème de cassis 70 cl", Decimal(1), Decimal("12.50")),
    ]
    assert {(t.tax_name, t.tax) for t in stored.taxes} == {
        ("Reduced", Decimal("0.11")),
        ("Standard", Decimal("2.08")),
    }
    assert [(p.method, p.amount, p.tendered, p.change) for p in stored.payments] == [
        (CASH, Decimal("14.90"), Decimal("20"), Decimal("5.10"))
    ]
    assert stored.cashier == "Alex"
    assert get_product(db, milk.id).on_hand == Decimal(8)
    assert get_product(db, wine.id).on_hand == Decimal(-1)
    assert till.cart.lines == ()
    assert rows(db, StoredCart) == 0
    assert check_database(db) == []


def test_split_payment_with_cash_rounding(
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    actor: Actor,
) -> None:
    settings = update_settings(db, cash_rounding=Decimal("0.05"), actor=actor)
    till = CartSession(db, "Till 1", cashier, settings)
    till.scan("96385074")
    till.add_product(milk.id, Decimal(2))
    till.set_cart_discount(Discount(DiscountKind.PERCENT, Decimal("3")))
    assert till.totals().total == Decimal("14.45")
    sale = till.pay([Tender(MOBILE, Decimal("5"), "MP-889"), Tender(CASH, Decimal("10"))])
    assert (sale.total, sale.rounding, sale.amount_due, sale.change) == (
        Decimal("14.45"),
        Decimal("0.00"),
        Decimal("14.45"),
        Decimal("0.55"),
    )
    assert [p.reference for p in get_sale(db, sale.number).payments] == ["MP-889", ""]
    till.scan("4006381333931")
    till.scan("4006381333931")
    till.scan("4006381333931")
    till.set_line_discount(
        till.cart.lines[0].line_id, Discount(DiscountKind.AMOUNT, Decimal("0.02"))
    )
    rounded = till.pay([Tender(CASH, Decimal("5"))])
    assert (rounded.total, rounded.rounding, rounded.amount_due, rounded.change) == (
        Decimal("3.58"),
        Decimal("0.02"),
        Decimal("3.60"),
        Decimal("1.40"),
    )
    assert sum(ln.tax for ln in rounded.lines) == get_sale(db, rounded.number).tax
    assert check_database(db) == []


@pytest.mark.parametrize(
    ("tenders", "error", "message"),
    [
        ([Tender(CASH, Decimal("1"))], PaymentShort, "more cash is needed"),
        ([Tender(CARD, Decimal("5"))], PaymentShort, "still owed"),
        ([Tender(CARD, Decimal("50"))], InvalidInput, "Only cash can give change"),
        ([Tender(MOBILE, Decimal("12.50"))], InvalidInput, "reference"),
        ([], PaymentShort, "how the customer pays"),
    ],
)
def test_refused_payment_writes_nothing_and_keeps_the_cart(
    db: Database,
    till: CartSession,
    wine: ProductDTO,
    tenders: list[Tender],
    error: type[Exception],
    message: str,
) -> None:
    till.scan("96385074")
    with pytest.raises(error, match=message):
        till.pay(tenders)
    assert rows(db, Sale) == rows(db, SaleLine) == rows(db, Payment) == 0
    assert rows(db, StockMovement) == 0
    assert len(till.cart.lines) == 1
    assert till.pay([Tender(CARD, Decimal("12.50"))]).number == "S000001"


def test_empty_cart_cannot_be_paid(till: CartSession) -> None:
    with pytest.raises(EmptyCart):
        till.pay([Tender(CASH, Decimal("1"))])


def test_open_cart_survives_a_restart(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    first = CartSession(db, "Till 1", cashier)
    first.scan("96385074")
    first.add_product(milk.id, Decimal(3))
    first.set_line_discount(
        first.cart.lines[0].line_id, Discount(DiscountKind.PERCENT, Decimal("10"))
    )
    restarted = CartSession(db, "Till 1", cashier)
    assert restarted.cart == first.cart
    assert CartSession(db, "Till 2", cashier).cart.lines == ()


def test_park_and_resume(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    till = CartSession(db, "Till 1", cashier)
    till.scan("96385074")
    parked = till.park("Lady in the red coat")
    assert till.cart.lines == ()
    till.scan("4006381333931")
    listed = parked_carts(db, shop)
    assert [(p.label, p.line_count, p.total) for p in listed] == [
        ("Lady in the red coat", 1, Decimal("12.50"))
    ]
    with pytest.raises(EmptyCart, match="Park or finish"):
        till.resume(parked.id)
    till.pay([Tender(CASH, Decimal("5"))])
    other_till = CartSession(db, "Till 2", cashier)
    other_till.resume(parked.id)
    assert [ln.name for ln in other_till.cart.lines] == ["Crème de cassis 70 cl"]
    assert parked_carts(db, shop) == []
    with pytest.raises(NotFound):
        till.resume(parked.id)
    # The resumed cart is now Till 2's open cart and survives a restart there.
    assert CartSession(db, "Till 2", cashier).cart == other_till.cart


def test_void_is_logged_and_clears_the_cart(
    db: Database, till: CartSession, wine: ProductDTO
) -> None:
    from pos.db.models import AuditEntry

    till.scan("96385074")
    till.void("customer left")
    assert till.cart.lines == ()
    assert rows(db, StoredCart) == 0
    with db.read() as uow:
        details = uow.session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "void_cart")
        ).one()
    assert '"reason": "customer left"' in details
    assert '"total": "12.50"' in details


def test_numbers_are_sequential_and_last_sale_is_per_till(
    db: Database, shop: ShopSettings, cashier: UserDTO, wine: ProductDTO
) -> None:
    tills = [CartSession(db, "Till 1", cashier), CartSession(db, "Till 2", cashier)]
    numbers = []
    for index in range(4):
        till = tills[index % 2]
        till.scan("96385074")
        numbers.append(till.pay([Tender(CARD, Decimal("12.50"))]).number)
    assert numbers == ["S000001", "S000002", "S000003", "S000004"]
    last = last_sale(db, "Till 1")
    assert last is not None and last.number == "S000003"
    assert last_sale(db, "Till 9") is None


def test_completed_sales_cannot_be_changed(
    db: Database, till: CartSession, wine: ProductDTO
) -> None:
    from sqlalchemy import update
    from sqlalchemy.exc import DBAPIError

    till.scan("96385074")
    till.pay([Tender(CARD, Decimal("12.50"))])
    with db.write() as uow, pytest.raises(DBAPIError, match="never changed"):
        uow.session.execute(update(Sale).values(total=Decimal(0)))
    assert get_sale(db, "S000001").total == Decimal("12.50")


def test_exclusive_tax_shop_in_yen(db_url: str) -> None:
    from pos.db.engine import open_database
    from pos.domain.tax import TaxMode
    from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
    from pos.services.shop import ShopSetup, create_shop, owner

    db = open_database(db_url)
    create_shop(
        db,
        ShopSetup(
            "Kissa",
            "JPY",
            "ja_JP",
            TaxMode.EXCLUSIVE,
            [("標準", Decimal("10")), ("軽減", Decimal("8"))],
        ),
    )
    rate = list_tax_rates(db)[1]
    create_product(
        db,
        ProductInput("ONIGIRI", "おにぎり", Decimal("145"), rate.id, barcodes=["4901234567894"]),
        actor=Actor(owner(db).id, "レジ1"),
    )
    till = CartSession(db, "レジ1", owner(db))
    till.scan("4901234567894")
    till.scan("4901234567894")
    sale = till.pay([Tender(CASH, Decimal("1000"))])
    assert (sale.net, sale.tax, sale.total, sale.change) == (
        Decimal(290),
        Decimal(23),
        Decimal(313),
        Decimal(687),
    )
    db.close()


def test_a_sale_records_the_cost_its_stock_left_at(
    db: Database, till: CartSession, milk: ProductDTO, actor: Actor
) -> None:
    update_product(db, milk.id, actor=actor, cost=Decimal("0.70"))
    till.scan("4006381333931")
    till.pay([Tender(CASH, Decimal("5"))])
    update_product(db, milk.id, actor=actor, cost=Decimal("0.80"))
    with db.read() as uow:
        moved = uow.session.execute(
            select(StockMovement.unit_cost, StockMovement.document, StockMovement.sale_id)
        ).one()
    assert moved.unit_cost == Decimal("0.70")
    assert moved.document == ""
    assert moved.sale_id is not None
