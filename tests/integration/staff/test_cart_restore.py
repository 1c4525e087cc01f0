"""A till that crashed with an open cart, restarted with sign-in on: the cart is the cashier's
who rang it, not the owner's the till starts as. That cashier signing in carries on with it;
anyone else finds it parked under the cashier's name (as after a lock). Sign-in off: the
owner carries on, as ever."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.services.dto import ProductDTO
from pos.services.selling.cart import CartSession, parked_carts
from pos.services.selling.cart_restore import restore_session
from pos.services.settings import get_settings
from pos.services.shop import UserDTO, owner
from pos.services.staff.sign_in import turn_on_sign_in
from pos.services.staff.users import StaffMember
from tests.integration.staff.conftest import Staff

ROOT = Path(__file__).resolve().parents[3]
TILL = "Till 4"
MILK = "4006381333931"

#: A till in its own process that rings milk three times as the user given, then waits,
#: cart open, to be killed (a fixed count: a till killed while scanning races the kill).
RINGING = textwrap.dedent(
    """
    import sys
    import time
    from pos.db.engine import open_database
    from pos.services.selling.cart import CartSession
    from pos.services.shop import UserDTO

    db = open_database(sys.argv[1])
    till = CartSession(db, sys.argv[2], UserDTO(int(sys.argv[3]), sys.argv[4], "cashier"))
    print("ready", flush=True)
    for n in range(1, 4):
        till.scan(sys.argv[5])
        print(n, flush=True)
    time.sleep(120)
    """
)


def as_user(member: StaffMember) -> UserDTO:
    return UserDTO(member.id, member.name, member.role)


@pytest.fixture
def signing_in(db: Database, staff: Staff) -> Staff:
    turn_on_sign_in(db, "4827", actor=staff.owner)
    return staff


def crash_while_ringing(db: Database, cashier: UserDTO) -> int:
    """Ring milk as ``cashier`` in another process and kill it mid-cart (SIGKILL: no
    clean-up of any kind); how many scans it reported."""
    with subprocess.Popen(
        [sys.executable, "-c", RINGING, db.url, TILL, str(cashier.id), cashier.name, MILK],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        reported = 0
        for _ in range(3):
            reported = int(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.stdout.read()
        assert child.wait(timeout=30) == -signal.SIGKILL
    return reported


def ring_and_drop(db: Database, cashier: UserDTO, milk: ProductDTO) -> None:
    """Ring two milks as ``cashier`` and drop the session without parking, paying or
    voiding: what the database holds when the app dies."""
    till = CartSession(db, TILL, cashier)
    till.add_product(milk.id, Decimal(2))
    del till


def test_killed_mid_cart_the_cart_is_the_cashiers_and_parked_for_another(
    db: Database, signing_in: Staff, milk: ProductDTO
) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the killed process is the local SQLite file's case")
    cat, mo = as_user(signing_in.cashier), as_user(signing_in.manager)
    scans = crash_while_ringing(db, cat)
    restarted = restore_session(db, TILL, owner(db))
    assert restarted.cashier == cat
    assert sum(line.quantity for line in restarted.cart.lines) == scans == 3
    parked = restarted.hand_over(mo)
    assert parked is not None and parked.label == "Cat"
    assert restarted.cart.lines == () and restarted.cashier == mo
    assert [p.label for p in parked_carts(db, get_settings(db))] == ["Cat"]


def test_the_cashier_who_rang_it_carries_on(
    db: Database, signing_in: Staff, milk: ProductDTO
) -> None:
    cat = as_user(signing_in.cashier)
    ring_and_drop(db, cat, milk)
    restarted = restore_session(db, TILL, owner(db))
    assert restarted.hand_over(cat) is None
    assert restarted.cashier == cat and restarted.cart.lines[0].quantity == Decimal(2)
    assert parked_carts(db, get_settings(db)) == []


def test_the_owner_signing_in_finds_it_parked_under_the_cashier(
    db: Database, signing_in: Staff, milk: ProductDTO
) -> None:
    """The till starts as the owner: the owner signing in is "someone else" too."""
    ring_and_drop(db, as_user(signing_in.cashier), milk)
    boss = owner(db)
    restarted = restore_session(db, TILL, boss)
    parked = restarted.hand_over(boss)
    assert parked is not None and parked.label == "Cat"
    assert restarted.cart.lines == ()


def test_with_sign_in_off_the_owner_carries_on(
    db: Database, staff: Staff, milk: ProductDTO
) -> None:
    ring_and_drop(db, as_user(staff.cashier), milk)
    boss = owner(db)
    restarted = restore_session(db, TILL, boss)
    assert restarted.cashier == boss
    assert restarted.cart.lines[0].quantity == Decimal(2)


def test_an_emptied_cart_handed_over_is_the_newcomers(
    db: Database, signing_in: Staff, milk: ProductDTO
) -> None:
    """Cat empties the cart by hand; Mo signs in and rings: after a crash it is Mo's."""
    cat, mo = as_user(signing_in.cashier), as_user(signing_in.manager)
    till = CartSession(db, TILL, cat)
    till.add_product(milk.id)
    till.remove_line(till.cart.lines[0].line_id)
    assert till.hand_over(mo) is None  # nothing to park
    till.add_product(milk.id)
    del till
    assert restore_session(db, TILL, owner(db)).cashier == mo


def test_a_resumed_cart_is_the_resuming_cashiers(
    db: Database, signing_in: Staff, milk: ProductDTO
) -> None:
    cat, mo = as_user(signing_in.cashier), as_user(signing_in.manager)
    first = CartSession(db, "Till 1", cat)
    first.add_product(milk.id)
    parked = first.park("Cat")
    other = CartSession(db, TILL, mo)
    other.resume(parked.id)
    del other
    restarted = restore_session(db, TILL, owner(db))
    assert restarted.cashier == mo and len(restarted.cart.lines) == 1
