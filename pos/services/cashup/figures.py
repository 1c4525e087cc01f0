"""The figures of a shift, worked out from its sales, refunds, payments and cash moved.

An X report shows them at any moment; a Z report stores them when the shift closes and is
never worked out again (``reports``). Every figure is a sum over the shift's own rows,
found through ``sales.shift_id`` and ``cash_movements.shift_id``: a shift of a busy day
costs what that day holds, however many years of sales the database keeps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from pos.db.tables import audit_log, cash_movements, payments, sale_lines, sale_taxes, sales, users
from pos.db.uow import UnitOfWork
from pos.domain.money import ZERO
from pos.domain.payments import PaymentMethod

SALE = "sale"
REFUND = "refund"
#: Audit actions counted as voids, and as drawer openings without a sale.
VOID_ACTIONS = ("void_cart", "void_line")
NO_SALE_ACTION = "no_sale"
#: How many of the best-selling products a report lists.
TOP = 10


@dataclass(frozen=True, slots=True)
class TaxLine:
    """What was charged at one tax rate: sales less refunds."""

    name: str
    percent: Decimal
    net: Decimal
    tax: Decimal


@dataclass(frozen=True, slots=True)
class TenderLine:
    """Money taken in one way (cash, card, mobile money ...), less what refunds paid out
    that way; ``references`` counts the payments that carry one (a mobile money code)."""

    method: str
    payments: int
    amount: Decimal
    references: int


@dataclass(frozen=True, slots=True)
class ProductLine:
    """A product among the shift's best sellers."""

    name: str
    quantity: Decimal
    amount: Decimal
    #: "each" or "kg", as ``pos.domain.cart.Unit``.
    unit: str = "each"


@dataclass(frozen=True, slots=True)
class WhoDid:
    """How many times someone did something (voided, opened the drawer)."""

    name: str
    times: int


@dataclass(frozen=True, slots=True)
class ShiftFigures:
    """Everything an X or Z report shows of a shift. Amounts are in the shop's currency.

    ``gross`` is the sales at their prices before discounts, ``sales_total`` what the
    customers were charged (tax included), ``net`` that less refunds. Cash: the float
    plus cash taken, less cash refunded, plus cash put in, less cash taken out, is what
    the drawer should hold (``expected_cash``).
    """

    till: str
    period_start: datetime
    period_end: datetime
    cashiers: tuple[str, ...]
    sales_count: int
    refunds_count: int
    gross: Decimal
    discounts: Decimal
    sales_total: Decimal
    refunds: Decimal
    net: Decimal
    rounding: Decimal
    taxes: tuple[TaxLine, ...]
    tenders: tuple[TenderLine, ...]
    opening_float: Decimal
    cash_sales: Decimal
    cash_refunds: Decimal
    cash_in: Decimal
    cash_out: Decimal
    voids: tuple[WhoDid, ...]
    no_sales: tuple[WhoDid, ...]
    top_products: tuple[ProductLine, ...]

    @property
    def expected_cash(self) -> Decimal:
        return (
            self.opening_float + self.cash_sales - self.cash_refunds + self.cash_in - self.cash_out
        )


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """The shift a report is made of."""

    id: int
    till: str
    opened_at: datetime
    opened_by: int | None
    opening_float: Decimal


def _less_refunds(amount: Decimal, kind: str) -> Decimal:
    """Refunds are stored as positive amounts: they count against the sales."""
    return -amount if kind == REFUND else amount


def shift_figures(uow: UnitOfWork, covered: Sequence[ShiftRow], until: datetime) -> ShiftFigures:
    """The figures of the ``covered`` shifts (one till's, or every till's for a Z of the
    whole shop) from their opening to ``until``."""
    connection = uow.connection
    ids = sorted(shift.id for shift in covered)
    in_shift = sales.c.shift_id.in_(ids)
    totals: dict[str, Any] = {}
    for kind, count, gross, discount, total, rounding in connection.execute(
        select(
            sales.c.kind,
            func.count(),
            func.sum(sales.c.subtotal),
            func.sum(sales.c.discount),
            func.sum(sales.c.total),
            func.sum(sales.c.rounding),
        )
        .where(in_shift)
        .group_by(sales.c.kind)
    ):
        totals[kind] = (count, gross or ZERO, discount or ZERO, total or ZERO, rounding or ZERO)
    none = (0, ZERO, ZERO, ZERO, ZERO)
    sold, refunded = totals.get(SALE, none), totals.get(REFUND, none)
    tenders = _tenders(uow, ids)
    cash_sales, cash_refunds = _cash_both_ways(uow, ids)
    moved = _moved(uow, ids)
    return ShiftFigures(
        till=", ".join(sorted({shift.till for shift in covered})),
        period_start=min(shift.opened_at for shift in covered),
        period_end=until,
        cashiers=_cashiers(uow, covered),
        sales_count=sold[0],
        refunds_count=refunded[0],
        gross=sold[1],
        discounts=sold[2],
        sales_total=sold[3],
        refunds=refunded[3],
        net=sold[3] - refunded[3],
        rounding=sold[4] - refunded[4],
        taxes=_taxes(uow, ids),
        tenders=tenders,
        opening_float=sum((shift.opening_float for shift in covered), ZERO),
        cash_sales=cash_sales,
        cash_refunds=cash_refunds,
        cash_in=moved.get("in", ZERO),
        cash_out=moved.get("out", ZERO),
        voids=_who_did(uow, covered, until, VOID_ACTIONS),
        no_sales=_who_did(uow, covered, until, (NO_SALE_ACTION,)),
        top_products=_top_products(uow, ids),
    )


def expected_cash(uow: UnitOfWork, covered: Sequence[ShiftRow]) -> Decimal:
    """What the drawers of the ``covered`` shifts should hold now: ``ShiftFigures``'s
    ``expected_cash`` alone, without the report's other sums (the home view asks at every
    sale; taking cash out checks it)."""
    ids = sorted(shift.id for shift in covered)
    cash_sales, cash_refunds = _cash_both_ways(uow, ids)
    moved = _moved(uow, ids)
    opening = sum((shift.opening_float for shift in covered), ZERO)
    return opening + cash_sales - cash_refunds + moved.get("in", ZERO) - moved.get("out", ZERO)


def _moved(uow: UnitOfWork, ids: Sequence[int]) -> dict[str, Decimal]:
    """Cash put in ("in") and taken out ("out") of the shifts' drawers."""
    rows = uow.connection.execute(
        select(cash_movements.c.kind, func.sum(cash_movements.c.amount))
        .where(cash_movements.c.shift_id.in_(ids))
        .group_by(cash_movements.c.kind)
    )
    return {kind: amount or ZERO for kind, amount in rows}


def _taxes(uow: UnitOfWork, ids: Sequence[int]) -> tuple[TaxLine, ...]:
    rows = uow.connection.execute(
        select(
            sales.c.kind,
            sale_taxes.c.tax_name,
            sale_taxes.c.tax_percent,
            func.sum(sale_taxes.c.net),
            func.sum(sale_taxes.c.tax),
        )
        .join(sales, sales.c.id == sale_taxes.c.sale_id)
        .where(sales.c.shift_id.in_(ids))
        .group_by(sales.c.kind, sale_taxes.c.tax_name, sale_taxes.c.tax_percent)
    )
    rates: dict[tuple[str, Decimal], tuple[Decimal, Decimal]] = {}
    for kind, name, percent, net, tax in rows:
        before = rates.get((name, percent), (ZERO, ZERO))
        rates[(name, percent)] = (
            before[0] + _less_refunds(net, kind),
            before[1] + _less_refunds(tax, kind),
        )
    ordered = sorted(rates.items(), key=lambda item: (-item[0][1], item[0][0]))
    return tuple(TaxLine(name, percent, net, tax) for (name, percent), (net, tax) in ordered)


def _tenders(uow: UnitOfWork, ids: Sequence[int]) -> tuple[TenderLine, ...]:
    rows = uow.connection.execute(
        select(
            sales.c.kind,
            payments.c.method,
            func.count(),
            func.sum(payments.c.amount),
            func.sum(case((payments.c.reference != "", 1), else_=0)),
        )
        .join(sales, sales.c.id == payments.c.sale_id)
        .where(sales.c.shift_id.in_(ids))
        .group_by(sales.c.kind, payments.c.method)
    )
    methods: dict[str, TenderLine] = {}
    for kind, method, count, amount, references in rows:
        before = methods.get(method, TenderLine(method, 0, ZERO, 0))
        methods[method] = TenderLine(
            method,
            before.payments + int(count),
            before.amount + _less_refunds(amount, kind),
            before.references + int(references or 0),
        )
    order = {method.value: i for i, method in enumerate(PaymentMethod)}
    return tuple(sorted(methods.values(), key=lambda line: order.get(line.method, len(order))))


def _cash_both_ways(uow: UnitOfWork, ids: Sequence[int]) -> tuple[Decimal, Decimal]:
    """Cash taken for sales, and cash paid back for refunds."""
    rows = uow.connection.execute(
        select(sales.c.kind, func.sum(payments.c.amount))
        .join(sales, sales.c.id == payments.c.sale_id)
        .where(and_(sales.c.shift_id.in_(ids), payments.c.method == PaymentMethod.CASH.value))
        .group_by(sales.c.kind)
    )
    by_kind = {kind: amount or ZERO for kind, amount in rows}
    return by_kind.get(SALE, ZERO), by_kind.get(REFUND, ZERO)


def _cashiers(uow: UnitOfWork, covered: Sequence[ShiftRow]) -> tuple[str, ...]:
    shift_ids = [shift.id for shift in covered]
    who = select(sales.c.cashier_id).where(sales.c.shift_id.in_(shift_ids)).distinct()
    people = {user_id for (user_id,) in uow.connection.execute(who)}
    people |= {shift.opened_by for shift in covered if shift.opened_by is not None}
    if not people:
        return ()
    names = uow.connection.scalars(select(users.c.name).where(users.c.id.in_(sorted(people))))
    return tuple(sorted(names, key=str.casefold))


def _who_did(
    uow: UnitOfWork, covered: Sequence[ShiftRow], until: datetime, actions: tuple[str, ...]
) -> tuple[WhoDid, ...]:
    # Each till's doings while its own shift was open.
    during = or_(
        *(
            and_(audit_log.c.till == shift.till, audit_log.c.at >= shift.opened_at)
            for shift in covered
        )
    )
    rows = uow.connection.execute(
        select(func.coalesce(users.c.name, "?"), func.count())
        .select_from(audit_log)
        .outerjoin(users, users.c.id == audit_log.c.user_id)
        .where(
            during,
            audit_log.c.action.in_(actions),
            audit_log.c.at <= until,
        )
        .group_by(users.c.name)
        .order_by(func.count().desc(), users.c.name)
    )
    return tuple(WhoDid(name, int(times)) for name, times in rows)


def _top_products(uow: UnitOfWork, ids: Sequence[int]) -> tuple[ProductLine, ...]:
    amount = func.sum(sale_lines.c.gross)
    rows = uow.connection.execute(
        select(
            func.max(sale_lines.c.name),
            func.sum(sale_lines.c.quantity),
            amount,
            func.max(sale_lines.c.unit),
        )
        .join(sales, sales.c.id == sale_lines.c.sale_id)
        .where(sales.c.shift_id.in_(ids), sales.c.kind == SALE)
        .group_by(sale_lines.c.product_id)
        .order_by(amount.desc(), func.max(sale_lines.c.name))
        .limit(TOP)
    )
    return tuple(ProductLine(name, quantity, total, unit) for name, quantity, total, unit in rows)
