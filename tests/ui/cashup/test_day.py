"""A day at the till through the End of day screen: open with a float counted note by
note, sell on the Sell screen (scanner, search, typed code, quick pick; cash and card
through the payment dialog), see the X, take cash out, close with a blind count, print and
save the Z, reprint it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.payments import PaymentMethod
from pos.services.cashup.reports import get_report
from pos.services.cashup.shifts import current_shift
from pos.services.catalog.products import update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.selling.records import get_sale
from pos.services.settings import ShopSettings, update_settings
from tests.receipts.escpos_decode import decode
from tests.receipts.fake_printer import FakePrinter
from tests.ui.cashup.conftest import TILL, dialogs_done, in_dialog
from tests.ui.helpers import named, press, scanner
from tests.ui.till import go_to, pay_by_card, pay_in_cash, till_window
from ui.cashup.cash_dialog import CashDialog
from ui.cashup.close_dialog import CloseShiftDialog
from ui.cashup.open_dialog import OpenShiftDialog
from ui.cashup.over_short import SHORT_COLOUR
from ui.cashup.report_dialog import ReportDialog
from ui.cashup.screen import EndOfDayScreen
from ui.ops import wait_for_all
from ui.sales.screen import SalesScreen

D = Decimal
MILK = "4006381333931"


def type_counts(qtbot: QtBot, dialog: QWidget, counts: dict[str, str]) -> None:
    """Type how many of each piece, field by field, as a cashier does (Tab between)."""
    for piece, many in counts.items():
        field = named(dialog, QLineEdit, f"How many {piece}")
        field.setFocus()
        qtbot.keyClicks(field, many)


def cart(sales: SalesScreen) -> list[tuple[str, str]]:
    """The Sell screen's cart as shown: name and quantity a line."""
    model = sales.cart_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def printed_jobs(printer: FakePrinter, count: int, qtbot: QtBot) -> list[str]:
    qtbot.waitUntil(lambda: len([j for j in printer.jobs if b"REPORT" in j]) >= count, timeout=5000)
    return [decode(job) for job in printer.jobs if b"REPORT" in job]


def test_a_day_opened_sold_cashed_out_and_closed_blind(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
    printer: FakePrinter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    update_settings(db, actor=actor, blind_cash_count=True)
    update_product(db, milk.id, actor=actor, favourite=True)  # a quick pick on the Sell screen
    window = till_window(qtbot, db)
    go_to(qtbot, window, Qt.Key.Key_5)
    screen = window.end_of_day_screen
    assert window.stack.currentWidget() is screen
    tab = screen.shift
    qtbot.waitUntil(lambda: tab.known, timeout=5000)
    assert named(screen, QLabel, "Shift state").text() == f"No open shift on {TILL}"
    assert not tab.close_button.isEnabled() and tab.open_button.isEnabled()

    # Open: the float counted note by note, the total live below the grid.
    def count_float(dialog: OpenShiftDialog) -> None:
        dialog.form.pieces_choice.click()
        type_counts(qtbot, dialog, {"€50.00": "2", "€10.00": "5", "€1.00": "10"})
        assert named(dialog, QLabel, "Total of €10.00").text() == "€50.00"
        assert dialog.form.total.text() == "€160.00"
        dialog.open_button.click()

    in_dialog(OpenShiftDialog, count_float)
    tab.open_button.click()
    shift = current_shift(db, TILL)
    assert shift is not None and shift.opening_float == D("160.00")
    qtbot.waitUntil(lambda: tab.shift is not None)
    assert tab.state.text().startswith(f"{TILL}: shift open since")
    assert "float of €160.00" in tab.detail.text()

    # Sell, on the Sell screen: a milk scanned, a milk found by name, the wine by its
    # code typed, €20 in cash (14.90; change 5.10); then a milk from its quick pick, by card.
    go_to(qtbot, window, Qt.Key.Key_1)
    sales = window.sales
    assert window.stack.currentWidget() is sales
    scanner(qtbot, sales.scan.field, MILK)
    qtbot.keyClicks(sales.scan.field, "fresh")
    qtbot.waitUntil(sales.scan.matches.isVisible)
    press(qtbot, sales.scan.field, Qt.Key.Key_Down)  # the only match stays chosen
    press(qtbot, sales.scan.field, Qt.Key.Key_Return)
    scanner(qtbot, sales.scan.field, "WINE")
    assert cart(sales) == [("Fresh Milk 1 L", "2"), ("Crème de cassis 70 cl", "1")]
    assert pay_in_cash(qtbot, sales, "20") == "€5.10"
    assert named(sales, QLabel, "Message").text() == "S000001 completed. Change: €5.10"
    qtbot.mouseClick(sales.quick_picks.buttons[milk.id], Qt.MouseButton.LeftButton)
    assert cart(sales) == [("Fresh Milk 1 L", "1")]
    pay_by_card(qtbot, sales)
    assert sales.cart_model.rowCount() == 0
    assert [(p.method, p.amount) for p in get_sale(db, "S000002").payments] == [
        (PaymentMethod.CARD, D("1.20"))
    ]

    # Back on End of day: the figures so far (X) are the two sales.
    go_to(qtbot, window, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: tab.shift is not None and tab.x_button.isEnabled())

    def figures_so_far(dialog: ReportDialog) -> None:
        assert dialog.windowTitle() == "X report X000001"
        text = dialog.view.toPlainText()
        assert "14.90" in text and "1.20" in text and "16.10" in text
        dialog.accept()

    in_dialog(ReportDialog, figures_so_far)
    tab.x_button.click()
    dialogs_done(qtbot)
    x = get_report(db, "X000001").figures
    assert (x.sales_count, x.sales_total, x.cash_sales) == (2, D("16.10"), D("14.90"))
    assert [(t.method, t.payments, t.amount, t.references) for t in x.tenders] == [
        ("cash", 1, D("14.90"), 0),
        ("card", 1, D("1.20"), 0),
    ]
    assert {(t.percent, t.net + t.tax) for t in x.taxes} == {
        (D("5"), D("3.60")),
        (D("20"), D("12.50")),
    }

    # Cash out to the bank: more than the drawer holds is refused at the amount.
    def bank_drop(dialog: CashDialog) -> None:
        assert dialog.cash_out.isChecked() and dialog.reason.currentData() == "bank"
        qtbot.keyClicks(dialog.amount, "500")
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.amount_message.isVisible())
        assert dialog.amount_message.text().startswith("The drawer should hold only 174.90")
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "10")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    in_dialog(CashDialog, bank_drop)
    tab.cash_out_button.click()
    assert tab.message.text() == "€10.00 taken out of the drawer."

    # Close, blind: 164.90 expected, 164.85 counted; the expected figure hidden until the
    # count is done.
    def count_blind(dialog: CloseShiftDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy)  # the card total has come
        assert dialog.expected_label.text() == "shown once the count is done"
        assert named(dialog, QLabel, "Card total").text() == "Card: €1.20"  # shown, blind
        assert named(dialog, QLabel, "Card payments").text() == "1 payment"
        named(dialog, QCheckBox, "Card checked").click()
        type_counts(
            qtbot,
            dialog,
            {"€50.00": "2", "€10.00": "6", "€1.00": "4", "€0.50": "1", "€0.20": "1"},
        )
        type_counts(qtbot, dialog, {"€0.10": "1", "€0.05": "1"})
        assert dialog.counted_label.text() == "€164.85"
        texts = " ".join(w.text() for w in dialog.findChildren(QLabel))
        assert "164.90" not in texts
        assert not dialog.close_button.isEnabled()
        in_dialog(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
        dialog.count_done.click()  # not sure: the count can still change
        assert dialog.expected_label.text() == "shown once the count is done"
        assert not named(dialog, QLineEdit, "How many €0.05").isReadOnly()
        in_dialog(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.count_done.click()
        qtbot.waitUntil(lambda: dialog.expected_label.text() == "€164.90")
        assert dialog.difference_label.text() == "€0.05 short"
        assert SHORT_COLOUR in dialog.difference_label.styleSheet()
        assert named(dialog, QLineEdit, "How many €0.05").isReadOnly()  # the count stands
        in_dialog(ReportDialog, print_and_save)
        dialog.close_button.click()

    pdf = tmp_path / "z.pdf"

    def print_and_save(dialog: ReportDialog) -> None:
        assert dialog.windowTitle() == "Z report Z000001"
        assert "Short" in dialog.view.toPlainText()
        dialog.print_button.click()
        qtbot.waitUntil(lambda: dialog.message.text() == "The report was printed.", timeout=5000)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        dialog.pdf_button.click()
        qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved to"), timeout=10_000)
        dialog.accept()

    in_dialog(CloseShiftDialog, count_blind)
    tab.close_button.click()
    assert wait_for_all()
    assert current_shift(db, TILL) is None
    qtbot.waitUntil(lambda: tab.shift is None and tab.open_button.isEnabled())
    z = get_report(db, "Z000001")
    assert (z.figures.expected_cash, z.counted and z.counted.total) == (D("164.90"), D("164.85"))
    assert (z.figures.sales_count, z.figures.sales_total, z.figures.cash_out) == (
        2,
        D("16.10"),
        D("10.00"),
    )
    assert z.figures.tenders == x.tenders and z.figures.taxes == x.taxes
    assert [(c.method, c.checked) for c in z.tender_checks] == [("card", True)]
    assert dict(z.counted.pieces if z.counted else ())[D("0.05")] == 1

    paper = printed_jobs(printer, 1, qtbot)[0]
    assert "Z REPORT (shift closed)" in paper and "COPY" not in paper
    assert "Expected in the drawer" in paper and "164.90" in paper and "-€0.05" in paper
    card = paper.splitlines().index(next(x for x in paper.splitlines() if "Card (1)" in x))
    assert paper.splitlines()[card + 1].split() == ["Terminal's", "total", "checked"]
    assert "recounted" not in paper and "First count" not in paper  # counted once, blind
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Z000001" in text and "164.85" in text and "Short" in text

    # Past reports: the Z listed first; reprinted, it says COPY.
    screen.tabs.setCurrentWidget(screen.reports)
    reports = screen.reports
    qtbot.waitUntil(lambda: reports.model.rowCount() == 2)
    qtmodeltester.check(reports.model)
    assert [reports.model.index(0, c).data() for c in (0, 1, 7)] == [
        "Z000001",
        "Z (closed)",
        "€0.05 short",
    ]
    assert reports.model.index(1, 0).data() == "X000001"
    reports.view.selectRow(0)
    reports.reprint_button.click()
    qtbot.waitUntil(lambda: "reprinted" in reports.message.text(), timeout=5000)
    copy = printed_jobs(printer, 2, qtbot)[1]
    assert "*** COPY ***" in copy and "Z000001" in copy

    def shows_copy(dialog: ReportDialog) -> None:
        assert dialog.windowTitle() == "Z report Z000001 (copy)"
        assert "*** COPY ***" in dialog.view.toPlainText()
        dialog.accept()

    in_dialog(ReportDialog, shows_copy)
    where = reports.view.visualRect(reports.model.index(0, 0)).center()
    qtbot.mouseClick(reports.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(reports.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialogs_done(qtbot)
    in_dialog(ReportDialog, shows_copy)  # Enter on the list opens it too
    reports.view.setFocus()
    qtbot.keyClick(reports.view, Qt.Key.Key_Return)
    dialogs_done(qtbot)
    assert wait_for_all()


def test_past_reports_model(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, screen: EndOfDayScreen, actor: Actor
) -> None:
    from pos.services.cashup.drawer import count_as_amount
    from pos.services.cashup.reports import close_shift, x_report
    from pos.services.cashup.shifts import open_shift
    from pos.services.settings import get_settings
    from ui.cashup import reports_model

    settings = get_settings(db)
    for day in range(3):
        open_shift(db, actor, "50")
        x_report(db, actor)
        close_shift(db, actor, count_as_amount(settings, str(50 + day)))
    reports_model.PAGE_SIZE, old = 4, reports_model.PAGE_SIZE
    try:
        model = screen.reports.model
        screen.reports.refresh()
        assert model.total == 6 and model.rowCount() == 4  # the first page
        qtmodeltester.check(model)
        model.fetchMore()
        assert model.rowCount() == 6 and not model.canFetchMore()
        numbers = [model.index(r, 0).data() for r in range(6)]
        assert numbers == ["Z000003", "X000003", "Z000002", "X000002", "Z000001", "X000001"]
        assert [model.index(r, 7).data() for r in (0, 1, 2)] == ["€2.00 over", "", "€1.00 over"]
        assert model.index(4, 7).data() == "Right"
        qtmodeltester.check(model)
    finally:
        reports_model.PAGE_SIZE = old
