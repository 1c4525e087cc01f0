"""Refunds: new numbered documents, never more than was sold, stock put back."""

from decimal import Decimal

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput, NotFound, RefundTooLarge
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO, SaleDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.selling.refunds import refund_sale, refundable_lines
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO

CASH, CARD = PaymentMethod.CASH, PaymentMethod.CARD


@pytest.fixture
def sale(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> SaleDTO:
    till = CartSession(db, "Till 1", cashier)
    till.add_product(milk.id, Decimal(3))
    till.scan("96385074")
    from pos.domain.cart import Discount, DiscountKind

    till.set_cart_discount(Discount(DiscountKind.AMOUNT, Decimal("1.00")))
    return till.pay([Tender(CARD, till.totals().total)])


def refund(
    db: Database,
    cashier: UserDTO,
    number: str,
    lines: dict[int, Decimal] | None,
    method: PaymentMethod = CASH,
) -> SaleDTO:
    settings = update_settings(db, actor=Actor(cashier.id, "Till 2"))
    return refund_sale(
        db, number, lines, method, settings=settings, actor=Actor(cashier.id, "Till 2")
    )


def test_partial_then_full_refund_adds_up_to_the_sale(
    db: Database, cashier: UserDTO, sale: SaleDTO, milk: ProductDTO
) -> None:
    milk_line = sale.lines[0]
    first = refund(db, cashier, sale.number, {milk_line.id: Decimal(1)})
    assert (first.number, first.kind, first.original_number) == ("R000001", "refund", "S000001")
    assert first.lines[0].quantity == Decimal(1)
    assert get_product(db, milk.id).on_hand == Decimal(-2)
    rest = refund(db, cashier, sale.number, None, CARD)
    assert first.total + rest.total == sale.total
    assert first.tax + rest.tax == sale.tax
    assert [(r.name, r.left) for r in refundable_lines(db, sale.number)] == [
        ("Fresh Milk 1 L", 0),
        ("Crème de cassis 70 cl", 0),
    ]
    assert get_product(db, milk.id).on_hand == 0
    assert get_sale(db, "R000002").payments[0].method is CARD
    assert check_database(db) == []


def test_refund_more_than_sold_is_refused_and_writes_nothing(
    db: Database, cashier: UserDTO, sale: SaleDTO
) -> None:
    milk_line = sale.lines[0]
    refund(db, cashier, sale.number, {milk_line.id: Decimal(2)})
    with pytest.raises(
        RefundTooLarge, match=r"Only 1 of 'Fresh Milk 1 L' can be refunded: 3 sold, 2"
    ):
        refund(db, cashier, sale.number, {milk_line.id: Decimal(2)})
    refund(db, cashier, sale.number, None)
    with pytest.raises(RefundTooLarge, match="already been refunded"):
        refund(db, cashier, sale.number, None)
    with pytest.raises(NotFound):
        get_sale(db, "R000003")


def test_refund_input_errors(db: Database, cashier: UserDTO, sale: SaleDTO) -> None:
    with pytest.raises(NotFound, match="no receipt S000099"):
        refund(db, cashier, "S000099", None)
    with pytest.raises(InvalidInput, match="not a receipt number"):
        refund(db, cashier, "hello", None)
    with pytest.raises(InvalidInput, match="not on this receipt"):
        refund(db, cashier, sale.number, {123456: Decimal(1)})
    with pytest.raises(InvalidInput, match="more than zero"):
        refund(db, cashier, sale.number, {sale.lines[0].id: Decimal(0)})
    first = refund(db, cashier, sale.number, {sale.lines[0].id: Decimal(1)})
    with pytest.raises(InvalidInput, match="cannot itself be refunded"):
        refund(db, cashier, first.number, None)


def test_cash_refund_is_rounded_like_cash(
    db: Database, cashier: UserDTO, sale: SaleDTO, actor: Actor
) -> None:
    update_settings(db, cash_rounding=Decimal("0.05"), actor=actor)
    back = refund(db, cashier, "s-1", {sale.lines[1].id: Decimal(1)})
    assert back.total == sale.lines[1].gross
    assert back.amount_due - back.total == back.rounding
    assert back.amount_due % Decimal("0.05") == 0
    assert check_database(db) == []


def test_cash_refunds_line_by_line_never_pay_out_more_than_was_taken(
    db: Database, shop: ShopSettings, cashier: UserDTO, rates: dict[str, int], actor: Actor
) -> None:
    from pos.services.catalog.products import ProductInput, create_product

    update_settings(db, cash_rounding=Decimal("0.05"), actor=actor)
    for sku in ("A", "B", "C"):
        create_product(
            db, ProductInput(sku, f"Sweet {sku}", Decimal("0.33"), rates["Reduced"]), actor=actor
        )
    till = CartSession(db, "Till 1", cashier, update_settings(db, actor=actor))
    for sku in ("A", "B", "C"):
        till.scan(sku)
    sale = till.pay([Tender(CASH, Decimal("1.00"))])
    assert sale.amount_due == Decimal("1.00")
    paid_back = [
        refund(db, cashier, sale.number, {line.id: Decimal(1)}).amount_due for line in sale.lines
    ]
    assert sum(paid_back) == Decimal("1.00"), paid_back
    assert check_database(db) == []
