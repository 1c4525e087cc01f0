"""Changing many products at once: category, tax rate, price, active — all or nothing.

A selection (``pos.services.catalog.selection``) may hold half a million products. The
change runs in one transaction, a batch of ids at a time, reporting progress; stopping it
half-way (``cancelled()`` answers True) rolls everything back. Every new price goes into the
price history, and the change into the audit log once, with how many products it touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import price_changes, products
from pos.db.uow import UnitOfWork
from pos.domain.errors import Cancelled
from pos.domain.money import Currency
from pos.domain.pricing import PriceChangeRule
from pos.services import audit
from pos.services.catalog.categories import category_id_for_name
from pos.services.catalog.product_taxes import check_rate_ids, set_further_rates
from pos.services.catalog.selection import ProductSelection, selected_id_batches
from pos.services.dto import Actor
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorized

#: Called after each batch with (products done, products in all).
Progress = Callable[[int, int], None]
#: Asked after each batch: True stops the change and rolls it back.
AskCancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class SetCategory:
    """Move the products into the category ``name`` (made if new), or into none."""

    name: str | None


@dataclass(frozen=True, slots=True)
class SetTaxRate:
    """Give the products the rate ``tax_rate_id``, and ``further`` rates beside it on the
    same net price (QST after GST); without ``further`` the rate is each product's only one."""

    tax_rate_id: int
    further: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SetActive:
    active: bool


@dataclass(frozen=True, slots=True)
class ChangePrice:
    rule: PriceChangeRule


BulkChange = SetCategory | SetTaxRate | SetActive | ChangePrice

_SET_PRICE = update(products).where(products.c.id == bindparam("pid"))


def _no_progress(done: int, total: int) -> None:
    return None


def _never_cancelled() -> bool:
    return False


def apply_bulk_change(
    db: Database,
    selection: ProductSelection,
    change: BulkChange,
    *,
    actor: Actor,
    progress: Progress = _no_progress,
    cancelled: AskCancelled = _never_cancelled,
) -> int:
    """Apply ``change`` to every selected product, in one unit of work.

    Returns:
        How many products were changed.

    Raises:
        InvalidInput: the change cannot apply (an unknown tax rate, a price rule the
            currency cannot round to, a new price no till takes); nothing is changed.
        Cancelled: ``cancelled()`` said so; nothing is changed.
    """
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        total = int(
            uow.connection.scalar(
                select(func.count())
                .select_from(products)
                .where(selection.condition(uow.dialect.name == "sqlite"))
            )
            or 0
        )
        values = _fixed_values(uow, change)
        money = read_settings(uow).money
        now = utcnow()
        done = 0
        for ids in selected_id_batches(uow, selection):
            if isinstance(change, ChangePrice):
                _reprice(uow, ids, change.rule, money, actor, now)
            else:
                uow.connection.execute(
                    update(products).where(products.c.id.in_(ids)).values(**values, updated_at=now)
                )
                if isinstance(change, SetTaxRate):
                    set_further_rates(uow, ids, change.further)
            done += len(ids)
            progress(done, total)
            if cancelled():
                raise Cancelled()
        audit.record(
            uow, "products_bulk_changed", actor.user_id, actor.till, approver_id=actor.approver_id,
            change=repr(change), products=done,
        )  # fmt: skip
        uow.commit()
        return done


def _fixed_values(uow: UnitOfWork, change: BulkChange) -> dict[str, object]:
    """The column values a non-price change writes, checked once before any batch."""
    if isinstance(change, SetActive):
        return {"active": change.active}
    if isinstance(change, SetTaxRate):
        check_rate_ids(uow, (change.tax_rate_id, *change.further))
        return {"tax_rate_id": change.tax_rate_id}
    if isinstance(change, SetCategory):
        return {"category_id": category_id_for_name(uow, change.name)}
    change.rule.check(read_settings(uow).money)
    return {}


def _reprice(
    uow: UnitOfWork,
    ids: list[int],
    rule: PriceChangeRule,
    money: Currency,
    actor: Actor,
    now: datetime,
) -> None:
    rows = uow.connection.execute(
        select(products.c.id, products.c.price).where(products.c.id.in_(ids))
    )
    new_prices = [(pid, price, rule.apply(price, money)) for pid, price in rows]
    changed = [(pid, old, new) for pid, old, new in new_prices if new != old]
    if not changed:
        return
    uow.connection.execute(
        _SET_PRICE.values(
            price=bindparam("new_price", type_=products.c.price.type), updated_at=now
        ),
        [{"pid": pid, "new_price": new} for pid, _, new in changed],
    )
    uow.connection.execute(
        insert(price_changes),
        [
            {
                "product_id": pid,
                "old_price": old,
                "new_price": new,
                "changed_at": now,
                "user_id": actor.user_id,
                "approver_id": actor.approver_id,
                "till": actor.till,
            }
            for pid, old, new in changed
        ],
    )
