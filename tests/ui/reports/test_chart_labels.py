"""Time rows' labels, short enough to sit under their bars, in the shop's language."""

from __future__ import annotations

import pytest

from ui.reports.chart_data import short_label


@pytest.mark.parametrize(
    ("label", "locale", "bars", "short"),
    [
        ("2026-12-03", "en_GB", 31, "3"),
        ("2026-12-03", "en_GB", 7, "3 Dec"),
        ("2026-12-03", "fr_FR", 7, "3 déc."),
        ("2026-W09", "en_GB", 52, "W9"),
        ("2026-03", "en_GB", 12, "Mar"),
        ("2026-03", "de_DE", 12, "März"),
        ("14:00", "en_GB", 24, "14"),
        ("Monday", "en_GB", 7, "Mon"),
        ("lundi", "fr_FR", 7, "lun."),
        ("Fresh Milk 1 L", "en_GB", 2, "Fresh Milk 1 L"),
    ],
)
def test_short_labels(label: str, locale: str, bars: int, short: str) -> None:
    assert short_label(label, locale, bars) == short
