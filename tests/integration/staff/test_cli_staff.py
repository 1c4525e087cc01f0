"""``shoptill reset-pin`` and ``shoptill users`` through the real entry point, on SQLite
and PostgreSQL; the PIN typed twice (getpass) in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import LockedOut, WrongPin
from pos.services.staff.accounts import LOCK_AFTER
from pos.services.staff.sign_in import sign_in, turn_on_sign_in
from tests.integration.staff.conftest import CASHIER_PIN, OWNER_PIN, Staff

ROOT = Path(__file__).resolve().parents[3]
T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def shoptill(db: Database, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--db", db.url, *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def log_text() -> str:
    """Everything the commands logged (the log folder is the test's own)."""
    state = Path(os.environ["XDG_STATE_HOME"])
    return "".join(path.read_text(encoding="utf-8") for path in state.rglob("shoptill.log*"))


def test_reset_pin_lets_a_locked_out_owner_back_in(db: Database, staff: Staff) -> None:
    assert staff.owner.user_id is not None
    turn_on_sign_in(db, OWNER_PIN, actor=staff.owner, now=T0)
    at = T0
    with pytest.raises(LockedOut):
        for _ in range(LOCK_AFTER):
            try:
                sign_in(db, staff.owner.user_id, "9999", "Till 1", now=at)
            except WrongPin as error:
                at += timedelta(seconds=error.wait_seconds)
    done = shoptill(db, "reset-pin", " alex ", "--pin-stdin", stdin="6042\n")
    assert (done.returncode, done.stdout.strip()) == (
        0,
        "Alex has a new PIN and is not locked out.",
    ), done.stderr
    assert sign_in(db, staff.owner.user_id, "6042", "Till 1", now=at).name == "Alex"
    for secret in ("6042", OWNER_PIN):
        assert secret not in done.stdout + done.stderr + log_text()


@pytest.mark.parametrize(
    ("user", "pin", "message"),
    [
        ("Zed", "6042", "Nobody on the staff is called 'Zed'."),
        ("Cat", "1234", "in a row"),
        ("Cat", "12ab", "4 to 8 digits"),
        ("Cat", "", "4 to 8 digits"),
        ("Cat", "5091", "Choose another PIN."),  # the manager's
    ],
)
def test_reset_pin_refuses_unknown_users_and_bad_pins(
    db: Database, staff: Staff, user: str, pin: str, message: str
) -> None:
    refused = shoptill(db, "reset-pin", user, "--pin-stdin", stdin=f"{pin}\n")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert message in refused.stderr
    assert sign_in(db, staff.cashier.id, CASHIER_PIN, "Till 1", now=T0).name == "Cat"
    logged = log_text()
    assert "reset-pin failed" in logged  # the log is there, and holds no PIN
    if pin:
        assert pin not in refused.stderr + logged


def test_users_lists_the_staff_without_secrets(db: Database, staff: Staff) -> None:
    listed = shoptill(db, "users")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["Name", "Role", "Active", "PIN", "Locked"]
    assert [line.split() for line in lines[1:]] == [
        ["Alex", "owner", "yes", "no", "no"],
        ["Cat", "cashier", "yes", "yes", "no"],
        ["Mo", "manager", "yes", "yes", "no"],
    ]
    assert "scrypt" not in listed.stdout


def test_reset_pin_asks_twice_and_refuses_two_different_pins(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.cli import build_parser, run

    typed = iter(["6042", "6042", "7305", "7306"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert run(build_parser().parse_args(["--db", db.url, "reset-pin", "Cat"])) == 0
    assert sign_in(db, staff.cashier.id, "6042", "Till 1", now=T0).name == "Cat"
    assert run(build_parser().parse_args(["--db", db.url, "reset-pin", "Cat"])) == 1
    out = capsys.readouterr()
    assert "not the same: nothing was changed" in out.err
    assert sign_in(db, staff.cashier.id, "6042", "Till 1", now=T0).name == "Cat"
    assert "7305" not in out.out + out.err and "6042" not in out.out + out.err


def test_users_shows_who_is_locked_out_and_until_when(db: Database, staff: Staff) -> None:
    at = datetime.now(UTC)
    with pytest.raises(LockedOut) as locked:
        for _ in range(LOCK_AFTER):
            try:
                sign_in(db, staff.cashier.id, "9999", "Till 1", now=at)
            except WrongPin as error:
                at += timedelta(seconds=error.wait_seconds)
    until = locked.value.until.astimezone().strftime("%H:%M")
    listed = shoptill(db, "users")
    assert listed.returncode == 0, listed.stderr
    cat = next(line.split() for line in listed.stdout.splitlines() if line.startswith("Cat "))
    assert cat == ["Cat", "cashier", "yes", "yes", "until", until]
