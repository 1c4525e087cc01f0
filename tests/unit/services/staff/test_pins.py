"""PIN rules and hashing: what is refused as easy to guess, and what a stored hash holds."""

from __future__ import annotations

from datetime import date

import pytest

from pos.domain.errors import InvalidInput
from pos.services.staff.pins import (
    check_new_pin,
    check_pin_format,
    hash_pin,
    needs_rehash,
    pin_matches,
    weakness,
)

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", " 1357", "١٢٣٤٥", "½123"])
def test_a_pin_is_four_to_eight_ascii_digits(pin: str) -> None:
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        check_new_pin(pin)


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("0000", "one digit repeated"),
        ("77777777", "one digit repeated"),
        ("1234", "in a row"),
        ("9876", "in a row"),
        ("123456", "in a row"),
        ("87654321", "in a row"),
        ("7890", "in a row"),
        ("1987", "a year"),
        ("2026", "a year"),
        ("2099", "a year"),
        ("1212", "repeats a short pattern"),
        ("123123", "repeats a short pattern"),
        ("45454545", "repeats a short pattern"),
        ("2580", "most common"),
        ("1004", "most common"),
        ("5683", "most common"),
    ],
)
def test_easy_pins_are_refused_with_the_reason(pin: str, reason: str) -> None:
    found = weakness(pin, TODAY)
    assert found is not None and reason in found
    with pytest.raises(InvalidInput, match=reason) as refused:
        check_new_pin(pin, today=TODAY)
    assert pin not in str(refused.value)


@pytest.mark.parametrize("pin", ["4827", "1899", "2100", "390615", "70412958"])
def test_other_pins_are_fine(pin: str) -> None:
    assert weakness(pin, TODAY) is None
    assert check_new_pin(pin, today=TODAY) == pin


def test_another_users_pin_is_refused_without_saying_whose() -> None:
    taken = hash_pin("4827")
    with pytest.raises(InvalidInput) as refused:
        check_new_pin("4827", [hash_pin("5091"), taken], today=TODAY)
    assert str(refused.value) == "Choose another PIN."
    assert check_new_pin("5093", [taken], today=TODAY) == "5093"


@pytest.mark.real_pin_cost
def test_the_hash_is_salted_holds_its_parameters_and_never_the_pin() -> None:
    first, second = hash_pin("4827"), hash_pin("4827")
    assert first != second
    assert "4827" not in first
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "12", "1")
    assert (len(salt), len(key)) == (22, 43)  # 16 and 32 bytes, base64 without padding
    assert pin_matches("4827", first) and pin_matches("4827", second)
    assert not pin_matches("4828", first)
    assert not needs_rehash(first)


@pytest.mark.real_pin_cost
def test_older_parameters_still_match_and_ask_for_a_rehash() -> None:
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"4827", salt=salt, n=2**10, r=8, p=1, dklen=32)
    enc = [base64.b64encode(x).decode().rstrip("=") for x in (salt, key)]
    stored = f"scrypt$1024$8$1${enc[0]}${enc[1]}"
    assert pin_matches("4827", stored)
    assert needs_rehash(stored)


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "",
        "plain",
        "scrypt$3$8$1$AAAA$AAAA",
        "scrypt$1099511627776$8$1$AAAAAAAA$AAAA",
        "md5$x",
    ],
)
def test_a_missing_or_damaged_hash_matches_nothing(stored: str | None) -> None:
    assert not pin_matches("4827", stored)


def test_format_check_alone() -> None:
    assert check_pin_format("0000") == "0000"
    with pytest.raises(InvalidInput):
        check_pin_format("12345678901")
