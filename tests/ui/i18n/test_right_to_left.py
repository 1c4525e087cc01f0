"""A shop whose script reads right to left (Arabic, Hebrew, Persian, Urdu) gets a mirrored
till: the application's direction follows the shop's locale at start and when it changes
in Settings. Every other locale reads left to right."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos.services.dto import ProductDTO
from tests.ui.i18n.conftest import OpenWindow
from tests.ui.i18n.test_shop_language import choose_locale
from ui.app import MainWindow
from ui.i18n import right_to_left
from ui.sales.cart_model import ITEM

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def x_of(widget: QWidget, window: QWidget) -> int:
    """Where the widget's middle is, across the window."""
    return widget.mapTo(window, widget.rect().center()).x()


def mirrored(window: MainWindow) -> bool:
    """The shop's name on the right of the printer's state, the cart on the right of the
    totals, the Pay button's pane too: the window as a right-to-left reader expects it."""
    header, sales = window.header, window.sales
    return (
        x_of(header.shop, window) > x_of(header.printer, window)
        and x_of(sales.cart_view, window) > x_of(sales.totals, window)
        and x_of(sales.scan, window) > x_of(sales.quick_picks, window)
    )


@pytest.mark.parametrize("locale", ["ar_EG", "he_IL", "fa_IR", "ur_PK", "ar"])
def test_a_right_to_left_shop_gets_a_mirrored_till(
    qapp: QApplication, open_window: OpenWindow, tmp_path: Path, locale: str
) -> None:
    window = open_window(locale, tmp_path)
    assert qapp.layoutDirection() == RTL
    assert window.layoutDirection() == RTL
    assert window.sales.cart_view.layoutDirection() == RTL
    assert mirrored(window)


@pytest.mark.parametrize("locale", ["fr_FR", "en_IE", "de_DE"])
def test_a_left_to_right_shop_reads_left_to_right(
    qapp: QApplication, open_window: OpenWindow, tmp_path: Path, locale: str
) -> None:
    window = open_window(locale, tmp_path)
    assert qapp.layoutDirection() == LTR
    assert window.layoutDirection() == LTR
    assert not mirrored(window)
    assert x_of(window.header.shop, window) < x_of(window.header.printer, window)


def test_the_direction_follows_the_locale_chosen_in_settings(
    qtbot: QtBot, qapp: QApplication, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window("ar_EG", tmp_path)
    assert window.layoutDirection() == RTL
    choose_locale(qtbot, window, "fr_FR")
    assert qapp.layoutDirection() == LTR
    qtbot.waitUntil(lambda: window.layoutDirection() == LTR, timeout=5_000)
    window.screen_actions[0].trigger()  # back to Sell
    qtbot.waitUntil(lambda: not mirrored(window), timeout=5_000)
    choose_locale(qtbot, window, "he_IL")
    assert qapp.layoutDirection() == RTL
    window.screen_actions[0].trigger()
    qtbot.waitUntil(lambda: mirrored(window), timeout=5_000)


def ink_in(image: QImage, rect: QRect) -> list[int]:
    """The columns of ``rect`` where something is drawn on the view's white."""
    base = QColor("white").lightness()
    return [
        x
        for x in range(rect.left() + 2, rect.right() - 1)
        for y in range(rect.top() + 2, rect.bottom() - 1)
        if abs(image.pixelColor(x, y).lightness() - base) > 60
    ]


@pytest.mark.parametrize(("locale", "rtl"), [("ar_EG", True), ("en_IE", False)])
def test_the_carts_words_start_and_its_figures_end_where_the_reader_expects(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    milk: ProductDTO,
    locale: str,
    rtl: bool,
) -> None:
    """The item's name at the start of its cell, the amounts at the end: the right and the
    left of their cells in Arabic, as the columns themselves are mirrored."""
    window = open_window(locale, tmp_path)
    sales = window.sales
    sales.add_product(milk.id)
    view = sales.cart_view
    view.clearSelection()
    view.setCurrentIndex(QModelIndex())
    view.viewport().setStyleSheet("background: white;")
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    total = sales.cart_model.columnCount() - 1
    name = ink_in(image, view.visualRect(sales.cart_model.index(0, ITEM)))
    amount = ink_in(image, view.visualRect(sales.cart_model.index(0, total)))
    name_cell = view.visualRect(sales.cart_model.index(0, ITEM))
    amount_cell = view.visualRect(sales.cart_model.index(0, total))
    assert name and amount
    assert (name_cell.left() > amount_cell.left()) is rtl  # the columns mirrored
    if rtl:
        assert max(name) >= name_cell.right() - 6 and min(amount) <= amount_cell.left() + 6
    else:
        assert min(name) <= name_cell.left() + 6 and max(amount) >= amount_cell.right() - 6


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("ar_SA", True), ("he", True), ("ps_AF", True), ("en_GB", False), ("xx_QQ", False)],
)
def test_right_to_left_comes_from_the_script(locale: str, expected: bool) -> None:
    assert right_to_left(locale) is expected
