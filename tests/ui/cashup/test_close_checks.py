"""Closing the shift: the card and mobile money totals ticked against the terminal and the
phone (closing with one unticked asks first), and a blind count counted again after the
expected cash was seen, which the Z shows beside the first count."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.cashup.closing import TenderCheck, start_closing
from pos.services.cashup.report_list import count_reports
from pos.services.cashup.reports import get_report
from pos.services.cashup.shifts import current_shift, open_shift
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, update_settings
from pos.services.shop import UserDTO
from tests.ui.cashup.conftest import (
    TILL,
    card_and_mobile_day,
    dialogs_done,
    in_dialog,
    make_screen,
)
from tests.ui.helpers import named
from ui.cashup.close_dialog import CloseShiftDialog
from ui.cashup.report_dialog import ReportDialog
from ui.ops import wait_for_all

D = Decimal


def answer(text: list[str], button: QMessageBox.StandardButton) -> None:
    """When the question opens: note what it asks, answer with ``button``."""

    def act(box: QMessageBox) -> None:
        text.append(box.text())
        box.button(button).click()

    in_dialog(QMessageBox, act)


def test_closing_with_a_total_unticked_asks_and_the_z_says_what_was_checked(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
) -> None:
    card_and_mobile_day(db, actor, cashier, milk)
    screen = make_screen(qtbot, db, actor)
    qtbot.waitUntil(lambda: screen.shift.close_button.isEnabled())
    asked: list[str] = []
    seen: list[str] = []

    def close(dialog: CloseShiftDialog) -> None:
        qtbot.waitUntil(lambda: dialog.expected_label.text() == "€50.00")
        assert named(dialog, QLabel, "Card total").text() == "Card: €2.40"
        assert named(dialog, QLabel, "Card payments").text() == "2 payments, 1 with a reference"
        assert named(dialog, QLabel, "Mobile money total").text() == "Mobile money: €1.20"
        card = named(dialog, QCheckBox, "Card checked")
        mobile = named(dialog, QCheckBox, "Mobile money checked")
        assert card.text() == "Matches the card terminal's total"
        assert mobile.text() == "Matches the phone's total"
        assert not card.isChecked() and not mobile.isChecked()
        dialog.form.amount_choice.click()
        qtbot.keyClicks(dialog.form.amount, "50")
        # Neither ticked: both said; "No" keeps the shift open.
        answer(asked, QMessageBox.StandardButton.No)
        dialog.close_button.click()
        assert dialog.isVisible() and current_shift(db, TILL) is not None
        # The phone's total ticked, the card's not: asked about the card alone.
        mobile.click()
        answer(asked, QMessageBox.StandardButton.Yes)
        in_dialog(
            ReportDialog, lambda report: (seen.append(report.view.toPlainText()), report.accept())
        )
        dialog.close_button.click()

    in_dialog(CloseShiftDialog, close)
    screen.shift.close_button.click()
    dialogs_done(qtbot)
    assert wait_for_all()
    assert asked == [
        "Card total not checked against the terminal.\n"
        "Mobile money total not checked against the phone.\nClose anyway?",
        "Card total not checked against the terminal: close anyway?",
    ]
    z = get_report(db, "Z000001")
    assert z.tender_checks == (TenderCheck("card", False), TenderCheck("mobile", True))
    lines = [line.split() for line in seen[0].splitlines()]
    card_at = next(i for i, line in enumerate(lines) if line[:2] == ["Card", "(2),"])
    assert lines[card_at + 1] == ["Terminal's", "total", "not", "checked"]
    assert lines[card_at + 3] == ["Phone's", "total", "checked"]
    assert count_reports(db) == 1


def test_a_blind_count_counted_again_shows_both_counts_on_the_z(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    cashier: UserDTO,
    milk: ProductDTO,
) -> None:
    update_settings(db, actor=actor, blind_cash_count=True)
    card_and_mobile_day(db, actor, cashier, milk)
    screen = make_screen(qtbot, db, actor)
    qtbot.waitUntil(lambda: screen.shift.close_button.isEnabled())
    asked: list[str] = []

    def count_and_peek(dialog: CloseShiftDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy)
        # Blind: the card total shows, the expected cash does not.
        assert named(dialog, QLabel, "Card total").text() == "Card: €2.40"
        assert dialog.expected_label.text() == "shown once the count is done"
        dialog.form.amount_choice.click()
        qtbot.keyClicks(dialog.form.amount, "45")
        answer(asked, QMessageBox.StandardButton.Yes)
        dialog.count_done.click()
        qtbot.waitUntil(lambda: dialog.expected_label.text() == "€50.00")
        assert dialog.difference_label.text() == "€5.00 short"
        assert dialog.count_again.isVisible() and dialog.form.amount.isReadOnly()
        dialog.reject()  # seen the figure, cancelled: the count is on record anyway

    in_dialog(CloseShiftDialog, count_and_peek)
    screen.shift.close_button.click()
    dialogs_done(qtbot)
    assert asked == [
        "You counted €45.00. Once you go on, this count is kept on record and goes on the "
        "Z. Is it right?"
    ]
    assert start_closing(db, actor).first_count == D(45)  # kept, though cancelled

    def recount(dialog: CloseShiftDialog) -> None:
        # Opened again: no longer blind, and it says why.
        qtbot.waitUntil(lambda: dialog.expected_label.text() == "€50.00")
        assert dialog.intro.text() == (
            "Counting again. The first count, €45.00, is on record: the Z shows it beside "
            "this one, marked recounted."
        )
        assert not dialog.count_done.isVisible() and not dialog.form.amount.isReadOnly()
        dialog.form.amount_choice.click()
        qtbot.keyClicks(dialog.form.amount, "50")
        assert dialog.difference_label.text().startswith("Right to the cent")
        for name in ("Card checked", "Mobile money checked"):
            named(dialog, QCheckBox, name).click()
        in_dialog(ReportDialog, lambda report: report.accept())
        dialog.close_button.click()

    in_dialog(CloseShiftDialog, recount)
    screen.shift.close_button.click()
    dialogs_done(qtbot)
    assert wait_for_all()
    z = get_report(db, "Z000001")
    assert z.recounted and z.first_count == D(45) and z.over_short == D(0)
    assert all(check.checked for check in z.tender_checks)


def test_count_again_in_the_same_dialog(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    """After the blind count is confirmed, "Count again" opens the count once more; the
    first count stays and the Z shows both."""
    update_settings(db, actor=actor, blind_cash_count=True)
    open_shift(db, actor, "20")
    screen = make_screen(qtbot, db, actor)
    qtbot.waitUntil(lambda: screen.shift.close_button.isEnabled())
    asked: list[str] = []

    def count_twice(dialog: CloseShiftDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy)
        assert not dialog.tenders.isVisible()  # cash only: no totals to tick
        dialog.form.amount_choice.click()
        qtbot.keyClicks(dialog.form.amount, "25")
        answer(asked, QMessageBox.StandardButton.Yes)
        dialog.count_done.click()
        qtbot.waitUntil(lambda: dialog.difference_label.text() == "€5.00 over")
        dialog.count_again.click()
        assert not dialog.form.amount.isReadOnly() and not dialog.count_again.isVisible()
        assert "The first count, €25.00, is on record" in dialog.intro.text()
        field = named(dialog, QLineEdit, "Amount counted")
        field.selectAll()
        qtbot.keyClicks(field, "20")
        assert dialog.difference_label.text().startswith("Right to the cent")
        in_dialog(ReportDialog, lambda report: report.accept())
        dialog.close_button.click()  # cash only: nothing to tick, nothing asked

    in_dialog(CloseShiftDialog, count_twice)
    screen.shift.close_button.click()
    dialogs_done(qtbot)
    assert wait_for_all()
    z = get_report(db, "Z000001")
    assert (z.blind_counts, z.recounted, z.counted and z.counted.total) == ((D(25),), True, D(20))
    assert z.tender_checks == () and len(asked) == 1
