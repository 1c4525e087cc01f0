"""What the End of day screen refuses, and where it says so: counts that are not counts,
cash the drawer does not hold, a shift closed elsewhere first, a cashier closing, a
currency with no list of notes and coins, a printer that is off."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import users
from pos.services.cashup.drawer import count_as_amount
from pos.services.cashup.reports import close_shift
from pos.services.cashup.shifts import current_shift, open_shift
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, get_settings, update_settings
from pos.services.staff.permissions import Role
from tests.receipts.fake_printer import FakePrinter, Mode
from tests.ui.cashup.conftest import TILL, dialogs_done, in_dialog, make_screen
from tests.ui.helpers import named
from ui.cashup.cash_dialog import CashDialog
from ui.cashup.close_dialog import CloseShiftDialog
from ui.cashup.count_form import DrawerCountForm
from ui.cashup.open_dialog import OpenShiftDialog
from ui.cashup.report_dialog import ReportDialog
from ui.cashup.screen import EndOfDayScreen
from ui.ops import wait_for_all
from ui.sales.money_text import MoneyText
from ui.staff.approval import ApprovalDialog


def form_for(qtbot: QtBot, settings: ShopSettings, *, by_pieces: bool = True) -> DrawerCountForm:
    form = DrawerCountForm(settings, MoneyText(settings), by_pieces=by_pieces)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_count_of_minus_five_or_letters_is_refused_at_its_field(
    qtbot: QtBot, db: Database, shop: ShopSettings
) -> None:
    form = form_for(qtbot, get_settings(db))
    twenty = named(form, QLineEdit, "How many €20.00")
    qtbot.keyClicks(twenty, "-5")
    assert "must be a whole number from 0 up, not '-5'" in form.message.text()
    assert "b00020" in twenty.styleSheet() and form.counted() is None
    assert named(form, type(form.total), "Total of €20.00").text() == "—"
    twenty.clear()
    qtbot.keyClicks(twenty, "3")
    ten = named(form, QLineEdit, "How many €10.00")
    qtbot.keyClicks(ten, "abc")
    assert "not 'abc'" in form.message.text() and twenty.styleSheet() == ""
    assert form.total.text() == "€60.00"  # the refused field counts for nothing
    ten.clear()
    assert not form.message.isVisible() and form.counted() is not None
    assert form.count().total == Decimal("60.00")

    form.amount_choice.click()
    qtbot.keyClicks(form.amount, "-5")
    assert form.message.text() == "The cash counted cannot be negative."
    form.amount.setText("12,5x")
    assert "is not a number" in form.message.text() and form.counted() is None
    form.amount.setText("12,50")
    assert form.count().total == Decimal("12.50") and form.count().pieces == ()


def test_enter_goes_from_one_count_to_the_next_and_submits_on_the_last(
    qtbot: QtBot, db: Database, shop: ShopSettings
) -> None:
    form = form_for(qtbot, get_settings(db))
    fields = list(form.fields.values())
    fields[0].setFocus()
    qtbot.keyClicks(fields[0], "1")
    qtbot.keyClick(fields[0], Qt.Key.Key_Return)
    qtbot.waitUntil(fields[1].hasFocus)
    with qtbot.assertNotEmitted(form.submitted):
        qtbot.keyClick(fields[1], Qt.Key.Key_Enter)
    qtbot.waitUntil(fields[2].hasFocus)
    with qtbot.waitSignal(form.submitted, timeout=1000):
        fields[-1].setFocus()
        qtbot.keyClick(fields[-1], Qt.Key.Key_Return)


def test_a_currency_without_a_table_is_counted_as_one_amount(
    qtbot: QtBot, db: Database, shop: ShopSettings
) -> None:
    from dataclasses import replace

    settings = replace(get_settings(db), currency="ISK")  # no table shipped for krónur
    form = form_for(qtbot, settings)
    assert not form.pieces_choice.isEnabled() and not form.by_pieces
    assert form.no_table.text().startswith("ShopTill has no list of notes and coins for ISK")
    assert form.amount.isVisibleTo(form) and not form.grid_holder.isVisibleTo(form)


def test_open_refused_when_the_shift_is_open_already(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    def open_twice(dialog: OpenShiftDialog) -> None:
        open_shift(db, actor, "20")  # another window of this till was quicker
        qtbot.keyClicks(dialog.form.amount, "100")
        dialog.open_button.click()
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        assert "shift is already open" in dialog.message.text()
        dialog.reject()

    in_dialog(OpenShiftDialog, open_twice)
    screen.shift.open_button.click()
    qtbot.waitUntil(lambda: screen.shift.shift is not None)
    assert "float of €20.00" in screen.shift.detail.text()


def test_cash_other_needs_a_note_and_no_shift_is_said(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    open_shift(db, actor, "20")
    screen.shift.refresh()
    qtbot.waitUntil(lambda: screen.shift.cash_in_button.isEnabled())

    def other_without_note(dialog: CashDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
        qtbot.keyClicks(dialog.amount, "5")
        dialog.ok.click()
        assert dialog.note_message.text().startswith("Say why the cash was moved")
        assert dialog.note.hasFocus() or dialog.note.styleSheet() != ""
        close_shift(db, actor, count_as_amount(get_settings(db), "20"))  # closed elsewhere
        qtbot.keyClicks(dialog.note, "float top-up")
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        assert dialog.message.text() == f"{TILL} has no open shift. Open one first."
        dialog.reject()

    in_dialog(CashDialog, other_without_note)
    screen.shift.cash_in_button.click()
    qtbot.waitUntil(lambda: screen.shift.shift is None)


def test_closing_a_shift_closed_elsewhere_says_so_and_changes_nothing(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    open_shift(db, actor, "50")
    screen.shift.refresh()
    qtbot.waitUntil(lambda: screen.shift.close_button.isEnabled())

    def close_late(dialog: CloseShiftDialog) -> None:
        qtbot.waitUntil(lambda: dialog.expected_label.text() == "€50.00")  # not blind
        dialog.form.amount_choice.click()
        qtbot.keyClicks(dialog.form.amount, "49.50")
        assert dialog.difference_label.text() == "€0.50 short"
        close_shift(db, actor, count_as_amount(get_settings(db), "50"))  # another window
        dialog.close_button.click()
        qtbot.waitUntil(lambda: dialog.message.kind == "error")
        assert dialog.message.text().startswith(f"{TILL} has no open shift")
        dialog.reject()

    in_dialog(CloseShiftDialog, close_late)
    screen.shift.close_button.click()
    assert wait_for_all()
    from pos.services.cashup.report_list import count_reports

    assert count_reports(db) == 1  # only the other window's Z


def test_a_cashier_may_not_close_and_is_told(
    qtbot: QtBot, db: Database, shop: ShopSettings, actor: Actor
) -> None:
    """Nobody approves (the approval is asked for, and cancelled): nothing changes, and
    the message says why."""
    with db.write() as uow:
        ann = uow.connection.execute(
            insert(users).values(name="Ann", role=Role.CASHIER.value, active=True)
        ).inserted_primary_key[0]
        uow.commit()
    open_shift(db, actor, "50")
    screen = make_screen(qtbot, db, Actor(int(ann), TILL))
    qtbot.waitUntil(lambda: screen.shift.close_button.isEnabled())

    settings = get_settings(db)
    in_dialog(ApprovalDialog, lambda approval: approval.reject())
    dialog = CloseShiftDialog(db, Actor(int(ann), TILL), settings, MoneyText(settings))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.message.kind == "error")
    assert dialog.message.text() == (
        "You may not close a shift without a manager's approval. Not approved: nothing was changed."
    )
    assert dialog.expected_label.text() == "…" and not dialog.close_button.isEnabled()
    dialogs_done(qtbot)

    in_dialog(ApprovalDialog, lambda approval: approval.reject())
    screen.shift.x_button.click()
    qtbot.waitUntil(lambda: screen.shift.message.kind == "error")
    assert "Not approved: nothing was changed." in screen.shift.message.text()
    dialogs_done(qtbot)
    assert current_shift(db, TILL) is not None
    from pos.services.cashup.report_list import count_reports

    assert count_reports(db) == 0


def test_a_printer_that_is_off_loses_no_report(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    open_shift(db, actor, "50")
    screen.shift.refresh()
    qtbot.waitUntil(lambda: screen.shift.x_button.isEnabled())
    server = FakePrinter(Mode.OK)
    address = server.address
    server.listener.close()  # nobody answers there now
    update_settings(db, actor=actor, printer={"connection": address, "timeout": 0.5})

    def print_fails(dialog: ReportDialog) -> None:
        assert dialog.windowTitle() == "X report X000001"
        dialog.print_button.click()
        qtbot.waitUntil(lambda: dialog.message.kind == "error", timeout=5000)
        assert dialog.message.text().startswith("The report did not print:")
        assert dialog.message.text().endswith("print it again, or save it as a PDF.")
        assert dialog.print_button.isEnabled() and "X000001" in dialog.view.toPlainText()
        dialog.accept()

    in_dialog(ReportDialog, print_fails)
    screen.shift.x_button.click()
    dialogs_done(qtbot)
    qtbot.waitUntil(lambda: screen.shift.x_button.isEnabled())


def test_no_printer_set_up_says_where_to_set_one(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    open_shift(db, actor, "50")
    screen.shift.refresh()
    qtbot.waitUntil(lambda: screen.shift.x_button.isEnabled())

    def no_printer(dialog: ReportDialog) -> None:
        dialog.print_button.click()
        assert dialog.message.text().startswith("No receipt printer is set up.")
        dialog.accept()

    in_dialog(ReportDialog, no_printer)
    screen.shift.x_button.click()
    dialogs_done(qtbot)


def test_a_float_typed_and_entered_from_the_keyboard(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen
) -> None:
    def type_float(dialog: OpenShiftDialog) -> None:
        assert dialog.focusWidget() is dialog.form.amount  # typed by default: the cursor is there
        qtbot.keyClicks(dialog.form.amount, "75,50")
        assert dialog.form.total.text() == "€75.50"
        qtbot.keyClick(dialog.form.amount, Qt.Key.Key_Return)

    in_dialog(OpenShiftDialog, type_float)
    screen.shift.open_button.click()
    shift = current_shift(db, TILL)
    assert shift is not None and shift.opening_float == Decimal("75.50")


def test_a_z_for_the_whole_shop_counts_every_drawer_together(
    qtbot: QtBot, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    from pos.services.settings import ZScope

    open_shift(db, actor, "50")
    open_shift(db, Actor(actor.user_id, "Till 2"), "30")
    screen.shift.apply_settings(update_settings(db, actor=actor, z_scope=ZScope.SHOP))
    screen.shift.refresh()
    qtbot.waitUntil(lambda: screen.shift.close_button.isEnabled())

    def close_all(dialog: CloseShiftDialog) -> None:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert any("closes every till's shift at once" in text for text in texts)
        qtbot.waitUntil(lambda: dialog.expected_label.text() == "€80.00")
        dialog.form.amount_choice.click()
        qtbot.keyClicks(dialog.form.amount, "80")
        assert dialog.difference_label.text() == "Right to the cent: nothing over or short"
        in_dialog(ReportDialog, lambda report: report.accept())
        dialog.close_button.click()

    in_dialog(CloseShiftDialog, close_all)
    screen.shift.close_button.click()
    dialogs_done(qtbot)
    assert current_shift(db, TILL) is None and current_shift(db, "Till 2") is None
