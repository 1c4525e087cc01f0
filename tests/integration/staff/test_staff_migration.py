"""A shop made by the release before staff (owner only, no roles, no PINs) upgrades, keeps
selling with sign-in off, and turning sign-in on asks the owner for a PIN."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from pos.db.engine import Database, open_database
from pos.db.migrate import alembic_config, current_revision, head_revision
from pos.domain.errors import InvalidInput
from pos.domain.payments import PaymentMethod, Tender
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor
from pos.services.selling.cart import CartSession
from pos.services.settings import get_settings
from pos.services.shop import owner
from pos.services.staff.permissions import Permission, may
from pos.services.staff.sign_in import sign_in, turn_on_sign_in
from pos.services.staff.users import list_roles, list_staff

#: The schema before migration 0009 (staff).
BEFORE_STAFF = "f5a1c7d92b46"
#: The document series a shop had then (later migrations add their own).
SERIES_THEN = ("S", "R", "I", "D", "DR", "A", "C")


@pytest.fixture
def old_shop(tmp_path: Path) -> Iterator[Database]:
    """A shop as the previous release left it, then opened (backed up and migrated)."""
    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, BEFORE_STAFF)
        for key, value in {
            "shop_name": '"Old Corner"',
            "currency": '"EUR"',
            "locale": '"en_IE"',
            "tax_mode": '"inclusive"',
        }.items():
            connection.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
            )
        connection.execute(
            text(
                "INSERT INTO users (name, role, active, created_at) "
                "VALUES ('Pat', 'owner', 1, '2026-01-05 09:00:00.000000')"
            )
        )
        connection.execute(
            text("INSERT INTO tax_rates (name, percent, active) VALUES ('Standard', 200000, 1)")
        )
        for series in SERIES_THEN:
            connection.execute(
                text("INSERT INTO document_counters (series, next_number) VALUES (:s, 1)"),
                {"s": series},
            )
    engine.dispose()
    db = open_database(url)
    yield db
    db.close()


def test_an_old_shop_upgrades_and_keeps_selling_without_a_pin(
    old_shop: Database, tmp_path: Path
) -> None:
    db = old_shop
    assert current_revision(db.engine) == head_revision()
    assert len(list(tmp_path.glob("old-before-upgrade-*.db"))) == 1
    shop = get_settings(db)
    assert (shop.shop_name, shop.sign_in, shop.auto_lock_minutes) == ("Old Corner", False, 0)
    pat = owner(db)
    [member] = list_staff(db)
    assert (member.name, member.role, member.has_pin, member.locked_until) == (
        "Pat",
        "owner",
        False,
        None,
    )
    assert [r.name for r in list_roles(db)] == ["owner", "manager", "cashier"]
    manager = next(r for r in list_roles(db) if r.name == "manager")
    assert Permission.UNLOCK_STAFF in manager.permissions  # 0013
    assert Permission.MANAGE_USERS not in manager.permissions
    with db.read() as uow:
        assert all(may(uow, pat.id, p) for p in Permission)
    rate = list_tax_rates(db)[0].id
    create_product(
        db,
        ProductInput(sku="TEA", name="Tea", price=Decimal("2.50"), tax_rate_id=rate),
        actor=Actor(pat.id, "Till 1"),
    )
    till = CartSession(db, "Till 1", pat)  # no PIN asked: sign-in is off
    till.scan("TEA")
    sale = till.pay([Tender(PaymentMethod.CASH, Decimal("5"))])
    assert (sale.number, sale.total, sale.cashier) == ("S000001", Decimal("2.50"), "Pat")


def test_turning_sign_in_on_in_an_old_shop_asks_the_owner_for_a_pin(old_shop: Database) -> None:
    db = old_shop
    pat = owner(db)
    actor = Actor(pat.id, "Till 1")
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        turn_on_sign_in(db, "", actor=actor)
    with pytest.raises(InvalidInput, match="a year"):
        turn_on_sign_in(db, "1975", actor=actor)
    assert not get_settings(db).sign_in
    code = turn_on_sign_in(db, "4827", actor=actor)
    assert len(code) == 19
    assert get_settings(db).sign_in
    assert list_staff(db)[0].has_pin
    assert sign_in(db, pat.id, "4827", "Till 1").name == "Pat"
