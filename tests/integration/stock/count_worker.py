"""A till in a child process scanning into a stock count (not a test module).

Usage: python -m tests.integration.stock.count_worker URL TILL COUNT_ID SCANS CODE
Says "ready", waits for a line on its input ("go"), then scans CODE into count COUNT_ID
SCANS times, each scan its own transaction, and prints "done" on its own line.
"""

from __future__ import annotations

import sys

from pos.db.engine import open_database
from pos.services.dto import Actor
from pos.services.settings import get_settings
from pos.services.shop import owner
from pos.services.stock.counts_scan import scan_into_count


def main(url: str, till: str, count_id: int, scans: int, code: str) -> None:
    db = open_database(url)
    actor = Actor(owner(db).id, till)
    settings = get_settings(db)
    print("ready", flush=True)
    sys.stdin.readline()  # "go": both tills start scanning at the same moment
    for _ in range(scans):
        scan_into_count(db, actor, count_id, code, settings)
    print("done", flush=True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
