"""The sales screen, driven like a cashier: scanner keystrokes, keys, clicks, dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.barcodes import with_check_digit
from pos.domain.cart import Unit
from pos.domain.payments import PaymentMethod
from pos.services.catalog.products import ProductInput, create_product, get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession, parked_carts
from pos.services.selling.quick_picks import list_quick_picks
from pos.services.selling.records import get_sale, last_sale
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO
from tests.receipts.fake_printer import FakePrinter, Mode
from tests.ui.helpers import in_modal, named, press, scanner
from tests.ui.till import pay_in_cash, pay_with, till_window
from ui.app import MainWindow
from ui.ops import wait_for_all
from ui.sales.screen import SalesScreen
from ui.widgets.amount_label import AmountLabel

BREAD = "5014255503495"


@pytest.fixture
def bread(db: Database, rates: dict[str, int], actor: Actor) -> ProductDTO:
    return create_product(
        db,
        ProductInput(
            "BREAD",
            "Sourdough Loaf 800 g",
            Decimal("3.49"),
            rates["Reduced"],
            barcodes=[BREAD],
            favourite=True,
            category="Bakery",
        ),
        actor=actor,
    )


@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    cashier: UserDTO,
    milk: ProductDTO,
    wine: ProductDTO,
    apples: ProductDTO,
    bread: ProductDTO,
) -> Iterator[MainWindow]:
    main = till_window(qtbot, db)
    yield main
    wait_for_all()


@pytest.fixture
def screen(window: MainWindow) -> SalesScreen:
    return window.sales


def total_text(screen: SalesScreen) -> str:
    return named(screen, AmountLabel, "Total").text()


def fill_cart(qtbot: QtBot, screen: SalesScreen) -> None:
    for code in (
        "4006381333931",
        "4006381333931",
        "96385074",
        with_check_digit("210000101250"),
        BREAD,
    ):
        scanner(qtbot, screen.scan.field, code)


def test_accessible_names_at_the_counter(screen: SalesScreen) -> None:
    assert named(screen, QLineEdit, "Scan or search") is screen.scan.field
    assert named(screen, QWidget, "Cart") is screen.cart_view
    assert named(screen, QPushButton, "Pay").text() == "Pay\nF12"
    assert total_text(screen) == "€0.00"


def test_scanner_keystrokes_fill_the_cart(
    qtbot: QtBot, screen: SalesScreen, db: Database, cashier: UserDTO
) -> None:
    fill_cart(qtbot, screen)
    model = screen.cart_model
    rows = [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 4).data())
        for r in range(model.rowCount())
    ]
    assert rows == [
        ("Fresh Milk 1 L", "2", "€2.40"),
        ("Crème de cassis 70 cl", "1", "€12.50"),
        ("Äpfel Braeburn (loose)", "1.25 kg", "€3.74"),
        ("Sourdough Loaf 800 g", "1", "€3.49"),
    ]
    assert total_text(screen) == "€22.13"
    assert screen.window().focusWidget() is screen.scan.field  # focus returns to the scanner
    # The open cart is in the database: a restart finds it.
    assert len(CartSession(db, "Till 1", cashier).cart.lines) == 4


def test_quantity_line_discount_and_cart_discount(qtbot: QtBot, screen: SalesScreen) -> None:
    scanner(qtbot, screen.scan.field, "96385074")
    scanner(qtbot, screen.scan.field, "4006381333931")
    in_modal(lambda d: (d.findChild(QLineEdit).setText("3"), d.accept_value()))
    press(qtbot, screen.scan.field, Qt.Key.Key_F2)
    assert screen.cart_model.index(1, 1).data() == "3"
    discount_cell = screen.cart_model.index(0, 3)
    screen.cart_view.edit(discount_cell)
    editor = screen.cart_view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("10%")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits an edit on the next turn of the event loop.
    qtbot.waitUntil(lambda: screen.cart_model.index(0, 3).data() == "-€1.25")
    in_modal(lambda d: (d.findChild(QLineEdit).setText("1.00"), d.accept_value()))
    press(qtbot, screen.scan.field, Qt.Key.Key_F3)
    # 12.50 - 1.25 + 3 x 1.20 - 1.00
    assert total_text(screen) == "€13.85"


def test_cash_payment_with_change(qtbot: QtBot, screen: SalesScreen, db: Database) -> None:
    fill_cart(qtbot, screen)
    assert pay_in_cash(qtbot, screen, "50") == "€27.87"
    sale = get_sale(db, "S000001")
    assert (sale.total, sale.change) == (Decimal("22.13"), Decimal("27.87"))
    assert screen.cart_model.rowCount() == 0
    assert total_text(screen) == "€0.00"
    assert screen.window().focusWidget() is screen.scan.field  # focus returns to the scanner


def test_split_payment_card_then_cash(qtbot: QtBot, screen: SalesScreen, db: Database) -> None:
    scanner(qtbot, screen.scan.field, "96385074")

    def pay(dialog: QWidget) -> None:
        named(dialog, QPushButton, "Card").click()
        tendered = named(dialog, QLineEdit, "Tendered")
        tendered.setText("5")
        named(dialog, QPushButton, "Add payment").click()
        named(dialog, QPushButton, "Tender €10.00").click()

    pay_with(qtbot, screen, pay)
    sale = get_sale(db, "S000001")
    assert [(p.method, p.amount, p.change) for p in sale.payments] == [
        (PaymentMethod.CARD, Decimal("5"), 0),
        (PaymentMethod.CASH, Decimal("7.50"), Decimal("2.50")),
    ]


def refused_payment(
    qtbot: QtBot,
    screen: SalesScreen,
    typed: str,
    complete: Callable[[QWidget, QLineEdit], object],
) -> str:
    """Type ``typed`` as the cash tendered, try to complete, and return the dialog's message
    (the dialog is then cancelled)."""
    seen: dict[str, str] = {}

    def pay(dialog: QWidget) -> None:
        tendered = named(dialog, QLineEdit, "Tendered")
        tendered.setText(typed)
        complete(dialog, tendered)
        seen["message"] = named(dialog, QLabel, "Payment message").text()
        dialog.reject()

    pay_with(qtbot, screen, pay)
    return seen["message"]


def test_short_cash_is_refused_in_the_dialog(
    qtbot: QtBot, screen: SalesScreen, db: Database
) -> None:
    scanner(qtbot, screen.scan.field, "96385074")
    message = refused_payment(
        qtbot, screen, "10", lambda d, _: named(d, QPushButton, "Complete sale").click()
    )
    assert message == "2.50 more cash is needed (owed 12.50)."
    assert last_sale(db, "Till 1") is None
    assert screen.cart_model.rowCount() == 1


def test_park_and_resume(
    qtbot: QtBot, screen: SalesScreen, db: Database, shop: ShopSettings
) -> None:
    scanner(qtbot, screen.scan.field, "96385074")

    def note(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("red coat")
        dialog.accept()

    in_modal(note)
    press(qtbot, screen.scan.field, Qt.Key.Key_F5)
    assert screen.cart_model.rowCount() == 0
    assert [p.label for p in parked_carts(db, shop)] == ["red coat"]
    in_modal(lambda dialog: dialog.accept())
    press(qtbot, screen.scan.field, Qt.Key.Key_F6)
    assert screen.cart_model.index(0, 0).data() == "Crème de cassis 70 cl"
    assert parked_carts(db, shop) == []


def test_void_asks_first(qtbot: QtBot, screen: SalesScreen) -> None:
    scanner(qtbot, screen.scan.field, "96385074")

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    in_modal(answer)
    press(qtbot, screen.scan.field, Qt.Key.Key_F8)
    assert screen.cart_model.rowCount() == 0


def test_refund_from_the_counter(
    qtbot: QtBot, screen: SalesScreen, db: Database, wine: ProductDTO
) -> None:
    scanner(qtbot, screen.scan.field, "96385074")
    scanner(qtbot, screen.scan.field, "96385074")
    pay_with(qtbot, screen, lambda d: named(d, QPushButton, "Tender €50.00").click())

    def refund(dialog: QWidget) -> None:
        scanner(qtbot, named(dialog, QLineEdit, "Receipt number"), "S000001")
        lines = named(dialog, QWidget, "Lines to refund")
        model = lines.model()  # type: ignore[attr-defined]
        assert model.setData(model.index(0, 3), "1")
        assert not model.setData(model.index(0, 3), "5"), "never more than was sold"
        named(dialog, QPushButton, "Refund").click()

    in_modal(refund)
    press(qtbot, screen.scan.field, Qt.Key.Key_F7)
    back = get_sale(db, "R000001")
    assert (back.original_number, back.total, back.lines[0].quantity) == (
        "S000001",
        Decimal("12.50"),
        Decimal(1),
    )
    assert get_product(db, wine.id).on_hand == Decimal(-1)


def test_unknown_barcode_offers_to_add_the_product(
    qtbot: QtBot, screen: SalesScreen, db: Database
) -> None:
    scanner(qtbot, screen.scan.field, "5012345678900")
    banner = named(screen, QLabel, "Message")
    assert banner.text() == (
        "No product has the barcode 5012345678900. You can add it as a new product."
    )
    assert screen.cart_model.rowCount() == 0

    def add(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Product name").setText("Oat Drink 1 L")
        named(dialog, QLineEdit, "Price").setText("1.99")
        dialog.save()  # type: ignore[attr-defined]

    in_modal(add)
    named(screen, QPushButton, "Add product").click()
    qtbot.waitUntil(lambda: screen.cart_model.rowCount() == 1)
    assert screen.cart_model.index(0, 0).data() == "Oat Drink 1 L"


def test_invalid_check_digit_changes_nothing(qtbot: QtBot, screen: SalesScreen) -> None:
    scanner(qtbot, screen.scan.field, "96385074")
    scanner(qtbot, screen.scan.field, "4006381333932")
    assert "check digit is wrong" in named(screen, QLabel, "Message").text()
    assert screen.cart_model.rowCount() == 1
    assert screen.scan.field.text() == ""


def test_typing_a_name_then_arrows_and_enter(qtbot: QtBot, screen: SalesScreen) -> None:
    qtbot.keyClicks(screen.scan.field, "fr")
    qtbot.waitUntil(screen.scan.matches.isVisible)
    press(qtbot, screen.scan.field, Qt.Key.Key_Down)
    press(qtbot, screen.scan.field, Qt.Key.Key_Up)
    press(qtbot, screen.scan.field, Qt.Key.Key_Return)
    assert screen.cart_model.index(0, 0).data() == "Fresh Milk 1 L"
    assert not screen.scan.matches.isVisible()


def test_weighed_quick_pick_asks_for_the_weight(
    qtbot: QtBot, db: Database, rates: dict[str, int], window: MainWindow, actor: Actor
) -> None:
    tomatoes = create_product(
        db,
        ProductInput(
            "TOM",
            "Tomatoes (loose)",
            Decimal("3.20"),
            rates["Reduced"],
            unit=Unit.KG,
            favourite=True,
            category="Fruit & Vegetables",
        ),
        actor=actor,
    )
    screen = window.sales
    picks = screen.quick_picks
    picks.show_picks(list_quick_picks(db))
    tabs = [picks.tabText(index) for index in range(picks.count())]
    fruit = tabs.index("Fruit && Vegetables")
    # A tab's buttons are made when the tab is first opened.
    assert (tomatoes.id in picks.buttons) == (fruit == picks.currentIndex())
    picks.tabBar().setCurrentIndex(fruit)  # what a tap on the tab does
    in_modal(lambda d: (d.findChild(QLineEdit).setText("0,5"), d.accept_value()))
    picks.buttons[tomatoes.id].click()
    assert screen.cart_model.index(0, 1).data() == "0.5 kg"
    assert total_text(screen) == "€1.60"
    screen.apply_settings(update_settings(db, currency="GBP", locale="en_GB", actor=actor))
    assert "£3.20/kg" in picks.buttons[tomatoes.id].text()  # the buttons follow the shop
    screen.scan.field.setText("tomatoes")
    screen.scan.search_now()
    assert screen.scan.model.index(0, 2).data() == "£3.20 / kg"  # and so do search results


@contextmanager
def printer_on(
    screen: SalesScreen, db: Database, mode: Mode, *, timeout: float, **settings: Any
) -> Iterator[FakePrinter]:
    """A fake receipt printer on a local socket, set up for the till; stopped afterwards."""
    printer = FakePrinter(mode)
    printer.start()
    try:
        screen.apply_settings(
            update_settings(
                db,
                printer={"connection": printer.address, "timeout": timeout},
                **settings,
                actor=screen.session.actor(),
            )
        )
        yield printer
    finally:
        wait_for_all()
        printer.stop()


def test_a_stalled_printer_does_not_block_the_next_scan(
    qtbot: QtBot, screen: SalesScreen, db: Database
) -> None:
    with printer_on(screen, db, Mode.STALL, timeout=5):
        scanner(qtbot, screen.scan.field, "96385074")
        pay_with(qtbot, screen, lambda d: named(d, QPushButton, "Tender €20.00").click())
        started = time.monotonic()
        scanner(qtbot, screen.scan.field, "4006381333931")
        assert screen.cart_model.rowCount() == 1, "the next customer is being rung up"
        assert time.monotonic() - started < 1.0
        assert named(screen, QLabel, "Printer message").text() == "", "still printing"
        qtbot.waitUntil(
            lambda: named(screen, QLabel, "Printer message").isVisible(), timeout=10_000
        )
        message = named(screen, QLabel, "Printer message").text()
        assert message.startswith("S000001 is saved, but its receipt did not print:")
        assert get_sale(db, "S000001").total == Decimal("12.50")


def test_typed_sku_and_enter_rings_up_that_product(
    qtbot: QtBot, screen: SalesScreen, db: Database, rates: dict[str, int], actor: Actor
) -> None:
    create_product(
        db,
        ProductInput("CHOC", "Milk chocolate 100 g", Decimal("1.10"), rates["Standard"]),
        actor=actor,
    )
    scanner(qtbot, screen.scan.field, "milk")
    assert screen.cart_model.index(0, 0).data() == "Fresh Milk 1 L"


def test_nothing_left_to_pay_in_cash_completes_without_cash(
    qtbot: QtBot, screen: SalesScreen, db: Database, rates: dict[str, int], actor: Actor
) -> None:
    settings = update_settings(db, cash_rounding=Decimal("0.05"), actor=actor)
    screen.apply_settings(settings)
    create_product(
        db, ProductInput("ODD", "Odd item", Decimal("10.02"), rates["Standard"]), actor=actor
    )
    scanner(qtbot, screen.scan.field, "ODD")

    def pay(dialog: QWidget) -> None:
        named(dialog, QPushButton, "Card").click()
        named(dialog, QLineEdit, "Tendered").setText("10.00")
        named(dialog, QPushButton, "Add payment").click()
        named(dialog, QPushButton, "Complete sale").click()

    pay_with(qtbot, screen, pay)
    sale = get_sale(db, "S000001")
    assert (sale.rounding, sale.amount_due, len(sale.payments)) == (
        Decimal("-0.02"),
        Decimal("10.00"),
        1,
    )


def test_a_lone_decimal_point_is_explained_not_crashed_on(
    qtbot: QtBot, screen: SalesScreen, db: Database
) -> None:
    scanner(qtbot, screen.scan.field, "96385074")
    message = refused_payment(
        qtbot, screen, ".", lambda _, tendered: qtbot.keyClick(tendered, Qt.Key.Key_Return)
    )
    assert message == "The amount '.' is not a number."
    assert last_sale(db, "Till 1") is None


def test_invoice_for_the_last_sale(
    qtbot: QtBot, screen: SalesScreen, db: Database, tmp_path: Path
) -> None:
    from pos.services.selling.invoices import get_invoice

    scanner(qtbot, screen.scan.field, "96385074")
    pay_with(qtbot, screen, lambda d: named(d, QPushButton, "Tender €20.00").click())
    target = tmp_path / "invoice.pdf"

    def fill(dialog: QWidget) -> None:
        assert named(dialog, QLineEdit, "Receipt number").text() == "S000001"
        named(dialog, QLineEdit, "Buyer name").setText("Łódź Café")
        dialog.choose_file = lambda suggested: target  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    in_modal(fill)
    press(qtbot, screen.scan.field, Qt.Key.Key_F10)
    assert target.read_bytes().startswith(b"%PDF")
    invoice = get_invoice(db, "I000001")
    assert (invoice.sale.number, invoice.buyer.name) == ("S000001", "Łódź Café")


def test_reprint_and_no_sale_reach_the_printer(
    qtbot: QtBot, screen: SalesScreen, db: Database
) -> None:
    from sqlalchemy import select

    from pos.db.models import AuditEntry

    with printer_on(screen, db, Mode.OK, timeout=2, print_receipts=False) as printer:
        scanner(qtbot, screen.scan.field, "96385074")
        pay_with(qtbot, screen, lambda d: named(d, QPushButton, "Tender €20.00").click())
        qtbot.waitUntil(lambda: len(printer.jobs) == 1)  # receipts off: the drawer only
        press(qtbot, screen.scan.field, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: len(printer.jobs) == 2)
        assert b"COPY" in printer.jobs[1] and b"S000001" in printer.jobs[1]
        assert b"\x1bp" not in printer.jobs[1], "a reprint never opens the drawer"
        press(qtbot, screen.scan.field, Qt.Key.Key_F11)
        qtbot.waitUntil(lambda: len(printer.jobs) == 3)
        assert b"\x1bp" in printer.jobs[2]
        with db.read() as uow:
            actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert "no_sale" in actions
