"""Weighed items at the counter: their own code (PLU or SKU), scanned or typed, asks for the
weight as a pick from search or a quick-pick button does; a weight label goes straight in."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.barcodes import with_check_digit
from pos.domain.cart import Unit
from pos.services.catalog.products import ProductInput, create_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.cart import CartSession
from pos.services.selling.quick_picks import list_quick_picks
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from tests.ui.helpers import in_modal, named, scanner
from ui.app import MainWindow
from ui.ops import wait_for_all
from ui.sales.dialogs.amount import AskValue
from ui.sales.screen import SalesScreen
from ui.widgets.amount_label import AmountLabel


@pytest.fixture
def screen(
    qtbot: QtBot, db: Database, shop: ShopSettings, milk: ProductDTO, apples: ProductDTO
) -> Iterator[SalesScreen]:
    main = MainWindow(db, "Till 1")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main.sales
    wait_for_all()


def cart(screen: SalesScreen) -> list[tuple[str, str, str]]:
    model = screen.cart_model
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 4).data())
        for r in range(model.rowCount())
    ]


def total(screen: SalesScreen) -> str:
    return named(screen, AmountLabel, "Total").text()


def weigh(weight: str, refused: tuple[str, ...] = ()) -> list[str]:
    """At the next weight prompt: try each refused text (each must be refused with a message,
    the prompt staying open), then type ``weight`` and press OK. Returns the messages, filled
    in once the prompt has been answered."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, AskValue)
        assert dialog.windowTitle() == "Weight"
        for text in refused:
            dialog.field.setText(text)  # as if pasted past the keyboard filter
            dialog.accept_value()
            assert dialog.isVisible(), f"{text!r} was accepted"
            assert dialog.message.text(), f"{text!r} was refused without a word"
            seen.append(dialog.message.text())
        dialog.field.setText(weight)
        dialog.accept_value()

    seen: list[str] = []
    in_modal(act)
    return seen


def test_scanning_a_plu_asks_refuses_nonsense_and_adds_the_weight(
    qtbot: QtBot, screen: SalesScreen
) -> None:
    messages = weigh("0,35", refused=("0", "-1", "abc", "0.0005"))
    scanner(qtbot, screen.scan.field, "2100001")
    assert messages == [
        "The weight must be more than zero.",
        "The weight must be more than zero.",
        "The weight 'abc' is not a number.",
        "Weights go to the gram at most (3 decimals).",
    ]
    assert cart(screen) == [("Äpfel Braeburn (loose)", "0.35 kg", "€1.05")]  # 0.35 x 2.99
    assert total(screen) == "€1.05"
    assert screen.window().focusWidget() is screen.scan.field


def test_the_keyboard_cannot_type_letters_or_a_minus_and_empty_is_refused(
    qtbot: QtBot, screen: SalesScreen
) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, AskValue)
        qtbot.keyClicks(dialog.field, "abc-")
        assert dialog.field.text() == ""
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.message.text() == "Type the weight in kg, e.g. 0.350."
        qtbot.keyClicks(dialog.field, "1.2")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    in_modal(act)
    scanner(qtbot, screen.scan.field, "2100001")
    assert cart(screen) == [("Äpfel Braeburn (loose)", "1.2 kg", "€3.59")]  # 3.588


def test_typing_the_plu_slowly_then_enter_asks_too(qtbot: QtBot, screen: SalesScreen) -> None:
    qtbot.keyClicks(screen.scan.field, "2100001")
    screen.scan.search_now()  # what a pause in typing does: the search finds nothing
    assert not screen.scan.matches.isVisible()
    weigh("0.4")
    qtbot.keyClick(screen.scan.field, Qt.Key.Key_Return)
    assert cart(screen) == [("Äpfel Braeburn (loose)", "0.4 kg", "€1.20")]  # 1.196


@pytest.mark.parametrize("typed", ["APPLES", "apples"])
def test_typing_the_sku_then_enter_asks(qtbot: QtBot, screen: SalesScreen, typed: str) -> None:
    messages = weigh("0.250", refused=("0",))
    scanner(qtbot, screen.scan.field, typed)
    assert messages == ["The weight must be more than zero."]
    assert cart(screen) == [("Äpfel Braeburn (loose)", "0.25 kg", "€0.75")]  # 0.7475


def test_a_weighed_quick_pick_refuses_a_zero_weight_at_the_prompt(
    qtbot: QtBot, screen: SalesScreen, db: Database, apples: ProductDTO, actor: Actor
) -> None:
    update_product(db, apples.id, actor=actor, favourite=True)
    screen.quick_picks.show_picks(list_quick_picks(db))
    messages = weigh("2", refused=("0", "-1"))
    screen.quick_picks.buttons[apples.id].click()
    assert messages == ["The weight must be more than zero."] * 2
    assert cart(screen) == [("Äpfel Braeburn (loose)", "2 kg", "€5.98")]


def test_cancelling_the_prompt_adds_nothing(
    qtbot: QtBot, screen: SalesScreen, db: Database, cashier: UserDTO
) -> None:
    in_modal(lambda dialog: dialog.close())
    scanner(qtbot, screen.scan.field, "2100001")
    assert cart(screen) == []
    assert total(screen) == "€0.00"
    assert named(screen, QLabel, "Message").text() == ""
    assert CartSession(db, "Till 1", cashier).cart.lines == ()
    assert screen.window().focusWidget() is screen.scan.field


def test_weight_labels_and_items_by_the_piece_go_straight_in(
    qtbot: QtBot, screen: SalesScreen, db: Database, rates: dict[str, int], actor: Actor
) -> None:
    cheese = ProductInput(
        "CHEESE", "Comté (deli)", Decimal("24.90"), rates["Reduced"], Unit.KG, barcodes=["2200042"]
    )
    create_product(db, cheese, actor=actor)
    prompts: list[QWidget] = []

    def refuse_any_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            prompts.append(dialog)
            dialog.close()

    watch = QTimer()
    watch.timeout.connect(refuse_any_prompt)
    watch.start(5)
    try:
        scanner(qtbot, screen.scan.field, with_check_digit("210000101250"))  # 1.250 kg label
        scanner(qtbot, screen.scan.field, with_check_digit("220004200749"))  # €7.49 label
        scanner(qtbot, screen.scan.field, "4006381333931")  # milk, by the piece
    finally:
        watch.stop()
    assert prompts == []
    assert cart(screen) == [
        ("Äpfel Braeburn (loose)", "1.25 kg", "€3.74"),
        ("Comté (deli)", "0.301 kg", "€7.49"),
        ("Fresh Milk 1 L", "1", "€1.20"),
    ]
