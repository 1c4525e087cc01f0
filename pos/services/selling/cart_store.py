"""Saving carts: the open cart of each till and parked carts, as JSON snapshots.

A line's further tax rates (QST after GST) are kept under ``further_taxes`` only when it has
any: a snapshot of single-rate lines is what it always was, and snapshots saved before
products could carry several rates load as they are. The same goes for the manager who
approved something in the cart (``approver_id``), kept only when there is one.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from pos.domain.cart import Cart, CartLine, Discount, DiscountKind, Unit
from pos.domain.tax import TaxRate


def _discount_json(discount: Discount | None) -> dict[str, str] | None:
    return None if discount is None else {"kind": discount.kind.value, "value": str(discount.value)}


def _discount(raw: dict[str, str] | None) -> Discount | None:
    return None if raw is None else Discount(DiscountKind(raw["kind"]), Decimal(raw["value"]))


def _line_json(ln: CartLine) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "line_id": ln.line_id,
        "product_id": ln.product_id,
        "sku": ln.sku,
        "name": ln.name,
        "unit": ln.unit.value,
        "unit_price": str(ln.unit_price),
        "quantity": str(ln.quantity),
        "tax_name": ln.tax_rate.name,
        "tax_percent": str(ln.tax_rate.percent),
        "discount": _discount_json(ln.discount),
        "fixed_amount": None if ln.fixed_amount is None else str(ln.fixed_amount),
    }
    if ln.further_rates:
        raw["further_taxes"] = [[rate.name, str(rate.percent)] for rate in ln.further_rates]
    return raw


def cart_to_json(cart: Cart) -> str:
    """A cart as JSON, every number as a string so nothing passes through a float."""
    raw: dict[str, Any] = {
        "lines": [_line_json(ln) for ln in cart.lines],
        "discount": _discount_json(cart.discount),
    }
    if cart.approver_id is not None:
        raw["approver_id"] = cart.approver_id
    return json.dumps(raw)


def _line(raw: dict[str, Any]) -> CartLine:
    return CartLine(
        line_id=raw["line_id"],
        product_id=raw["product_id"],
        sku=raw["sku"],
        name=raw["name"],
        unit=Unit(raw["unit"]),
        unit_price=Decimal(raw["unit_price"]),
        quantity=Decimal(raw["quantity"]),
        tax_rate=TaxRate(raw["tax_name"], Decimal(raw["tax_percent"])),
        discount=_discount(raw["discount"]),
        fixed_amount=None if raw["fixed_amount"] is None else Decimal(raw["fixed_amount"]),
        further_rates=tuple(
            TaxRate(name, Decimal(percent)) for name, percent in raw.get("further_taxes", ())
        ),
    )


def cart_from_json(text: str) -> Cart:
    """The cart saved by ``cart_to_json``."""
    raw = json.loads(text)
    return Cart(
        lines=tuple(_line(line) for line in raw["lines"]),
        discount=_discount(raw["discount"]),
        approver_id=raw.get("approver_id"),
    )
