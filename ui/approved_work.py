"""A manager's approval kept for one piece of work: one delivery received, one count
counted.

Receiving a delivery is many calls (each scan, each cost typed, the post); asking for a
manager's PIN at every scan would make a cashier's delivery impossible. So the approval a
manager gives at the first refused call covers the rest of that one delivery (or count),
and is forgotten when the screen moves to another one or closes it: the next delivery asks
again. Each call is recorded with the user and the approver.

Single actions (add a category, change prices in bulk, an invoice) use
``ui.staff.approval.with_approval`` directly: their approval covers that one call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos.domain.errors import Cancelled, NotAllowed
from pos.services.database import Database
from pos.services.dto import Actor
from ui.staff.approval import ask_approval

T = TypeVar("T")


class ApprovedWork:
    """Who acts on one piece of work: the signed-in user, and the approver once a manager
    approved it. ``run`` is ``with_approval`` that remembers the approval until ``forget``."""

    def __init__(self, parent: QWidget, db: Database, actor: Actor) -> None:
        self.parent, self.db = parent, db
        self.user = replace(actor, approver_id=None)
        self.actor = self.user

    @property
    def approver_id(self) -> int | None:
        return self.actor.approver_id

    def run(self, action: Callable[[Actor], T]) -> T:
        """``action(actor)``; when the user's role may not (and no approval is kept, or
        the one kept does not cover it), ask a manager and run it once more. Cancelling
        raises ``Cancelled``: nothing was changed."""
        try:
            return action(self.actor)
        except NotAllowed as refusal:
            approved = self.ask(refusal)
            result = action(approved)
            self.actor = approved
            return result

    def ask(self, refusal: NotAllowed) -> Actor:
        """The user with a manager's approval of what ``refusal`` refused (for calls made
        off the UI thread); ``Cancelled`` when nobody approved."""
        approved = ask_approval(self.parent, self.db, self.user, refusal)
        if approved is None:
            raise Cancelled(
                QCoreApplication.translate("staff", "Not approved: nothing was changed.")
            )
        return approved

    def keep(self, approved: Actor) -> None:
        """Keep ``approved`` for the rest of this piece of work (after an off-thread call
        it allowed went through)."""
        self.actor = approved

    def forget(self) -> None:
        """The piece of work is over (another delivery, the list, posted): the next one
        asks again."""
        self.actor = self.user
