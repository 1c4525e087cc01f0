"""The till's cart at start-up: after a crash, the open cart goes back to whoever rang it.

The open cart survives the app being killed (``CartSession`` saves it on every change). When
sign-in is on, the till opens locked, and the cart must belong to the cashier who was
ringing it, not to the owner the till starts as: that cashier signing in carries on with it,
anyone else finds it parked under that cashier's name (``CartSession.hand_over``, as after a
lock). With sign-in off the owner carries on, as ever.
"""

from __future__ import annotations

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import users
from pos.services.selling.cart import CartSession
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO

_USER = select(users.c.id, users.c.name, users.c.role)


def restore_session(
    db: Database, till: str, starting_as: UserDTO, settings: ShopSettings | None = None
) -> CartSession:
    """The session for ``till`` at start-up, as ``starting_as`` (the owner); its open cart,
    if sign-in is on and someone else rang it, stays that cashier's."""
    shop = settings or get_settings(db)
    session = CartSession(db, till, starting_as, shop)
    ringer = session.ringer_id
    if not shop.sign_in or not session.cart.lines or ringer in (None, starting_as.id):
        return session
    with db.read() as uow:
        row = uow.connection.execute(_USER.where(users.c.id == ringer)).first()
    if row is not None:  # (a user is never deleted; a cart without one stays the owner's)
        session.cashier = UserDTO(row.id, row.name, row.role)
    return session
