"""Stock documents name who posted them and the manager who approved (issue 14): the
delivery note, the return to supplier, the count's variance report and the adjustment,
read back from the PDF text and the CSV. A manager who has left since is still named."""

from __future__ import annotations

import io
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO
from pos.services.staff.users import add_user, update_user
from pos.services.stock.adjustment_records import export_adjustment, get_adjustment
from pos.services.stock.adjustments import AdjustmentLine, AdjustmentReason, create_adjustment
from pos.services.stock.counts_post import post_count
from pos.services.stock.counts_review import count_people
from pos.services.stock.counts_scan import Entry, count_product
from pos.services.stock.counts_start import CountScope, start_count
from pos.services.stock.deliveries import DeliveryHeader, create_delivery, get_delivery
from pos.services.stock.delivery_lines import add_product, set_line_cost
from pos.services.stock.delivery_posting import post_delivery
from pos.services.stock.supplier_returns import create_return
from receipts.count_variance_pdf import variance_report_pdf
from receipts.delivery_pdf import delivery_pdf

TILL = "Till 1"


def facts(data: bytes) -> dict[str, str]:
    """The PDF read back: each line of its text and the line after it (a label in the
    heading's details and its value)."""
    pages = PdfReader(io.BytesIO(data)).pages
    return dict(pairwise("\n".join(page.extract_text() for page in pages).splitlines()))


def hire(db: Database, name: str, role: str, boss: Actor) -> UserDTO:
    made = add_user(db, name, role, actor=boss)
    return UserDTO(made.id, made.name, role)


@pytest.fixture
def cal(db: Database, shop: ShopSettings, actor: Actor) -> UserDTO:
    return hire(db, "Calum Byrne", "cashier", actor)


@pytest.fixture
def mo(db: Database, shop: ShopSettings, actor: Actor) -> UserDTO:
    return hire(db, "Moira Ní Bhriain", "manager", actor)


def test_a_delivery_and_its_return_name_who_posted_and_who_approved(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO, tmp_path: Path
) -> None:
    approved = Actor(cal.id, TILL, mo.id)  # a cashier may not receive alone
    draft = create_delivery(db, DeliveryHeader("Dairy & Co", "INV-9"), actor=approved)
    draft = add_product(db, draft.id, milk.id, actor=approved, quantity=Decimal(6))
    draft = set_line_cost(db, draft.lines[0].id, "0.70", actor=actor)
    draft_facts = facts(delivery_pdf(draft, get_settings(db)))
    assert "Posted by" not in draft_facts
    assert draft_facts["Approved by"] == "Moira Ní Bhriain"  # who let the draft be started

    posted = get_delivery(db, post_delivery(db, draft.id, actor=approved).id, actor)
    assert (posted.posted_by, posted.approved_by) == ("Calum Byrne", "Moira Ní Bhriain")
    # Moira leaves the shop: the note still names her.
    update_user(db, mo.id, actor=actor, active=False)
    found = facts(delivery_pdf(posted, get_settings(db)))
    assert (found["Posted by"], found["Approved by"]) == ("Calum Byrne", "Moira Ní Bhriain")

    # The owner sends some back alone: posted by the owner, no approver on paper.
    back = post_delivery(db, create_return(db, posted.id, actor=actor).id, actor=actor)
    found = facts(delivery_pdf(back, get_settings(db)))
    assert found["Posted by"] == "Alex"
    assert "Approved by" not in found


def test_a_return_posted_with_approval_names_both(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    draft = create_delivery(db, DeliveryHeader("Dairy & Co"), actor=actor)
    draft = add_product(db, draft.id, milk.id, actor=actor, quantity=Decimal(6))
    delivery = post_delivery(db, draft.id, actor=actor)
    approved = Actor(cal.id, TILL, mo.id)
    back = post_delivery(db, create_return(db, delivery.id, actor=approved).id, actor=approved)
    back = get_delivery(db, back.id, actor)  # read by the owner, who sees the costs
    found = facts(delivery_pdf(back, get_settings(db)))
    assert (found["Posted by"], found["Approved by"]) == ("Calum Byrne", "Moira Ní Bhriain")


def test_the_variance_report_names_who_posted_the_count_and_who_approved(
    db: Database, shop: ShopSettings, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO
) -> None:
    count = start_count(db, Actor(cal.id, TILL), "Friday", CountScope.ALL)
    count_product(db, Actor(cal.id, TILL), count.id, milk.id, Decimal(2), Entry.SET)
    still_open = facts(variance_report_pdf(db, count.id, shop))
    assert "Posted by" not in still_open and "Approved by" not in still_open

    post_count(db, Actor(cal.id, TILL, mo.id), count.id)  # a cashier may not post alone
    update_user(db, mo.id, actor=actor, active=False)
    assert count_people(db, count.id).approved_by == "Moira Ní Bhriain"
    found = facts(variance_report_pdf(db, count.id, shop))
    assert (found["Posted by"], found["Approved by"]) == ("Calum Byrne", "Moira Ní Bhriain")


def test_a_count_the_owner_posts_alone_names_no_approver(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    count = start_count(db, actor, "Monday", CountScope.ALL)
    count_product(db, actor, count.id, milk.id, Decimal(1), Entry.SET)
    post_count(db, actor, count.id)
    found = facts(variance_report_pdf(db, count.id, shop))
    assert found["Posted by"] == "Alex"
    assert "Approved by" not in found


def test_an_adjustment_names_its_approver_in_its_file(
    db: Database, actor: Actor, cal: UserDTO, mo: UserDTO, milk: ProductDTO, tmp_path: Path
) -> None:
    line = AdjustmentLine(milk.id, AdjustmentReason.DAMAGED, change=Decimal(-1))
    create_adjustment(db, [line], Actor(cal.id, TILL, mo.id))
    create_adjustment(db, [line], actor)
    update_user(db, mo.id, actor=actor, active=False)
    first, second = get_adjustment(db, "A000001"), get_adjustment(db, "A000002")
    assert (first.user, first.approved_by) == ("Calum Byrne", "Moira Ní Bhriain")
    assert (second.user, second.approved_by) == ("Alex", "")
    target = tmp_path / "a.csv"
    export_adjustment(db, "A000001", target, actor=actor)
    header, row = target.read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("number,date,user,approved by,till,")
    assert ",Calum Byrne,Moira Ní Bhriain,Till 1," in row
