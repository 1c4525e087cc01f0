"""A cashier receiving a delivery or counting stock without the permission: a manager's PIN
approves that one delivery (or count) and both are recorded; cancelling changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import deliveries, stock_counts
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import get_settings
from pos.services.staff.permissions import Permission
from pos.services.stock.deliveries import DeliveryHeader, create_delivery, get_delivery
from pos.services.stock.delivery_lines import add_product, set_line_cost
from tests.ui.approvals.conftest import (
    MIA_PIN,
    Team,
    answer_yes,
    approvals,
    approve_as,
    refuse_approval,
    take_from_cashiers,
    when_modal,
)
from tests.ui.helpers import named, scanner
from ui.events import AppEvents
from ui.stock.counts_start_dialog import StartCountDialog
from ui.stock.counts_tab import CountsTab
from ui.stock.deliveries_tab import DeliveriesTab

MILK_CODE = "4006381333931"


def deliveries_tab(qtbot: QtBot, db: Database, actor: Actor) -> DeliveriesTab:
    tab = DeliveriesTab(db, actor, get_settings(db), AppEvents())
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    tab.refresh()
    return tab


def drafted(db: Database, team: Team, milk: ProductDTO) -> int:
    """A draft delivery of 12 milks at 0.70 that the owner started; its id."""
    boss = Actor(team.owner.id, "Till 1")
    draft = create_delivery(db, DeliveryHeader(supplier_name="Dairy Co"), actor=boss)
    draft = add_product(db, draft.id, milk.id, actor=boss, quantity=Decimal(12))
    return set_line_cost(db, draft.lines[0].id, Decimal("0.70"), actor=boss).id


def delivery_row(db: Database, delivery_id: int) -> tuple[str, int | None, int | None]:
    with db.read() as uow:
        row = uow.connection.execute(
            select(deliveries.c.status, deliveries.c.posted_by, deliveries.c.approver_id).where(
                deliveries.c.id == delivery_id
            )
        ).one()
    return row[0], row[1], row[2]


def test_a_cashier_posts_a_delivery_with_a_managers_pin(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    delivery_id = drafted(db, team, milk)
    tab = deliveries_tab(qtbot, db, ann)
    tab.open_delivery(delivery_id)
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    answer_yes()  # "Post this delivery of 1 lines?"
    qtbot.mouseClick(tab.editor.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: delivery_row(db, delivery_id)[0] == "posted", timeout=5000)
    assert seen == [
        "Ann may not receive deliveries. A manager can approve it: pick your name and type "
        "your PIN."
    ]
    assert delivery_row(db, delivery_id) == ("posted", team.ann, team.mia)
    assert approvals(db, "delivery_posted") == [(team.ann, team.mia)]
    assert get_product(db, milk.id).on_hand == Decimal(12)
    # The approval covered that delivery only: the next one asks again.
    assert tab.editor.work.approver_id is None


def test_one_approval_covers_scanning_and_posting_a_new_delivery(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    tab = deliveries_tab(qtbot, db, ann)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    scanner(qtbot, tab.editor.scan.field, MILK_CODE)
    qtbot.waitUntil(lambda: tab.editor.delivery is not None and bool(tab.editor.delivery.lines))
    for _ in range(2):
        scanner(qtbot, tab.editor.scan.field, MILK_CODE)
    answer_yes()
    qtbot.mouseClick(tab.editor.post_button, Qt.MouseButton.LeftButton)
    assert tab.editor.delivery is not None
    delivery_id = tab.editor.delivery.id
    qtbot.waitUntil(lambda: delivery_row(db, delivery_id)[0] == "posted", timeout=5000)
    assert len(seen) == 1  # one PIN for the whole delivery
    assert get_delivery(db, delivery_id).lines[0].quantity == Decimal(3)
    assert approvals(db, "delivery_posted") == [(team.ann, team.mia)]


def test_cancelling_the_approval_of_a_delivery_changes_nothing(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    delivery_id = drafted(db, team, milk)
    tab = deliveries_tab(qtbot, db, ann)
    tab.open_delivery(delivery_id)
    seen: list[str] = []
    refuse_approval(seen)
    qtbot.mouseClick(tab.editor.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert tab.editor.banner.label.text() == "Not approved: nothing was changed."
    assert delivery_row(db, delivery_id) == ("draft", None, None)
    assert get_product(db, milk.id).on_hand == Decimal(0)


def count_row(db: Database) -> tuple[int | None, int | None]:
    with db.read() as uow:
        row = uow.connection.execute(
            select(stock_counts.c.created_by, stock_counts.c.approver_id)
        ).one()
    return row[0], row[1]


@pytest.fixture
def counts_tab(qtbot: QtBot, db: Database, ann: Actor) -> CountsTab:
    tab = CountsTab(db, ann, get_settings(db), AppEvents())
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    return tab


def test_a_cashier_starts_a_count_with_a_managers_pin(
    qtbot: QtBot, db: Database, team: Team, counts_tab: CountsTab, milk: ProductDTO
) -> None:
    take_from_cashiers(db, team, Permission.COUNT)
    seen: list[str] = []

    def start(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Count name").setText("Dairy")
        approve_as(qtbot, "Mia", MIA_PIN, seen)
        dialog.start()  # type: ignore[attr-defined]

    when_modal(StartCountDialog, start)
    counts_tab.start_button.click()
    qtbot.waitUntil(lambda: counts_tab.pages.currentWidget() is counts_tab.counting)
    assert seen[0].startswith("Ann may not count stock.")
    assert count_row(db) == (team.ann, team.mia)
    assert approvals(db, "stock_count.start") == [(team.ann, team.mia)]
    # The approval covers counting this count: a scan asks nothing more.
    scanner(qtbot, counts_tab.counting.scan.field, MILK_CODE)
    qtbot.waitUntil(lambda: counts_tab.counting.item_count.text() != "")
    assert len(seen) == 1
    assert counts_tab.counting.item_count.text().startswith("1")


def test_cancelling_the_approval_of_a_count_starts_nothing(
    qtbot: QtBot, db: Database, team: Team, counts_tab: CountsTab
) -> None:
    take_from_cashiers(db, team, Permission.COUNT)
    seen: list[str] = []
    messages: list[str] = []

    def start(dialog: QWidget) -> None:
        refuse_approval(seen)
        dialog.start()  # type: ignore[attr-defined]
        messages.append(dialog.error.text())  # type: ignore[attr-defined]
        assert isinstance(dialog, QDialog)
        dialog.reject()

    when_modal(StartCountDialog, start)
    counts_tab.start_button.click()
    assert messages == ["Not approved: nothing was changed."]
    with db.read() as uow:
        assert uow.connection.execute(select(stock_counts.c.id)).first() is None


def test_the_suppliers_list_asks_once_while_it_is_open(
    qtbot: QtBot, db: Database, team: Team, ann: Actor
) -> None:
    from pos.services.stock.suppliers import list_suppliers
    from tests.ui.helpers import edit_cell
    from ui.stock.deliveries_suppliers import PHONE, SuppliersDialog

    dialog = SuppliersDialog(db, ann)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    qtbot.keyClicks(dialog.new_name, "Dairy Co")
    dialog.add_button.click()
    assert [s.name for s in list_suppliers(db)] == ["Dairy Co"]
    edit_cell(qtbot, dialog.view, 0, PHONE, "01234 567890")
    qtbot.waitUntil(lambda: list_suppliers(db)[0].phone == "01234 567890")
    assert len(seen) == 1 and seen[0].startswith("Ann may not receive deliveries.")
    assert approvals(db, "supplier_added") == [(team.ann, team.mia)]
    assert approvals(db, "supplier_changed") == [(team.ann, team.mia)]


def test_a_line_edited_in_place_asks_for_approval_after_the_editor_closes(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    from tests.ui.helpers import edit_cell
    from ui.stock.deliveries_lines_model import QUANTITY

    delivery_id = drafted(db, team, milk)
    tab = deliveries_tab(qtbot, db, ann)
    tab.open_delivery(delivery_id)
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    edit_cell(qtbot, tab.editor.view, 0, QUANTITY, "20")
    qtbot.waitUntil(lambda: get_delivery(db, delivery_id).lines[0].quantity == Decimal(20))
    assert len(seen) == 1
    assert tab.editor.work.approver_id == team.mia  # kept for the rest of this delivery
    assert tab.editor.model.index(0, QUANTITY).data() == "20"
