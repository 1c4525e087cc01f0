"""A bar chart of money by label (days, hours ...), with last period's bars beside it.

Qt Charts draws it (the PySide6-Addons module, of which only libQt6Charts and its binding,
about 3.3 MB, go into an install). Amounts are Decimals everywhere else; here they become
floats only to be drawn, never to be added.

The value axis is labelled in the shop's locale ('1.200' in de_DE), as the table is; when
the application lays out right to left, the chart is mirrored: the value axis on the
right, the first bar on the right, lying bars growing to the left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
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
        #: The value axis's labels, in the shop's locale.
        self.value_labels: list[str] = []

    def draw(
        self,
        title: str,
        labels: Sequence[str],
        amounts: Sequence[Decimal],
        money: Callable[[Decimal], str],
        *,
        locale: str = "en",
        now_name: str,
        before: Sequence[Decimal] | None = None,
        before_name: str = "",
        across: bool = False,
    ) -> None:
        """Draw ``amounts`` per label (and ``before`` beside them when given): standing
        bars in the labels' order, or with ``across`` lying bars, the first at the top
        (names, such as products', read in full beside them)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        # Lying bars are drawn from the bottom up: reversed, the first row is on top.
        # Right to left, standing bars are reversed too: the first on the right (a
        # category axis cannot be reversed itself).
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        order = slice(None, None, -1) if across or mirrored else slice(None)
        series: QAbstractBarSeries = QHorizontalBarSeries() if across else QBarSeries()
        series.append(_bars(now_name, list(amounts)[order], NOW_COLOUR))
        if before is not None:
            series.append(_bars(before_name, list(before)[order], BEFORE_COLOUR))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(labels)[order])
        categories.setTruncateLabels(False)
        highest = max([*amounts, *(before or ()), Decimal(0)])
        lowest = min([*amounts, *(before or ()), Decimal(0)])
        values = _value_axis(float(lowest), float(highest) or 1.0, locale)
        self.value_labels = values.categoriesLabels()
        bottom = Qt.AlignmentFlag.AlignBottom
        side = Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(categories, side if across else bottom)
        chart.addAxis(values, bottom if across else side)
        series.attachAxis(categories)
        series.attachAxis(values)
        values.setReverse(mirrored and across)  # lying bars grow to the left
        chart.legend().setVisible(before is not None)
        self.labels, self.amounts = list(labels), list(amounts)
        pairs = zip(labels, amounts, strict=True)
        described = self.tr(", ").join(
            self.tr("{label}: {amount}").format(label=label, amount=money(amount))
            for label, amount in pairs
        )
        self.setAccessibleDescription(
            self.tr("{title}. {described}").format(title=title, described=described)
        )


def _value_axis(lowest: float, highest: float, locale: str) -> QCategoryAxis:
    """An axis over ``lowest`` to ``highest`` with Qt's nice round ticks, each labelled as
    the shop writes numbers ('1,200', '1.200', '1 200')."""
    nice = QValueAxis()
    nice.setRange(lowest, highest)
    nice.applyNiceNumbers()
    start, end, ticks = nice.min(), nice.max(), max(nice.tickCount(), 2)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(start, end)
    axis.setStartValue(start)
    step = (end - start) / (ticks - 1)
    for tick in range(ticks):
        value = start + step * tick
        axis.append(format_decimal(round(value, 6), format="#,##0.##", locale=locale), value)
    return axis


def _bars(name: str, amounts: Sequence[Decimal], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(colour)
    bars.append([float(amount) for amount in amounts])
    return bars
