"""Staff names as big buttons: who is signing in, or which manager approves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from pos.services.staff.users import StaffMember

#: A name button a finger finds at once.
NAME_HEIGHT = 64


class NamePicker(QWidget):
    """One big button per person; touching one chooses them (one at a time).

    Signals:
        chosen(int): the user id of the person touched.
    """

    chosen = Signal(int)

    def __init__(
        self, accessible_name: str, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.columns = columns
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.chosen.emit)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.people: dict[int, StaffMember] = {}

    def show_people(self, people: Sequence[StaffMember], empty_text: str = "") -> None:
        """Show ``people`` (in this order); ``empty_text`` when there is nobody."""
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.hide()
            button.setParent(None)  # gone at once, not at the next turn of the loop
            button.deleteLater()
        self.grid.removeWidget(self.empty)
        self.people = {person.id: person for person in people}
        for index, person in enumerate(people):
            button = QPushButton(person.name)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter in a dialog signs in or approves, never this
            button.setAccessibleName(person.name)
            button.setMinimumHeight(NAME_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            font = button.font()
            font.setPointSize(font.pointSize() + 6)
            font.setBold(True)
            button.setFont(font)
            button.setStyleSheet("QPushButton:checked {background:#1f5fa8; color:white;}")
            self.group.addButton(button, person.id)
            self.grid.addWidget(button, *divmod(index, self.columns))
        rows = (len(people) + self.columns - 1) // self.columns
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(rows, 1)  # the names stay together at the top
        self.empty.setText(empty_text)
        self.empty.setVisible(not people and bool(empty_text))
        if not people:
            self.grid.addWidget(self.empty, 0, 0, 1, self.columns)

    def choose(self, user_id: int) -> None:
        """Mark ``user_id`` as chosen, as a touch would (and say so)."""
        button = self.group.button(user_id)
        if button is not None:
            button.setChecked(True)
            self.chosen.emit(user_id)

    @property
    def chosen_id(self) -> int | None:
        user_id = self.group.checkedId()
        return None if user_id == -1 else user_id

    def name_of(self, user_id: int) -> str:
        person = self.people.get(user_id)
        return person.name if person is not None else ""
