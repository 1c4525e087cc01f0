"""The models' tables, for prebuilt Core statements on the counter's hot paths.

Core statements on these ``Table`` objects still bind and read through the column types
(money and quantities as scaled integers, UTC timestamps); they skip only the ORM's
per-statement compilation and per-row bookkeeping.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

from pos.db.base import Base
from pos.db.models import (
    Barcode,
    DocumentCounter,
    Payment,
    Product,
    Sale,
    SaleLine,
    SaleTax,
    StockMovement,
    StoredCart,
    TaxRate,
)


def table_of(model: type[Base]) -> Table:
    """The ``Table`` a declarative model maps."""
    return cast(Table, model.__table__)


barcodes = table_of(Barcode)
carts = table_of(StoredCart)
document_counters = table_of(DocumentCounter)
payments = table_of(Payment)
products = table_of(Product)
sale_lines = table_of(SaleLine)
sale_taxes = table_of(SaleTax)
sales = table_of(Sale)
stock_movements = table_of(StockMovement)
tax_rates = table_of(TaxRate)
