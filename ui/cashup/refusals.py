"""One way for the End of day screen to show why a service said no.

Every refusal of a service call made from this screen (a bad amount, no open shift, a
cashier who may not close a shift) comes through ``refused``. Manager approval hooks in
here: a ``NotAllowed`` that an approval would lift can be answered by asking for a
manager's PIN and calling ``retry`` with the approved actor; until then the message says
what was refused and who may do it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos.domain.errors import NotAllowed, ShopError
from pos.services.dto import Actor


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
    retry: Callable[[Actor], object] | None = None,
) -> None:
    """Show why ``error`` refused an action, with ``show`` (a message line at the field or
    the dialog). ``retry`` re-runs the action as another actor: how a manager's approval
    of a ``NotAllowed`` will carry the action out (``parent`` owns the approval dialog)."""
    del parent, retry  # used once approval is offered here
    text = refusal_text(error)
    if isinstance(error, NotAllowed):
        text += " " + QCoreApplication.translate(
            "cashup", "A manager or the owner can do it at this till."
        )
    show(text)
