"""The cart view paints what a stock table would: same text, same place, same highlight,
also once its font changes (it keeps painted cells as images)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from pos.domain.cart import Cart, CartLine, Unit, add_line, price_cart
from pos.domain.tax import TaxRate
from pos.services.settings import ShopSettings
from ui.sales.cart_model import ITEM, CartModel
from ui.sales.cart_view import CartView
from ui.sales.money_text import MoneyText

SETTINGS = ShopSettings(currency="EUR", locale="en_IE")
NAMES = ("Sourdough Loaf 800 g", "Wine " + "very long name " * 8, "Apples")


def cart_model() -> CartModel:
    cart = Cart()
    for number, name in enumerate(NAMES):
        line = CartLine(
            line_id=f"L{number}",
            product_id=number + 1,
            sku=f"SKU{number}",
            name=name,
            unit=Unit.KG if name == "Apples" else Unit.EACH,
            unit_price=Decimal("3.49"),
            quantity=Decimal("1.25") if name == "Apples" else Decimal(2),
            tax_rate=TaxRate("Standard", Decimal(20)),
        )
        cart = add_line(cart, line, merge=False)
    model = CartModel(MoneyText(SETTINGS))
    model.set_totals(price_cart(cart, SETTINGS.pricing))
    return model


@pytest.fixture
def views(qtbot: QtBot) -> Iterator[tuple[QTableView, QTableView]]:
    """The same cart twice, side by side: the cart's own view, and a stock table."""
    model = cart_model()
    made = []
    for own in (True, False):
        view = CartView(model) if own else QTableView()
        qtbot.addWidget(view)
        if not own:
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(own_row_height(made[0]))
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.horizontalHeader().setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
            view.setItemDelegate(QStyledItemDelegate(view))
        # Whichever of the two windows is active, the selection is painted alike: which one
        # the offscreen platform activates last is a race on a busy machine.
        palette = view.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        view.setPalette(palette)
        view.resize(820, 240)
        view.setColumnWidth(ITEM, 300)
        view.show()
        view.selectRow(1)
        made.append(view)
    qtbot.waitExposed(made[1])
    yield made[0], made[1]


def ink(image: QImage, rect: QRect, background: QColor) -> QRect:
    """The bounding box of the pixels in ``rect`` that are far from ``background``."""
    rect = rect.intersected(image.rect())
    xs, ys = [], []
    for y in range(rect.top() + 2, rect.bottom() - 1):
        for x in range(rect.left() + 1, rect.right()):
            pixel = image.pixelColor(x, y)
            if abs(pixel.lightness() - background.lightness()) > 60:
                xs.append(x)
                ys.append(y)
    return QRect() if not xs else QRect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def own_row_height(view: QTableView) -> int:
    return view.verticalHeader().defaultSectionSize()


def test_every_cell_is_painted_like_the_stock_delegate(
    views: tuple[QTableView, QTableView],
) -> None:
    assert_painted_alike(*views)


def test_a_new_font_repaints_every_cell_in_it(
    qtbot: QtBot, views: tuple[QTableView, QTableView]
) -> None:
    own, stock = views
    before = own.viewport().grab().toImage()  # cells kept in the old font
    for view in views:
        font = view.font()
        font.setPointSize(font.pointSize() + 6)
        view.setFont(font)
    qtbot.wait(10)
    assert own.viewport().grab().toImage() != before
    assert_painted_alike(own, stock)


def test_a_changed_line_and_a_moved_selection_are_painted_afresh(
    qtbot: QtBot, views: tuple[QTableView, QTableView]
) -> None:
    own, stock = views
    own.viewport().grab()  # every cell kept as it looks now
    model = own.model()
    assert isinstance(model, CartModel)
    cart = Cart()
    for name in ("Sourdough Loaf 800 g", "Oat milk", "Apples"):
        line = CartLine(
            line_id=name,
            product_id=len(cart.lines) + 1,
            sku="S",
            name=name,
            unit=Unit.EACH,
            unit_price=Decimal("1.99"),
            quantity=Decimal(3),
            tax_rate=TaxRate("Standard", Decimal(20)),
        )
        cart = add_line(cart, line, merge=False)
    model.set_totals(price_cart(cart, SETTINGS.pricing))
    for view in views:
        view.selectRow(2)
    qtbot.wait(10)
    assert_painted_alike(own, stock)


def assert_painted_alike(own: QTableView, stock: QTableView) -> None:
    mine, theirs = own.viewport().grab().toImage(), stock.viewport().grab().toImage()
    model = own.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            rect = own.visualRect(model.index(row, column, QModelIndex()))
            background = mine.pixelColor(rect.center().x(), rect.top() + 2)
            assert background == theirs.pixelColor(rect.center().x(), rect.top() + 2)
            drawn, expected = ink(mine, rect, background), ink(theirs, rect, background)
            assert drawn.isNull() == expected.isNull(), (row, column)
            if expected.isNull():
                continue
            # The same glyphs: same width and left edge; a pixel of baseline rounding allowed.
            assert abs(drawn.left() - expected.left()) <= 1, (row, column)
            assert abs(drawn.width() - expected.width()) <= 1, (row, column)
            assert abs(drawn.top() - expected.top()) <= 1, (row, column)


def test_the_selected_line_is_highlighted_and_a_long_name_is_cut_with_an_ellipsis(
    views: tuple[QTableView, QTableView],
) -> None:
    own, _ = views
    image = own.viewport().grab().toImage()
    highlight = own.palette().color(
        own.palette().ColorGroup.Active, own.palette().ColorRole.Highlight
    )
    selected = own.visualRect(own.model().index(1, ITEM, QModelIndex()))
    plain = own.visualRect(own.model().index(0, ITEM, QModelIndex()))
    assert image.pixelColor(selected.right() - 2, selected.center().y()) == highlight
    assert image.pixelColor(plain.right() - 2, plain.center().y()) != highlight
    # The long name stops short of the next column instead of running into it.
    text = ink(image, selected, highlight)
    assert text.right() < selected.right() - 1


def test_the_model_answers_only_what_it_shows(views: tuple[QTableView, QTableView]) -> None:
    model = views[0].model()
    index = model.index(2, ITEM, QModelIndex())
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Apples"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Apples (SKU2)"
    assert model.data(index, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(2, 1, QModelIndex()), Qt.ItemDataRole.EditRole) == "1.25"
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
