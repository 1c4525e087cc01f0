"""Hypothesis strategies shared by the money tests: prices, quantities, discounts."""

from decimal import Decimal

from hypothesis import strategies as st

from pos.domain.cart import Discount, DiscountKind

prices = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2)
quantities = st.integers(min_value=1, max_value=50).map(Decimal)
discounts = st.one_of(
    st.none(),
    st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=1).map(
        lambda v: Discount(DiscountKind.PERCENT, v)
    ),
    st.decimals(min_value=Decimal(0), max_value=Decimal(50), places=2).map(
        lambda v: Discount(DiscountKind.AMOUNT, v)
    ),
)
