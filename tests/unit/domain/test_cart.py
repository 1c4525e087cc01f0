"""Cart rules and the money properties every cart must keep."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain import cart as carts
from pos.domain.cart import (
    Cart,
    CartLine,
    Discount,
    DiscountKind,
    PricingRules,
    Unit,
    price_cart,
)
from pos.domain.errors import InvalidInput
from pos.domain.money import currency
from pos.domain.tax import TaxMode, TaxRate, TaxRounding
from tests.unit.domain.strategies import discounts, prices, quantities

EUR = currency("EUR")
STANDARD = TaxRate("Standard", Decimal("20"))
REDUCED = TaxRate("Reduced", Decimal("7.7"))
ZERO_RATE = TaxRate("Zero", Decimal("0"))
INCLUSIVE = PricingRules(EUR, TaxMode.INCLUSIVE, TaxRounding.LINE)
EXCLUSIVE = PricingRules(EUR, TaxMode.EXCLUSIVE, TaxRounding.LINE)


def line(
    price: str,
    qty: str = "1",
    rate: TaxRate = STANDARD,
    unit: Unit = Unit.EACH,
    product_id: int = 1,
    discount: Discount | None = None,
) -> CartLine:
    return CartLine(
        carts.new_line_id(),
        product_id,
        f"SKU{product_id}",
        f"Item {product_id}",
        unit,
        Decimal(price),
        Decimal(qty),
        rate,
        discount,
    )


def test_inclusive_prices_contain_their_tax() -> None:
    totals = price_cart(Cart((line("12.00"),)), INCLUSIVE)
    assert (totals.total, totals.net, totals.tax) == (
        Decimal("12.00"),
        Decimal("10.00"),
        Decimal("2.00"),
    )


def test_exclusive_prices_get_tax_added() -> None:
    totals = price_cart(Cart((line("10.00"), line("3.00", rate=REDUCED, product_id=2))), EXCLUSIVE)
    assert totals.total == Decimal("12.00") + Decimal("3.23")
    by_rate = {r.rate.name: (r.net, r.tax, r.gross) for r in totals.rates}
    assert by_rate == {
        "Standard": (Decimal("10.00"), Decimal("2.00"), Decimal("12.00")),
        "Reduced": (Decimal("3.00"), Decimal("0.23"), Decimal("3.23")),
    }


def test_rounding_per_document_differs_from_per_line() -> None:
    # Three lines of 0.10 net at 7.7 %: 0.0077 each rounds to 0.01 per line (0.03) but the
    # document's 0.0231 rounds to 0.02.
    cart = Cart(tuple(line("0.10", rate=REDUCED, product_id=i) for i in range(3)))
    per_line = price_cart(cart, EXCLUSIVE)
    per_doc = price_cart(cart, PricingRules(EUR, TaxMode.EXCLUSIVE, TaxRounding.DOCUMENT))
    assert per_line.tax == Decimal("0.03")
    assert per_doc.tax == Decimal("0.02")
    assert sum(p.tax for p in per_doc.lines) == Decimal("0.02")


def test_weighed_items_take_decimal_quantities() -> None:
    apples = line("2.99", "1.255", REDUCED, Unit.KG)
    assert price_cart(Cart((apples,)), INCLUSIVE).total == Decimal("3.75")


def test_pieces_refuse_fractions_and_zero() -> None:
    with pytest.raises(InvalidInput, match="whole number"):
        carts.add_line(Cart(), line("1.00", "1.5"), merge=True)
    with pytest.raises(InvalidInput, match="more than zero"):
        carts.add_line(Cart(), line("1.00", "0"), merge=True)
    with pytest.raises(InvalidInput, match="to the gram"):
        carts.add_line(Cart(), line("1.00", "1.0005", unit=Unit.KG), merge=True)


def test_repeat_scan_raises_the_last_lines_quantity_when_merging() -> None:
    cart = carts.add_line(Cart(), line("1.00"), merge=True)
    cart = carts.add_line(cart, line("1.00"), merge=True)
    assert [ln.quantity for ln in cart.lines] == [Decimal(2)]
    cart = carts.add_line(cart, line("1.00"), merge=False)
    assert [ln.quantity for ln in cart.lines] == [Decimal(2), Decimal(1)]


def test_line_and_cart_discounts() -> None:
    cart = Cart(
        (
            line("10.00", discount=Discount(DiscountKind.PERCENT, Decimal("10"))),
            line("5.00", product_id=2, discount=Discount(DiscountKind.AMOUNT, Decimal("1"))),
        )
    )
    cart = carts.set_cart_discount(cart, Discount(DiscountKind.AMOUNT, Decimal("1.30")), EUR)
    totals = price_cart(cart, INCLUSIVE)
    assert totals.subtotal == Decimal("15.00")
    assert totals.discount == Decimal("1.00") + Decimal("1.00") + Decimal("1.30")
    assert totals.total == Decimal("11.70")
    # The cart discount is shared 9 : 4 over what the lines cost after their own discounts.
    assert [p.cart_discount for p in totals.lines] == [Decimal("0.90"), Decimal("0.40")]


def test_discount_never_makes_a_line_negative() -> None:
    cart = Cart((line("2.00", discount=Discount(DiscountKind.AMOUNT, Decimal("5"))),))
    assert price_cart(cart, INCLUSIVE).total == Decimal("0.00")


@pytest.mark.parametrize(
    ("discount", "message"),
    [
        (Discount(DiscountKind.PERCENT, Decimal("101")), "between 0 and 100"),
        (Discount(DiscountKind.AMOUNT, Decimal("-1")), "negative"),
        (Discount(DiscountKind.AMOUNT, Decimal("0.001")), "more decimals"),
    ],
)
def test_bad_discounts_are_refused(discount: Discount, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        carts.set_cart_discount(Cart(), discount, EUR)


def test_remove_and_edit_lines() -> None:
    first, second = line("1.00"), line("2.00", product_id=2)
    cart = Cart((first, second))
    cart = carts.set_quantity(cart, second.line_id, Decimal(3))
    cart = carts.remove_line(cart, first.line_id)
    assert [(ln.product_id, ln.quantity) for ln in cart.lines] == [(2, Decimal(3))]


# --- properties -------------------------------------------------------------------------------

tax_rates = st.sampled_from([STANDARD, REDUCED, ZERO_RATE, TaxRate("Odd", Decimal("8.875"))])
carts_strategy = st.builds(
    lambda specs, discount: Cart(
        tuple(
            line(str(p), str(q), r, product_id=i, discount=d)
            for i, (p, q, r, d) in enumerate(specs)
        ),
        discount,
    ),
    st.lists(st.tuples(prices, quantities, tax_rates, discounts), min_size=1, max_size=12),
    discounts,
)
rules_strategy = st.builds(
    PricingRules, st.just(EUR), st.sampled_from(TaxMode), st.sampled_from(TaxRounding)
)


@given(carts_strategy, rules_strategy)
def test_money_always_adds_up(cart: Cart, rules: PricingRules) -> None:
    totals = price_cart(cart, rules)
    assert sum(p.gross for p in totals.lines) == totals.total
    assert sum(r.gross for r in totals.rates) == totals.total
    for p in totals.lines:
        assert p.net + p.tax == p.gross
        assert p.gross >= 0
    for rate in totals.rates:
        assert rate.net + rate.tax == rate.gross
        in_rate = [p for p in totals.lines if p.line.tax_rate == rate.rate]
        assert sum(p.tax for p in in_rate) == rate.tax
    discount = sum(p.discount for p in totals.lines)
    assert discount == totals.discount
    charged = totals.subtotal - totals.discount
    assert charged == (totals.total if rules.tax_mode is TaxMode.INCLUSIVE else totals.net)


@given(carts_strategy, rules_strategy)
def test_every_amount_is_an_exact_decimal_in_cents(cart: Cart, rules: PricingRules) -> None:
    totals = price_cart(cart, rules)
    amounts = [totals.subtotal, totals.discount, totals.net, totals.tax, totals.total]
    amounts += [a for p in totals.lines for a in (p.base, p.discount, p.net, p.tax, p.gross)]
    for amount in amounts:
        assert type(amount) is Decimal
        assert amount == amount.quantize(Decimal("0.01"))


@given(carts_strategy)
def test_document_rounding_is_within_half_a_cent_per_rate(cart: Cart) -> None:
    rules = PricingRules(EUR, TaxMode.EXCLUSIVE, TaxRounding.DOCUMENT)
    for rate in price_cart(cart, rules).rates:
        exact = rate.net * rate.rate.percent / 100
        assert abs(rate.tax - exact) <= Decimal("0.005")


@pytest.mark.parametrize(
    ("quantity", "shown"), [("3.000", "3"), ("1.250", "1.25"), ("100", "100"), ("0.005", "0.005")]
)
def test_quantities_show_without_trailing_zeros(quantity: str, shown: str) -> None:
    assert carts.format_quantity(Decimal(quantity)) == shown
