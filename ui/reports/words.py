"""The reports' words in the user's language: every title, heading, cell word and note a
report may hold (``pos.services.reports.words`` names them by key), translated through
Qt's translators under the context "ReportWords". Worded afresh each time it is asked,
so a language installed meanwhile is used; the result is plain data that a worker thread
saving a file may read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos.services.reports.words import Heading, Note, Title, Word, Words


def report_words() -> Words:
    """The words of the reports, translated (English when no translator holds them)."""
    return Words(
        headings={
            Heading.FIGURE: QCoreApplication.translate("ReportWords", "Figure"),
            Heading.THIS_PERIOD: QCoreApplication.translate("ReportWords", "This period"),
            Heading.PREVIOUS_PERIOD: QCoreApplication.translate("ReportWords", "Previous period"),
            Heading.SALES: QCoreApplication.translate("ReportWords", "Sales"),
            Heading.REFUNDS: QCoreApplication.translate("ReportWords", "Refunds"),
            Heading.SOLD: QCoreApplication.translate("ReportWords", "Sold"),
            Heading.REFUNDED: QCoreApplication.translate("ReportWords", "Refunded"),
            Heading.NET: QCoreApplication.translate("ReportWords", "Net"),
            Heading.TAX: QCoreApplication.translate("ReportWords", "Tax"),
            Heading.GROSS: QCoreApplication.translate("ReportWords", "Gross"),
            Heading.PREVIOUS_NET: QCoreApplication.translate("ReportWords", "Previous net"),
            Heading.SKU: QCoreApplication.translate("ReportWords", "SKU"),
            Heading.PRODUCT: QCoreApplication.translate("ReportWords", "Product"),
            Heading.CATEGORY: QCoreApplication.translate("ReportWords", "Category"),
            Heading.CASHIER: QCoreApplication.translate("ReportWords", "Cashier"),
            Heading.QUANTITY: QCoreApplication.translate("ReportWords", "Quantity"),
            Heading.NET_BEFORE_TAX: QCoreApplication.translate("ReportWords", "Net before tax"),
            Heading.AMOUNT: QCoreApplication.translate("ReportWords", "Amount"),
            Heading.PREVIOUS_AMOUNT: QCoreApplication.translate("ReportWords", "Previous amount"),
            Heading.TENDER: QCoreApplication.translate("ReportWords", "Tender"),
            Heading.PAYMENTS: QCoreApplication.translate("ReportWords", "Payments"),
            Heading.REFERENCES: QCoreApplication.translate("ReportWords", "References"),
            Heading.DAY: QCoreApplication.translate("ReportWords", "Day"),
            Heading.WEEK: QCoreApplication.translate("ReportWords", "Week"),
            Heading.MONTH: QCoreApplication.translate("ReportWords", "Month"),
            Heading.YEAR: QCoreApplication.translate("ReportWords", "Year"),
            Heading.HOUR: QCoreApplication.translate("ReportWords", "Hour"),
            Heading.WEEKDAY: QCoreApplication.translate("ReportWords", "Weekday"),
            Heading.RATE: QCoreApplication.translate("ReportWords", "Rate"),
            Heading.PERCENT: QCoreApplication.translate("ReportWords", "Percent"),
            Heading.NET_SALES: QCoreApplication.translate("ReportWords", "Net sales"),
            Heading.COST: QCoreApplication.translate("ReportWords", "Cost"),
            Heading.MARGIN: QCoreApplication.translate("ReportWords", "Margin"),
            Heading.MARGIN_PERCENT: QCoreApplication.translate("ReportWords", "Margin %"),
        },
        titles={
            Title.TOTALS: QCoreApplication.translate("ReportWords", "Sales totals"),
            Title.BY_PRODUCT: QCoreApplication.translate("ReportWords", "Sales by product"),
            Title.BY_CATEGORY: QCoreApplication.translate("ReportWords", "Sales by category"),
            Title.BY_CASHIER: QCoreApplication.translate("ReportWords", "Sales by cashier"),
            Title.BY_TENDER: QCoreApplication.translate("ReportWords", "Sales by tender"),
            Title.BY_DAY: QCoreApplication.translate("ReportWords", "Sales by day"),
            Title.BY_WEEK: QCoreApplication.translate("ReportWords", "Sales by week"),
            Title.BY_MONTH: QCoreApplication.translate("ReportWords", "Sales by month"),
            Title.BY_HOUR: QCoreApplication.translate("ReportWords", "Sales by hour"),
            Title.BY_WEEKDAY: QCoreApplication.translate("ReportWords", "Sales by weekday"),
            Title.TAX: QCoreApplication.translate("ReportWords", "Tax collected per rate"),
            Title.TOP_BY_AMOUNT: QCoreApplication.translate(
                "ReportWords", "Top {count} sellers by amount"
            ),
            Title.TOP_BY_QUANTITY: QCoreApplication.translate(
                "ReportWords", "Top {count} sellers by quantity"
            ),
            Title.BOTTOM_BY_AMOUNT: QCoreApplication.translate(
                "ReportWords", "Bottom {count} sellers by amount"
            ),
            Title.BOTTOM_BY_QUANTITY: QCoreApplication.translate(
                "ReportWords", "Bottom {count} sellers by quantity"
            ),
            Title.MARGIN_BY_PRODUCT: QCoreApplication.translate(
                "ReportWords", "Gross margin by product"
            ),
            Title.MARGIN_BY_CATEGORY: QCoreApplication.translate(
                "ReportWords", "Gross margin by category"
            ),
            Title.MARGIN_BY_DAY: QCoreApplication.translate("ReportWords", "Gross margin by day"),
            Title.MARGIN_BY_WEEK: QCoreApplication.translate("ReportWords", "Gross margin by week"),
            Title.MARGIN_BY_MONTH: QCoreApplication.translate(
                "ReportWords", "Gross margin by month"
            ),
        },
        cells={
            Word.TOTAL: QCoreApplication.translate("ReportWords", "Total"),
            Word.WHOLE_PERIOD: QCoreApplication.translate("ReportWords", "Whole period"),
            Word.NO_CATEGORY: QCoreApplication.translate("ReportWords", "No category"),
            Word.SALES_COUNT: QCoreApplication.translate(
                "ReportWords", "Sales", "figure: the number of sales"
            ),
            Word.REFUNDS_COUNT: QCoreApplication.translate(
                "ReportWords", "Refunds", "figure: the number of refunds"
            ),
            Word.GROSS: QCoreApplication.translate("ReportWords", "Gross before discounts"),
            Word.DISCOUNTS: QCoreApplication.translate("ReportWords", "Discounts"),
            Word.SOLD: QCoreApplication.translate("ReportWords", "Sold", "figure"),
            Word.REFUNDED: QCoreApplication.translate("ReportWords", "Refunded", "figure"),
            Word.NET: QCoreApplication.translate("ReportWords", "Net (sales less refunds)"),
            Word.TAX: QCoreApplication.translate("ReportWords", "Tax", "figure"),
            Word.NET_OF_TAX: QCoreApplication.translate("ReportWords", "Net before tax", "figure"),
            Word.CASH: QCoreApplication.translate("ReportWords", "cash"),
            Word.CARD: QCoreApplication.translate("ReportWords", "card"),
            Word.MOBILE: QCoreApplication.translate("ReportWords", "mobile"),
            Word.OTHER: QCoreApplication.translate("ReportWords", "other"),
        },
        notes={
            Note.REFUNDS_BY_TENDER: QCoreApplication.translate(
                "ReportWords", "Refunds paid out are taken off the way they were paid."
            ),
            Note.TAX_REFUNDS: QCoreApplication.translate(
                "ReportWords", "Sales less refunds; a refund counts when it was paid out."
            ),
            Note.COST: QCoreApplication.translate(
                "ReportWords",
                "Cost: each product's unit cost when it was sold (recorded by the sale's "
                "stock movement); {count} line(s) sold before ShopTill recorded it use the "
                "product's current cost.",
            ),
        },
        phrases={
            "period": QCoreApplication.translate("ReportWords", "{first} to {last}"),
            "week": QCoreApplication.translate("ReportWords", "{year}-W{week:02}"),
            "short_week": QCoreApplication.translate("ReportWords", "W{week}"),
            "period_name": QCoreApplication.translate("ReportWords", "Period"),
            "currency": QCoreApplication.translate("ReportWords", "Currency"),
            "no_sales": QCoreApplication.translate("ReportWords", "No sales in this period."),
        },
    )
