"""Invoices: gapless numbers of their own, the same number on every reprint, append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from pos.db.engine import Database
from pos.domain.errors import InvalidInput, NotFound
from pos.services.dto import Actor, SaleDTO
from pos.services.health import check_database
from pos.services.selling.invoices import Buyer, get_invoice, invoice_for, issue_invoice

BUYER = Buyer("  Łódź Trading Sp. z o.o. ", "ul. Piotrkowska 1\n 90-001 Łódź ", " PL123 ")


def test_first_invoice_is_i000001_and_keeps_the_buyer(
    db: Database, sale: SaleDTO, actor: Actor
) -> None:
    invoice = issue_invoice(db, sale.number, BUYER, actor=actor)
    assert invoice.number == "I000001"
    assert invoice.buyer == Buyer(
        "Łódź Trading Sp. z o.o.", "ul. Piotrkowska 1\n90-001 Łódź", "PL123"
    )
    assert invoice.sale.number == sale.number and invoice.sale.total == sale.total
    assert check_database(db) == []


def test_reprint_shows_the_same_number(
    db: Database, sale: SaleDTO, card_sale: SaleDTO, actor: Actor
) -> None:
    first = issue_invoice(db, sale.number, BUYER, actor=actor)
    assert issue_invoice(db, sale.number, None, actor=actor) == first
    assert issue_invoice(db, sale.number, BUYER, actor=actor) == first
    assert invoice_for(db, "I000001", actor=actor) == first
    assert get_invoice(db, "i-1") == first
    second = invoice_for(db, card_sale.number, Buyer("Someone"), actor=actor)
    assert second.number == "I000002"
    assert check_database(db) == []


def test_an_issued_invoice_cannot_change_buyer(db: Database, sale: SaleDTO, actor: Actor) -> None:
    issue_invoice(db, sale.number, BUYER, actor=actor)
    with pytest.raises(InvalidInput, match=r"already issued .* to Łódź Trading"):
        issue_invoice(db, sale.number, Buyer("Someone Else"), actor=actor)
    with pytest.raises(InvalidInput, match="cannot be changed"):
        invoice_for(db, "I000001", Buyer("Someone Else"), actor=actor)


def test_bad_requests_change_nothing(db: Database, sale: SaleDTO, actor: Actor) -> None:
    with pytest.raises(InvalidInput, match="needs the buyer's name"):
        issue_invoice(db, sale.number, None, actor=actor)
    with pytest.raises(InvalidInput, match="needs the buyer's name"):
        issue_invoice(db, sale.number, Buyer("   "), actor=actor)
    with pytest.raises(InvalidInput, match="longer than 40"):
        issue_invoice(db, sale.number, Buyer("A", tax_id="X" * 41), actor=actor)
    with pytest.raises(NotFound, match="no receipt S000099"):
        issue_invoice(db, "S000099", BUYER, actor=actor)
    with pytest.raises(NotFound, match="no invoice I000001"):
        get_invoice(db, "I000001")
    # Nothing was taken: the first real invoice is still number 1.
    assert issue_invoice(db, sale.number, BUYER, actor=actor).number == "I000001"
    assert check_database(db) == []


def test_invoices_are_append_only(db: Database, sale: SaleDTO, actor: Actor) -> None:
    issue_invoice(db, sale.number, BUYER, actor=actor)
    for statement in ("UPDATE invoices SET buyer_name = 'x'", "DELETE FROM invoices"):
        with pytest.raises(DatabaseError, match="never changed or deleted"), db.engine.begin() as c:
            c.execute(text(statement))
    assert get_invoice(db, "I000001").buyer.name == "Łódź Trading Sp. z o.o."


def test_numbering_check_looks_at_invoices(db: Database, sale: SaleDTO, actor: Actor) -> None:
    issue_invoice(db, sale.number, BUYER, actor=actor)
    with db.engine.begin() as c:
        c.execute(text("UPDATE document_counters SET next_number = 5 WHERE series = 'I'"))
    assert check_database(db) == ["Series I: the next number is 5 but the last document is 1"]
