"""Manager approval on the spot: a cashier's refund approved with a manager's PIN records
both; a discount above the cashier's limit asks too, and cancelling changes nothing."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_log, sales
from pos.domain.payments import PaymentMethod, Tender
from pos.services.dto import ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.settings import get_settings
from tests.ui.helpers import edit_cell, in_modal, named, press, scanner
from tests.ui.staff.conftest import ANN_PIN, MIA_PIN, Team, sign_in_as, type_pin
from ui.app import MainWindow
from ui.sales.cart_model import PRICE
from ui.staff.approval import ApprovalDialog


def sold(db: Database, team: Team, milk: ProductDTO) -> str:
    """A sale of two milks by the owner at Till 1; its receipt number."""
    session = CartSession(db, "Till 1", team.owner, get_settings(db))
    session.add_product(milk.id, Decimal(2))
    return session.pay([Tender(PaymentMethod.CASH, Decimal("10.00"))]).number


def approve_as(qtbot: QtBot, name: str, pin: str, seen: list[str]) -> None:
    """When the approval dialog opens: note its question, then approve as ``name``."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ApprovalDialog)
        seen.append(named(dialog, QLabel, "What needs approval").text())
        type_pin(qtbot, dialog, name, pin, by_mouse=False)

    in_modal(act)


def test_a_cashiers_refund_approved_by_a_managers_pin(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team, milk: ProductDTO
) -> None:
    number = sold(db, team, milk)
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    seen: list[str] = []

    def refund(dialog: QWidget) -> None:
        scanner(qtbot, named(dialog, QLineEdit, "Receipt number"), number)
        model = named(dialog, QWidget, "Lines to refund").model()  # type: ignore[attr-defined]
        assert model.setData(model.index(0, 3), "1")
        approve_as(qtbot, "Mia", MIA_PIN, seen)
        named(dialog, QPushButton, "Refund").click()

    in_modal(refund)
    press(qtbot, till.sales.scan.field, Qt.Key.Key_F7)
    assert seen == [
        "Ann may not give a refund. A manager can approve it: pick your name and type your PIN."
    ]
    back = get_sale(db, "R000001")
    assert back.original_number == number
    assert back.cashier == "Ann"
    # No service reads a sale's approver back yet: the row itself says who approved.
    with db.read() as uow:
        row = uow.connection.execute(
            select(sales.c.cashier_id, sales.c.approver_id).where(sales.c.id == back.id)
        ).one()
        audit = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id).where(
                audit_log.c.action == "refund"
            )
        ).one()
    assert tuple(row) == tuple(audit) == (team.ann, team.mia)


def test_cancelling_the_approval_changes_nothing(
    qtbot: QtBot, till: MainWindow, team: Team
) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    scanner(qtbot, till.sales.scan.field, "4006381333931")

    def ask(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Cart discount").setText("50%")
        in_modal(lambda approval: approval.reject())
        dialog.accept_value()  # type: ignore[attr-defined]

    in_modal(ask)
    press(qtbot, till.sales.scan.field, Qt.Key.Key_F3)
    assert till.session.cart.discount is None
    assert "nothing was changed" in till.sales.banner.label.text()


def test_a_big_discount_approved_by_the_owner(qtbot: QtBot, till: MainWindow, team: Team) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    seen: list[str] = []

    def ask(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Cart discount").setText("50%")
        approve_as(qtbot, "Alex", "5937", seen)
        dialog.accept_value()  # type: ignore[attr-defined]

    in_modal(ask)
    press(qtbot, till.sales.scan.field, Qt.Key.Key_F3)
    assert till.session.cart.discount is not None
    assert seen and seen[0].startswith("Ann may not give a discount this big.")


def test_a_price_changed_in_the_cart_by_a_cashier_needs_a_managers_pin(
    qtbot: QtBot, till: MainWindow, team: Team
) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    scanner(qtbot, till.sales.scan.field, "4006381333931")
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    view = till.sales.cart_view
    view.edit(till.sales.cart_model.index(0, PRICE))  # a double-click does the same
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "1.20"
    editor.setText("0.99")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.waitUntil(lambda: till.session.cart.lines[0].unit_price == Decimal("0.99"))
    assert seen[0].startswith("Ann may not change a price at the till.")
    assert till.sales.cart_model.index(0, PRICE).data() == "€0.99"


def test_a_cashiers_price_edit_on_products_approved_by_a_manager(
    qtbot: QtBot, till: MainWindow, db: Database, team: Team, milk: ProductDTO
) -> None:
    from pos.services.catalog.products import get_product
    from ui.products.model import Column

    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    till.screen_actions[1].trigger()
    screen = till.products_screen
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    edit_cell(qtbot, screen.view, 0, Column.PRICE, "1.45")
    qtbot.waitUntil(lambda: screen.banner.label.text() == "Saved: Fresh Milk 1 L", timeout=5000)
    assert seen[0].startswith("Ann may not edit products or prices.")
    assert get_product(db, milk.id).price == Decimal("1.45")
    with db.read() as uow:
        approvers = uow.connection.execute(
            select(audit_log.c.user_id, audit_log.c.approver_id).where(
                audit_log.c.approver_id.is_not(None)
            )
        ).all()
    assert [tuple(a) for a in approvers] == [(team.ann, team.mia)]


def test_the_approval_dialog_takes_the_number_keys_at_once(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    from pos.domain.errors import NotAllowed
    from pos.services.dto import Actor

    dialog = ApprovalDialog(db, Actor(team.ann, "Till 3"), NotAllowed("refund", "No."))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.keypad.hasFocus)
    qtbot.keyClicks(dialog.focusWidget(), "73")
    assert dialog.keypad.digits_typed == 2
