"""The reports screen's choices: which report, over which period, against the one before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from babel.dates import get_date_format
from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from pos.services.reports.period import Period, PeriodKind, custom, month_of, preset
from pos.services.reports.products import Ranking
from pos.services.reports.table import ReportBy, ReportRequest
from ui.widgets.forms import touch_sized


@dataclass(frozen=True, slots=True)
class Choice:
    """One report in the list: what the service is asked, and whether its rows are ranked
    (the chart shows the biggest) or in time order."""

    by: ReportBy
    ranked: bool = False
    margin_by: str = "product"


class ReportControls(QWidget):
    """Report, period (with dates for a custom one) and comparison.

    Signals:
        changed(): a choice changed; ``request()`` says what is asked now.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = QComboBox()
        self.report.setAccessibleName(self.tr("Report"))
        reports = (
            (self.tr("Sales by day"), Choice(ReportBy.DAY)),
            (self.tr("Sales by week"), Choice(ReportBy.WEEK)),
            (self.tr("Sales by month"), Choice(ReportBy.MONTH)),
            (self.tr("Sales by hour of the day"), Choice(ReportBy.HOUR)),
            (self.tr("Sales by weekday"), Choice(ReportBy.WEEKDAY)),
            (self.tr("Totals"), Choice(ReportBy.TOTALS)),
            (self.tr("By product"), Choice(ReportBy.PRODUCT, ranked=True)),
            (self.tr("By category"), Choice(ReportBy.CATEGORY, ranked=True)),
            (self.tr("By cashier"), Choice(ReportBy.CASHIER, ranked=True)),
            (self.tr("By payment"), Choice(ReportBy.TENDER, ranked=True)),
            (self.tr("Top sellers"), Choice(ReportBy.TOP, ranked=True)),
            (self.tr("Bottom sellers"), Choice(ReportBy.BOTTOM)),
            (self.tr("Gross margin by product"), Choice(ReportBy.MARGIN)),
            (self.tr("Gross margin by category"), Choice(ReportBy.MARGIN, margin_by="category")),
            (self.tr("Tax collected per rate"), Choice(ReportBy.TAX)),
        )
        for label, choice in reports:
            self.report.addItem(label, choice)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, kind in (
            (self.tr("Today"), PeriodKind.DAY),
            (self.tr("This week"), PeriodKind.WEEK),
            (self.tr("This month"), PeriodKind.MONTH),
            (self.tr("This year"), PeriodKind.YEAR),
            (self.tr("Dates…"), PeriodKind.CUSTOM),
        ):
            self.period.addItem(label, kind)
        self.period.setCurrentIndex(2)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        this_month = month_of(date.today())
        self.first.setDate(_qdate(this_month.first))
        self.last.setDate(_qdate(this_month.last))
        self.compare = QCheckBox(self.tr("Compare with the period before"))
        self.compare.setAccessibleName(self.tr("Compare with the period before"))
        touch_sized(self.report, self.period, self.first, self.last, self.compare)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.period, 1)
        layout.addWidget(QLabel(self.tr("From")))
        layout.addWidget(self.first)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.last)
        layout.addWidget(self.compare)
        self.report.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first.dateChanged.connect(self.changed)
        self.last.dateChanged.connect(self.changed)
        self.compare.toggled.connect(self.changed)
        self._period_changed()

    def set_locale(self, locale: str) -> None:
        """Dates written as the shop writes them short ('03.03.2026', '03/03/2026'), in
        Latin digits as the report's table is (Babel's)."""
        pattern = date_edit_format(locale)
        for edit in (self.first, self.last):
            edit.setLocale(QLocale.c())
            edit.setDisplayFormat(pattern)

    def choice(self) -> Choice:
        chosen = self.report.currentData()
        assert isinstance(chosen, Choice)
        return chosen

    def chosen_period(self, today: date | None = None) -> Period:
        """The period asked for.

        Raises:
            InvalidInput: custom dates that end before they start (or span over ten years).
        """
        kind = PeriodKind(self.period.currentData())
        if kind is PeriodKind.CUSTOM:
            return custom(_day(self.first.date()), _day(self.last.date()))
        return preset(kind, today or date.today())

    def request(self) -> ReportRequest:
        """What the service is asked.

        Raises:
            InvalidInput: a bad period.
        """
        choice = self.choice()
        return ReportRequest(
            choice.by,
            self.chosen_period(),
            compare=self.compare.isChecked() and choice.by is not ReportBy.MARGIN,
            ranking=Ranking.AMOUNT,
            margin_by=choice.margin_by,
        )

    def _period_changed(self) -> None:
        custom_dates = self.period.currentData() == PeriodKind.CUSTOM
        self.first.setEnabled(custom_dates)
        self.last.setEnabled(custom_dates)
        if not custom_dates:
            shown = preset(PeriodKind(self.period.currentData()), date.today())
            for edit, day in ((self.first, shown.first), (self.last, shown.last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.changed.emit()


def date_edit_format(locale: str) -> str:
    """The locale's short date pattern (CLDR, through Babel) as a Qt display format, the
    year in full: 'dd.MM.yy' becomes 'dd.MM.yyyy', 'dd/MM/y' 'dd/MM/yyyy'."""
    pattern = get_date_format("short", locale=locale).pattern
    return re.sub(r"y+", "yyyy", pattern)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(shown: QDate) -> date:
    return date(shown.year(), shown.month(), shown.day())
