"""Before the Z: the blind count kept on record the moment it is confirmed, a recount
shown on the Z beside the first count, and the card and mobile money totals stored as
checked or not."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log
from pos.domain.errors import NotAllowed
from pos.domain.payments import PaymentMethod, Tender
from pos.services.cashup.closing import (
    BLIND_COUNT_ACTION,
    TenderCheck,
    record_blind_count,
    start_closing,
)
from pos.services.cashup.drawer import count_as_amount, count_by_pieces
from pos.services.cashup.integrity import report_mismatches
from pos.services.cashup.reports import close_shift, get_report, x_report
from pos.services.cashup.shifts import open_shift
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import UserDTO
from pos.services.staff.users import add_user

D = Decimal
TILL = "Till 1"


def a_day(db: Database, actor: Actor, cashier: UserDTO, milk: ProductDTO) -> None:
    """€100 float; a milk paid cash, two by card (one reference), one by mobile money."""
    open_shift(db, actor, "100")
    till = CartSession(db, TILL, cashier)
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.CASH, D("1.20"))])
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.CARD, D("1.20"), reference="4242")])
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.CARD, D("1.20"))])
    till.add_product(milk.id)
    till.pay([Tender(PaymentMethod.MOBILE, D("1.20"), reference="MP7Q2")])


def blind_entries(db: Database) -> list[tuple[int | None, int | None, dict[str, object]]]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id, audit_log.c.details)
            .where(audit_log.c.action == BLIND_COUNT_ACTION)
            .order_by(audit_log.c.id)
        )
        return [(user, approver, json.loads(details)) for user, approver, details in rows]


def test_a_blind_count_is_kept_before_the_expected_cash_is_seen_and_a_recount_shows_on_the_z(
    db: Database, shop: ShopSettings, actor: Actor, cashier: UserDTO, milk: ProductDTO
) -> None:
    update_settings(db, actor=actor, blind_cash_count=True)
    a_day(db, actor, cashier, milk)
    settings = get_settings(db)

    # Before counting: the card and mobile money totals, no expected cash.
    before = start_closing(db, actor)
    assert before.figures is None and before.expected is None and before.first_count is None
    assert [(t.method, t.payments, t.amount, t.references) for t in before.tenders] == [
        ("card", 2, D("2.40"), 1),
        ("mobile", 1, D("1.20"), 1),
    ]
    assert blind_entries(db) == []

    # Counted blind, €0.20 short: on record at once, and only now the expected cash.
    first = count_by_pieces(settings, {D(100): "1", D("1"): "1"})
    counted = record_blind_count(db, actor, first)
    assert counted.expected == D("101.20") and counted.first_count == D("101.00")
    [(user, approver, details)] = blind_entries(db)
    assert (user, approver) == (actor.user_id, None)
    assert (details["amount"], details["expected"]) == ("101.00", "101.20")
    assert details["pieces"] == [["100", 1], ["1", 1]]

    # The dialog cancelled and opened again: the expected cash is no secret any more.
    again = start_closing(db, actor)
    assert again.expected == D("101.20") and again.first_count == D("101.00")

    # Counted again to the expected figure: allowed, and the Z says so.
    z = close_shift(db, actor, count_as_amount(settings, "101.20"), checked={"card"})
    assert z.blind_counts == (D("101.00"),)
    assert z.recounted and z.first_count == D("101.00") and z.over_short == D(0)
    assert z.tender_checks == (TenderCheck("card", True), TenderCheck("mobile", False))
    stored = get_report(db, z.number)
    assert (stored.blind_counts, stored.tender_checks) == (z.blind_counts, z.tender_checks)
    assert stored.recounted and stored.first_count == D("101.00")
    with db.read() as uow:
        entry = json.loads(
            uow.connection.scalar(
                select(audit_log.c.details).where(audit_log.c.action == "z_report")
            )
        )
        assert report_mismatches(uow) == []  # what is stored is what the log sealed
    assert entry["not_checked"] == ["mobile"] and entry["first_count"] == "101.00"


def test_a_blind_count_closed_as_counted_is_no_recount(
    db: Database, shop: ShopSettings, actor: Actor, cashier: UserDTO, milk: ProductDTO
) -> None:
    update_settings(db, actor=actor, blind_cash_count=True)
    a_day(db, actor, cashier, milk)
    count = count_as_amount(get_settings(db), "101.20")
    record_blind_count(db, actor, count)
    z = close_shift(db, actor, count, checked={"card", "mobile", "cash", "cheque"})
    assert z.blind_counts == (D("101.20"),) and not z.recounted and z.first_count is None
    assert z.tender_checks == (TenderCheck("card", True), TenderCheck("mobile", True))


def test_counted_twice_blind_is_a_recount_even_back_to_the_first_figure(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    open_shift(db, actor, "50")
    settings = get_settings(db)
    for amount in ("40", "50"):
        record_blind_count(db, actor, count_as_amount(settings, amount))
    z = close_shift(db, actor, count_as_amount(settings, "40"))
    assert z.blind_counts == (D(40), D(50)) and z.recounted and z.first_count == D(40)
    assert z.tender_checks == ()  # cash only: nothing to tick


def test_blind_counts_belong_to_their_shift(db: Database, shop: ShopSettings, actor: Actor) -> None:
    settings = get_settings(db)
    open_shift(db, actor, "50")
    record_blind_count(db, actor, count_as_amount(settings, "45"))
    close_shift(db, actor, count_as_amount(settings, "50"))
    open_shift(db, actor, "50")
    assert start_closing(db, actor).first_count is None
    z = close_shift(db, actor, count_as_amount(settings, "50"))
    assert z.blind_counts == () and not z.recounted
    assert x_report_has_no_closing(db, actor)


def x_report_has_no_closing(db: Database, actor: Actor) -> bool:
    open_shift(db, actor, "10")
    x = x_report(db, actor)
    back = get_report(db, x.number)
    return (x.tender_checks, x.blind_counts, back.tender_checks, back.blind_counts) == (
        (),
        (),
        (),
        (),
    )


def test_a_cashiers_blind_count_needs_a_managers_approval(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    ann = add_user(db, "Ann", "cashier", actor=actor)
    mia = add_user(db, "Mia", "manager", actor=actor)
    open_shift(db, actor, "50")
    count = count_as_amount(get_settings(db), "50")
    with pytest.raises(NotAllowed):
        record_blind_count(db, Actor(ann.id, TILL), count)
    with pytest.raises(NotAllowed):
        start_closing(db, Actor(ann.id, TILL))
    assert blind_entries(db) == []
    record_blind_count(db, Actor(ann.id, TILL, approver_id=mia.id), count)
    [(user, approver, _details)] = blind_entries(db)
    assert (user, approver) == (ann.id, mia.id)
