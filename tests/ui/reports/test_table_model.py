"""The report table sorts as its values do: amounts and counts as numbers (not as text:
'€9.00' before '€10.00'), days in time order (not '10 Mar' before '9 Mar'), weekdays
Monday first; rows without a value in the column ('Whole period') after; the total last."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from pos.services.reports.period import month_of
from pos.services.reports.table import Column, ReportTable, Value
from pos.services.reports.words import Heading, Title, Word
from ui.reports.table_model import ReportTableModel

D = Decimal
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def table(rows: list[tuple[Value, ...]], first: Column) -> ReportTable:
    return ReportTable(
        Title.BY_DAY,
        month_of(date(2026, 3, 1)),
        "EUR",
        (first, Column(Heading.SALES, "count"), Column(Heading.NET, "money")),
        tuple(rows),
        (Word.TOTAL, 119, D("119.00")),
    )


def column(model: ReportTableModel, at: int) -> list[str]:
    return [model.index(row, at).data() for row in range(model.rowCount())]


def test_numbers_sort_as_numbers_and_days_in_time_order(qtmodeltester: ModelTester) -> None:
    model = ReportTableModel("en_GB")
    model.show(
        table(
            [
                (date(2026, 3, 10), 10, D("10.00")),
                (date(2026, 3, 9), 9, D("9.00")),
                (date(2026, 3, 1), 100, D("100.00")),
            ],
            Column(Heading.DAY, "day"),
        )
    )
    qtmodeltester.check(model)
    model.sort(0, ASC)
    assert column(model, 0) == ["1 Mar 2026", "9 Mar 2026", "10 Mar 2026", "Total"]
    model.sort(0, DESC)
    assert column(model, 0) == ["10 Mar 2026", "9 Mar 2026", "1 Mar 2026", "Total"]
    model.sort(1, ASC)
    assert column(model, 1) == ["9", "10", "100", "119"]
    model.sort(2, DESC)
    assert column(model, 2) == ["€100.00", "€10.00", "€9.00", "€119.00"]
    assert model.is_total(3) and model.index(3, 0).data() == "Total"
    qtmodeltester.check(model)


def test_weekdays_sort_monday_first_and_words_follow(qtmodeltester: ModelTester) -> None:
    model = ReportTableModel("de_DE")
    model.show(
        table(
            [
                (6, 1, D("1")),
                (0, 2, D("2")),
                (Word.WHOLE_PERIOD, 3, D("3")),
                (2, 3, D("3")),
            ],
            Column(Heading.WEEKDAY, "weekday"),
        )
    )
    model.sort(0, ASC)
    assert column(model, 0) == ["Montag", "Mittwoch", "Sonntag", "Whole period", "Total"]
    model.sort(0, DESC)
    assert column(model, 0) == ["Sonntag", "Mittwoch", "Montag", "Whole period", "Total"]
    qtmodeltester.check(model)


def test_a_persistent_index_follows_its_row() -> None:
    model = ReportTableModel("en_GB")
    model.show(
        table(
            [(date(2026, 3, 2), 2, D("2")), (date(2026, 3, 1), 1, D("1"))],
            Column(Heading.DAY, "day"),
        )
    )
    from PySide6.QtCore import QPersistentModelIndex

    second = QPersistentModelIndex(model.index(1, 0))
    model.sort(0, ASC)
    assert second.row() == 0 and second.data() == "1 Mar 2026"
