"""The Staff screen: people added, a duplicate name refused at its field, the model checked,
and the screen shown only to whoever may manage staff."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor
from pos.services.staff.users import list_staff
from tests.ui.helpers import in_modal, named
from tests.ui.staff.conftest import ANN_PIN, MIA_PIN, OWNER_PIN, Team, sign_in_as
from ui.app import MainWindow
from ui.staff.screen import StaffScreen
from ui.widgets.forms import MessageLabel

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


def fill_and_save(
    qtbot: QtBot, screen: StaffScreen, button: str, fill: Callable[[QWidget], None]
) -> dict[str, str]:
    """Open the person dialog with ``button``, fill it, save; the messages shown (by the
    label's accessible name) and where the focus went, then close it."""
    shown: dict[str, str] = {}

    def act(dialog: QWidget) -> None:
        fill(dialog)
        dialog.save()  # type: ignore[attr-defined]
        for label in dialog.findChildren(MessageLabel):
            if label.isVisible() and label.text():
                shown[label.accessibleName()] = label.text()
        focused = dialog.focusWidget()
        shown["focus"] = focused.accessibleName() if focused is not None else ""
        dialog.reject()

    in_modal(act)
    screen.buttons[button].click()
    return shown


def test_a_pin_someone_else_has_is_refused_at_the_pin(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    screen = staff_screen(qtbot, db, team)

    def fill(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Name").setText("Bea")
        named(dialog, QLineEdit, "PIN").setText(MIA_PIN)
        named(dialog, QLineEdit, "PIN again").setText(MIA_PIN)

    shown = fill_and_save(qtbot, screen, "add", fill)
    assert shown == {"PIN message": "Choose another PIN.", "focus": "PIN"}
    assert "Bea" not in [p.name for p in list_staff(db)]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: named(d, QLineEdit, "Name").setText("A" * 41),
            {"Name message": "A name is at most 40 letters long.", "focus": "Name"},
        ),
        (
            lambda d: named(d, QLineEdit, "Name").setText("  "),
            {"Name message": "Give the staff member a name.", "focus": "Name"},
        ),
        (
            lambda d: named(d, QComboBox, "Role").setCurrentIndex(1),  # manager
            {
                "Role message": "Alex is the only owner. Make someone else an owner first.",
                "focus": "Role",
            },
        ),
        (
            lambda d: named(d, QCheckBox, "Active").setChecked(False),
            {
                "Active message": "Alex is the only owner. Make someone else an owner first.",
                "focus": "Active",
            },
        ),
    ],
)
def test_the_services_refusals_show_at_their_field(
    qtbot: QtBot,
    db: Database,
    team: Team,
    change: Callable[[QWidget], None],
    expected: dict[str, str],
) -> None:
    screen = staff_screen(qtbot, db, team)
    screen.select(team.owner.id)
    before = list_staff(db)
    assert fill_and_save(qtbot, screen, "edit", change) == expected
    assert list_staff(db) == before


def test_a_refusal_about_no_field_shows_under_the_form(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    """Mia, given the right to manage staff, may not change the owner: said at the foot."""
    from decimal import Decimal

    from pos.services.staff.permissions import Permission
    from pos.services.staff.users import list_roles, set_role

    boss = Actor(team.owner.id, "Till 1")
    rights = next(r for r in list_roles(db) if r.name == "manager").permissions
    set_role(db, "manager", rights | {Permission.MANAGE_USERS}, Decimal(100), actor=boss)
    screen = StaffScreen(db, Actor(team.mia, "Till 1"), _events())
    qtbot.addWidget(screen)
    screen.show()
    screen.select(team.owner.id)
    shown = fill_and_save(
        qtbot, screen, "edit", lambda d: named(d, QLineEdit, "Name").setText("Lex")
    )
    assert shown["Message"] == "Only an owner can change an owner."
    assert [p.name for p in list_staff(db)] == ["Alex", "Ann", "Mia"]


def test_the_recovery_dialog_says_each_refusal_at_its_field(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    from ui.staff.recovery import RecoverDialog

    dialog = RecoverDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    named(dialog, QLineEdit, "Recovery code").setText("AAAA-BBBB-CCCC-DDDD")
    for field in ("PIN", "PIN again"):
        named(dialog, QLineEdit, field).setText("6083")
    dialog.save()
    assert named(dialog, QLabel, "Code message").text().startswith("That recovery code is not")
    assert not named(dialog, QLabel, "PIN message").isVisible()
    named(dialog, QLineEdit, "Recovery code").setText(team.recovery_code)
    for field in ("PIN", "PIN again"):
        named(dialog, QLineEdit, field).setText(MIA_PIN)  # Mia's: not to be told
    dialog.save()
    assert named(dialog, QLabel, "PIN message").text() == "Choose another PIN."
    assert not named(dialog, QLabel, "Code message").isVisible()
    assert dialog.result() == 0  # still open: nothing changed


def test_a_refused_pin_in_a_change_keeps_the_rest_unsaved(
    qtbot: QtBot, db: Database, team: Team
) -> None:
    """Save is one action: the new name is not kept when the new PIN is refused."""
    screen = staff_screen(qtbot, db, team)
    screen.select(team.ann)

    def fill(dialog: QWidget) -> None:
        named(dialog, QLineEdit, "Name").setText("Annie")
        named(dialog, QLineEdit, "PIN").setText(MIA_PIN)
        named(dialog, QLineEdit, "PIN again").setText(MIA_PIN)

    shown = fill_and_save(qtbot, screen, "edit", fill)
    assert shown == {"PIN message": "Choose another PIN.", "focus": "PIN"}
    assert [p.name for p in list_staff(db)] == ["Alex", "Ann", "Mia"]
