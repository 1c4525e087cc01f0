"""The close-shift dialog fits an 800 pixel wide window with the card and mobile money
totals showing, in English and in a language a third longer (German runs about that much
longer than English), without smaller type: the tender box grows down, not across."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.cashup.closing import start_closing
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.shop import UserDTO
from tests.ui.cashup.conftest import card_and_mobile_day
from ui.cashup.close_dialog import CloseShiftDialog
from ui.sales.money_text import MoneyText

WINDOW = 800
_WORD = re.compile(r"\{[^}]*\}|[^\W\d_]+")


def lengthened(text: str) -> str:
    """``text`` a third longer, word by word (each word grows by its own last letters, so
    lines still break between words); ``{placeholders}`` are kept as they are."""

    def longer(match: re.Match[str]) -> str:
        word = match.group()
        if word.startswith("{"):
            return word
        extra = math.ceil(len(word) / 3)
        return word + (word * 2)[-extra:] if extra else word

    return _WORD.sub(longer, text)


class GermanLength(QTranslator):
    """A pseudo-translation: every translatable text, a third longer."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return lengthened(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german_length(qapp: QApplication) -> Iterator[None]:
    translator = GermanLength()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def close_dialog(qtbot: QtBot, db: Database, actor: Actor) -> CloseShiftDialog:
    """The dialog as the End of day screen opens it, once the tender totals have come."""
    settings = get_settings(db)
    dialog = CloseShiftDialog(db, actor, settings, MoneyText(settings))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.tenders.isVisible())
    return dialog


def fits(qtbot: QtBot, dialog: CloseShiftDialog) -> None:
    """No wider than the window wants, its tick boxes whole and finger-sized at 800 px."""
    assert len(dialog.tenders.boxes) == 2, "card and mobile money"
    assert dialog.minimumSizeHint().width() <= WINDOW
    assert dialog.sizeHint().width() <= WINDOW
    dialog.resize(WINDOW, dialog.height())
    qtbot.waitUntil(lambda: dialog.width() == WINDOW)
    for box in dialog.tenders.boxes.values():
        assert box.height() >= 40
        assert box.width() >= box.sizeHint().width(), f"{box.text()!r} is cut"
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut"
    for label in dialog.tenders.findChildren(QLabel):
        assert label.wordWrap(), f"{label.text()!r} cannot wrap"


@pytest.mark.parametrize("blind", [False, True], ids=["counted", "blind"])
def test_the_close_dialog_fits_800_pixels_with_two_tenders(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
    blind: bool,
) -> None:
    update_settings(db, actor=actor, blind_cash_count=blind)
    card_and_mobile_day(db, actor, cashier, milk)
    dialog = close_dialog(qtbot, db, actor)
    assert dialog.count_done.isVisible() is blind
    fits(qtbot, dialog)


def test_the_close_dialog_fits_800_pixels_in_a_language_a_third_longer(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
    german_length: None,
) -> None:
    update_settings(db, actor=actor, blind_cash_count=True)  # the widest: "Count done …"
    card_and_mobile_day(db, actor, cashier, milk)
    dialog = close_dialog(qtbot, db, actor)
    box = next(iter(dialog.tenders.boxes.values()))
    assert box.text() == lengthened("Matches the card terminal's total")  # translated
    fits(qtbot, dialog)


def test_a_third_tender_scrolls_rather_than_growing_the_dialog(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
) -> None:
    from pos.services.cashup.figures import TenderLine

    card_and_mobile_day(db, actor, cashier, milk)
    dialog = close_dialog(qtbot, db, actor)
    two = dialog.tenders.scroll_area.maximumHeight()
    lines = start_closing(db, actor).tenders
    other = TenderLine("other", 1, lines[0].amount, 1)
    dialog.tenders.show_tenders((*lines, other))
    assert len(dialog.tenders.boxes) == 3
    scroll = dialog.tenders.scroll_area
    assert scroll.maximumHeight() == two, "two tenders at once"
    assert dialog.tenders.list.sizeHint().height() > two
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)  # the third scrolls
    assert dialog.minimumSizeHint().width() <= WINDOW
