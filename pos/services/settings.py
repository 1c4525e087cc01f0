"""Shop settings: the profile, money rules and counter behaviour, stored as JSON per key."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from pos.db.engine import Database
from pos.db.tables import settings as settings_table
from pos.db.uow import UnitOfWork
from pos.domain.barcodes import DEFAULT_VARIABLE_MEASURE_RULES, Measure, VariableMeasureRule
from pos.domain.cart import PricingRules, check_amount
from pos.domain.errors import InvalidInput
from pos.domain.money import ZERO, Currency, check_locale, currency
from pos.domain.tax import TaxMode, TaxRounding
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorized


class CostMethod(StrEnum):
    """How a posted delivery changes a product's cost."""

    #: The cost becomes the delivery's unit cost.
    LAST = "last"
    #: The cost becomes the average of the stock on hand and the delivery, by quantity.
    AVERAGE = "average"


class ZScope(StrEnum):
    """What a Z report closes."""

    #: Each till's shift on its own: each till counts its drawer and prints its Z.
    TILL = "till"
    #: Every till's open shift at once, in one Z: the drawers counted together.
    SHOP = "shop"


@dataclass(frozen=True)
class ShopSettings:
    """Everything a shop decides about itself. Defaults suit a new shop."""

    shop_name: str = ""
    address: str = ""
    tax_id: str = ""
    currency: str = "EUR"
    locale: str = "en_GB"
    tax_mode: TaxMode = TaxMode.INCLUSIVE
    tax_rounding: TaxRounding = TaxRounding.LINE
    #: Cash totals are rounded to this (e.g. 0.05), or not at all when None.
    cash_rounding: Decimal | None = None
    #: Scanning the last item again raises its quantity instead of adding a line.
    merge_repeat_scans: bool = True
    variable_measure_rules: tuple[VariableMeasureRule, ...] = DEFAULT_VARIABLE_MEASURE_RULES
    receipt_footer: str = "Thank you for shopping with us!"
    #: Print a receipt for every sale (when a printer is set up); off: only on request.
    print_receipts: bool = True
    printer: dict[str, Any] = field(default_factory=dict)
    cost_method: CostMethod = CostMethod.LAST
    #: The notes and coins the drawer is counted in, largest first; empty: the table
    #: ShopTill ships for the shop's currency (``pos.services.cashup.denomination_tables``).
    denominations: tuple[Decimal, ...] = ()
    #: Closing a shift, the cashier counts the drawer before seeing what it should hold.
    blind_cash_count: bool = False
    z_scope: ZScope = ZScope.TILL
    #: A Z report prints the audit log's seal, so that paper anchors the log.
    z_prints_seal: bool = False
    #: Ask for a PIN at every till. Off (a one-person shop) never asks; turned on and off
    #: only through ``pos.services.staff.sign_in``, which needs the owner's PIN.
    sign_in: bool = False
    #: Lock the till after this many idle minutes (0: never), when sign-in is on.
    auto_lock_minutes: int = 0

    @property
    def money(self) -> Currency:
        return currency(self.currency)

    @property
    def pricing(self) -> PricingRules:
        return PricingRules(self.money, self.tax_mode, self.tax_rounding)


def _rules_from_json(raw: list[dict[str, str]]) -> tuple[VariableMeasureRule, ...]:
    return tuple(
        VariableMeasureRule(r["prefix"], r["template"], Measure(r["measure"])) for r in raw
    )


_DECODE: dict[str, Callable[[Any], Any]] = {
    "tax_mode": TaxMode,
    "tax_rounding": TaxRounding,
    "cost_method": CostMethod,
    "z_scope": ZScope,
    "cash_rounding": lambda v: None if v is None else Decimal(v),
    "variable_measure_rules": _rules_from_json,
    "denominations": lambda raw: tuple(Decimal(v) for v in raw),
}
_ENCODE: dict[str, Callable[[Any], Any]] = {
    "cash_rounding": lambda v: None if v is None else str(v),
    "denominations": lambda pieces: [str(v) for v in pieces],
    "variable_measure_rules": lambda rules: [
        {"prefix": r.prefix, "template": r.template, "measure": r.measure.value} for r in rules
    ],
}
#: The longest idle time before the till locks itself: four hours.
MAX_AUTO_LOCK_MINUTES = 240
_FIELDS = {f.name for f in fields(ShopSettings)}
_READ = select(settings_table.c.key, settings_table.c.value)
_STORED_KEYS = select(settings_table.c.key).where(settings_table.c.key.in_(sorted(_FIELDS)))
_UPDATE = (
    update(settings_table)
    .where(settings_table.c.key == bindparam("field"))
    .values(value=bindparam("encoded"))
)
_INSERT = insert(settings_table).values(key=bindparam("field"), value=bindparam("encoded"))


def validate(settings: ShopSettings) -> ShopSettings:
    """Return ``settings`` normalized, or InvalidInput naming the first bad value."""
    money = currency(settings.currency)
    if settings.cash_rounding is not None:
        check_amount(settings.cash_rounding, money, "cash rounding")
        if settings.cash_rounding == ZERO:
            raise InvalidInput("Cash rounding must be more than zero, or switched off.")
    for piece in settings.denominations:
        check_amount(piece, money, "value of a note or coin")
        if piece <= ZERO:
            raise InvalidInput("A note or coin must be worth more than zero.")
    if len(set(settings.denominations)) != len(settings.denominations):
        raise InvalidInput("A note or coin is listed twice.")
    if (
        isinstance(settings.auto_lock_minutes, bool)
        or not isinstance(settings.auto_lock_minutes, int)
        or not 0 <= settings.auto_lock_minutes <= MAX_AUTO_LOCK_MINUTES
    ):
        raise InvalidInput(
            f"Lock after 0 to {MAX_AUTO_LOCK_MINUTES} idle minutes (0: never lock by itself)."
        )
    prefixes = [r.prefix for r in settings.variable_measure_rules]
    if len(prefixes) != len(set(prefixes)):
        raise InvalidInput("Two in-store barcode layouts use the same prefix.")
    return replace(
        settings,
        shop_name=settings.shop_name.strip(),
        currency=money.code,
        locale=check_locale(settings.locale),
        tax_mode=TaxMode(settings.tax_mode),
        tax_rounding=TaxRounding(settings.tax_rounding),
        cost_method=CostMethod(settings.cost_method),
        z_scope=ZScope(settings.z_scope),
        denominations=tuple(sorted((Decimal(v) for v in settings.denominations), reverse=True)),
        sign_in=bool(settings.sign_in),
    )


def read_settings(uow: UnitOfWork) -> ShopSettings:
    """The settings inside an open unit of work."""
    stored = {}
    for key, value in uow.connection.execute(_READ):
        if key in _FIELDS:
            stored[key] = _DECODE.get(key, lambda v: v)(json.loads(value))
    return ShopSettings(**stored)


def write_settings(
    uow: UnitOfWork, settings: ShopSettings, names: Iterable[str] | None = None
) -> None:
    """Store every field of ``settings`` (or only those ``names``) inside an open unit of
    work."""
    values = asdict(settings)
    rows = []
    for name in sorted(_FIELDS if names is None else set(names)):
        value = getattr(settings, name) if name in _ENCODE else values[name]
        rows.append({"field": name, "encoded": json.dumps(_ENCODE.get(name, lambda v: v)(value))})
    connection = uow.connection
    # Rows that exist are updated (two tills saving at once: the last save wins, as each
    # waits for the other's row locks), the others inserted (a new shop, a new setting).
    stored = set(connection.scalars(_STORED_KEYS))
    updates = [row for row in rows if row["field"] in stored]
    inserts = [row for row in rows if row["field"] not in stored]
    if updates:
        connection.execute(_UPDATE, updates)
    if inserts:
        connection.execute(_INSERT, inserts)


def get_settings(db: Database) -> ShopSettings:
    """The shop's settings."""
    with db.read() as uow:
        return read_settings(uow)


def update_settings(db: Database, *, actor: Actor, **changes: Any) -> ShopSettings:
    """Change some settings (CHANGE_SETTINGS); all are checked before anything is stored.
    The log names the settings changed, never their values (a printer's address ...)."""
    unknown = set(changes) - _FIELDS
    if unknown:
        raise InvalidInput(f"Unknown setting: {', '.join(sorted(unknown))}.")
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.CHANGE_SETTINGS)
        stored = read_settings(uow)
        if "sign_in" in changes and bool(changes["sign_in"]) != stored.sign_in:
            raise InvalidInput(
                "Sign-in is turned on or off on the Staff screen, with the owner's PIN."
            )
        settings = validate(replace(stored, **changes))
        # Only what changed is written: a till saving its form never puts back a value
        # another till (or the Staff screen) changed meanwhile.
        changed = [name for name in _FIELDS if getattr(settings, name) != getattr(stored, name)]
        write_settings(uow, settings, changed)
        if changed:
            record(
                uow,
                "settings_changed",
                actor.user_id,
                actor.till,
                approver_id=actor.approver_id,
                settings=sorted(changed),
            )
        uow.commit()
    return settings
