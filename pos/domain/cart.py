"""The cart: lines, quantities, discounts, and the totals a customer pays.

A ``Cart`` is an immutable value; every change returns a new cart, which makes it cheap to
snapshot (the open cart survives a crash) and easy to test. ``price_cart`` turns a cart and
the shop's pricing rules into exact totals per line and per tax rate.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from pos.domain.errors import EmptyCart, InvalidInput, NotFound
from pos.domain.money import ZERO, Currency, round_money
from pos.domain.tax import HUNDRED, RateTotal, TaxMode, TaxRate, TaxRounding, allocate, split_lines

#: Anything dearer than this is a typing slip, not a price (it also keeps sums in 64 bits).
MAX_AMOUNT = Decimal(10) ** 10
MAX_QUANTITY = Decimal(100_000)
QUANTITY_QUANTUM = Decimal("0.001")


class Unit(StrEnum):
    """How a product is sold: by the piece, or weighed in kilograms."""

    EACH = "each"
    KG = "kg"


class DiscountKind(StrEnum):
    """A discount is a percentage off or a fixed amount off."""

    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Discount:
    """A discount on a line or on the whole cart."""

    kind: DiscountKind
    value: Decimal

    def amount_off(self, base: Decimal, cur: Currency) -> Decimal:
        """How much this discount takes off ``base``; never more than ``base``."""
        if self.kind is DiscountKind.PERCENT:
            return round_money(base * self.value / HUNDRED, cur)
        return min(self.value, base)


@dataclass(frozen=True, slots=True)
class PricingRules:
    """The shop settings that decide how a cart is priced."""

    currency: Currency
    tax_mode: TaxMode
    tax_rounding: TaxRounding


@dataclass(frozen=True, slots=True)
class CartLine:
    """One line of the cart, with a snapshot of the product as it was when scanned.

    ``fixed_amount`` is set when a price-embedded barcode states the line's price.
    ``tax_rate`` is the product's (first) rate; ``further_rates`` are the rates charged
    beside it on the same net price (QST after GST), for the few products that have them.
    """

    line_id: str
    product_id: int
    sku: str
    name: str
    unit: Unit
    unit_price: Decimal
    quantity: Decimal
    tax_rate: TaxRate
    discount: Discount | None = None
    fixed_amount: Decimal | None = None
    further_rates: tuple[TaxRate, ...] = ()

    @property
    def rates(self) -> tuple[TaxRate, ...]:
        """Every rate the line is taxed at, the first one first."""
        if not self.further_rates:
            return (self.tax_rate,)
        return (self.tax_rate, *self.further_rates)

    def base_amount(self, cur: Currency) -> Decimal:
        """Price times quantity, before any discount."""
        if self.fixed_amount is not None:
            return self.fixed_amount
        return round_money(self.unit_price * self.quantity, cur)


@dataclass(frozen=True, slots=True)
class Cart:
    """The items a customer is buying, before payment."""

    lines: tuple[CartLine, ...] = ()
    discount: Discount | None = None
    #: The manager whose approval a change to this cart needed (a discount above the
    #: cashier's limit, a price changed at the till): the sale records them.
    approver_id: int | None = None

    def line(self, line_id: str) -> CartLine:
        """The line with ``line_id``, or NotFound."""
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise NotFound("That line is no longer in the cart.")


def format_quantity(quantity: Decimal) -> str:
    """A quantity without trailing zeros: '3', '1.25', never '3.000' or '1E+2'."""
    return f"{quantity.normalize():f}"


def new_line_id() -> str:
    """A unique id for a cart line, stable across snapshots: 128 random bits, in hex."""
    return os.urandom(16).hex()


def check_quantity(quantity: Decimal, unit: Unit) -> Decimal:
    """Return ``quantity`` if it can be sold in ``unit``, else InvalidInput saying why."""
    if quantity <= ZERO:
        raise InvalidInput("The quantity must be more than zero.")
    if quantity > MAX_QUANTITY:
        raise InvalidInput(f"{quantity} is too many for one line. Check the quantity.")
    if unit is Unit.EACH and quantity != quantity.to_integral_value():
        raise InvalidInput("This item is sold by the piece: use a whole number.")
    if quantity != quantity.quantize(QUANTITY_QUANTUM):
        raise InvalidInput("Weights go to the gram at most (3 decimals).")
    return quantity


def check_amount(amount: Decimal, cur: Currency, what: str = "price") -> Decimal:
    """Return ``amount`` if it is a sensible price in ``cur``, else InvalidInput."""
    if amount < ZERO:
        raise InvalidInput(f"The {what} cannot be negative.")
    if amount >= MAX_AMOUNT:
        raise InvalidInput(f"The {what} {amount} is far too large. Check the number.")
    if amount != round_money(amount, cur):
        raise InvalidInput(
            f"The {what} {amount} has more decimals than {cur.code} has ({cur.exponent})."
        )
    return amount


def check_discount(discount: Discount, cur: Currency) -> Discount:
    """Return ``discount`` if it is valid, else InvalidInput."""
    if discount.kind is DiscountKind.PERCENT:
        if not ZERO <= discount.value <= HUNDRED:
            raise InvalidInput("A percentage discount must be between 0 and 100.")
    else:
        check_amount(discount.value, cur, "discount")
    return discount


def add_line(cart: Cart, line: CartLine, merge: bool) -> Cart:
    """Add ``line``; with ``merge``, a repeat scan of the last item raises its quantity."""
    check_quantity(line.quantity, line.unit)
    last = cart.lines[-1] if cart.lines else None
    if (
        merge
        and last is not None
        and last.product_id == line.product_id
        and last.unit_price == line.unit_price
        and last.fixed_amount is None
        and line.fixed_amount is None
    ):
        merged = replace(last, quantity=check_quantity(last.quantity + line.quantity, last.unit))
        return replace(cart, lines=(*cart.lines[:-1], merged))
    return replace(cart, lines=(*cart.lines, line))


def _replace_line(cart: Cart, new: CartLine) -> Cart:
    return replace(cart, lines=tuple(new if ln.line_id == new.line_id else ln for ln in cart.lines))


def set_quantity(cart: Cart, line_id: str, quantity: Decimal) -> Cart:
    """Change a line's quantity (decimal for weighed goods)."""
    line = cart.line(line_id)
    if line.fixed_amount is not None:
        raise InvalidInput("The weight of this item came from its label and cannot be changed.")
    return _replace_line(cart, replace(line, quantity=check_quantity(quantity, line.unit)))


def set_line_discount(cart: Cart, line_id: str, discount: Discount | None, cur: Currency) -> Cart:
    """Set or clear a line's discount."""
    checked = None if discount is None else check_discount(discount, cur)
    return _replace_line(cart, replace(cart.line(line_id), discount=checked))


def set_cart_discount(cart: Cart, discount: Discount | None, cur: Currency) -> Cart:
    """Set or clear the discount on the whole cart."""
    return replace(cart, discount=None if discount is None else check_discount(discount, cur))


def set_price(cart: Cart, line_id: str, price: Decimal, cur: Currency) -> Cart:
    """Charge ``price`` a unit on this line, for this sale only (the product keeps its own)."""
    line = cart.line(line_id)
    if line.fixed_amount is not None:
        raise InvalidInput("The price of this item came from its label and cannot be changed.")
    return _replace_line(cart, replace(line, unit_price=check_amount(price, cur)))


def line_discount_percent(line: CartLine, cur: Currency) -> Decimal:
    """The line's own discount as a percentage of what it costs before it."""
    if line.discount is None:
        return ZERO
    base = line.base_amount(cur)
    if line.discount.kind is DiscountKind.PERCENT:
        return line.discount.value
    return HUNDRED if base == ZERO else line.discount.amount_off(base, cur) * HUNDRED / base


def cart_discount_percent(cart: Cart, cur: Currency) -> Decimal:
    """The cart's discount as a percentage of what the lines cost after their own."""
    if cart.discount is None:
        return ZERO
    if cart.discount.kind is DiscountKind.PERCENT:
        return cart.discount.value
    after_lines = ZERO
    for line in cart.lines:
        base = line.base_amount(cur)
        after_lines += base - (line.discount.amount_off(base, cur) if line.discount else ZERO)
    if after_lines == ZERO:
        return HUNDRED
    return cart.discount.amount_off(after_lines, cur) * HUNDRED / after_lines


def remove_line(cart: Cart, line_id: str) -> Cart:
    """Take a line out of the cart."""
    cart.line(line_id)
    return replace(cart, lines=tuple(ln for ln in cart.lines if ln.line_id != line_id))


@dataclass(frozen=True, slots=True)
class PricedLine:
    """A cart line with its money worked out. net + tax == gross.

    ``taxes`` is the tax at each of the line's rates (``line.rates``), adding up to ``tax``.
    """

    line: CartLine
    base: Decimal
    line_discount: Decimal
    cart_discount: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    taxes: tuple[Decimal, ...] = ()

    @property
    def discount(self) -> Decimal:
        """All discount on this line, its own and its share of the cart's."""
        return self.line_discount + self.cart_discount


@dataclass(frozen=True, slots=True)
class CartTotals:
    """What the customer pays, line by line and per tax rate."""

    lines: tuple[PricedLine, ...]
    rates: tuple[RateTotal, ...]
    subtotal: Decimal
    discount: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal


def price_cart(cart: Cart, rules: PricingRules) -> CartTotals:
    """Work out every line and the totals per rate.

    The cart discount is shared over the lines in proportion to what each line costs after
    its own discount, so that each rate's tax is computed on what was really charged (a line
    with several rates pays each of them on its share-reduced net).
    """
    cur = rules.currency
    bases = [line.base_amount(cur) for line in cart.lines]
    line_discounts = [
        line.discount.amount_off(base, cur) if line.discount else ZERO
        for line, base in zip(cart.lines, bases, strict=True)
    ]
    after_line = [b - d for b, d in zip(bases, line_discounts, strict=True)]
    cart_off = cart.discount.amount_off(sum(after_line, ZERO), cur) if cart.discount else ZERO
    shares = allocate(cart_off, after_line, cur.quantum) if cart.lines else []
    charged = [a - s for a, s in zip(after_line, shares, strict=True)]
    splits, rates = split_lines(
        [(line.rates, amount) for line, amount in zip(cart.lines, charged, strict=True)],
        rules.tax_mode,
        rules.tax_rounding,
        cur,
    )
    priced = tuple(
        PricedLine(line, base, line_off, share, split.net, split.tax, split.gross, split.taxes)
        for line, base, line_off, share, split in zip(
            cart.lines, bases, line_discounts, shares, splits, strict=True
        )
    )
    # The rates' taxes add up to the document's tax; their nets do not (a line with two
    # rates counts its net at each), so the total comes from the lines.
    tax = sum((r.tax for r in rates), ZERO)
    total = sum((s.gross for s in splits), ZERO)
    return CartTotals(
        lines=priced,
        rates=tuple(rates),
        subtotal=sum(bases, ZERO),
        discount=sum(line_discounts, ZERO) + cart_off,
        net=total - tax,
        tax=tax,
        total=total,
    )


def require_lines(cart: Cart) -> None:
    """Raise EmptyCart if there is nothing to sell."""
    if not cart.lines:
        raise EmptyCart("The cart is empty: scan or pick an item first.")
