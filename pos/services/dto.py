"""Frozen data handed out by services. No ORM object ever leaves a unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos.domain.cart import Unit
from pos.domain.payments import PaymentMethod
from pos.services.fast_dto import quick_init


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does an action, at which till, and the manager whose PIN approved it (when the
    user's role may not do it alone): each change records them."""

    user_id: int | None
    till: str
    approver_id: int | None = None


@dataclass(frozen=True, slots=True)
class TaxRateDTO:
    id: int
    name: str
    percent: Decimal


@dataclass(frozen=True, slots=True)
class CategoryDTO:
    id: int
    name: str
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class ProductDTO:
    """A product as the back office shows it.

    ``tax_rate`` is its (first) rate; ``tax_rates`` all its rates in order, ``tax_rate``
    first, for a product taxed at several on the same net price (GST and QST).
    """

    id: int
    sku: str
    name: str
    category: str | None
    unit: Unit
    price: Decimal
    #: None for a user who may not see costs (SEE_COSTS).
    cost: Decimal | None
    tax_rate: TaxRateDTO
    active: bool
    favourite: bool
    reorder_level: Decimal
    on_hand: Decimal
    barcodes: tuple[str, ...]
    reorder_quantity: Decimal = Decimal(0)
    tax_rates: tuple[TaxRateDTO, ...] = ()
    #: The usual supplier (the last a delivery came from, or set by hand); None: none.
    supplier_id: int | None = None
    #: Reorder up to this level; zero: order the reorder quantity instead.
    max_level: Decimal = Decimal(0)


@quick_init
@dataclass(frozen=True)
class LineTaxDTO:
    """The tax at one of a sale line's rates."""

    tax_name: str
    tax_percent: Decimal
    tax: Decimal


@quick_init
@dataclass(frozen=True)
class SaleLineDTO:
    """A line of a sale or refund.

    ``tax_name`` and ``tax_percent`` are its first rate and ``tax`` its tax at all its
    rates; ``taxes`` has the tax at each of its rates, in order (one entry for most lines,
    several for a line taxed at GST and QST).
    """

    id: int
    line_no: int
    product_id: int
    sku: str
    name: str
    unit: Unit
    quantity: Decimal
    unit_price: Decimal
    base: Decimal
    line_discount: Decimal
    cart_discount: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    tax_name: str
    tax_percent: Decimal
    original_line_id: int | None
    taxes: tuple[LineTaxDTO, ...]

    @property
    def discount(self) -> Decimal:
        """All discount on the line: its own and its share of the cart's."""
        return self.line_discount + self.cart_discount


@quick_init
@dataclass(frozen=True)
class SaleTaxDTO:
    tax_name: str
    tax_percent: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal


@quick_init
@dataclass(frozen=True)
class PaymentDTO:
    method: PaymentMethod
    amount: Decimal
    tendered: Decimal
    change: Decimal
    reference: str


@quick_init
@dataclass(frozen=True)
class SaleDTO:
    """A completed sale or refund, as a receipt needs it."""

    id: int
    kind: str
    number: str
    created_at: datetime
    cashier: str
    till: str
    currency: str
    tax_mode: str
    subtotal: Decimal
    discount: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal
    rounding: Decimal
    amount_due: Decimal
    change: Decimal
    lines: tuple[SaleLineDTO, ...]
    taxes: tuple[SaleTaxDTO, ...]
    payments: tuple[PaymentDTO, ...]
    original_number: str | None
    #: The manager whose PIN allowed what the cashier could not do alone (a refund, a big
    #: discount ...), by name; empty when nobody had to approve.
    approver: str = ""

    @property
    def is_refund(self) -> bool:
        return self.kind == "refund"

    @property
    def moves_cash(self) -> bool:
        """Cash was taken or paid out, so the drawer opens."""
        return any(p.method is PaymentMethod.CASH for p in self.payments)

    @property
    def tendered(self) -> Decimal:
        """Everything the customer handed over (cash before change)."""
        return sum((p.tendered for p in self.payments), Decimal(0))


@dataclass(frozen=True, slots=True)
class ParkedCartDTO:
    id: int
    label: str
    till: str
    parked_at: datetime
    line_count: int
    total: Decimal
