"""One way for the End of day screen to show why a service said no, and to ask a
manager when the user's role may not.

Every refusal of a service call made from this screen (a bad amount, no open shift, a
cashier who may not close a shift) comes through ``refused``. A ``NotAllowed`` that an
approval would lift is answered by asking for a manager's PIN (``ui.staff.approval``)
and running the action again as the same user with the manager recorded as approver;
cancelling says that nothing changed. The calls run off the UI thread, so the refusal
arrives in a callback: the action is handed over as ``Retry.again``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos.domain.errors import NotAllowed, ShopError
from pos.services.database import Database
from pos.services.dto import Actor
from ui.staff.approval import ask_approval


@dataclass(frozen=True, slots=True)
class Retry:
    """How to carry a refused action out once a manager approves: ``again`` runs it as
    ``actor`` with the approver set."""

    db: Database
    actor: Actor
    again: Callable[[Actor], object]


def refusal_text(error: BaseException) -> str:
    """The message a shopkeeper reads for ``error``."""
    if isinstance(error, ShopError):
        return str(error)
    return QCoreApplication.translate(
        "cashup",
        "Something went wrong and nothing was changed: {why}. The details are in the log.",
    ).format(why=error)


def refused(
    parent: QWidget,
    error: BaseException,
    show: Callable[[str], object],
    retry: Retry | None = None,
) -> None:
    """Show why ``error`` refused an action, with ``show`` (a message line at the field or
    the dialog). With ``retry``, a ``NotAllowed`` asks for a manager's approval first
    (``parent`` owns the approval dialog): approved, the action runs again and nothing is
    shown here; not approved, the message says so."""
    if isinstance(error, NotAllowed) and retry is not None and retry.actor.approver_id is None:
        approved = ask_approval(parent, retry.db, retry.actor, error)
        if approved is not None:
            retry.again(approved)
            return
        show(
            refusal_text(error)
            + " "
            + QCoreApplication.translate("cashup", "Not approved: nothing was changed.")
        )
        return
    text = refusal_text(error)
    if isinstance(error, NotAllowed):
        text += " " + QCoreApplication.translate(
            "cashup", "A manager or the owner can do it at this till."
        )
    show(text)
