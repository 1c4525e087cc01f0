"""The audit log's hash chain: an entry's canonical form, its seal, and appending one.

Every entry holds ``prev_hash``, the seal of the entry before it (``GENESIS`` for the
first), and ``hash``, the SHA-256 of its own canonical form, which includes ``prev_hash``.
Changing, removing or reordering an entry behind ShopTill's back therefore breaks a link
that ``shoptill check`` finds (``chain_check``). Anyone who can write the file could also
recompute every seal after their change: the chain proves nothing against that alone, which
is why the latest seal can be printed on the Z report, where paper keeps it.

The canonical form is a compact JSON array, UTF-8 encoded::

    ["shoptill-audit/1", seq, at, user_id, approver_id, till, action, details, prev_hash]

``at`` is the UTC time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (both databases keep microseconds);
``details`` is the details column's text exactly as stored (``record`` writes it as canonical
JSON: sorted keys, ASCII only), so a changed byte is a changed entry.

This form is frozen: migration 0010 sealed existing logs with its own copy of ``seal``, and
every seal already written depends on it. A different form needs a new tag and a migration.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, desc, insert, select, update

from pos.db.prepared import Prepared
from pos.db.tables import audit_chain, audit_log
from pos.db.uow import UnitOfWork

#: The ``prev_hash`` of the first entry.
GENESIS = "0" * 64
_TAG = "shoptill-audit/1"
_HEAD_ID = 1
# Made once: ``json.dumps`` with any option builds a new encoder on every call, and every
# audited action (each sale) encodes twice.
_DETAILS = json.JSONEncoder(default=str, sort_keys=True)
_FORM = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def canonical_details(details: Mapping[str, Any]) -> str:
    """``details`` as the log stores them: JSON with sorted keys, ASCII only, what JSON
    cannot hold (a Decimal, a date) as its ``str``. This is the form the log always had, so
    entries from before the chain and after it read alike."""
    return _DETAILS.encode(details)


def seal(
    seq: int,
    at: datetime,
    user_id: int | None,
    approver_id: int | None,
    till: str,
    action: str,
    details: str,
    prev_hash: str,
) -> str:
    """The SHA-256 (hex) of an entry's canonical form (see the module's docstring)."""
    if at.tzinfo is not UTC:  # ``utcnow()`` and the database give UTC already
        at = at.astimezone(UTC)
    # isoformat, not strftime: the same text ('2026-12-03T15:32:18.123456'), a tenth the cost.
    stamp = at.replace(tzinfo=None).isoformat("T", "microseconds") + "Z"
    form = [_TAG, seq, stamp, user_id, approver_id, till, action, details, prev_hash]
    return hashlib.sha256(_FORM.encode(form).encode("utf-8")).hexdigest()


# Three small statements, prepared once: an audited action's transaction runs them last.
_ADVANCE = Prepared(
    update(audit_chain)
    .where(audit_chain.c.id == _HEAD_ID)
    .values(seq=audit_chain.c.seq + 1)
    .returning(audit_chain.c.seq, audit_chain.c.hash)
)
_INSERT = Prepared(insert(audit_log))
_MOVE_HEAD = Prepared(
    update(audit_chain).where(audit_chain.c.id == _HEAD_ID).values(hash=bindparam("new_hash"))
)
_LAST = Prepared(
    select(audit_log.c.seq, audit_log.c.hash)
    .where(audit_log.c.seq.is_not(None))
    .order_by(desc(audit_log.c.seq))
    .limit(1)
)
_NEW_HEAD = Prepared(insert(audit_chain))


def append(
    uow: UnitOfWork,
    at: datetime,
    user_id: int | None,
    approver_id: int | None,
    till: str,
    action: str,
    details: str,
) -> str:
    """Write one sealed entry at the chain's end, inside ``uow``; returns its seal.

    The head's ``UPDATE ... RETURNING`` comes first: on PostgreSQL it holds the head's row
    lock until this transaction ends, so another till's entry waits and then links to this
    one. A rollback gives the number back, as with document numbers: ``seq`` has no gaps.
    """
    head = _ADVANCE.first(uow)
    if head is None:
        seq, prev_hash = _restart_head(uow)
    else:
        seq, prev_hash = int(head[0]), str(head[1])
    new_hash = seal(seq, at, user_id, approver_id, till, action, details, prev_hash)
    _INSERT.rows(
        uow,
        {
            "at": at,
            "user_id": user_id,
            "till": till,
            "action": action,
            "details": details,
            "approver_id": approver_id,
            "seq": seq,
            "prev_hash": prev_hash,
            "hash": new_hash,
        },
    )
    _MOVE_HEAD.rows(uow, {"new_hash": new_hash})
    return new_hash


def _restart_head(uow: UnitOfWork) -> tuple[int, str]:
    """The head row is missing (a database emptied by hand, a test's TRUNCATE): start it
    again after the last sealed entry, so that the next one still links to it and no sale
    is refused for it. ``shoptill check`` reports a missing head until then; latest entries
    removed together with the head leave no trace in the file, only against the seal
    printed on a Z report."""
    last = _LAST.first(uow)
    seq, prev_hash = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
    _NEW_HEAD.rows(uow, {"id": _HEAD_ID, "seq": seq, "hash": prev_hash})
    return seq, prev_hash
