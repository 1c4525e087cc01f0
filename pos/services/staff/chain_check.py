"""Checking the audit chain link by link, and telling the shopkeeper what broke it.

``shoptill check`` calls ``chain_problems``: it walks the log in chain order (``seq``) and
stops at the first broken or missing link, because every entry after a break is only as
trustworthy as the break itself. The message names the entry as a shopkeeper knows it
(what it was, when) and says what to do. ``chain_head`` gives the latest seal for the Z
report, where paper anchors the chain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, pairwise

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import audit_chain, audit_log
from pos.db.uow import UnitOfWork
from pos.services.staff.chain import GENESIS, seal

#: What to do, after any problem in the chain.
WHAT_TO_DO = (
    "What to do: keep this database file as it is (make a copy with 'shoptill backup' "
    "before anything else), compare the log with your printed Z reports and older backups, "
    "and ask who could use this computer. Selling can go on: new entries are still sealed."
)

#: Actions as a shopkeeper would name them; others are shown from their own name.
_ACTIONS = {
    "sale": "a sale",
    "refund": "a refund",
    "void_cart": "a voided cart",
    "void_line": "a voided line",
    "no_sale": "a no-sale drawer opening",
    "stock_count.post": "a posted stock count",
    "stock_adjusted": "a stock adjustment",
    "delivery_posted": "a posted delivery",
    "supplier_return_posted": "a posted return to a supplier",
    "price_changed": "a price change",
    "product_changed": "a product change",
    "settings_changed": "a settings change",
    "shop_created": "the shop's creation",
    "signed_in": "a sign-in",
    "sign_in_failed": "a wrong PIN at sign-in",
    "approval_failed": "a wrong PIN for an approval",
    "user_unlocked": "a lock for wrong PINs lifted",
    "user_added": "a person added to the staff",
    "user_changed": "a change to a staff member",
    "role_changed": "a change to what a role may do",
    "pin_set": "a new PIN",
    "pin_reset": "a PIN set from the command line",
    "pin_recovered": "the owner's PIN set with the recovery code",
    "recovery_failed": "a wrong recovery code",
    "recovery_code_replaced": "a new recovery code",
    "sign_in_turned_on": "sign-in turned on",
    "sign_in_turned_off": "sign-in turned off",
}


@dataclass(frozen=True, slots=True)
class _Entry:
    id: int
    seq: int | None
    at: datetime
    user_id: int | None
    approver_id: int | None
    till: str
    action: str
    details: str
    prev_hash: str | None
    hash: str | None

    def sealed(self) -> str | None:
        """The seal this entry's content calls for, given the link it holds."""
        if self.seq is None or self.prev_hash is None:
            return None
        return seal(
            self.seq,
            self.at,
            self.user_id,
            self.approver_id,
            self.till,
            self.action,
            self.details,
            self.prev_hash,
        )


def describe(entry: _Entry) -> str:
    """'Audit entry 1,234 (a refund at 14:02 on 3 Dec 2026)', in the computer's local time."""
    what = _ACTIONS.get(entry.action, entry.action.replace("_", " ").replace(".", " "))
    local = entry.at.astimezone()
    when = f"{local:%H:%M} on {local.day} {local:%b %Y}"
    number = f"Audit entry {entry.seq:,}" if entry.seq is not None else "An audit entry"
    return f"{number} ({what} at {when})"


def _span(first: int, last: int) -> str:
    if first == last:
        return f"Audit entry {first:,} is"
    return f"Audit entries {first:,} to {last:,} are"


def _first_break(entries: Iterable[_Entry], head: tuple[int, str] | None) -> str | None:
    """The first broken or missing link, in plain words; None when the chain is whole.

    ``entries`` come in chain order, unsealed ones (no ``seq``) last. Ids grow in the order
    entries are written (each takes its id after the chain's head), so an entry whose id is
    above the next one's was moved. One entry of look-ahead also tells an entry whose seal
    alone was changed (the next entry still links to what its content calls for) from one
    whose content was changed.
    """
    expected, prev_hash = 1, GENESIS
    previous: _Entry | None = None
    end = None if head is None else head[0]
    for entry, following in pairwise(chain(entries, [None])):
        assert entry is not None
        if entry.seq is None or entry.hash is None or entry.prev_hash is None:
            return _head_break(previous, head) or (
                f"{describe(entry)} was added behind ShopTill's back: it is not sealed into "
                "the audit chain."
            )
        if end is not None and entry.seq > end and entry.seq >= expected:
            return _head_break(previous, head) or (
                f"{describe(entry)} was added behind ShopTill's back, after the chain's end."
            )
        if entry.seq > expected:
            where = (
                f"between entries {expected - 1:,} and {entry.seq:,}"
                if previous is not None
                else f"before entry {entry.seq:,}"
            )
            return f"{_span(expected, entry.seq - 1)} missing ({where}): deleted."
        if entry.seq < expected:  # the unique index was dropped to write it
            return f"{describe(entry)} takes a place in the chain that was already taken: forged."
        if following is not None and following.seq is not None and following.id < entry.id:
            return (
                f"{describe(entry)} is out of order: entry {following.seq:,} after it was "
                "written before it. Entries were moved or swapped."
            )
        own = entry.sealed()
        if entry.prev_hash != prev_hash:
            if previous is not None and own == entry.hash:
                # This entry is as written; the one before it no longer is, though its own
                # seal fits its content: it was changed, then sealed again.
                return (
                    f"{describe(previous)} was changed after it was written and sealed again: "
                    "the entry after it still holds its earlier seal."
                )
            return f"{describe(entry)} was changed after it was written."
        if own != entry.hash:
            if following is not None and following.prev_hash == own:
                return f"{describe(entry)} had its seal (hash) changed after it was written."
            return f"{describe(entry)} was changed after it was written."
        expected, prev_hash, previous = entry.seq + 1, own, entry
    return _head_break(previous, head)


def _head_break(last: _Entry | None, head: tuple[int, str] | None) -> str | None:
    """The chain's head must point at its last entry."""
    last_seq, last_hash = (0, GENESIS) if last is None else (last.seq or 0, str(last.hash))
    if head is None:
        if last is None:
            return None  # an emptied database: the next entry starts the head again
        return "The record of the audit chain's latest entry is missing: it was deleted."
    head_seq, head_hash = head
    if head_seq > last_seq:
        return f"{_span(last_seq + 1, head_seq)} missing (the latest ones): deleted."
    if head_seq < last_seq:
        assert last is not None
        return f"{describe(last)} was added behind ShopTill's back, after the chain's end."
    if head_hash != last_hash:
        assert last is not None
        return f"{describe(last)} was changed after it was written (the latest entry)."
    return None


def chain_problems(db: Database) -> list[str]:
    """The first break in the audit chain with what to do, or an empty list."""
    with db.read() as uow:
        return _chain_problems(uow)


def _chain_problems(uow: UnitOfWork) -> list[str]:
    connection = uow.connection
    if uow.dialect.name == "postgresql":
        # The head and the log from one snapshot: a till appending meanwhile must not look
        # like a forged or a missing entry. (SQLite's read transaction is a snapshot too.)
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    row = connection.execute(select(audit_chain.c.seq, audit_chain.c.hash)).first()
    head = None if row is None else (int(row[0]), str(row[1]))
    log = audit_log.c
    rows = connection.execute(
        select(
            log.id,
            log.seq,
            log.at,
            log.user_id,
            log.approver_id,
            log.till,
            log.action,
            log.details,
            log.prev_hash,
            log.hash,
        )
        .order_by(log.seq.nulls_last(), log.id)
        .execution_options(yield_per=2_000)  # a big log is walked, not loaded
    )
    found = _first_break((_Entry(**row._mapping) for row in rows), head)
    rows.close()
    return [] if found is None else [f"{found} {WHAT_TO_DO}"]


def chain_head(db: Database) -> str:
    """The latest entry's seal (64 hex digits), as the Z report prints it; ``GENESIS``
    (all zeros) before the first entry."""
    with db.read() as uow:
        found = uow.connection.execute(select(audit_chain.c.hash)).scalar()
    return GENESIS if found is None else str(found)
