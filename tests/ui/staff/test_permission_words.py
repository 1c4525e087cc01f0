"""The permissions in the screens' words: every one has its translatable phrase, the same as
the services' English, and the Roles tab shows a row for each (unlocking staff included)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, describe
from tests.ui.helpers import named
from tests.ui.staff.conftest import Team
from ui.staff.permission_words import permission_label, permission_words
from ui.staff.roles_tab import RolesTab


@pytest.mark.parametrize("permission", list(Permission))
def test_each_permission_has_its_words(permission: Permission) -> None:
    assert permission_words(permission) == describe(permission)
    assert permission_label(permission)[:1].isupper()


def test_the_roles_tab_shows_who_may_unlock(qtbot: QtBot, db: Database, team: Team) -> None:
    tab = RolesTab(db, Actor(team.owner.id, "Till 1"))
    qtbot.addWidget(tab)
    tab.reload()
    what = "Unlock someone locked out by wrong PINs"
    assert named(tab, QCheckBox, f"Manager: {what}").isChecked()
    assert not named(tab, QCheckBox, f"Cashier: {what}").isChecked()
