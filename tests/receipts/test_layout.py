"""The printer-neutral receipt: every element the issue asks for, at every width."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal

import pytest
from babel.dates import format_datetime

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.dto import Actor, ProductDTO, SaleDTO
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO
from receipts.layout import COPY_MARK, Code, Logo, Receipt, Text, build_receipt
from tests.receipts.conftest import TILL


def lines_of(receipt: Receipt) -> list[str]:
    return [e.text for e in receipt.elements if isinstance(e, Text)]


@pytest.mark.parametrize("width", [32, 42, 48, 24, 64])
def test_no_line_is_wider_than_the_paper(
    sale: SaleDTO, shop_profile: ShopSettings, width: int
) -> None:
    receipt = build_receipt(sale, shop_profile, width=width, reprint=True)
    assert all(len(line) <= width for line in lines_of(receipt))
    assert receipt.plain_text().count("\n") > 20


@pytest.mark.parametrize("width", [32, 42, 48])
def test_long_names_wrap_and_keep_every_word(
    sale: SaleDTO, shop_profile: ShopSettings, width: int
) -> None:
    lines = lines_of(build_receipt(sale, shop_profile, width=width))
    text = " ".join(lines)
    for word in ("Grüße", "Müsli", "Crunchy", "Hazelnut", "&", "Chocolate", "Family", "750"):
        assert word in text
    first = next(line for line in lines if line.startswith("Grüße"))
    assert first.endswith("€4.49"), "the amount stays on the name's first line"


def test_receipt_carries_header_lines_totals_taxes_payments(
    db: Database, sale: SaleDTO, shop_profile: ShopSettings
) -> None:
    receipt = build_receipt(sale, shop_profile, width=42, tz=UTC)
    text = receipt.plain_text()
    for expected in (
        "Café Crème",
        "12 Grüner Weg",
        "Dublin D02 X285",
        "Tax ID: IE1234567T",
        "S000001",
        "Cashier",
        "Alex",
        TILL,
        format_datetime(sale.created_at, "medium", tzinfo=UTC, locale="en_IE"),
        "Fresh Milk 1 L",
        "2 x €1.20",
        "Crème de cassis 70 cl",
        "Discount",
        "-€1.25",
        "0.350 kg x €2.99",
        "Returns within 30 days",
    ):
        assert expected in text, expected
    lines = lines_of(receipt)
    assert row(lines, "TOTAL").endswith(f"€{sale.total}")
    assert row(lines, "Cash ").endswith(f"€{sale.amount_due}")
    assert row(lines, "  Tendered").endswith("€50.00")
    assert row(lines, "CHANGE").endswith(f"€{sale.change}")
    assert sale.change > 0
    for rate in sale.taxes:
        tax_row = row(lines, f"{rate.tax_name} {rate.tax_percent.normalize():f}%")
        assert tax_row.split()[-3:] == [f"€{rate.net}", f"€{rate.tax}", f"€{rate.gross}"]
    assert Code("S000001") in receipt.elements
    assert COPY_MARK not in text


def row(lines: list[str], start: str) -> str:
    return next(line for line in lines if line.startswith(start))


def test_total_is_bold_and_double_height(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    receipt = build_receipt(sale, shop_profile)
    total = next(e for e in receipt.elements if isinstance(e, Text) and e.text.startswith("TOTAL"))
    assert total.bold and total.tall


def test_reprint_is_marked_copy_at_top_and_bottom(
    sale: SaleDTO, shop_profile: ShopSettings
) -> None:
    receipt = build_receipt(sale, shop_profile, reprint=True)
    assert receipt.copy
    assert lines_of(receipt).count(COPY_MARK) == 2
    assert lines_of(receipt)[-1] == COPY_MARK


def test_refund_names_the_original(refund: SaleDTO, shop_profile: ShopSettings) -> None:
    text = build_receipt(refund, shop_profile).plain_text()
    assert "Refund" in text and "R000001" in text
    assert row(text.splitlines(), "Refund of receipt").endswith("S000001")
    assert "REFUND TOTAL" in text


def test_card_payment_shows_reference_and_no_change(
    card_sale: SaleDTO, shop_profile: ShopSettings
) -> None:
    text = build_receipt(card_sale, shop_profile).plain_text()
    assert "Card (4242)" in text
    assert "CHANGE" not in text and "Tendered" not in text


def test_cash_rounding_is_its_own_line(
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    actor: Actor,
) -> None:
    settings = update_settings(db, cash_rounding=Decimal("0.05"), actor=actor)
    till = CartSession(db, TILL, cashier, settings)
    till.add_product(wine.id)
    till.add_product(apples.id, Decimal("0.111"))
    sale = till.pay([Tender(PaymentMethod.CASH, Decimal(20))])
    assert sale.rounding != 0
    lines = lines_of(build_receipt(sale, settings))
    assert row(lines, "Cash rounding").endswith(f"€{sale.rounding}")
    assert row(lines, "To pay").endswith(f"€{sale.amount_due}")


def test_cart_discount_and_locale(
    db: Database, shop: ShopSettings, cashier: UserDTO, wine: ProductDTO, actor: Actor
) -> None:
    from pos.domain.cart import Discount, DiscountKind

    settings = update_settings(db, locale="de_DE", actor=actor)
    till = CartSession(db, TILL, cashier, settings)
    till.add_product(wine.id, Decimal(2))
    till.set_cart_discount(Discount(DiscountKind.AMOUNT, Decimal("5.00")))
    sale = till.pay([Tender(PaymentMethod.CASH, Decimal(20))])
    text = build_receipt(sale, settings).plain_text()
    assert "25,00\xa0€" in text and "-5,00\xa0€" in text and "20,00\xa0€" in text
    assert "Discount on the total" in text
    assert "20\xa0%" in text


def test_logo_goes_first_when_set(sale: SaleDTO, shop_profile: ShopSettings) -> None:
    receipt = build_receipt(sale, shop_profile, logo="/shop/logo.png")
    assert receipt.elements[0] == Logo("/shop/logo.png")
