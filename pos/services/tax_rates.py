"""Looking after the shop's tax rates once it is open: usage, renaming, switching off.

A rate's percent is never edited in place: sale lines keep the name and percent they were
sold at, but products point at the rate, so changing it would silently re-price every product
that carries it. A new percent is a new rate; the old one is switched off once no product
uses it any more.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Product, ProductTax, TaxRate
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput, NotFound
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.shop import check_tax_rate
from pos.services.staff.permissions import Permission, authorized


@dataclass(frozen=True, slots=True)
class TaxRateUsage:
    """An active tax rate and how many products (switched off ones included) carry it,
    as their first rate or beside another (QST after GST)."""

    id: int
    name: str
    percent: Decimal
    products: int


def list_tax_rate_usage(db: Database) -> list[TaxRateUsage]:
    """The active tax rates in the order they were made, each with its product count."""
    counts = (
        select(Product.tax_rate_id, func.count().label("n"))
        .group_by(Product.tax_rate_id)
        .subquery()
    )
    # A product never carries a rate twice, so the two counts add up to products.
    beside = (
        select(ProductTax.tax_rate_id, func.count().label("n"))
        .group_by(ProductTax.tax_rate_id)
        .subquery()
    )
    query = (
        select(
            TaxRate.id,
            TaxRate.name,
            TaxRate.percent,
            func.coalesce(counts.c.n, 0) + func.coalesce(beside.c.n, 0),
        )
        .outerjoin(counts, counts.c.tax_rate_id == TaxRate.id)
        .outerjoin(beside, beside.c.tax_rate_id == TaxRate.id)
        .where(TaxRate.active)
        .order_by(TaxRate.id)
    )
    with db.read() as uow:
        return [
            TaxRateUsage(rate_id, name, percent, int(n))
            for rate_id, name, percent, n in uow.session.execute(query)
        ]


def add_tax_rate(db: Database, name: str, percent: Decimal, *, actor: Actor) -> TaxRateUsage:
    """Add a rate, or switch an old one back on when the same name and percent are asked for.

    Raises:
        InvalidInput: the name or percent is not usable, or the name is taken.
    """
    cleaned, percent = check_tax_rate(name, percent)
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.CHANGE_SETTINGS)
        rate = uow.session.scalar(select(TaxRate).where(TaxRate.name == cleaned))
        if rate is None:
            rate = TaxRate(name=cleaned, percent=percent, active=True)
            uow.session.add(rate)
        elif rate.active:
            raise InvalidInput(f"There is already a tax rate called '{cleaned}'.")
        elif rate.percent != percent:
            raise InvalidInput(
                f"A switched-off tax rate is already called '{cleaned}' "
                f"({rate.percent.normalize():f} %). Give the new rate another name."
            )
        else:
            rate.active = True
        uow.session.flush()
        _log(uow, actor, "tax_rate_added", rate.id, name=cleaned, percent=str(percent))
        uow.commit()
        rate_id = rate.id
    return next(r for r in list_tax_rate_usage(db) if r.id == rate_id)


def _rate(uow: UnitOfWork, rate_id: int) -> TaxRate:
    rate = uow.session.get(TaxRate, rate_id)
    if rate is None or not rate.active:
        raise NotFound("That tax rate no longer exists. Reopen the settings to see the rates.")
    return rate


def rename_tax_rate(db: Database, rate_id: int, name: str, *, actor: Actor) -> TaxRateUsage:
    """Give a rate a new name. Receipts already printed keep the name they were sold under."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.CHANGE_SETTINGS)
        rate = _rate(uow, rate_id)
        cleaned, _ = check_tax_rate(name, rate.percent)
        holder = uow.session.scalar(select(TaxRate.id).where(TaxRate.name == cleaned))
        if holder is not None and holder != rate_id:
            raise InvalidInput(f"There is already a tax rate called '{cleaned}'.")
        _log(uow, actor, "tax_rate_renamed", rate_id, was=rate.name, name=cleaned)
        rate.name = cleaned
        uow.commit()
    return next(r for r in list_tax_rate_usage(db) if r.id == rate_id)


def _products_carrying(uow: UnitOfWork, rate_id: int) -> int:
    """How many products carry the rate, first or beside another."""
    first = uow.session.scalar(
        select(func.count()).select_from(Product).where(Product.tax_rate_id == rate_id)
    )
    beside = uow.session.scalar(
        select(func.count()).select_from(ProductTax).where(ProductTax.tax_rate_id == rate_id)
    )
    return (first or 0) + (beside or 0)


def deactivate_tax_rate(db: Database, rate_id: int, *, actor: Actor) -> None:
    """Switch a rate off so no new product can be given it.

    Raises:
        InvalidInput: products still carry the rate, or it is the shop's last rate.
        NotFound: the rate does not exist or is already off.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.CHANGE_SETTINGS)
        rate = _rate(uow, rate_id)
        used = _products_carrying(uow, rate_id)
        if used:
            products = "1 product uses" if used == 1 else f"{used} products use"
            raise InvalidInput(
                f"The tax rate '{rate.name}' cannot be switched off: {products} it. "
                "Give those products another rate first."
            )
        others = uow.session.scalar(
            select(func.count()).select_from(TaxRate).where(TaxRate.active, TaxRate.id != rate_id)
        )
        if not others:
            raise InvalidInput(
                f"'{rate.name}' is the shop's only tax rate, and the shop needs one. "
                "Add the new rate first, then switch this one off."
            )
        rate.active = False
        _log(uow, actor, "tax_rate_switched_off", rate_id, name=rate.name)
        uow.commit()


def _log(uow: UnitOfWork, actor: Actor, action: str, rate_id: int, **details: str) -> None:
    record(
        uow,
        action,
        actor.user_id,
        actor.till,
        approver_id=actor.approver_id,
        rate_id=rate_id,
        **details,
    )
