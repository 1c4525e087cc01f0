"""A completed sale is never lost: SIGKILL at random moments, and two tills at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.services.catalog.products import get_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.records import get_sale
from pos.services.shop import UserDTO
from pos.services.stock.movements import receive_stock

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30


def start_till(url: str, till: str, count: int, *codes: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.sale_worker", url, till, str(count), *codes],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    assert first == "ready", child.stderr.read() if child.stderr else first
    return child


def reported_numbers(output: str) -> list[str]:
    return [line for line in output.split() if line.startswith("S")]


@pytest.mark.slow
def test_sales_survive_sigkill_at_random_moments(
    db: Database, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the power-cut case is the local SQLite file")
    rng = random.Random(20261124)
    reported: list[str] = []
    for _ in range(KILLS):
        child = start_till(db.url, "Till 1", 0, "4006381333931", "96385074", "4006381333931")
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        output, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        reported += reported_numbers(output)
    assert len(reported) > KILLS, "the children should have completed sales before dying"
    for number in reported:
        assert get_sale(db, number).number == number
    assert check_database(db) == []  # integrity, ledger == on hand, numbers without gaps
    sold = get_product(db, wine.id).on_hand
    assert -sold >= len(reported)


@pytest.mark.slow
def test_two_tills_selling_at_once(db: Database, cashier: UserDTO, wine: ProductDTO) -> None:
    receive_stock(db, wine.id, Decimal(500), actor=Actor(cashier.id, "back office"))
    per_till = 60
    tills = [start_till(db.url, f"Till {n}", per_till, "96385074") for n in (1, 2)]
    outputs = [till.communicate(timeout=300) for till in tills]
    for till, (_, errors) in zip(tills, outputs, strict=True):
        assert till.returncode == 0, errors
    numbers = [n for output, _ in outputs for n in reported_numbers(output)]
    assert len(numbers) == 2 * per_till
    assert sorted(numbers) == [f"S{n:06d}" for n in range(1, 2 * per_till + 1)]
    assert get_product(db, wine.id).on_hand == Decimal(500 - 2 * per_till)
    assert check_database(db) == []
