"""Creating a shop: its settings, tax rates, owner account and document series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import exists, insert, select

from pos.db.engine import Database
from pos.db.tables import document_counters, tax_rates, users
from pos.db.tables import settings as settings_table
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.tax import TaxMode
from pos.services.audit import record
from pos.services.numbering import ALL_SERIES
from pos.services.settings import ShopSettings, validate, write_settings
from pos.services.staff.permissions import Role, seed_roles

OWNER_ROLE = Role.OWNER.value
_HOLDS_SHOP = select(exists().select_from(settings_table))
_OWNER = (
    select(users.c.id, users.c.name, users.c.role)
    .where(users.c.role == OWNER_ROLE)
    .order_by(users.c.id)
    .limit(1)
)


@dataclass(frozen=True)
class ShopSetup:
    """What the first-run screen asks for."""

    name: str
    currency: str
    locale: str
    tax_mode: TaxMode
    tax_rates: Sequence[tuple[str, Decimal]]
    owner_name: str = "Owner"
    address: str = ""
    tax_id: str = ""
    cash_rounding: Decimal | None = None


def shop_exists(db: Database) -> bool:
    """Whether this database already holds a shop."""
    with db.read() as uow:
        return bool(uow.connection.scalar(_HOLDS_SHOP))


def check_tax_rate(name: str, percent: Decimal) -> tuple[str, Decimal]:
    """A tax rate's name and percent if sensible, else InvalidInput."""
    if not name.strip():
        raise InvalidInput("Give the tax rate a name, like 'Standard' or 'Reduced'.")
    if not Decimal(0) <= percent < Decimal(100):
        raise InvalidInput(f"A tax rate of {percent} % is not possible: use 0 to 99.99.")
    if percent != percent.quantize(Decimal("0.0001")):
        raise InvalidInput("Tax rates go to four decimals at most.")
    return name.strip(), percent


def create_shop(db: Database, setup: ShopSetup) -> ShopSettings:
    """Set up an empty database as a shop. Refused if it already holds one."""
    if not setup.name.strip():
        raise InvalidInput("Give the shop a name: it prints on every receipt.")
    if not setup.tax_rates:
        raise InvalidInput("Add at least one tax rate (it may be 0 %).")
    shop = validate(
        replace(
            ShopSettings(),
            shop_name=setup.name,
            address=setup.address,
            tax_id=setup.tax_id,
            currency=setup.currency,
            locale=setup.locale,
            tax_mode=setup.tax_mode,
            cash_rounding=setup.cash_rounding,
        )
    )
    rates = [check_tax_rate(name, percent) for name, percent in setup.tax_rates]
    with db.write() as uow:
        connection = uow.connection
        if connection.scalar(_HOLDS_SHOP):
            raise InvalidInput("This database already holds a shop.")
        write_settings(uow, shop)
        seed_roles(uow)
        connection.execute(
            insert(tax_rates), [{"name": name, "percent": percent} for name, percent in rates]
        )
        owner_id = connection.scalar(
            insert(users).returning(users.c.id),
            {"name": setup.owner_name.strip() or "Owner", "role": OWNER_ROLE},
        )
        connection.execute(
            insert(document_counters), [{"series": s, "next_number": 1} for s in ALL_SERIES]
        )
        record(uow, "shop_created", owner_id, "-", name=shop.shop_name)
        uow.commit()
    return shop


@dataclass(frozen=True, slots=True)
class UserDTO:
    id: int
    name: str
    role: str


def owner(db: Database) -> UserDTO:
    """The shop's owner account, the cashier until users and PINs arrive."""
    with db.read() as uow:
        user = uow.connection.execute(_OWNER).first()
        if user is None:
            raise NotFound("This database holds no shop yet. Create one or open the demo.")
        return UserDTO(user.id, user.name, user.role)
