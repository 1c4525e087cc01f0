"""The till's cart: scanning, editing, parking, voiding and paying, saved on every change.

A ``CartSession`` belongs to one till. It keeps the cart in memory for speed and writes a
snapshot after every change, in its own small transaction, so the open cart survives the app
crashing or being killed, and parked carts survive a power cut too.

The per-change snapshot is committed without an fsync (``db.write(durable=False)``): a scan
is rewritten a second later anyway, and waiting for the disk on every beep would cost more
than the lookup. A power cut may therefore lose the last few scans of an *open* cart. Parking,
resuming, voiding and paying are durable, and so is everything written before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.uow import UnitOfWork
from pos.domain import cart as carts
from pos.domain.cart import Cart, CartLine, CartTotals, Discount, PricingRules, price_cart
from pos.domain.errors import EmptyCart, NotFound, WeightNeeded
from pos.domain.payments import Tender
from pos.services.audit import record
from pos.services.dto import Actor, ParkedCartDTO, SaleDTO
from pos.services.lookup import Sellable, sellable_by_code, sellable_by_id
from pos.services.selling import cart_rows as rows
from pos.services.selling.cart_rows import parked_carts as parked_carts
from pos.services.selling.cart_store import cart_from_json, cart_to_json
from pos.services.selling.sales import complete_sale
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO
from pos.services.staff.permissions import (
    Authorized,
    Permission,
    authorize,
    authorize_discount,
    require_active,
)


class CartSession:
    """The cart being rung up at one till, by one cashier.

    What the cashier's role may not do alone (void, a discount above their limit, a price
    changed at the till, even selling) is refused with ``NotAllowed`` unless the call
    names an ``approver_id`` (a manager who typed their PIN) who may: the change and the
    sale then record the approver beside the cashier.
    """

    def __init__(
        self, db: Database, till: str, cashier: UserDTO, settings: ShopSettings | None = None
    ) -> None:
        self.db = db
        self.till = till
        self.cashier = cashier
        self.settings = settings or get_settings(db)
        #: Who rang the open cart found at start (None: no open cart, or nobody recorded);
        #: ``cart_restore.restore_session`` gives the cart back to them.
        self.ringer_id: int | None = None
        self._cart_id, self._cart = self._load_open()
        self._priced: tuple[Cart, PricingRules, CartTotals] | None = None

    @property
    def cart(self) -> Cart:
        return self._cart

    def totals(self) -> CartTotals:
        """The cart's money, line by line and per tax rate.

        Worked out once per change of cart or rules: the screen shows the totals after every
        scan, and paying records the very same figures.
        """
        cart, rules = self._cart, self.settings.pricing
        if self._priced is None or self._priced[0] is not cart or self._priced[1] != rules:
            self._priced = (cart, rules, price_cart(cart, rules))
        return self._priced[2]

    # --- changes -----------------------------------------------------------------------------

    def scan(self, code: str) -> CartLine:
        """Add the item with barcode or SKU ``code``; returns the line it went into.

        The lookup and the snapshot share one transaction: one round trip, not two.

        Raises:
            WeightNeeded: ``code`` is a weighed item's own code (its PLU or SKU, not a label
                with its weight or price): nothing is added; weigh it, then ``add_product``.
        """
        with self.db.write(durable=False) as uow:
            item = sellable_by_code(uow, code, self.settings)
            if item.needs_weight:
                raise WeightNeeded(item.product_id, item.name)
            return self._add(uow, item)

    def add_product(self, product_id: int, quantity: Decimal = Decimal(1)) -> CartLine:
        """Add a product picked from search or a quick-pick button."""
        with self.db.write(durable=False) as uow:
            item = sellable_by_id(uow, product_id)
            return self._add(uow, replace(item, quantity=quantity))

    def _add(self, uow: UnitOfWork, item: Sellable) -> CartLine:
        line = CartLine(
            line_id=carts.new_line_id(),
            product_id=item.product_id,
            sku=item.sku,
            name=item.name,
            unit=item.unit,
            unit_price=item.price,
            quantity=item.quantity,
            tax_rate=item.tax_rate,
            fixed_amount=item.fixed_amount,
            further_rates=item.further_rates,
        )
        self._save(uow, carts.add_line(self._cart, line, merge=self.settings.merge_repeat_scans))
        return self._cart.lines[-1]

    def set_quantity(self, line_id: str, quantity: Decimal) -> None:
        self._change(carts.set_quantity(self._cart, line_id, quantity))

    def set_line_discount(
        self, line_id: str, discount: Discount | None, *, approver_id: int | None = None
    ) -> None:
        """Set or clear a line's discount. Above the cashier's limit (a percentage of the
        line) it needs the DISCOUNT permission, or ``approver_id``'s approval."""
        cart = carts.set_line_discount(self._cart, line_id, discount, self.settings.money)
        percent = carts.line_discount_percent(cart.line(line_id), self.settings.money)
        self._approved_change(cart, "line_discount", percent, approver_id, line=line_id)

    def set_cart_discount(
        self, discount: Discount | None, *, approver_id: int | None = None
    ) -> None:
        """Set or clear the discount on the whole cart; checked as a line's is."""
        cart = carts.set_cart_discount(self._cart, discount, self.settings.money)
        percent = carts.cart_discount_percent(cart, self.settings.money)
        self._approved_change(cart, "cart_discount", percent, approver_id)

    def set_price(self, line_id: str, price: Decimal, *, approver_id: int | None = None) -> None:
        """Charge another unit price on a line, for this sale only: CHANGE_PRICE."""
        old = self._cart.line(line_id).unit_price
        cart = carts.set_price(self._cart, line_id, price, self.settings.money)
        with self.db.write(durable=False) as uow:
            done = authorize(uow, self.actor(approver_id), Permission.CHANGE_PRICE)
            cart = self._note_approval(cart, done)
            name = cart.line(line_id).name
            record(
                uow,
                "price_at_till",
                done.user_id,
                self.till,
                approver_id=done.approver_id,
                product=name,
                old=str(old),
                new=str(price),
            )
            self._save(uow, cart)

    def remove_line(self, line_id: str, *, approver_id: int | None = None) -> None:
        """Take a line out of the cart: VOID, as voiding the cart; logged, as it is."""
        cart = carts.remove_line(self._cart, line_id)
        with self.db.write(durable=False) as uow:
            done = authorize(uow, self.actor(approver_id), Permission.VOID)
            line = self._cart.line(line_id)
            record(
                uow,
                "void_line",
                done.user_id,
                self.till,
                approver_id=done.approver_id,
                product=line.name,
                quantity=str(line.quantity),
            )
            self._save(uow, cart)

    # --- whole-cart actions ------------------------------------------------------------------

    def pay(self, tenders: Sequence[Tender], *, approver_id: int | None = None) -> SaleDTO:
        """Complete the sale (SELL); the till starts a fresh cart in the same transaction."""
        sale = complete_sale(
            self.db,
            self._cart,
            tenders,
            settings=self.settings,
            actor=self.actor(approver_id),
            open_cart_id=self._cart_id,
            totals=self.totals(),
        )
        self._cart_id, self._cart = None, Cart()
        return sale

    def void(self, reason: str = "", *, approver_id: int | None = None) -> None:
        """Throw the cart away (VOID). Logged, with what was in it."""
        carts.require_lines(self._cart)
        with self.db.write() as uow:
            done = authorize(uow, self.actor(approver_id), Permission.VOID)
            record(
                uow,
                "void_cart",
                done.user_id,
                self.till,
                approver_id=done.approver_id,
                reason=reason,
                lines=len(self._cart.lines),
                total=str(self.totals().total),
            )
            if self._cart_id is not None:
                uow.connection.execute(rows.DELETE, {"cart_id": self._cart_id})
            uow.commit()
        self._cart_id, self._cart = None, Cart()

    def hand_over(self, user: UserDTO) -> ParkedCartDTO | None:
        """Another user signs in at this till. The same user keeps the cart; anyone else
        gets an empty one, and the open cart (if any) is parked under the first cashier's
        name for them to resume. Returns the parked cart, or None."""
        if user.id == self.cashier.id:
            return None
        with self.db.read() as uow:
            require_active(uow, user.id)
        parked = self.park(self.cashier.name) if self._cart.lines else None
        if self._cart_id is not None:  # an open cart emptied by hand: the newcomer's now
            with self.db.write(durable=False) as uow:
                uow.connection.execute(rows.CLAIM, {"cart_id": self._cart_id, "user_id": user.id})
                uow.commit()
        self.cashier = user
        return parked

    def actor(self, approver_id: int | None = None) -> Actor:
        """The cashier at this till (and an approver) as the services take them."""
        return Actor(self.cashier.id, self.till, approver_id)

    def _approved_change(
        self,
        cart: Cart,
        action: str,
        percent: Decimal,
        approver_id: int | None,
        **details: str,
    ) -> None:
        """Keep a discount the cashier may give (their limit) or a manager approved."""
        with self.db.write(durable=False) as uow:
            done = authorize_discount(uow, self.actor(approver_id), percent)
            if done.approver_id is not None:
                record(
                    uow,
                    action,
                    done.user_id,
                    self.till,
                    approver_id=done.approver_id,
                    percent=str(round(percent, 2)),
                    **details,
                )
            self._save(uow, self._note_approval(cart, done))

    @staticmethod
    def _note_approval(cart: Cart, done: Authorized) -> Cart:
        """The cart remembers the approver, for the sale to record."""
        if done.approver_id is None:
            return cart
        return replace(cart, approver_id=done.approver_id)

    def park(self, label: str = "") -> ParkedCartDTO:
        """Put the cart aside (a customer fetching something) and start a fresh one."""
        carts.require_lines(self._cart)
        totals = self.totals()
        now = utcnow()
        with self.db.write() as uow:
            cart_id = self._write_snapshot(uow, self._cart)
            uow.connection.execute(
                rows.PARK, {"cart_id": cart_id, "label": label.strip(), "updated_at": now}
            )
            uow.commit()
        parked = ParkedCartDTO(
            cart_id, label.strip(), self.till, now, len(self._cart.lines), totals.total
        )
        self._cart_id, self._cart = None, Cart()
        return parked

    def resume(self, cart_id: int) -> None:
        """Bring back a parked cart (from any till). The current cart must be empty."""
        if self._cart.lines:
            raise EmptyCart("Park or finish the current cart before resuming another.")
        with self.db.write() as uow:
            params = {
                "cart_id": cart_id,
                "till": self.till,
                "user_id": self.cashier.id,
                "updated_at": utcnow(),
            }
            payload = uow.connection.scalar(rows.RESUME, params)
            if payload is None:
                raise NotFound("That parked cart was already resumed or voided.")
            if self._cart_id is not None:
                uow.connection.execute(rows.DELETE, {"cart_id": self._cart_id})
            cart = cart_from_json(payload)
            uow.commit()
        self._cart_id, self._cart = cart_id, cart

    # --- persistence -------------------------------------------------------------------------

    def _load_open(self) -> tuple[int | None, Cart]:
        with self.db.read() as uow:
            stored = uow.connection.execute(rows.OPEN_CART, {"till": self.till}).first()
            if stored is None:
                return None, Cart()
            self.ringer_id = stored.user_id
            return stored.id, cart_from_json(stored.payload)

    def _change(self, cart: Cart) -> None:
        """Keep a change to the open cart: a snapshot, crash-safe but not fsynced."""
        with self.db.write(durable=False) as uow:
            self._save(uow, cart)

    def _save(self, uow: UnitOfWork, cart: Cart) -> None:
        """Commit the snapshot first; only then does the in-memory cart change."""
        cart_id = self._write_snapshot(uow, cart)
        uow.commit()
        self._cart_id, self._cart = cart_id, cart

    def _write_snapshot(self, uow: UnitOfWork, cart: Cart) -> int:
        """Insert or update this till's open cart row in ``uow``; returns the row's id."""
        payload, now = cart_to_json(cart), utcnow()
        if self._cart_id is None:
            cart_id: int = rows.INSERT_CART.scalar(
                uow,
                {
                    "till": self.till,
                    "status": rows.OPEN,
                    "label": "",
                    "user_id": self.cashier.id,
                    "payload": payload,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            return cart_id
        rows.UPDATE_CART.rows(
            uow, {"cart_id": self._cart_id, "payload": payload, "updated_at": now}
        )
        return self._cart_id
