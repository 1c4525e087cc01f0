"""Are the stored X and Z reports as they were written?

Each report's audit entry holds the SHA-256 of the figures it stored. The report rows are
protected by triggers; this catches a row changed anyway (the triggers dropped, the file
edited by another program), and a report whose audit entry is missing. With the audit log
a hash chain, the entry itself cannot be changed to match unseen.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from pos.db.tables import audit_log, shift_reports
from pos.db.uow import UnitOfWork
from pos.services.numbering import format_number

REPORT_ACTIONS = ("x_report", "z_report")


def figures_digest(stored: str) -> str:
    """The SHA-256 of a report's stored figures, as its audit entry records it."""
    return hashlib.sha256(stored.encode("utf-8")).hexdigest()


def report_mismatches(uow: UnitOfWork) -> list[str]:
    """A plain sentence for each report changed since it was written, or unrecorded."""
    recorded: dict[str, str] = {}
    for details in uow.connection.scalars(
        select(audit_log.c.details).where(audit_log.c.action.in_(REPORT_ACTIONS))
    ):
        entry = json.loads(details)
        if "number" in entry and "figures_sha256" in entry:
            recorded[entry["number"]] = entry["figures_sha256"]
    problems = []
    for series, number, figures in uow.connection.execute(
        select(shift_reports.c.series, shift_reports.c.number, shift_reports.c.figures).order_by(
            shift_reports.c.id
        )
    ):
        printed = format_number(series, number)
        if printed not in recorded:
            problems.append(
                f"Report {printed} has no entry in the audit log: it was not made by ShopTill, "
                "or its entry was removed. Keep the printed copy and restore a backup."
            )
        elif recorded[printed] != figures_digest(figures):
            problems.append(
                f"Report {printed} was changed after it was printed: its figures no longer "
                "match the audit log. The printed copy is the true one; restore a backup."
            )
    return problems
