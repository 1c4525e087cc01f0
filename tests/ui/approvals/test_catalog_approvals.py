"""A cashier changing the catalog or issuing an invoice without the permission: a manager's
PIN approves that one change and both are recorded; cancelling changes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import price_changes
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import get_product, list_categories
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.invoices import get_invoice
from pos.services.settings import get_settings
from pos.services.staff.permissions import Permission
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
from tests.ui.helpers import named
from ui.events import AppEvents
from ui.products.categories_dialog import CategoriesDialog
from ui.products.price_change_dialog import PriceChangeDialog
from ui.products.screen import ProductsScreen
from ui.sales.dialogs.invoice import InvoiceDialog


def products_screen(qtbot: QtBot, db: Database, actor: Actor) -> ProductsScreen:
    QSettings().clear()
    screen = ProductsScreen(db, actor, get_settings(db), AppEvents())
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.refresh()
    return screen


def raise_ten_percent(dialog: QWidget) -> None:
    named(dialog, QLineEdit, "How much").setText("10")
    dialog._accept()  # type: ignore[attr-defined]  # what OK does


def test_a_cashiers_bulk_price_change_approved_by_a_manager(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    screen = products_screen(qtbot, db, ann)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.select_all()
    seen: list[str] = []
    when_modal(PriceChangeDialog, raise_ten_percent)
    answer_yes()  # "Change price: this changes 1 products. Go ahead?"
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    screen.bulk.change_price()
    qtbot.waitUntil(lambda: screen.banner.label.text() == "1 products changed.", timeout=5000)
    assert seen[0].startswith("Ann may not edit products or prices.")
    assert get_product(db, milk.id).price == Decimal("1.32")  # 1.20 + 10 %
    assert approvals(db, "products_bulk_changed") == [(team.ann, team.mia)]
    with db.read() as uow:
        change = uow.connection.execute(
            select(price_changes.c.user_id, price_changes.c.approver_id)
        ).one()
    assert tuple(change) == (team.ann, team.mia)


def test_cancelling_the_approval_of_a_bulk_change_changes_nothing(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    screen = products_screen(qtbot, db, ann)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.select_all()
    seen: list[str] = []
    answer_yes()
    refuse_approval(seen)
    screen.bulk.set_active(False)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.waitUntil(lambda: screen.banner.label.text() == "Not approved: nothing was changed.")
    assert get_product(db, milk.id).active
    assert approvals(db, "products_bulk_changed") == []


def test_a_cashier_adds_a_category_with_a_managers_pin(
    qtbot: QtBot, db: Database, team: Team, ann: Actor
) -> None:
    dialog = CategoriesDialog(db, ann)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)  # the categories are read first
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    qtbot.keyClicks(dialog.new_name, "Bakery")
    dialog.buttons["add"].click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Category Bakery added.", timeout=5000)
    assert seen[0].startswith("Ann may not edit products or prices.")
    assert "Bakery" in [c.name for c in list_categories(db)]
    assert approvals(db, "category_added") == [(team.ann, team.mia)]


def test_cancelling_the_approval_of_a_category_adds_none(
    qtbot: QtBot, db: Database, team: Team, ann: Actor
) -> None:
    dialog = CategoriesDialog(db, ann)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)  # the categories are read first
    seen: list[str] = []
    refuse_approval(seen)
    qtbot.keyClicks(dialog.new_name, "Bakery")
    dialog.buttons["add"].click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Not approved: nothing was changed.")
    assert "Bakery" not in [c.name for c in list_categories(db)]
    qtbot.waitUntil(lambda: not dialog.busy)  # read again, in case another till changed them
    assert dialog.buttons["add"].isEnabled()
    assert approvals(db, "category_added") == []


def sold(db: Database, team: Team, milk: ProductDTO) -> str:
    """A sale of a milk by the owner; its receipt number."""
    session = CartSession(db, "Till 1", team.owner, get_settings(db))
    session.add_product(milk.id, Decimal(1))
    return session.pay([Tender(PaymentMethod.CASH, Decimal("5.00"))]).number


def test_an_invoice_by_a_user_who_may_not_sell_is_approved_by_a_manager(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO, tmp_path: Path
) -> None:
    number = sold(db, team, milk)
    take_from_cashiers(db, team, Permission.SELL)
    dialog = InvoiceDialog(db, get_settings(db), number, actor=ann)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "invoice.pdf"
    dialog.choose_file = lambda suggested: target  # type: ignore[method-assign]
    named(dialog, QLineEdit, "Buyer name").setText("Corner Café")
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    dialog.save()
    assert seen[0].startswith("Ann may not sell.")
    assert target.read_bytes().startswith(b"%PDF")
    assert get_invoice(db, "I000001").buyer.name == "Corner Café"
    assert approvals(db, "invoice") == [(team.ann, team.mia)]


def test_cancelling_the_approval_of_an_invoice_issues_none(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, milk: ProductDTO
) -> None:
    number = sold(db, team, milk)
    take_from_cashiers(db, team, Permission.SELL)
    dialog = InvoiceDialog(db, get_settings(db), number, actor=ann)
    qtbot.addWidget(dialog)
    dialog.show()
    named(dialog, QLineEdit, "Buyer name").setText("Corner Café")
    seen: list[str] = []
    refuse_approval(seen)
    dialog.save()
    assert dialog.message.text() == "Not approved: nothing was changed."
    assert approvals(db, "invoice") == []
