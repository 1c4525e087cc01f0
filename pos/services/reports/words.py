"""The words of a report, by stable keys: its title, its column headings, the words in its
cells ('Total', 'Whole period' ...) and its note. ``pos`` never words a report itself: a
face does, with a ``Words`` of its own (the Qt screen's are translated; ``ENGLISH`` is the
command line's). Numbers and dates are worded by ``cells`` in the shop's locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Heading(StrEnum):
    """What a column holds."""

    FIGURE = "figure"
    THIS_PERIOD = "this_period"
    PREVIOUS_PERIOD = "previous_period"
    SALES = "sales"
    REFUNDS = "refunds"
    SOLD = "sold"
    REFUNDED = "refunded"
    NET = "net"
    TAX = "tax"
    GROSS = "gross"
    PREVIOUS_NET = "previous_net"
    SKU = "sku"
    PRODUCT = "product"
    CATEGORY = "category"
    CASHIER = "cashier"
    QUANTITY = "quantity"
    NET_BEFORE_TAX = "net_before_tax"
    AMOUNT = "amount"
    PREVIOUS_AMOUNT = "previous_amount"
    TENDER = "tender"
    PAYMENTS = "payments"
    REFERENCES = "references"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    HOUR = "hour"
    WEEKDAY = "weekday"
    RATE = "rate"
    PERCENT = "percent"
    NET_SALES = "net_sales"
    COST = "cost"
    MARGIN = "margin"
    MARGIN_PERCENT = "margin_percent"


class Title(StrEnum):
    """Which report a table is; top and bottom sellers' titles hold their ``count``."""

    TOTALS = "totals"
    BY_PRODUCT = "product"
    BY_CATEGORY = "category"
    BY_CASHIER = "cashier"
    BY_TENDER = "tender"
    BY_DAY = "day"
    BY_WEEK = "week"
    BY_MONTH = "month"
    BY_HOUR = "hour"
    BY_WEEKDAY = "weekday"
    TAX = "tax"
    TOP_BY_AMOUNT = "top_amount"
    TOP_BY_QUANTITY = "top_quantity"
    BOTTOM_BY_AMOUNT = "bottom_amount"
    BOTTOM_BY_QUANTITY = "bottom_quantity"
    MARGIN_BY_PRODUCT = "margin_product"
    MARGIN_BY_CATEGORY = "margin_category"
    MARGIN_BY_DAY = "margin_day"
    MARGIN_BY_WEEK = "margin_week"
    MARGIN_BY_MONTH = "margin_month"


class Word(StrEnum):
    """A word in a cell: the total row's name, a figure's name, a way of paying."""

    TOTAL = "total"
    WHOLE_PERIOD = "whole_period"
    NO_CATEGORY = "no_category"
    SALES_COUNT = "sales_count"
    REFUNDS_COUNT = "refunds_count"
    GROSS = "gross"
    DISCOUNTS = "discounts"
    SOLD = "sold"
    REFUNDED = "refunded"
    NET = "net"
    TAX = "tax"
    NET_OF_TAX = "net_of_tax"
    CASH = "cash"
    CARD = "card"
    MOBILE = "mobile"
    OTHER = "other"


class Note(StrEnum):
    """What is said under a report; the cost note holds a ``count`` of lines."""

    REFUNDS_BY_TENDER = "refunds_by_tender"
    TAX_REFUNDS = "tax_refunds"
    COST = "cost"


@dataclass(frozen=True, slots=True)
class Words:
    """Every word of every report, in one language. Plain data, so that a face words a
    report on its own thread and hands it to a worker that saves the file."""

    headings: Mapping[Heading, str]
    titles: Mapping[Title, str]
    cells: Mapping[Word, str]
    notes: Mapping[Note, str]
    #: Other words: 'period' '{first} to {last}', 'week' '{year}-W{week:02}', 'period_name'
    #: 'Period', 'currency' 'Currency', 'no_sales' 'No sales in this period.'
    phrases: Mapping[str, str]


ENGLISH = Words(
    headings={
        Heading.FIGURE: "Figure",
        Heading.THIS_PERIOD: "This period",
        Heading.PREVIOUS_PERIOD: "Previous period",
        Heading.SALES: "Sales",
        Heading.REFUNDS: "Refunds",
        Heading.SOLD: "Sold",
        Heading.REFUNDED: "Refunded",
        Heading.NET: "Net",
        Heading.TAX: "Tax",
        Heading.GROSS: "Gross",
        Heading.PREVIOUS_NET: "Previous net",
        Heading.SKU: "SKU",
        Heading.PRODUCT: "Product",
        Heading.CATEGORY: "Category",
        Heading.CASHIER: "Cashier",
        Heading.QUANTITY: "Quantity",
        Heading.NET_BEFORE_TAX: "Net before tax",
        Heading.AMOUNT: "Amount",
        Heading.PREVIOUS_AMOUNT: "Previous amount",
        Heading.TENDER: "Tender",
        Heading.PAYMENTS: "Payments",
        Heading.REFERENCES: "References",
        Heading.DAY: "Day",
        Heading.WEEK: "Week",
        Heading.MONTH: "Month",
        Heading.YEAR: "Year",
        Heading.HOUR: "Hour",
        Heading.WEEKDAY: "Weekday",
        Heading.RATE: "Rate",
        Heading.PERCENT: "Percent",
        Heading.NET_SALES: "Net sales",
        Heading.COST: "Cost",
        Heading.MARGIN: "Margin",
        Heading.MARGIN_PERCENT: "Margin %",
    },
    titles={
        Title.TOTALS: "Sales totals",
        Title.BY_PRODUCT: "Sales by product",
        Title.BY_CATEGORY: "Sales by category",
        Title.BY_CASHIER: "Sales by cashier",
        Title.BY_TENDER: "Sales by tender",
        Title.BY_DAY: "Sales by day",
        Title.BY_WEEK: "Sales by week",
        Title.BY_MONTH: "Sales by month",
        Title.BY_HOUR: "Sales by hour",
        Title.BY_WEEKDAY: "Sales by weekday",
        Title.TAX: "Tax collected per rate",
        Title.TOP_BY_AMOUNT: "Top {count} sellers by amount",
        Title.TOP_BY_QUANTITY: "Top {count} sellers by quantity",
        Title.BOTTOM_BY_AMOUNT: "Bottom {count} sellers by amount",
        Title.BOTTOM_BY_QUANTITY: "Bottom {count} sellers by quantity",
        Title.MARGIN_BY_PRODUCT: "Gross margin by product",
        Title.MARGIN_BY_CATEGORY: "Gross margin by category",
        Title.MARGIN_BY_DAY: "Gross margin by day",
        Title.MARGIN_BY_WEEK: "Gross margin by week",
        Title.MARGIN_BY_MONTH: "Gross margin by month",
    },
    cells={
        Word.TOTAL: "Total",
        Word.WHOLE_PERIOD: "Whole period",
        Word.NO_CATEGORY: "No category",
        Word.SALES_COUNT: "Sales",
        Word.REFUNDS_COUNT: "Refunds",
        Word.GROSS: "Gross before discounts",
        Word.DISCOUNTS: "Discounts",
        Word.SOLD: "Sold",
        Word.REFUNDED: "Refunded",
        Word.NET: "Net (sales less refunds)",
        Word.TAX: "Tax",
        Word.NET_OF_TAX: "Net before tax",
        Word.CASH: "cash",
        Word.CARD: "card",
        Word.MOBILE: "mobile",
        Word.OTHER: "other",
    },
    notes={
        Note.REFUNDS_BY_TENDER: "Refunds paid out are taken off the way they were paid.",
        Note.TAX_REFUNDS: "Sales less refunds; a refund counts when it was paid out.",
        Note.COST: "Cost: each product's unit cost when it was sold (recorded by the sale's "
        "stock movement); {count} line(s) sold before ShopTill recorded it use the "
        "product's current cost.",
    },
    phrases={
        "period": "{first} to {last}",
        "week": "{year}-W{week:02}",
        "short_week": "W{week}",
        "period_name": "Period",
        "currency": "Currency",
        "no_sales": "No sales in this period.",
    },
)
