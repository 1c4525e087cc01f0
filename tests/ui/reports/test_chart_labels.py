"""Time rows' labels, short enough to sit under their bars, in the shop's language."""

from __future__ import annotations

from datetime import date

import pytest

from pos.services.reports.table import Kind, Value
from ui.reports.chart_data import short_label


@pytest.mark.parametrize(
    ("value", "kind", "locale", "bars", "short"),
    [
        (date(2026, 12, 3), "day", "en_GB", 31, "3"),
        (date(2026, 12, 3), "day", "en_GB", 7, "3 Dec"),
        (date(2026, 12, 3), "day", "fr_FR", 7, "3 déc."),
        (date(2026, 2, 23), "week", "en_GB", 52, "W9"),
        (date(2026, 3, 1), "month", "en_GB", 12, "Mar"),
        (date(2026, 3, 1), "month", "de_DE", 12, "März"),
        (date(2026, 3, 1), "month", "ar_EG", 12, "مارس"),
        (14, "hour", "en_GB", 24, "14"),
        (0, "weekday", "en_GB", 7, "Mon"),
        (0, "weekday", "fr_FR", 7, "lun."),
        ("Fresh Milk 1 L", "text", "en_GB", 2, "Fresh Milk 1 L"),
    ],
)
def test_short_labels(value: Value, kind: Kind, locale: str, bars: int, short: str) -> None:
    assert short_label(value, kind, locale, bars) == short
