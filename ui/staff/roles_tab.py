"""What managers and cashiers may do: a checkbox per permission, and the discount each may
give without approval. The owner may always do everything (shown, not changeable)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission
from pos.services.staff.users import list_roles, set_roles
from ui.staff.permission_words import permission_label
from ui.staff.staff_model import role_label
from ui.widgets.forms import MessageLabel

#: The roles whose permissions the owner sets, one column each.
EDITABLE = ("manager", "cashier")


class RolesTab(QWidget):
    """One row per permission, one column per role; Save stores both roles.

    Signals:
        saved(): the roles were stored (screens may show or hide things again).
    """

    saved = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.boxes: dict[tuple[str, Permission], QCheckBox] = {}
        self.limits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for column, role in enumerate(("owner", *EDITABLE), 1):
            title = QLabel(f"<b>{role_label(role)}</b>")
            grid.addWidget(title, 0, column, Qt.AlignmentFlag.AlignCenter)
        for row, permission in enumerate(Permission, 1):
            what = permission_label(permission)
            grid.addWidget(QLabel(what), row, 0)
            owner = QCheckBox()
            owner.setChecked(True)
            owner.setEnabled(False)
            owner.setAccessibleName(self.tr("Owner: {what}").format(what=what))
            grid.addWidget(owner, row, 1, Qt.AlignmentFlag.AlignCenter)
            for column, role in enumerate(EDITABLE, 2):
                box = QCheckBox()
                box.setAccessibleName(
                    self.tr("{role}: {what}").format(role=role_label(role), what=what)
                )
                box.setMinimumHeight(28)
                self.boxes[(role, permission)] = box
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
        last = len(Permission) + 1
        grid.addWidget(QLabel(self.tr("Discount without approval, up to (%)")), last, 0)
        grid.addWidget(QLabel("100"), last, 1, Qt.AlignmentFlag.AlignCenter)
        for column, role in enumerate(EDITABLE, 2):
            field = QLineEdit()
            field.setMaximumWidth(80)
            field.setAccessibleName(
                self.tr("{role}: discount limit in percent").format(role=role_label(role))
            )
            self.limits[role] = field
            grid.addWidget(field, last, column, Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr(
                "The owner may always do everything, so that an owner can undo any change. "
                "Where a cashier may not do something, a manager can approve it on the spot."
            )
        )
        note.setWordWrap(True)
        self.message = MessageLabel(self.tr("Roles message"))
        save = QPushButton(self.tr("Save roles"))
        save.setAccessibleName(self.tr("Save roles"))
        save.setMinimumHeight(36)
        save.clicked.connect(self.save)
        table = QWidget()
        table.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def reload(self) -> None:
        """Show the roles as stored."""
        self.message.clear_message()
        for role in list_roles(self.db):
            if str(role.name) not in EDITABLE:
                continue
            for permission in Permission:
                self.boxes[(str(role.name), permission)].setChecked(permission in role.permissions)
            self.limits[str(role.name)].setText(f"{role.discount_limit.normalize():f}")

    def save(self) -> None:
        """Store both roles together, or say why not (then neither is stored)."""
        self.message.clear_message()
        try:
            changes = {
                role: (
                    frozenset(p for p in Permission if self.boxes[(role, p)].isChecked()),
                    self._limit(role),
                )
                for role in EDITABLE
            }
            set_roles(self.db, changes, actor=self.actor)
        except ShopError as error:
            self.message.show_error(str(error))
            return
        self.message.show_success(self.tr("Saved. The change applies at once, on every till."))
        self.saved.emit()

    def _limit(self, role: str) -> Decimal:
        text = self.limits[role].text().strip().rstrip("%").replace(",", ".")
        try:
            limit = Decimal(text or "0")
        except InvalidOperation:
            raise InvalidInput(
                self.tr("{role}: the discount limit must be a percentage, like 10.").format(
                    role=role_label(role)
                )
            ) from None
        if not Decimal(0) <= limit <= Decimal(100):
            raise InvalidInput(
                self.tr("{role}: the discount limit must be between 0 and 100.").format(
                    role=role_label(role)
                )
            )
        return limit
