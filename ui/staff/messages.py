"""What a refused PIN tells the person at the till, in their words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos.domain.errors import LockedOut, ShopError, WrongPin


def pin_refusal(error: ShopError) -> str:
    """A wrong PIN says how long to wait and how many tries are left; a locked account
    says until when and who can unlock it; anything else is the service's own
    message."""
    if isinstance(error, WrongPin):
        parts = [QCoreApplication.translate("staff", "That PIN is not right.")]
        if error.wait_seconds > 0:
            parts.append(
                QCoreApplication.translate("staff", "Wait {seconds} s before the next try.").format(
                    seconds=error.wait_seconds
                )
            )
        if error.tries_left == 1:
            parts.append(
                QCoreApplication.translate("staff", "One try left before this name is locked.")
            )
        elif error.tries_left > 1:
            parts.append(
                QCoreApplication.translate("staff", "{n} tries left.").format(n=error.tries_left)
            )
        return " ".join(parts)
    if isinstance(error, LockedOut):
        until = error.until.astimezone().strftime("%H:%M")
        return QCoreApplication.translate(
            "staff",
            "Too many wrong PINs: this name is locked until {time}. "
            "A manager (or the owner) can unlock it sooner.",
        ).format(time=until)
    return str(error)
