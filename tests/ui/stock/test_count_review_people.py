"""The count review names who counted each line and the manager who approved, and who
posted the count and approved it (issue 14): what a manager reads before trusting the
variances."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO
from pos.services.staff.permissions import Permission, Role
from pos.services.staff.roles import list_roles, set_role
from pos.services.staff.users import add_user, update_user
from pos.services.stock.counts_post import post_count
from pos.services.stock.counts_scan import Entry, count_product
from pos.services.stock.counts_start import CountScope, get_count, start_count
from pos.services.stock.movements import receive_stock
from ui.ops import wait_for_all
from ui.stock.counts_models import ReviewColumns
from ui.stock.counts_review_view import ReviewView

TILL = "Till 2"


def hire(db: Database, name: str, role: str, boss: Actor) -> UserDTO:
    made = add_user(db, name, role, actor=boss)
    return UserDTO(made.id, made.name, role)


@pytest.fixture
def counted(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> int:
    """A count: milk counted by Cal alone, wine by Tom, a trainee who may not count
    without Mo's PIN; posted by Cal with Mo's approval; Mo has left since."""
    cal = hire(db, "Cal", Role.CASHIER.value, actor)
    mo = hire(db, "Mo", Role.MANAGER.value, actor)
    receive_stock(db, milk.id, Decimal(10), actor=actor)
    receive_stock(db, wine.id, Decimal(4), actor=actor)
    count = start_count(db, actor, "Friday", CountScope.ALL)
    count_product(db, Actor(cal.id, TILL), count.id, milk.id, Decimal(7), Entry.SET)
    cashier = next(role for role in list_roles(db) if role.name == Role.CASHIER.value)
    kept = set(cashier.permissions) - {Permission.COUNT}
    set_role(db, Role.CASHIER.value, kept, cashier.discount_limit, actor=actor)
    tom = hire(db, "Tom", Role.CASHIER.value, actor)
    count_product(db, Actor(tom.id, TILL, mo.id), count.id, wine.id, Decimal(4), Entry.SET)
    post_count(db, Actor(cal.id, TILL, mo.id), count.id)
    update_user(db, mo.id, actor=actor, active=False)
    return count.id


def test_the_review_names_who_counted_who_approved_and_who_posted(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    actor: Actor,
    counted: int,
    tmp_path: Path,
) -> None:
    view = ReviewView(db, actor, get_settings(db))
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    view.show_count(get_count(db, counted))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.people.text() != "")
    qtmodeltester.check(view.model)
    model = view.model
    header = [
        model.headerData(column, Qt.Orientation.Horizontal)
        for column in (ReviewColumns.COUNTED_BY, ReviewColumns.APPROVED_BY)
    ]
    assert header == ["Counted by", "Approved by"]
    people = {
        model.index(row, ReviewColumns.NAME).data(): (
            model.index(row, ReviewColumns.COUNTED_BY).data(),
            model.index(row, ReviewColumns.APPROVED_BY).data(),
        )
        for row in range(model.rowCount())
    }
    assert people == {"Fresh Milk 1 L": ("Cal", ""), "Crème de cassis 70 cl": ("Tom", "Mo")}
    assert view.people.isVisible()
    assert view.people.text() == "Posted by Cal · Approved by Mo"
    for column in (ReviewColumns.COUNTED_BY, ReviewColumns.APPROVED_BY):
        assert not view.lines.isColumnHidden(column)
    assert view.grab().save(str(tmp_path / "count-review.png"))


def test_an_open_count_names_no_poster(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    count = start_count(db, actor, "Monday", CountScope.ALL)
    count_product(db, actor, count.id, milk.id, Decimal(1), Entry.SET)
    view = ReviewView(db, actor, get_settings(db))
    qtbot.addWidget(view)
    view.show()
    view.show_count(get_count(db, count.id))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.totals is not None)
    assert wait_for_all()  # the people's reading has come back too: no one to name
    qtbot.wait(20)  # its answer delivered
    assert view.people.text() == "" and not view.people.isVisible()
    assert view.model.index(0, ReviewColumns.COUNTED_BY).data() == "Alex"
    assert view.model.index(0, ReviewColumns.APPROVED_BY).data() == ""
