"""Domain exceptions. Each carries a message written for the shopkeeper, not the programmer."""

from __future__ import annotations

from datetime import datetime


class ShopError(Exception):
    """Base of every error a user may see. ``str(error)`` is the user-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(ShopError):
    """A value typed or scanned at the counter cannot be used as it is."""


class InvalidBarcode(InvalidInput):
    """A barcode whose check digit or shape is wrong."""


class DuplicateBarcode(InvalidInput):
    """A barcode that already belongs to another product."""


class DuplicateSku(InvalidInput):
    """A SKU that already belongs to another product."""


class InvalidField(InvalidInput):
    """Bad input in a form: ``field`` names the first field refused, so the form shows the
    message there; ``problems`` holds every refused field's message, in the form's order."""

    def __init__(self, field: str, message: str, problems: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.problems = problems or {field: message}


class NotAllowed(ShopError):
    """The user's role may not do this. ``permission`` names what was refused, so the
    screen can ask for a manager's approval and try again."""

    def __init__(self, permission: str, message: str) -> None:
        super().__init__(message)
        self.permission = permission


class UnknownUser(ShopError):
    """An action was asked for by a user who does not exist or is no longer active."""


class WrongPin(ShopError):
    """A PIN that does not match, or a try made before the wait after the last wrong one is
    over (that try is not checked). ``wait_seconds`` is how long the keypad waits before
    the next try; ``tries_left`` how many wrong PINs are left before the user is locked."""

    def __init__(self, message: str, *, wait_seconds: int, tries_left: int) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds
        self.tries_left = tries_left


class LockedOut(ShopError):
    """Too many wrong PINs: the user may not sign in (or approve) ``until`` then, unless a
    manager unlocks them first."""

    def __init__(self, message: str, *, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class NotFound(ShopError):
    """Something the user asked for does not exist."""


class UnknownBarcode(NotFound):
    """A well-formed barcode that no product carries."""

    def __init__(self, code: str, label: str | None = None) -> None:
        if label is None:
            message = f"No product has the barcode {code}. You can add it as a new product."
        else:
            message = (
                f"No product has the in-store code {code} (from the weight or price label "
                f"{label}). You can add it as a new product."
            )
        super().__init__(message)
        self.code = code


class WeightNeeded(ShopError):
    """A weighed item's own code was scanned or typed, without a label's weight or price:
    the cashier weighs it and enters the weight (a scan never guesses 1 kg)."""

    def __init__(self, product_id: int, name: str) -> None:
        super().__init__(f"'{name}' is sold by weight: weigh it and enter the weight.")
        self.product_id = product_id
        self.name = name


class PaymentShort(InvalidInput):
    """The payments taken do not cover what the customer owes."""


class RefundTooLarge(InvalidInput):
    """A refund asks for more than was sold, or than is left to refund."""


class EmptyCart(InvalidInput):
    """An action that needs items in the cart was tried on an empty one."""


class DatabaseProblem(ShopError):
    """The database cannot be opened, migrated or backed up."""


class Cancelled(ShopError):
    """The user stopped a long piece of work; everything it did was rolled back."""

    def __init__(self, message: str = "Stopped: nothing was changed.") -> None:
        super().__init__(message)
