"""Quick picks: finger-sized buttons by category, made as they are needed."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.cart import Unit
from pos.services.catalog.categories import category_overview, set_category_colour
from pos.services.catalog.products import ProductInput, create_product, update_product
from pos.services.dto import Actor
from pos.services.lookup import search_products
from pos.services.selling.quick_picks import QuickPick, list_quick_picks
from pos.services.settings import ShopSettings
from ui.sales.money_text import MoneyText
from ui.sales.quick_picks import BUTTONS_AT_ONCE, QuickPicks


def favourites(category: str, count: int, first_id: int = 1) -> list[QuickPick]:
    return [
        QuickPick(first_id + n, f"{category} item {n:03}", Decimal("1.50"), Unit.EACH, category)
        for n in range(count)
    ]


def shown(qtbot: QtBot) -> QuickPicks:
    picks = QuickPicks(MoneyText(ShopSettings(currency="EUR", locale="en_IE")))
    qtbot.addWidget(picks)
    picks.resize(360, 400)
    picks.show()
    return picks


def test_a_long_category_fills_in_a_screenful_at_a_time_in_order(qtbot: QtBot) -> None:
    picks = shown(qtbot)
    bakery = favourites("Bakery", 3 * BUTTONS_AT_ONCE + 5)
    picks.show_picks(bakery + favourites("Dairy", 4, first_id=1000))
    assert len(picks.buttons) == BUTTONS_AT_ONCE  # the rest come once the window is up
    qtbot.waitUntil(lambda: len(picks.buttons) == len(bakery))
    scroll = picks.widget(0)
    assert isinstance(scroll, QScrollArea)
    grid = scroll.widget().layout()
    assert isinstance(grid, QGridLayout)
    for number, pick in enumerate(bakery):
        item = grid.itemAtPosition(number // 3, number % 3)
        assert item is not None and item.widget() is picks.buttons[pick.product_id]
    chosen: list[int] = []
    picks.product_chosen.connect(chosen.append)
    picks.buttons[bakery[-1].product_id].click()
    assert chosen == [bakery[-1].product_id]


def test_other_tabs_are_made_when_opened(qtbot: QtBot) -> None:
    picks = shown(qtbot)
    picks.show_picks(favourites("Bakery", 5) + favourites("Dairy", 4, first_id=1000))
    assert 1000 not in picks.buttons
    picks.tabBar().setCurrentIndex(1)
    assert 1000 in picks.buttons
    assert isinstance(picks.buttons[1000], QPushButton)


def test_new_favourites_replace_buttons_still_being_made(qtbot: QtBot) -> None:
    picks = shown(qtbot)
    picks.show_picks(favourites("Bakery", 3 * BUTTONS_AT_ONCE))
    picks.show_picks(favourites("Fruit", 2, first_id=500))  # before the rest of Bakery came
    qtbot.wait(50)
    assert set(picks.buttons) == {500, 501}
    assert picks.count() == 1 and picks.tabText(0) == "Fruit"


def test_prices_follow_a_change_of_currency_on_the_open_tab(qtbot: QtBot) -> None:
    picks = shown(qtbot)
    picks.show_picks(favourites("Bakery", 2) + favourites("Dairy", 2, first_id=1000))
    picks.setCurrentIndex(1)
    assert "€1.50" in picks.buttons[1000].text()
    picks.set_text(MoneyText(ShopSettings(currency="GBP", locale="en_GB")))
    assert picks.currentIndex() == 1
    assert "£1.50" in picks.buttons[1000].text()
    picks.setCurrentIndex(0)
    assert "£1.50" in picks.buttons[1].text()


def test_saving_settings_that_show_money_the_same_keeps_the_buttons(qtbot: QtBot) -> None:
    picks = shown(qtbot)
    picks.show_picks(favourites("Bakery", 2))
    button = picks.buttons[1]
    picks.set_text(MoneyText(ShopSettings(currency="EUR", locale="en_IE", shop_name="Other")))
    assert picks.buttons[1] is button


def test_a_category_colour_shows_on_its_tab_with_readable_text(
    qtbot: QtBot, db: Database, rates: dict[str, int], actor: Actor
) -> None:
    for sku, category in (("ROLL", "Bakery"), ("PEAR", "Fruit"), ("GUM", None)):
        create_product(
            db,
            ProductInput(sku, sku.title(), Decimal("0.40"), rates["Standard"], category=category),
            actor=actor,
        )
        update_product_favourite(db, sku, actor)
    by_name = {c.name: c.id for c in category_overview(db).categories}
    set_category_colour(db, by_name["Bakery"], "#1e3a8a", actor=actor)  # dark: white text
    set_category_colour(db, by_name["Fruit"], "#ffd54f", actor=actor)  # light: black text
    picks = shown(qtbot)
    picks.show_picks(list_quick_picks(db))
    bar = picks.tabBar()
    tabs = {picks.tabText(i): i for i in range(picks.count())}
    assert {name: bar.tabData(i) for name, i in tabs.items()} == {
        "Other": None,
        "Bakery": "#1e3a8a",
        "Fruit": "#ffd54f",
    }
    image = bar.grab().toImage()
    for name, fill, ink in (("Bakery", "#1e3a8a", "#ffffff"), ("Fruit", "#ffd54f", "#000000")):
        rect = bar.tabRect(tabs[name])
        inside = [
            image.pixelColor(x, y).name()
            for x in range(rect.left() + 4, rect.right() - 4)
            for y in range(rect.top() + 4, rect.bottom() - 4)
        ]
        assert inside.count(fill) > len(inside) // 2, f"{name}'s tab is in its colour"
        assert any(_close(pixel, ink) for pixel in inside), f"{name}'s text is {ink}"
    other = bar.tabRect(tabs["Other"])
    assert image.pixelColor(other.center()).name() not in ("#1e3a8a", "#ffd54f")


def _close(pixel: str, ink: str) -> bool:
    a, b = QColor(pixel), QColor(ink)
    return abs(a.lightness() - b.lightness()) < 40


def update_product_favourite(db: Database, sku: str, actor: Actor) -> None:
    (hit,) = [h for h in search_products(db, sku) if h.sku == sku]
    update_product(db, hit.id, actor=actor, favourite=True)
