"""The figures before closing: what the drawer should hold, neither numbered nor stored."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import insert

from pos.db.engine import Database
from pos.db.tables import users
from pos.domain.errors import NotAllowed, NotFound
from pos.services.cashup.report_list import count_reports
from pos.services.cashup.reports import figures_so_far
from pos.services.cashup.shifts import CashDirection, CashReason, move_cash, open_shift
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.staff.permissions import Role


def test_the_expected_cash_so_far_is_neither_numbered_nor_stored(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    with pytest.raises(NotFound, match="Till 1 has no open shift"):
        figures_so_far(db, actor)
    open_shift(db, actor, "100")
    move_cash(db, actor, CashDirection.OUT, "30", CashReason.BANK)
    figures = figures_so_far(db, actor)
    assert (figures.opening_float, figures.cash_out, figures.expected_cash) == (
        Decimal(100),
        Decimal(30),
        Decimal(70),
    )
    assert count_reports(db) == 0


def test_a_cashier_may_not_see_the_expected_cash(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    with db.write() as uow:
        ann = uow.connection.execute(
            insert(users).values(name="Ann", role=Role.CASHIER.value, active=True)
        ).inserted_primary_key[0]
        uow.commit()
    open_shift(db, actor, "100")
    with pytest.raises(NotAllowed):
        figures_so_far(db, Actor(int(ann), "Till 1"))
