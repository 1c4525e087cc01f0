"""The Staff screen: people added, a duplicate name refused at its field, the model checked,
and the screen shown only to whoever may manage staff."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor
from pos.services.staff.users import list_staff
from tests.ui.helpers import in_modal, named
from tests.ui.staff.conftest import ANN_PIN, OWNER_PIN, Team, sign_in_as
from ui.app import MainWindow
from ui.staff.screen import StaffScreen

STAFF = 3


def staff_screen(qtbot: QtBot, db: Database, team: Team) -> StaffScreen:
    screen = StaffScreen(db, Actor(team.owner.id, "Till 1"), _events())
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _events():  # type: ignore[no-untyped-def]
    from ui.events import AppEvents

    return AppEvents()


def test_the_staff_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, team: Team
) -> None:
    screen = staff_screen(qtbot, db, team)
    qtmodeltester.check(screen.model)
    rows = [
        [screen.model.index(r, c).data() for c in range(5)] for r in range(screen.model.rowCount())
    ]
    assert rows == [
        ["Alex", "Owner", "Yes", "Set", ""],
        ["Ann", "Cashier", "Yes", "Set", ""],
        ["Mia", "Manager", "Yes", "Set", ""],
    ]


def test_add_a_person_and_refuse_a_duplicate_name_at_the_field(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    screen = staff_screen(qtbot, db, team)

    def add(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Name").setText("Bea")
        named(dialog, QLineEdit, "PIN").setText("3692")
        named(dialog, QLineEdit, "PIN again").setText("3692")
        dialog.save()  # type: ignore[attr-defined]

    in_modal(add)
    screen.buttons["add"].click()
    assert [p.name for p in list_staff(db)] == ["Alex", "Ann", "Bea", "Mia"]
    assert screen.model.rowCount() == 4
    assert "Bea was added." in named(screen, QLabel, "Staff message").text()
    messages: list[str] = []

    def duplicate(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Name").setText("ann")
        dialog.save()  # type: ignore[attr-defined]
        label = named(dialog, QLabel, "Name message")
        messages.append(label.text() if label.isVisible() else "")
        dialog.reject()

    in_modal(duplicate)
    screen.buttons["add"].click()
    assert messages == ["There is already someone called Ann."]
    assert [p.name for p in list_staff(db)] == ["Alex", "Ann", "Bea", "Mia"]


def test_pins_that_differ_are_refused_before_anything_is_saved(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    screen = staff_screen(qtbot, db, team)
    said: list[str] = []

    def add(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Name").setText("Cal")
        named(dialog, QLineEdit, "PIN").setText("3692")
        named(dialog, QLineEdit, "PIN again").setText("3629")
        dialog.save()  # type: ignore[attr-defined]
        said.append(named(dialog, QLabel, "PIN message").text())
        dialog.reject()

    in_modal(add)
    screen.buttons["add"].click()
    assert said == ["The two PINs are not the same. Type them again."]
    assert "Cal" not in [p.name for p in list_staff(db)]


def test_only_who_may_manage_staff_sees_staff_and_settings(qtbot: QtBot, till: MainWindow) -> None:
    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    visible = [a.isVisible() for a in till.screen_actions]
    # Sell, Products, Stock, (Staff), End of day, (Reports), (Today), (Settings)
    assert visible == [True, True, True, False, True, False, False, False]
    till.lock()
    sign_in_as(qtbot, till, "Alex", OWNER_PIN)
    assert [a.isVisible() for a in till.screen_actions] == [True] * 8
    till.screen_actions[STAFF].trigger()
    assert till.stack.currentWidget() is till.staff_screen


def test_costs_are_hidden_from_a_cashier(qtbot: QtBot, till: MainWindow) -> None:
    from ui.products.model import Column

    sign_in_as(qtbot, till, "Ann", ANN_PIN)
    header = till.products_screen.view.horizontalHeader()
    assert header.isSectionHidden(Column.COST) and header.isSectionHidden(Column.MARGIN)
    till.lock()
    sign_in_as(qtbot, till, "Alex", OWNER_PIN)  # the screens are built again for Alex
    header = till.products_screen.view.horizontalHeader()
    assert not header.isSectionHidden(Column.COST)
    assert not header.isSectionHidden(Column.MARGIN)
