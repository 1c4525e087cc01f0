"""The audit log's hash chain: a clean log passes ``shoptill check``; a log changed behind
the app's back with raw SQL (an edit, a deletion, a swap, a changed seal, a forged row) is
caught with the right words; two tills appending at once leave one unbroken chain."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from pos.db.engine import Database, open_database
from pos.db.migrate import alembic_config
from pos.db.tables import audit_log
from pos.domain.payments import PaymentMethod, Tender
from pos.services import audit
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.selling.cart import CartSession
from pos.services.selling.refunds import refund_sale
from pos.services.settings import ShopSettings
from pos.services.shop import UserDTO
from pos.services.staff.chain import GENESIS
from pos.services.staff.chain_check import chain_head
from pos.services.stock.adjustments import AdjustmentLine, AdjustmentReason, create_adjustment
from pos.services.stock.counts_post import post_count
from pos.services.stock.counts_scan import scan_into_count
from pos.services.stock.counts_start import CountScope, start_count
from tests.integration.staff.conftest import Staff

ROOT = Path(__file__).resolve().parents[3]


def sell(db: Database, shop: ShopSettings, cashier: UserDTO, *codes: str) -> str:
    till = CartSession(db, "Till 1", cashier, shop)
    for code in codes:
        till.scan(code)
    return till.pay([Tender(PaymentMethod.CASH, till.totals().total + Decimal(5))]).number


@pytest.fixture
def logged(
    db: Database, shop: ShopSettings, cashier: UserDTO, milk: ProductDTO, wine: ProductDTO
) -> list[tuple[int, str]]:
    """A log of some ten entries: the shop and its products made, three sales, a refund and
    a voided cart. Returns (seq, action) of each, in chain order."""
    first = sell(db, shop, cashier, milk.barcodes[0], wine.barcodes[0])
    sell(db, shop, cashier, wine.barcodes[0])
    refund_sale(
        db, first, None, PaymentMethod.CASH, settings=shop, actor=Actor(cashier.id, "Till 1")
    )
    sell(db, shop, cashier, milk.barcodes[0], milk.barcodes[0])
    till = CartSession(db, "Till 2", cashier, shop)
    till.scan(milk.barcodes[0])
    till.void("customer left")
    return entries(db)


def entries(db: Database) -> list[tuple[int, str]]:
    with db.read() as uow:
        rows = uow.connection.execute(
            select(audit_log.c.seq, audit_log.c.action).order_by(audit_log.c.seq)
        )
        return [(int(seq), str(action)) for seq, action in rows]


def seq_of(log: list[tuple[int, str]], action: str, nth: int = 0) -> int:
    return [seq for seq, done in log if done == action][nth]


def behind_the_back(db: Database, *statements: str) -> None:
    """Run ``statements`` as someone with the database file (or a superuser's login) could:
    the append-only triggers out of the way, and nothing of ShopTill's code involved."""
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "sqlite":
            for event in ("update", "delete"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_log_no_{event}")
        else:  # triggers off for this transaction only: the test database is shared
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for statement in statements:
            connection.execute(text(statement))


def only_problem(db: Database) -> str:
    problems = check_database(db)
    assert len(problems) == 1, problems
    assert "What to do: keep this database file as it is" in problems[0]
    return problems[0]


def test_a_clean_chain_passes_and_records_documents(
    db: Database, logged: list[tuple[int, str]]
) -> None:
    assert [seq for seq, _ in logged] == list(range(1, len(logged) + 1))
    assert check_database(db) == []
    with db.read() as uow:
        details = {
            (action, n): json.loads(found)
            for n, (action, found) in enumerate(
                uow.connection.execute(
                    select(audit_log.c.action, audit_log.c.details)
                    .where(audit_log.c.action.in_(["sale", "refund"]))
                    .order_by(audit_log.c.seq)
                )
            )
        }
        last = uow.connection.execute(
            select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
        ).scalar_one()
    assert details == {
        ("sale", 0): {"number": "S000001", "total": "13.70"},
        ("sale", 1): {"number": "S000002", "total": "12.50"},
        ("refund", 2): {"number": "R000001", "original": "S000001", "total": "13.70"},
        ("sale", 3): {"number": "S000003", "total": "2.40"},
    }
    assert chain_head(db) == last != GENESIS


def test_stock_documents_are_in_the_chain_with_their_numbers(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    from tests.integration.stock.delivery_helpers import receive

    receive(db, actor, [(milk.id, "10", "0.60")])
    create_adjustment(
        db, [AdjustmentLine(milk.id, AdjustmentReason.DAMAGED, change=Decimal(-1))], actor
    )
    count = start_count(db, actor, "Milk", CountScope.LIST, product_ids=[milk.id])
    for _ in range(7):  # 9 expected, 7 on the shelf
        scan_into_count(db, actor, count.id, milk.barcodes[0], shop)
    post_count(db, actor, count.id)
    with db.read() as uow:
        found = {
            action: json.loads(details)
            for action, details in uow.connection.execute(
                select(audit_log.c.action, audit_log.c.details).order_by(audit_log.c.seq)
            )
        }
    assert found["delivery_posted"]["number"] == "D000001"
    assert found["stock_adjusted"]["number"] == "A000001"
    assert (found["stock_count.post"]["number"], found["stock_count.post"]["variance_value"]) == (
        "C000001",
        "-1.200000",
    )
    assert check_database(db) == []


def test_an_empty_log_has_the_genesis_head(db: Database) -> None:
    assert chain_head(db) == GENESIS
    assert check_database(db) == []


def test_edited_details_are_caught(db: Database, logged: list[tuple[int, str]]) -> None:
    refund = seq_of(logged, "refund")
    behind_the_back(
        db, f"UPDATE audit_log SET details = replace(details, '13.70', '3.70') WHERE seq = {refund}"
    )
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {refund} (a refund at ")
    assert "was changed after it was written." in problem


def test_a_deleted_entry_is_missing(db: Database, logged: list[tuple[int, str]]) -> None:
    sale = seq_of(logged, "sale", 1)
    behind_the_back(db, f"DELETE FROM audit_log WHERE seq = {sale}")
    assert only_problem(db).startswith(
        f"Audit entry {sale} is missing (between entries {sale - 1} and {sale + 1}): deleted."
    )


def test_several_deleted_entries_are_named(db: Database, logged: list[tuple[int, str]]) -> None:
    behind_the_back(db, "DELETE FROM audit_log WHERE seq IN (3, 4, 5)")
    assert only_problem(db).startswith(
        "Audit entries 3 to 5 are missing (between entries 2 and 6): deleted."
    )


def test_the_latest_entries_deleted_are_missing(
    db: Database, logged: list[tuple[int, str]]
) -> None:
    last = logged[-1][0]
    behind_the_back(db, f"DELETE FROM audit_log WHERE seq >= {last - 1}")
    assert only_problem(db).startswith(
        f"Audit entries {last - 1} to {last} are missing (the latest ones): deleted."
    )


def test_swapped_contents_are_caught(db: Database, logged: list[tuple[int, str]]) -> None:
    """Two entries trade what they say (who, what, when), their places and seals kept."""
    a, b = seq_of(logged, "sale", 0), seq_of(logged, "refund")
    columns = "at, user_id, till, action, details"
    behind_the_back(
        db,
        f"CREATE TEMPORARY TABLE swap AS SELECT seq, {columns} FROM audit_log "
        f"WHERE seq IN ({a}, {b})",
        *(
            f"UPDATE audit_log SET {c} = (SELECT {c} FROM swap WHERE swap.seq = "
            f"CASE audit_log.seq WHEN {a} THEN {b} ELSE {a} END) WHERE seq IN ({a}, {b})"
            for c in columns.split(", ")
        ),
        "DROP TABLE swap",
    )
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {a} (a refund at ")
    assert "was changed after it was written." in problem


def test_reordered_entries_are_out_of_order(db: Database, logged: list[tuple[int, str]]) -> None:
    """Two whole rows swap places in the chain: every seal still fits its content, but the
    entries were not written in that order."""
    a, b = 4, 5
    behind_the_back(
        db,
        f"UPDATE audit_log SET seq = -seq WHERE seq IN ({a}, {b})",
        f"UPDATE audit_log SET seq = CASE seq WHEN -{a} THEN {b} ELSE {a} END "
        f"WHERE seq IN (-{a}, -{b})",
        f"UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE seq = {a - 1}) "
        f"WHERE seq = {a}",
    )
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {a} (")
    assert f"is out of order: entry {b} after it was written before it." in problem


def test_a_changed_seal_is_caught(db: Database, logged: list[tuple[int, str]]) -> None:
    sale = seq_of(logged, "sale", 2)
    behind_the_back(db, f"UPDATE audit_log SET hash = '{'f' * 64}' WHERE seq = {sale}")
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {sale} (a sale at ")
    assert "had its seal (hash) changed after it was written." in problem


def test_a_resealed_edit_is_caught_by_the_next_link(
    db: Database, logged: list[tuple[int, str]]
) -> None:
    """Someone changes an entry and puts a correct seal on it, but not on the rest."""
    from pos.services.staff.chain import seal

    target = seq_of(logged, "refund")
    with db.read() as uow:
        row = uow.connection.execute(select(audit_log).where(audit_log.c.seq == target)).one()
    forged_details = row.details.replace("13.70", "3.70")
    new = seal(
        row.seq, row.at, row.user_id, row.approver_id, row.till, row.action,
        forged_details, row.prev_hash,
    )  # fmt: skip
    behind_the_back(
        db,
        f"UPDATE audit_log SET details = '{forged_details}', hash = '{new}' WHERE seq = {target}",
    )
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {target} (a refund at ")
    assert "was changed after it was written and sealed again" in problem


def test_a_forged_row_is_caught(db: Database, logged: list[tuple[int, str]]) -> None:
    behind_the_back(
        db,
        "INSERT INTO audit_log (at, user_id, till, action, details) "
        "VALUES ('2026-12-03 14:02:00', NULL, 'Till 1', 'no_sale', '{}')",
    )
    problem = only_problem(db)
    assert problem.startswith("An audit entry (a no-sale drawer opening at ")
    assert "was added behind ShopTill's back: it is not sealed into the audit chain." in problem


def test_a_forged_row_after_the_end_is_caught(db: Database, logged: list[tuple[int, str]]) -> None:
    last = logged[-1][0]
    behind_the_back(
        db,
        "INSERT INTO audit_log (at, user_id, till, action, details, seq, prev_hash, hash) "
        f"SELECT at, user_id, till, 'no_sale', '{{}}', {last + 1}, hash, hash "
        f"FROM audit_log WHERE seq = {last}",
    )
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {last + 1} (a no-sale drawer opening at ")
    assert "was added behind ShopTill's back, after the chain's end." in problem


def test_a_deleted_head_is_caught_and_restarted(
    db: Database, shop: ShopSettings, cashier: UserDTO, logged: list[tuple[int, str]]
) -> None:
    behind_the_back(db, "DELETE FROM audit_chain")
    assert only_problem(db).startswith(
        "The record of the audit chain's latest entry is missing: it was deleted."
    )
    with db.write() as uow:  # the next entry links on, and the chain is whole again
        audit.record(uow, "no_sale", cashier.id, "Till 1")
        uow.commit()
    assert entries(db)[-1] == (logged[-1][0] + 1, "no_sale")
    assert check_database(db) == []


def shoptill(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_shoptill_check_reports_the_break_in_plain_words(
    db: Database, logged: list[tuple[int, str]]
) -> None:
    assert shoptill("--db", db.url, "check").returncode == 0
    refund = seq_of(logged, "refund")
    behind_the_back(
        db, f"UPDATE audit_log SET details = replace(details, '13.70', '3.70') WHERE seq = {refund}"
    )
    result = shoptill("--db", db.url, "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "1 problem(s) found:"
    assert lines[1].startswith(f"  - Audit entry {refund} (a refund at ")
    assert "was changed after it was written. What to do: keep this database file" in lines[1]
    assert "Traceback" not in result.stderr


def test_two_tills_appending_at_once_keep_one_chain(db: Database, cashier: UserDTO) -> None:
    """Threads, each with its own connection (PostgreSQL's pool; SQLite's one per thread),
    appending as fast as they can."""
    per_thread, errors = 40, []

    def append(till: str) -> None:
        try:
            for n in range(per_thread):
                with db.write() as uow:
                    audit.record(uow, "no_sale", cashier.id, till, n=n)
                    uow.commit()
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=append, args=(f"Till {n}",)) for n in (1, 2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    log = entries(db)
    assert [seq for seq, _ in log] == list(range(1, len(log) + 1))
    assert sum(action == "no_sale" for _, action in log) == 3 * per_thread
    assert check_database(db) == []


@pytest.mark.slow
def test_two_till_processes_selling_at_once_keep_one_chain(
    db: Database, cashier: UserDTO, wine: ProductDTO
) -> None:
    per_till = 30
    command = [sys.executable, "-m", "tests.integration.sale_worker", db.url]
    tills = [
        subprocess.Popen(
            [*command, f"Till {n}", str(per_till), wine.barcodes[0]],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    for till in tills:
        _, errors = till.communicate(timeout=300)
        assert till.returncode == 0, errors
    log = entries(db)
    assert sum(action == "sale" for _, action in log) == 2 * per_till
    assert [seq for seq, _ in log] == list(range(1, len(log) + 1))
    assert check_database(db) == []


def test_an_older_log_is_sealed_in_order_by_the_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        from alembic import command

        command.upgrade(config, "a4d9e6b3c1f0")
        for n, action in enumerate(["void_cart", "no_sale", "refund"]):
            connection.execute(
                text(
                    "INSERT INTO audit_log (at, till, action, details) "
                    f"VALUES ('2026-11-0{n + 1} 09:30:00.000000', 'Till 1', '{action}', "
                    "'{\"lines\": 2}')"
                )
            )
    engine.dispose()
    db = open_database(url)
    try:
        assert entries(db) == [(1, "void_cart"), (2, "no_sale"), (3, "refund")]
        assert check_database(db) == []
        with db.write() as uow:
            audit.record(uow, "no_sale", None, "Till 1")
            uow.commit()
        assert entries(db)[-1] == (4, "no_sale")
        assert check_database(db) == []
        behind_the_back(db, "UPDATE audit_log SET till = 'Till 9' WHERE seq = 2")
        assert only_problem(db).startswith("Audit entry 2 (a no-sale drawer opening at ")
    finally:
        db.close()


def test_a_staff_entry_edited_is_named_in_plain_words(db: Database, staff: Staff) -> None:
    """Who lifted a lock matters as much as a refund: its entry is named so, not by code."""
    from pos.services.staff.sign_in import unlock

    unlock(db, staff.cashier.id, actor=staff.acting(staff.manager))
    target = seq_of(entries(db), "user_unlocked")
    behind_the_back(
        db,
        f"UPDATE audit_log SET user_id = {staff.owner.user_id} WHERE seq = {target}",
    )
    problem = only_problem(db)
    assert problem.startswith(f"Audit entry {target} (a lock for wrong PINs lifted at ")
