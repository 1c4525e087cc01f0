from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidInput, PaymentShort
from pos.domain.money import currency
from pos.domain.payments import PaymentMethod, Tender, settle

EUR = currency("EUR")
CASH, CARD, MOBILE = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE


def test_cash_with_change() -> None:
    result = settle(Decimal("7.30"), [Tender(CASH, Decimal("10"))], EUR, None)
    assert (result.change, result.amount_due, result.rounding) == (
        Decimal("2.70"),
        Decimal("7.30"),
        0,
    )
    assert result.payments[0].amount == Decimal("7.30")


def test_cash_rounding_applies_to_cash_only_and_is_its_own_amount() -> None:
    cash = settle(Decimal("7.32"), [Tender(CASH, Decimal("10"))], EUR, Decimal("0.05"))
    assert (cash.amount_due, cash.rounding, cash.change) == (
        Decimal("7.30"),
        Decimal("-0.02"),
        Decimal("2.70"),
    )
    card = settle(Decimal("7.32"), [Tender(CARD, Decimal("7.32"))], EUR, Decimal("0.05"))
    assert (card.amount_due, card.rounding) == (Decimal("7.32"), 0)


def test_split_payment_rounds_only_the_cash_part() -> None:
    result = settle(
        Decimal("20.03"),
        [Tender(CARD, Decimal("10")), Tender(CASH, Decimal("20"))],
        EUR,
        Decimal("0.05"),
    )
    assert [p.amount for p in result.payments] == [Decimal("10"), Decimal("10.05")]
    assert (result.rounding, result.change) == (Decimal("0.02"), Decimal("9.95"))


def test_short_payment_is_refused_with_what_is_owed() -> None:
    with pytest.raises(PaymentShort, match=r"2\.00 more cash is needed"):
        settle(Decimal("12.00"), [Tender(CASH, Decimal("10.00"))], EUR, None)
    with pytest.raises(PaymentShort, match="still owed"):
        settle(Decimal("12.00"), [Tender(CARD, Decimal("10.00"))], EUR, None)
    with pytest.raises(PaymentShort):
        settle(Decimal("12.00"), [], EUR, None)


def test_cards_cannot_give_change() -> None:
    with pytest.raises(InvalidInput, match="Only cash can give change"):
        settle(Decimal("5"), [Tender(CARD, Decimal("10"))], EUR, None)


def test_mobile_money_needs_its_reference() -> None:
    with pytest.raises(InvalidInput, match="reference"):
        settle(Decimal("5"), [Tender(MOBILE, Decimal("5"))], EUR, None)
    result = settle(Decimal("5"), [Tender(MOBILE, Decimal("5"), " QX12 ")], EUR, None)
    assert result.payments[0].reference == "QX12"


@pytest.mark.parametrize("amount", ["0", "-5", "0.001"])
def test_malformed_tenders_are_refused(amount: str) -> None:
    with pytest.raises(InvalidInput):
        settle(Decimal("5"), [Tender(CASH, Decimal(amount))], EUR, None)


@given(
    total=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2),
    card_share=st.decimals(min_value=Decimal(0), max_value=Decimal(1), places=2),
    extra=st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=2),
    increment=st.sampled_from(
        [None, Decimal("0.05"), Decimal("0.10"), Decimal("0.50"), Decimal(1)]
    ),
)
def test_payments_always_balance(
    total: Decimal, card_share: Decimal, extra: Decimal, increment: Decimal | None
) -> None:
    card = (total * card_share).quantize(Decimal("0.01"))
    tenders = [Tender(CARD, card)] if card else []
    tenders.append(Tender(CASH, total - card + extra + Decimal(1)))
    result = settle(total, tenders, EUR, increment)
    assert sum(p.amount for p in result.payments) == result.amount_due
    assert result.amount_due == total + result.rounding
    assert sum(p.tendered for p in result.payments) - result.change == result.amount_due
    assert result.change >= 0
    if increment is not None:
        assert abs(result.rounding) <= increment / 2


def test_a_zero_total_needs_no_payment() -> None:
    result = settle(Decimal("0.00"), [], EUR, Decimal("0.05"))
    assert (result.payments, result.amount_due, result.change) == ((), 0, 0)


def test_cash_rounding_can_absorb_what_the_card_left() -> None:
    result = settle(Decimal("10.02"), [Tender(CARD, Decimal("10.00"))], EUR, Decimal("0.05"))
    assert (result.rounding, result.amount_due) == (Decimal("-0.02"), Decimal("10.00"))
    with pytest.raises(PaymentShort, match=r"0\.03 is still owed"):
        settle(Decimal("10.03"), [Tender(CARD, Decimal("10.00"))], EUR, Decimal("0.05"))


def test_short_messages_show_currency_amounts() -> None:
    with pytest.raises(PaymentShort, match=r"^499 more cash is needed \(owed 1500\)\.$"):
        settle(Decimal("1500.000"), [Tender(CASH, Decimal("1001"))], currency("JPY"), None)
