"""A bar chart of money by label (days, hours ...), with last period's bars beside it.

Qt Charts draws it (the PySide6-Addons module, of which only libQt6Charts and its binding,
about 3.3 MB, go into an install). Amounts are Decimals everywhere else; here they become
floats only to be drawn, never to be added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

#: The bars of the period shown, and of the one before it.
NOW_COLOUR = QColor("#1565c0")
BEFORE_COLOUR = QColor("#b0bec5")


class BarChart(QChartView):
    """Money per label as bars; ``draw`` replaces what is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        #: The labels and the amounts drawn, for tests and the accessible description.
        self.labels: list[str] = []
        self.amounts: list[Decimal] = []

    def draw(
        self,
        title: str,
        labels: Sequence[str],
        amounts: Sequence[Decimal],
        money: Callable[[Decimal], str],
        *,
        now_name: str,
        before: Sequence[Decimal] | None = None,
        before_name: str = "",
    ) -> None:
        """Draw ``amounts`` per label (and ``before`` beside them when given)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        series = QBarSeries()
        series.append(_bars(now_name, amounts, NOW_COLOUR))
        if before is not None:
            series.append(_bars(before_name, before, BEFORE_COLOUR))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(labels))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        highest = max([*amounts, *(before or ()), Decimal(0)])
        lowest = min([*amounts, *(before or ()), Decimal(0)])
        values.setRange(float(lowest), float(highest) * 1.1 or 1.0)
        values.setLabelFormat("%.0f")
        values.setTickCount(5)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setVisible(before is not None)
        self.labels, self.amounts = list(labels), list(amounts)
        pairs = zip(labels, amounts, strict=True)
        described = ", ".join(f"{label}: {money(amount)}" for label, amount in pairs)
        self.setAccessibleDescription(f"{title}. {described}")


def _bars(name: str, amounts: Sequence[Decimal], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(colour)
    bars.append([float(amount) for amount in amounts])
    return bars
