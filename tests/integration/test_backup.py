"""``backup`` copies the live database: SQLite's backup API, or pg_dump for PostgreSQL."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database, open_database
from pos.domain.errors import DatabaseProblem
from pos.domain.payments import PaymentMethod, Tender
from pos.services.database import backup
from pos.services.dto import ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.records import get_sale
from pos.services.shop import UserDTO


def test_backup_holds_every_completed_sale(
    db: Database, cashier: UserDTO, wine: ProductDTO, tmp_path: Path
) -> None:
    till = CartSession(db, "Till 1", cashier)
    till.scan("96385074")
    sale = till.pay([Tender(PaymentMethod.CARD, Decimal("12.50"))])
    till.scan("96385074")  # an open cart keeps changing while the copy is made
    if db.engine.dialect.name == "sqlite":
        copy = backup(db, tmp_path / "copy.db")
        restored = open_database(f"sqlite:///{copy}")
        assert get_sale(restored, sale.number).total == Decimal("12.50")
        assert check_database(restored) == []
        restored.close()
        return
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    dump = backup(db, tmp_path / "shop.sql").read_text(encoding="utf-8")
    assert "CREATE TABLE public.sales" in dump
    assert "Crème de cassis 70 cl" in dump  # the sold line, from the live data


def test_backup_never_overwrites(db: Database, shop: object, tmp_path: Path) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("pg_dump writes where it is told")
    target = tmp_path / "taken.db"
    target.write_bytes(b"precious")
    with pytest.raises(DatabaseProblem, match="already exists"):
        backup(db, target)
    assert target.read_bytes() == b"precious"
