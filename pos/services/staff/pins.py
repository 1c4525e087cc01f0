"""PINs: how they are hashed and checked, and which new PINs are refused as too easy.

Why scrypt: it is in the standard library (``hashlib.scrypt``, no compiled dependency to
package for three operating systems) and memory-hard, so a stolen database cannot be
searched on a GPU much faster than on the till. A PIN has at most 10^8 values, so no hash
makes a stolen one safe for long; the hash buys time, and the lock after a few wrong PINs
(``pos.services.staff.guard``) is what stops guessing at the till.

Parameters: N=2^14, r=12, p=1 uses 24 MiB. On the development machine (2 cores shared
with other work; ``tests/benchmarks/bench_pins.py``) a check took about 70 ms of CPU time
(what it takes on an idle machine) and a median of 130-185 ms on the clock while the
machine ran two to three times more work than it has cores: inside the target of 50-300
ms either way, slow enough that each guess costs real time, fast enough for a queue. The
usual N=2^14, r=8 took 50 ms of CPU, at the edge; N=2^15, r=8 took 120 ms of CPU but
over 300 ms on the clock when loaded. The parameters are written into each stored hash
(``scrypt$N$r$p$salt$key``), so they can be raised later: a PIN hashed with older ones
still matches, and ``needs_rehash`` has the next sign-in store it anew.

A PIN is never logged, never put in a message, and compared in constant time
(``hmac.compare_digest``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import logging
import re
import secrets
from collections.abc import Iterable
from datetime import date

from pos.domain.errors import InvalidField

log = logging.getLogger(__name__)

SCRYPT_N = 2**14
SCRYPT_R = 12
SCRYPT_P = 1
_KEY_BYTES = 32
_SALT_BYTES = 16
_SCHEME = "scrypt"
#: The most memory a stored hash may ask for (64 times today's): refused above, so a
#: damaged or planted hash cannot make a check take the machine's memory.
_MAX_COST = 128 * SCRYPT_R * SCRYPT_N * SCRYPT_P * 64

MIN_DIGITS = 4
MAX_DIGITS = 8
_DIGITS = re.compile(r"[0-9]{4,8}")

#: PINs people choose most often that the rules below do not already catch (keypad
#: lines and crosses, 'LOVE', doubled pairs ...).
COMMON_PINS = frozenset(
    {
        "1004",
        "2580",
        "0852",
        "1357",
        "2468",
        "1397",
        "5683",
        "1122",
        "1221",
        "2112",
        "0007",
        "1112",
        "1231",
        "112233",
        "111222",
        "123321",
        "159753",
        "147258",
        "258369",
        "147852",
        "11223344",
    }
)


def hash_pin(pin: str) -> str:
    """A new salted scrypt hash of ``pin``, with its parameters, for ``users.pin_hash``."""
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join((_SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)))


def pin_matches(pin: str, stored: str | None) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from. False for no hash or a damaged
    one (logged without its content)."""
    if not stored:
        return False
    parsed = _parse(stored)
    if parsed is None:
        log.warning("a stored PIN hash is damaged or of an unknown kind; it matches nothing")
        return False
    n, r, p, salt, key = parsed
    return hmac.compare_digest(_derive(pin, salt, n, r, p), key)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with other parameters than today's."""
    parsed = _parse(stored)
    return parsed is None or parsed[:3] != (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def check_pin_format(pin: str) -> str:
    """``pin`` if it is 4 to 8 digits (0-9), else InvalidField (``pin``)."""
    if not isinstance(pin, str) or not _DIGITS.fullmatch(pin):
        raise InvalidField(
            "pin", f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9), nothing else."
        )
    return pin


def check_new_pin(pin: str, other_hashes: Iterable[str] = (), *, today: date | None = None) -> str:
    """``pin`` if it may become someone's PIN, else InvalidField (``pin``) with the reason.

    Refused: anything but 4 to 8 digits; easy guesses (see ``weakness``); another active
    user's PIN (``other_hashes``) — said only as "Choose another PIN.", which tells nobody
    whose it is. Each other hash costs one check (about 0.1 s), so this comes last.
    """
    check_pin_format(pin)
    reason = weakness(pin, today or date.today())
    if reason is not None:
        raise InvalidField("pin", f"{reason} Choose another PIN.")
    if any(pin_matches(pin, stored) for stored in other_hashes):
        raise InvalidField("pin", "Choose another PIN.")
    return pin


def weakness(pin: str, today: date) -> str | None:
    """Why ``pin`` (4 to 8 digits) is easy to guess, in a shopkeeper's words; None if not."""
    if len(set(pin)) == 1:
        return "A PIN of one digit repeated is easy to guess."
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return "A PIN of digits in a row (like 3456 or 8765) is easy to guess."
    if len(pin) == 4 and (1900 <= int(pin) <= 2099 or pin == str(today.year)):
        return "A PIN that is a year is easy to guess."
    if _repeats_a_pattern(pin):
        return "A PIN that repeats a short pattern (like 3535) is easy to guess."
    if pin in COMMON_PINS:
        return "That PIN is one of the most common ones."
    return None


def _repeats_a_pattern(pin: str) -> bool:
    """'1212', '123123', '45454545': a block of two or more digits repeated."""
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(2, len(pin) // 2 + 1)
    )


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p, dklen=_KEY_BYTES
    )


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, key = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        return None
    sane = n > 1 and n & (n - 1) == 0 and r > 0 and p > 0 and 128 * n * r * p <= _MAX_COST
    return (n, r, p, salt, key) if sane and salt and len(key) == _KEY_BYTES else None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
