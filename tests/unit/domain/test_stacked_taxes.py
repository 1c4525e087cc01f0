"""Several taxes on one line: published examples, and the properties every cart keeps."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain import cart as carts
from pos.domain.cart import Cart, CartLine, Discount, DiscountKind, PricingRules, Unit, price_cart
from pos.domain.money import Currency, currency
from pos.domain.tax import TaxMode, TaxRate, TaxRounding
from tests.unit.domain.strategies import discounts, prices, quantities

CAD, INR, EUR = currency("CAD"), currency("INR"), currency("EUR")
GST = TaxRate("GST", Decimal("5"))
QST = TaxRate("QST", Decimal("9.975"))
CGST = TaxRate("CGST", Decimal("9"))
SGST = TaxRate("SGST", Decimal("9"))
STANDARD = TaxRate("Standard", Decimal("20"))
ZERO_RATE = TaxRate("Zero", Decimal("0"))
INCLUSIVE, EXCLUSIVE = TaxMode.INCLUSIVE, TaxMode.EXCLUSIVE
LINE, DOCUMENT = TaxRounding.LINE, TaxRounding.DOCUMENT


def item(
    price: str,
    rates: tuple[TaxRate, ...],
    qty: str = "1",
    product_id: int = 1,
    discount: Discount | None = None,
) -> CartLine:
    return CartLine(
        carts.new_line_id(),
        product_id,
        f"SKU{product_id}",
        f"Item {product_id}",
        Unit.EACH,
        Decimal(price),
        Decimal(qty),
        rates[0],
        discount,
        further_rates=rates[1:],
    )


def rules(cur: Currency, mode: TaxMode, rounding: TaxRounding = LINE) -> PricingRules:
    return PricingRules(cur, mode, rounding)


def by_rate(cart: Cart, pricing: PricingRules) -> dict[str, tuple[Decimal, Decimal]]:
    return {r.rate.name: (r.net, r.tax) for r in price_cart(cart, pricing).rates}


# --- published examples ------------------------------------------------------------------------

# Revenu Québec, "Calculating the Taxes" (revenuquebec.ca, Businesses > Consumption taxes >
# GST/HST and QST > Collecting GST and QST > Calculating the taxes; the old address was
# revenuquebec.ca/en/entreprise/taxes/tvq_tps/calcul-taxes.aspx):
# "You sell a taxable good for $100. [...] Selling price $100.00, GST ($100 x 5%) $5.00,
# QST ($100 x 9.975%) $9.98, Total $114.98." Since 1 January 2013 the QST is charged on the
# selling price excluding the GST; a fraction of half a cent or more counts as a whole cent.


def test_revenu_quebec_gst_and_qst_on_the_same_price() -> None:
    totals = price_cart(Cart((item("100.00", (GST, QST)),)), rules(CAD, EXCLUSIVE))
    (line,) = totals.lines
    assert line.taxes == (Decimal("5.00"), Decimal("9.98"))
    assert (line.net, line.tax, line.gross) == (
        Decimal("100.00"),
        Decimal("14.98"),
        Decimal("114.98"),
    )
    assert (totals.net, totals.tax, totals.total) == (
        Decimal("100.00"),
        Decimal("14.98"),
        Decimal("114.98"),
    )
    assert [(r.rate, r.net, r.tax, r.gross) for r in totals.rates] == [
        (GST, Decimal("100.00"), Decimal("5.00"), Decimal("105.00")),
        (QST, Decimal("100.00"), Decimal("9.98"), Decimal("109.98")),
    ]


def test_revenu_quebec_example_read_back_from_a_price_with_taxes_in() -> None:
    # A shelf price of $114.98 with both taxes in holds the same $100.00, $5.00 and $9.98.
    totals = price_cart(Cart((item("114.98", (GST, QST)),)), rules(CAD, INCLUSIVE))
    (line,) = totals.lines
    assert (line.net, line.taxes, line.gross) == (
        Decimal("100.00"),
        (Decimal("5.00"), Decimal("9.98")),
        Decimal("114.98"),
    )


def test_revenu_quebec_taxes_on_the_total_of_several_goods() -> None:
    # Revenu Québec (same page): "If more than one good or service is being sold, you can
    # calculate the taxes on the total price": rounding per document. Three goods of $0.10:
    # per line, GST 0.005 and QST 0.009975 each round to 0.01; on the $0.30 total, GST is
    # 0.015 -> 0.02 and QST 0.029925 -> 0.03.
    cart = Cart(tuple(item("0.10", (GST, QST), product_id=i) for i in range(3)))
    assert by_rate(cart, rules(CAD, EXCLUSIVE, LINE)) == {
        "GST": (Decimal("0.30"), Decimal("0.03")),
        "QST": (Decimal("0.30"), Decimal("0.03")),
    }
    per_document = price_cart(cart, rules(CAD, EXCLUSIVE, DOCUMENT))
    assert [(r.rate.name, r.tax) for r in per_document.rates] == [
        ("GST", Decimal("0.02")),
        ("QST", Decimal("0.03")),
    ]
    assert per_document.total == Decimal("0.35")
    assert sum(p.gross for p in per_document.lines) == per_document.total


# India: an intra-State supply taxed at 18 % GST is charged as CGST 9 % (Central GST Act 2017,
# s. 9(1)) plus SGST 9 % (the State GST Act) on the same taxable value, each shown on the tax
# invoice (CGST Rules 2017, rule 46). On a taxable value of ₹1,000: CGST ₹90 + SGST ₹90.


def test_india_cgst_and_sgst_are_two_halves_of_gst() -> None:
    totals = price_cart(Cart((item("1000.00", (CGST, SGST)),)), rules(INR, EXCLUSIVE))
    assert [(r.rate.name, r.net, r.tax) for r in totals.rates] == [
        ("CGST", Decimal("1000.00"), Decimal("90.00")),
        ("SGST", Decimal("1000.00"), Decimal("90.00")),
    ]
    assert (totals.tax, totals.total) == (Decimal("180.00"), Decimal("1180.00"))


@pytest.mark.parametrize("rounding", list(TaxRounding))
def test_india_halves_stay_equal_on_a_price_with_tax_in(rounding: TaxRounding) -> None:
    # ₹10.00 with 18 % in: each half is 10 x 9 / 118 = 0.7627 -> 0.76, never 0.77 + 0.76
    # (rounding the 1.5254 of tax once and splitting it would give unequal halves).
    totals = price_cart(Cart((item("10.00", (CGST, SGST)),)), rules(INR, INCLUSIVE, rounding))
    (line,) = totals.lines
    assert (line.net, line.taxes) == (Decimal("8.48"), (Decimal("0.76"), Decimal("0.76")))
    mrp = price_cart(Cart((item("118.00", (CGST, SGST)),)), rules(INR, INCLUSIVE, rounding))
    assert [(r.net, r.tax) for r in mrp.rates] == [(Decimal("100.00"), Decimal("9.00"))] * 2


def test_a_cart_discount_is_taxed_at_every_rate_of_the_line() -> None:
    cart = Cart(
        (item("100.00", (GST, QST)), item("50.00", (ZERO_RATE,), product_id=2)),
        Discount(DiscountKind.PERCENT, Decimal("10")),
    )
    totals = price_cart(cart, rules(CAD, EXCLUSIVE))
    assert [p.cart_discount for p in totals.lines] == [Decimal("10.00"), Decimal("5.00")]
    assert by_rate(cart, rules(CAD, EXCLUSIVE)) == {
        "GST": (Decimal("90.00"), Decimal("4.50")),
        "QST": (Decimal("90.00"), Decimal("8.98")),
        "Zero": (Decimal("45.00"), Decimal("0.00")),
    }
    assert totals.total == Decimal("90.00") + Decimal("13.48") + Decimal("45.00")


def test_a_rate_shared_by_single_and_stacked_lines_is_one_total() -> None:
    cart = Cart((item("10.00", (GST,)), item("20.00", (GST, QST), product_id=2)))
    assert by_rate(cart, rules(CAD, EXCLUSIVE)) == {
        "GST": (Decimal("30.00"), Decimal("1.50")),
        "QST": (Decimal("20.00"), Decimal("2.00")),
    }


def test_coin_sized_prices_with_absurd_rates_never_go_negative() -> None:
    # Four rates of 99 % each, rounded up one by one, would take more than a 3-cent price.
    big = tuple(TaxRate(f"R{i}", Decimal("99")) for i in range(4))
    (line,) = price_cart(Cart((item("0.03", big),)), rules(EUR, INCLUSIVE)).lines
    assert line.net >= 0 and line.net + line.tax == line.gross == Decimal("0.03")


# --- properties --------------------------------------------------------------------------------

HST_LIKE = (TaxRate("Federal", Decimal("7.7")), TaxRate("Provincial", Decimal("8.875")))
CESS = (CGST, SGST, TaxRate("Cess", Decimal("12")))
RATE_SETS = [(STANDARD,), (ZERO_RATE,), (GST,), (GST, QST), (CGST, SGST), HST_LIKE, CESS]

mixed_carts = st.builds(
    lambda specs, discount: Cart(
        tuple(
            item(str(p), r, str(q), product_id=i, discount=d)
            for i, (p, q, r, d) in enumerate(specs)
        ),
        discount,
    ),
    st.lists(
        st.tuples(prices, quantities, st.sampled_from(RATE_SETS), discounts),
        min_size=1,
        max_size=12,
    ),
    discounts,
)
any_rules = st.builds(
    PricingRules, st.just(EUR), st.sampled_from(TaxMode), st.sampled_from(TaxRounding)
)


@given(mixed_carts, any_rules)
def test_lines_add_up_to_the_document_and_rates_to_its_tax(
    cart: Cart, pricing: PricingRules
) -> None:
    totals = price_cart(cart, pricing)
    assert sum(p.gross for p in totals.lines) == totals.total
    assert sum(p.net for p in totals.lines) == totals.net
    assert sum(p.tax for p in totals.lines) == totals.tax
    assert totals.net + totals.tax == totals.total
    assert sum(r.tax for r in totals.rates) == totals.tax
    for p in totals.lines:
        assert len(p.taxes) == len(p.line.rates)
        assert sum(p.taxes) == p.tax
        assert p.net + p.tax == p.gross
        assert p.net >= 0 and all(t >= 0 for t in p.taxes)
    charged = totals.subtotal - totals.discount
    assert charged == (totals.total if pricing.tax_mode is INCLUSIVE else totals.net)
    assert sum(p.discount for p in totals.lines) == totals.discount


@given(mixed_carts, any_rules)
def test_each_rate_adds_up_over_the_lines_that_carry_it(cart: Cart, pricing: PricingRules) -> None:
    totals = price_cart(cart, pricing)
    assert len({r.rate for r in totals.rates}) == len(totals.rates)
    for total in totals.rates:
        carrying = [
            (p, p.taxes[p.line.rates.index(total.rate)])
            for p in totals.lines
            if total.rate in p.line.rates
        ]
        assert total.tax == sum(tax for _, tax in carrying)
        assert total.net == sum(p.net for p, _ in carrying)
        assert total.gross == total.net + total.tax


@given(mixed_carts, any_rules)
def test_each_rate_is_rounded_on_its_own(cart: Cart, pricing: PricingRules) -> None:
    """Per line, each rate's tax is within half a cent of the exact tax on the line's net
    share; per document, each rate's total is. Equal rates (CGST, SGST) get equal tax."""
    totals = price_cart(cart, pricing)
    half = Decimal("0.005")
    exact: dict[TaxRate, Decimal] = {}
    for p in totals.lines:
        rates = p.line.rates
        combined = sum(r.percent for r in rates)
        amount = p.gross if pricing.tax_mode is INCLUSIVE else p.net
        for rate, tax in zip(rates, p.taxes, strict=True):
            if pricing.tax_mode is INCLUSIVE:
                precise = amount * rate.percent / (100 + combined)
            else:
                precise = amount * rate.percent / 100
            exact[rate] = exact.get(rate, Decimal(0)) + precise
            if pricing.tax_rounding is LINE:
                assert abs(tax - precise) <= half
        if CGST in rates and SGST in rates:
            assert p.taxes[rates.index(CGST)] == p.taxes[rates.index(SGST)]
    for total in totals.rates:
        if pricing.tax_rounding is DOCUMENT:
            assert abs(total.tax - exact[total.rate]) <= half
