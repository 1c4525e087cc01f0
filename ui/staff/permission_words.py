"""What each permission allows, in the shopkeeper's words and translatable.

``pos.services.staff.permissions.describe`` says the same in English for the services'
own messages (``pos`` has no Qt, so no translation); a screen says it through here, where
each phrase is a literal that the translation tools find. A test holds the two together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos.services.staff.permissions import Permission


def permission_words(permission: Permission) -> str:
    """What ``permission`` allows, to finish "Ann may not …" ("give a refund")."""
    words = {
        Permission.SELL: QCoreApplication.translate("staff", "sell"),
        Permission.REFUND: QCoreApplication.translate("staff", "give a refund"),
        Permission.VOID: QCoreApplication.translate("staff", "void a line or the cart"),
        Permission.DISCOUNT: QCoreApplication.translate("staff", "give a discount this big"),
        Permission.CHANGE_PRICE: QCoreApplication.translate("staff", "change a price at the till"),
        Permission.NO_SALE: QCoreApplication.translate("staff", "open the drawer without a sale"),
        Permission.CASH_IN_OUT: QCoreApplication.translate("staff", "put cash in or take it out"),
        Permission.CLOSE_SHIFT: QCoreApplication.translate("staff", "close a shift"),
        Permission.EDIT_PRODUCTS: QCoreApplication.translate("staff", "edit products or prices"),
        Permission.SEE_COSTS: QCoreApplication.translate("staff", "see costs and margins"),
        Permission.RECEIVE: QCoreApplication.translate("staff", "receive deliveries"),
        Permission.ADJUST: QCoreApplication.translate("staff", "adjust stock"),
        Permission.COUNT: QCoreApplication.translate("staff", "count stock"),
        Permission.POST_COUNT: QCoreApplication.translate("staff", "post a stock count"),
        Permission.SEE_REPORTS: QCoreApplication.translate("staff", "see reports"),
        Permission.CHANGE_SETTINGS: QCoreApplication.translate("staff", "change settings"),
        Permission.MANAGE_USERS: QCoreApplication.translate("staff", "manage staff"),
        Permission.UNLOCK_STAFF: QCoreApplication.translate(
            "staff", "unlock someone locked out by wrong PINs"
        ),
    }
    return words[permission]


def permission_label(permission: Permission) -> str:
    """The permission as a row of the Roles table ("Give a refund")."""
    if permission is Permission.DISCOUNT:
        return QCoreApplication.translate("staff", "Give a discount above the limit below")
    words = permission_words(permission)
    return words[:1].upper() + words[1:]
