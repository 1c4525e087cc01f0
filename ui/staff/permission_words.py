"""What each permission allows, in the shopkeeper's words and translatable.

``pos.services.staff.permissions.describe`` says the same in English for the services'
own messages (``pos`` has no Qt, so no translation); a screen says it through here, where
each phrase is a literal that the translation tools find. A test holds the two together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos.services.staff.permissions import Permission


def _tr(text: str) -> str:
    return QCoreApplication.translate("staff", text)


def permission_words(permission: Permission) -> str:
    """What ``permission`` allows, to finish "Ann may not …" ("give a refund")."""
    words = {
        Permission.SELL: _tr("sell"),
        Permission.REFUND: _tr("give a refund"),
        Permission.VOID: _tr("void a line or the cart"),
        Permission.DISCOUNT: _tr("give a discount this big"),
        Permission.CHANGE_PRICE: _tr("change a price at the till"),
        Permission.NO_SALE: _tr("open the drawer without a sale"),
        Permission.CASH_IN_OUT: _tr("put cash in or take it out"),
        Permission.CLOSE_SHIFT: _tr("close a shift"),
        Permission.EDIT_PRODUCTS: _tr("edit products or prices"),
        Permission.SEE_COSTS: _tr("see costs and margins"),
        Permission.RECEIVE: _tr("receive deliveries"),
        Permission.ADJUST: _tr("adjust stock"),
        Permission.COUNT: _tr("count stock"),
        Permission.POST_COUNT: _tr("post a stock count"),
        Permission.SEE_REPORTS: _tr("see reports"),
        Permission.CHANGE_SETTINGS: _tr("change settings"),
        Permission.MANAGE_USERS: _tr("manage staff"),
        Permission.UNLOCK_STAFF: _tr("unlock someone locked out by wrong PINs"),
    }
    return words[permission]


def permission_label(permission: Permission) -> str:
    """The permission as a row of the Roles table ("Give a refund")."""
    if permission is Permission.DISCOUNT:
        return _tr("Give a discount above the limit below")
    words = permission_words(permission)
    return words[:1].upper() + words[1:]
