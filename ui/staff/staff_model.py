"""The table of staff on the Staff screen: name, role, active, PIN set, locked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from pos.services.staff.users import StaffMember
from ui.table_model import Index, ListTableModel

NAME, ROLE, ACTIVE, PIN, LOCKED = range(5)
_GREY = QColor("#6b6b6b")


def role_label(role: str) -> str:
    """A role in the shopkeeper's words (translated)."""
    labels = {
        "owner": QCoreApplication.translate("staff", "Owner"),
        "manager": QCoreApplication.translate("staff", "Manager"),
        "cashier": QCoreApplication.translate("staff", "Cashier"),
    }
    return labels.get(str(role), str(role).capitalize())


class StaffModel(ListTableModel):
    """The shop's people, read by the screen (a shop has a handful: no paging)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("PIN"),
            self.tr("Locked"),
        ]
        self._people: list[StaffMember] = []
        #: "Now", for whether a lock has run out; set on each read, so a test can fix it.
        self.now = datetime.now(UTC)

    def set_people(self, people: Sequence[StaffMember], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.now = now or datetime.now(UTC)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._people)

    def person(self, row: int) -> StaffMember | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, user_id: int) -> int:
        return next((row for row, p in enumerate(self._people) if p.id == user_id), -1)

    def is_locked(self, person: StaffMember) -> bool:
        until = person.locked_until
        if until is None:
            return False
        if until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
        return until > self.now

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person(index.row()) if index.isValid() else None
        if person is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QBrush(_GREY)
        if role == Qt.ItemDataRole.ToolTipRole and column == LOCKED and self.is_locked(person):
            return self.tr("Too many wrong PINs. Unlock lets them try again now.")
        return None

    def _text(self, person: StaffMember, column: int) -> str:
        if column == NAME:
            return person.name
        if column == ROLE:
            return role_label(person.role)
        if column == ACTIVE:
            return self.tr("Yes") if person.active else self.tr("No")
        if column == PIN:
            return self.tr("Set") if person.has_pin else self.tr("Not set")
        if column == LOCKED and self.is_locked(person):
            assert person.locked_until is not None
            until = person.locked_until
            if until.tzinfo is None:
                until = until.replace(tzinfo=UTC)
            return self.tr("Until {time}").format(time=until.astimezone().strftime("%H:%M"))
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
