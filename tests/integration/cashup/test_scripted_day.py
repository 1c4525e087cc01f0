"""A scripted day through the services, closed by a Z whose every figure was worked out by
hand: sales with a discount, split tender with mobile money, cash rounding, a refund of
an earlier day's sale, cash in and out, a no-sale and a void."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pos.db.engine import Database
from pos.domain.cart import Discount, DiscountKind
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.drawer import count_as_amount, count_by_pieces
from pos.services.cashup.figures import ProductLine, TaxLine, TenderLine, WhoDid
from pos.services.cashup.reports import close_shift, get_report, x_report
from pos.services.cashup.shifts import (
    CashDirection,
    CashReason,
    current_shift,
    move_cash,
    open_shift,
)
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.counter import record_no_sale
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO

CASH, CARD, MOBILE = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE
D = Decimal


def test_a_day_closed_by_a_z_with_every_figure_worked_out_by_hand(
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    actor: Actor,
) -> None:
    settings = update_settings(db, cash_rounding=D("0.05"), actor=actor)
    actor = Actor(cashier.id, "Till 1")
    till = CartSession(db, "Till 1", cashier, settings)

    # The day before: a bottle of wine by card, and the day closed with an empty drawer.
    till.scan("96385074")
    till.pay([Tender(CARD, D("12.50"))])
    first = close_shift(db, actor, count_as_amount(settings, "0"))
    assert (first.number, first.figures.sales_total, first.over_short) == ("Z000001", D("12.50"), 0)

    # Today: €100 float.
    open_shift(db, actor, "100.00")
    # Two milks and the wine, 10 % off the cart: 14.90 - 1.49 = 13.41, cash 20 rounded
    # to 13.40 (rounding -0.01), change 6.60.
    till.add_product(milk.id, D(2))
    till.scan("96385074")
    till.set_cart_discount(Discount(DiscountKind.PERCENT, D("10")))
    sale = till.pay([Tender(CASH, D("20"))])
    assert (sale.total, sale.rounding, sale.change) == (D("13.41"), D("-0.01"), D("6.60"))
    # A milk paid 1.00 by mobile money and 0.20 in cash.
    till.scan("4006381333931")
    till.pay([Tender(MOBILE, D("1.00"), "MP-1"), Tender(CASH, D("0.20"))])
    # Yesterday's wine brought back, refunded in cash: it belongs to today's shift.
    refund_sale(db, "S000001", None, CASH, settings=settings, actor=Actor(cashier.id, "Till 1"))
    move_cash(db, actor, CashDirection.IN, "20.00", CashReason.CHANGE)
    move_cash(db, actor, CashDirection.OUT, "30.00", CashReason.SUPPLIER, "Milk man")
    record_no_sale(db, Actor(cashier.id, "Till 1"), "change for the float")
    till.scan("4006381333931")
    till.void("customer changed their mind")

    look = x_report(db, actor)
    assert look.number == "X000001" and look.counted is None and look.over_short is None
    # 4 x 20 + 10 + 1 + 0.05 = 91.05 counted, 91.10 expected: 5 cents short.
    counted = count_by_pieces(settings, {D(20): "4", D(10): "1", D(1): 1, D("0.05"): "1"})
    z = close_shift(db, actor, counted)
    f = z.figures
    assert z.number == "Z000002"
    assert (f.till, f.cashiers, f.sales_count, f.refunds_count) == ("Till 1", ("Alex",), 2, 1)
    # Gross 14.90 + 1.20; discounts 1.49; charged 13.41 + 1.20; refunds 12.50.
    assert (f.gross, f.discounts, f.sales_total) == (D("16.10"), D("1.49"), D("14.61"))
    assert (f.refunds, f.net, f.rounding) == (D("12.50"), D("2.11"), D("-0.01"))
    # Wine: 11.25 after its 1.25 off, 1.88 tax (1.875 rounded), less the refund's 12.50
    # (2.08 tax). Milk: 2.16 after 0.24 off (0.10 tax) and 1.20 (0.06 tax).
    assert f.taxes == (
        TaxLine("Standard", D("20"), D("9.37") - D("10.42"), D("1.88") - D("2.08")),
        TaxLine("Reduced", D("5"), D("2.06") + D("1.14"), D("0.16")),
    )
    assert f.tenders == (
        TenderLine("cash", 3, D("13.40") + D("0.20") - D("12.50"), 0),
        TenderLine("mobile", 1, D("1.00"), 1),
    )
    assert (f.opening_float, f.cash_sales, f.cash_refunds) == (D("100"), D("13.60"), D("12.50"))
    assert (f.cash_in, f.cash_out, f.expected_cash) == (D("20"), D("30"), D("91.10"))
    assert (counted.total, z.over_short) == (D("91.05"), D("-0.05"))
    assert (f.voids, f.no_sales) == ((WhoDid("Alex", 1),), (WhoDid("Alex", 1),))
    assert f.top_products == (
        ProductLine("Crème de cassis 70 cl", D(1), D("11.25"), "each"),
        ProductLine("Fresh Milk 1 L", D(3), D("3.36"), "each"),
    )

    # Stored: a reprint shows the same figures, marked as a copy.
    again = get_report(db, "z2")
    assert (again.figures, again.counted, again.copy) == (f, counted, True)
    assert again.over_short == D("-0.05")
    assert check_database(db) == []

    # Closed once: closing again is refused; the next sale opens a new shift.
    with pytest.raises(NotFound, match="no open shift"):
        close_shift(db, actor, counted)
    assert current_shift(db, "Till 1") is None
    till.scan("4006381333931")
    till.pay([Tender(CARD, D("1.20"))])
    assert current_shift(db, "Till 1") is not None


def test_a_stored_z_cannot_be_changed_behind_the_apps_back(
    db: Database, shop: ShopSettings, cashier: UserDTO
) -> None:
    actor = Actor(cashier.id, "Till 1")
    open_shift(db, actor, "50")
    close_shift(db, actor, count_as_amount(shop, "50"))
    with db.engine.begin() as connection, pytest.raises(DBAPIError):
        connection.execute(text("UPDATE shift_reports SET figures = '{}'"))
    assert get_report(db, "Z000001").figures.opening_float == D("50")
    assert check_database(db) == []
    # Past the triggers (another program edits the file): shoptill check says so.
    stored = get_report(db, "Z000001")
    assert stored.figures.opening_float == D("50")
    drop_guards_and_run(
        db, "UPDATE shift_reports SET figures = replace(figures, '\"50\"', '\"80\"')"
    )
    assert check_database(db) == [
        "Report Z000001 was changed after it was printed: its figures no longer match the "
        "audit log. The printed copy is the true one; restore a backup."
    ]


def drop_guards_and_run(db: Database, statement: str) -> None:
    """Run ``statement`` with the append-only triggers out of the way, as a tool that
    edits the file behind ShopTill's back would."""
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER shift_reports_no_update"))
        else:
            connection.execute(text("ALTER TABLE shift_reports DISABLE TRIGGER USER"))
        connection.execute(text(statement))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ({D(20): "-5"}, "whole number from 0 up, not '-5'"),
        ({D(20): "two"}, "whole number"),
        ({D(3): "1"}, "not one of the notes and coins"),
        ({D(20): "1000000"}, "more than a drawer holds"),
    ],
)
def test_a_bad_count_is_refused_in_plain_words(
    db: Database, shop: ShopSettings, typed: dict[Decimal, str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        count_by_pieces(shop, typed)


def test_a_currency_without_a_table_is_counted_as_one_amount_or_given_one(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    settings = update_settings(db, currency="ISK", actor=actor)
    with pytest.raises(InvalidInput, match="no list of notes and coins for ISK"):
        count_by_pieces(settings, {D(1000): "1"})
    assert count_as_amount(settings, "12500").total == D(12500)
    own = update_settings(db, denominations=(D(1000), D(5000), D(100)), actor=actor)
    assert own.denominations == (D(5000), D(1000), D(100))
    assert count_by_pieces(own, {D(5000): "2", D(100): "3"}).total == D(10300)
    with pytest.raises(InvalidInput, match="listed twice"):
        update_settings(db, denominations=(D(100), D(100)), actor=actor)


def test_cash_moves_are_checked(db: Database, shop: ShopSettings, cashier: UserDTO) -> None:
    actor = Actor(cashier.id, "Till 1")
    with pytest.raises(NotFound, match="no open shift"):
        move_cash(db, actor, CashDirection.IN, "5", CashReason.CHANGE)
    open_shift(db, actor, "10")
    with pytest.raises(InvalidInput, match="already open"):
        open_shift(db, actor, "10")
    with pytest.raises(InvalidInput, match=r"hold only 10\.00"):
        move_cash(db, actor, CashDirection.OUT, "10.01", CashReason.BANK)
    with pytest.raises(InvalidInput, match="Say why"):
        move_cash(db, actor, CashDirection.IN, "5", CashReason.OTHER)
    for bad in ("abc", "-1", "0", "1.001"):
        with pytest.raises(InvalidInput):
            move_cash(db, actor, CashDirection.IN, bad, CashReason.CHANGE)
    move_cash(db, actor, CashDirection.OUT, "10.00", CashReason.BANK)
    assert x_report(db, actor).figures.expected_cash == 0


def test_a_z_can_print_the_audit_seal_that_anchors_the_log(
    db: Database, shop: ShopSettings, cashier: UserDTO
) -> None:
    from pos.services.staff.chain_check import chain_head
    from receipts.shift_report import build_shift_report

    actor = Actor(cashier.id, "Till 1")
    settings = update_settings(db, actor=actor, z_prints_seal=True)
    open_shift(db, actor, "50")
    z = close_shift(db, actor, count_as_amount(settings, "50"))
    assert z.seal is not None and z.seal == chain_head(db)
    paper = build_shift_report(get_report(db, z.number), settings, width=32).plain_text()
    assert "Audit log seal:" in paper
    assert z.seal[:32] in paper and z.seal[32:] in paper
    assert check_database(db) == []
    drop_guards_and_run(db, "UPDATE shift_reports SET seal = '" + "0" * 64 + "'")
    assert check_database(db) == [
        "Report Z000001 keeps an audit seal the log does not have: the report or the log "
        "was changed. Compare with the seal printed on the paper Z."
    ]
