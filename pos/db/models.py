"""Typed ORM models over the Core tables of ``pos.db.tables``, for the back office.

The schema lives in ``pos.db.tables``; each table has its model here, which declares the
attribute types for the type checker, whether or not the back office edits it yet.
The counter (scans, sales, the open cart) and the start of the app use Core statements and
never import this module: the ORM costs about 180 ms to import and map on an old laptop.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import DeclarativeBase, Mapped

from pos.db import tables


class Base(DeclarativeBase):
    """Base of every ShopTill model: the metadata is the Core schema's."""

    metadata = tables.metadata


class User(Base):
    """Someone who works the till. For now the shop's owner."""

    __table__ = tables.users
    id: Mapped[int]
    name: Mapped[str]
    role: Mapped[str]
    pin_hash: Mapped[str | None]
    active: Mapped[bool]
    created_at: Mapped[datetime]


class TaxRate(Base):
    """A tax rate products can carry."""

    __table__ = tables.tax_rates
    id: Mapped[int]
    name: Mapped[str]
    percent: Mapped[Decimal]
    active: Mapped[bool]


class Category(Base):
    """A group of products: Bakery, Drinks ..."""

    __table__ = tables.categories
    id: Mapped[int]
    name: Mapped[str]
    colour: Mapped[str | None]


class Product(Base):
    """Something the shop sells. ``on_hand`` is a cache of the stock ledger."""

    __table__ = tables.products
    id: Mapped[int]
    sku: Mapped[str]
    name: Mapped[str]
    search_key: Mapped[str]
    category_id: Mapped[int | None]
    unit: Mapped[str]
    price: Mapped[Decimal]
    cost: Mapped[Decimal]
    tax_rate_id: Mapped[int]
    active: Mapped[bool]
    favourite: Mapped[bool]
    reorder_level: Mapped[Decimal]
    reorder_quantity: Mapped[Decimal]
    on_hand: Mapped[Decimal]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    supplier_id: Mapped[int | None]
    max_level: Mapped[Decimal]


class ProductTax(Base):
    """A product's further tax rate, charged beside its first on the same net price."""

    __table__ = tables.product_taxes
    product_id: Mapped[int]
    position: Mapped[int]
    tax_rate_id: Mapped[int]


class Barcode(Base):
    """A code printed on a product. A product may carry several; a code belongs to one."""

    __table__ = tables.barcodes
    code: Mapped[str]
    product_id: Mapped[int]


class Sale(Base):
    """A completed sale or refund. Immutable once written (database triggers enforce it)."""

    __table__ = tables.sales
    id: Mapped[int]
    kind: Mapped[str]
    series: Mapped[str]
    number: Mapped[int]
    original_id: Mapped[int | None]
    created_at: Mapped[datetime]
    cashier_id: Mapped[int]
    till: Mapped[str]
    currency: Mapped[str]
    tax_mode: Mapped[str]
    subtotal: Mapped[Decimal]
    discount: Mapped[Decimal]
    cart_discount_kind: Mapped[str | None]
    cart_discount_value: Mapped[Decimal | None]
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    total: Mapped[Decimal]
    rounding: Mapped[Decimal]
    amount_due: Mapped[Decimal]
    change: Mapped[Decimal]


class SaleLine(Base):
    """A line of a sale or refund, with the product as it was sold."""

    __table__ = tables.sale_lines
    id: Mapped[int]
    sale_id: Mapped[int]
    line_no: Mapped[int]
    product_id: Mapped[int]
    original_line_id: Mapped[int | None]
    sku: Mapped[str]
    name: Mapped[str]
    unit: Mapped[str]
    quantity: Mapped[Decimal]
    unit_price: Mapped[Decimal]
    base: Mapped[Decimal]
    line_discount: Mapped[Decimal]
    cart_discount: Mapped[Decimal]
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    gross: Mapped[Decimal]
    tax_name: Mapped[str]
    tax_percent: Mapped[Decimal]


class SaleTax(Base):
    """A sale's totals at one tax rate."""

    __table__ = tables.sale_taxes
    id: Mapped[int]
    sale_id: Mapped[int]
    tax_name: Mapped[str]
    tax_percent: Mapped[Decimal]
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    gross: Mapped[Decimal]


class SaleLineTax(Base):
    """The tax at one rate of a sale line that carries several rates."""

    __table__ = tables.sale_line_taxes
    id: Mapped[int]
    sale_id: Mapped[int]
    sale_line_id: Mapped[int]
    position: Mapped[int]
    tax_name: Mapped[str]
    tax_percent: Mapped[Decimal]
    tax: Mapped[Decimal]


class Payment(Base):
    """Money taken for a sale (or paid out for a refund)."""

    __table__ = tables.payments
    id: Mapped[int]
    sale_id: Mapped[int]
    method: Mapped[str]
    amount: Mapped[Decimal]
    tendered: Mapped[Decimal]
    change: Mapped[Decimal]
    reference: Mapped[str]


class StockMovement(Base):
    """One change to a product's stock. The ledger is the truth; ``on_hand`` follows it."""

    __table__ = tables.stock_movements
    id: Mapped[int]
    product_id: Mapped[int]
    quantity: Mapped[Decimal]
    on_hand_after: Mapped[Decimal]
    kind: Mapped[str]
    reason: Mapped[str]
    sale_id: Mapped[int | None]
    user_id: Mapped[int | None]
    till: Mapped[str]
    created_at: Mapped[datetime]
    document: Mapped[str]
    unit_cost: Mapped[Decimal | None]


class PriceChange(Base):
    """Every change of a product's price: the old and new price, when and by whom."""

    __table__ = tables.price_changes
    id: Mapped[int]
    product_id: Mapped[int]
    old_price: Mapped[Decimal]
    new_price: Mapped[Decimal]
    changed_at: Mapped[datetime]
    user_id: Mapped[int | None]
    till: Mapped[str]


class StoredCart(Base):
    """The open cart of a till, or a parked one, saved on every change."""

    __table__ = tables.carts
    id: Mapped[int]
    till: Mapped[str]
    status: Mapped[str]
    label: Mapped[str]
    user_id: Mapped[int | None]
    payload: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Setting(Base):
    """One shop setting, its value as JSON."""

    __table__ = tables.settings
    key: Mapped[str]
    value: Mapped[str]


class DocumentCounter(Base):
    """The next number of a document series. Taken in the document's own transaction."""

    __table__ = tables.document_counters
    series: Mapped[str]
    next_number: Mapped[int]


class AuditEntry(Base):
    """Append-only log of what was done at the till (voids, no-sale openings, refunds ...)."""

    __table__ = tables.audit_log
    id: Mapped[int]
    at: Mapped[datetime]
    user_id: Mapped[int | None]
    till: Mapped[str]
    action: Mapped[str]
    details: Mapped[str]


class Invoice(Base):
    """An invoice issued for a completed sale: its own gapless number (series "I") and the
    buyer's details taken at the counter. Append-only; a reprint shows the same number."""

    __table__ = tables.invoices
    id: Mapped[int]
    series: Mapped[str]
    number: Mapped[int]
    sale_id: Mapped[int]
    buyer_name: Mapped[str]
    buyer_address: Mapped[str]
    buyer_tax_id: Mapped[str]
    created_at: Mapped[datetime]
    user_id: Mapped[int | None]
    approver_id: Mapped[int | None]


class Supplier(Base):
    """Someone the shop buys from."""

    __table__ = tables.suppliers
    id: Mapped[int]
    name: Mapped[str]
    phone: Mapped[str]
    notes: Mapped[str]
    active: Mapped[bool]
    created_at: Mapped[datetime]


class Delivery(Base):
    """Goods in from a supplier, or back to one: a draft until posted, then final."""

    __table__ = tables.deliveries
    id: Mapped[int]
    kind: Mapped[str]
    status: Mapped[str]
    series: Mapped[str | None]
    number: Mapped[int | None]
    supplier_id: Mapped[int | None]
    supplier_reference: Mapped[str]
    delivered_on: Mapped[date]
    returns_delivery_id: Mapped[int | None]
    note: Mapped[str]
    till: Mapped[str]
    created_by: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    posted_by: Mapped[int | None]
    posted_at: Mapped[datetime | None]


class DeliveryLine(Base):
    """How much of a product a delivery brought (or took back), at what unit cost."""

    __table__ = tables.delivery_lines
    id: Mapped[int]
    delivery_id: Mapped[int]
    position: Mapped[int]
    product_id: Mapped[int]
    quantity: Mapped[Decimal]
    unit_cost: Mapped[Decimal]


class StockAdjustment(Base):
    """A numbered stock adjustment. Final once made."""

    __table__ = tables.stock_adjustments
    id: Mapped[int]
    series: Mapped[str]
    number: Mapped[int]
    note: Mapped[str]
    user_id: Mapped[int | None]
    till: Mapped[str]
    created_at: Mapped[datetime]


class StockAdjustmentLine(Base):
    """One product's change in an adjustment, with its reason and cost."""

    __table__ = tables.stock_adjustment_lines
    id: Mapped[int]
    adjustment_id: Mapped[int]
    product_id: Mapped[int]
    quantity: Mapped[Decimal]
    reason: Mapped[str]
    note: Mapped[str]
    unit_cost: Mapped[Decimal]


class StockCount(Base):
    """A stock count: open while people count, then posted once or cancelled."""

    __table__ = tables.stock_counts
    id: Mapped[int]
    name: Mapped[str]
    status: Mapped[str]
    scope: Mapped[str]
    blind: Mapped[bool]
    sold_since: Mapped[datetime | None]
    series: Mapped[str | None]
    number: Mapped[int | None]
    uncounted: Mapped[str | None]
    till: Mapped[str]
    created_by: Mapped[int | None]
    created_at: Mapped[datetime]
    posted_by: Mapped[int | None]
    posted_at: Mapped[datetime | None]


class StockCountCategory(Base):
    """A category a count covers."""

    __table__ = tables.stock_count_categories
    count_id: Mapped[int]
    category_id: Mapped[int]


class StockCountProduct(Base):
    """A product a count of a fixed list covers."""

    __table__ = tables.stock_count_products
    count_id: Mapped[int]
    product_id: Mapped[int]


class StockCountLine(Base):
    """What was counted of one product in one count, and what the ledger expected then."""

    __table__ = tables.stock_count_lines
    id: Mapped[int]
    count_id: Mapped[int]
    product_id: Mapped[int]
    counted: Mapped[Decimal]
    expected: Mapped[Decimal]
    counted_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    user_id: Mapped[int | None]
    till: Mapped[str]
    unit_cost: Mapped[Decimal | None]
    approver_id: Mapped[int | None]


class StockValueSnapshot(Base):
    """The stock as the ledger stood at an instant, for the stock value at a past date."""

    __table__ = tables.stock_value_snapshots
    id: Mapped[int]
    until: Mapped[datetime]
    complete: Mapped[bool]
    taken_at: Mapped[datetime]


class StockValueLine(Base):
    """One product's quantity and unit cost in a stock value snapshot."""

    __table__ = tables.stock_value_lines
    snapshot_id: Mapped[int]
    product_id: Mapped[int]
    category_id: Mapped[int | None]
    quantity: Mapped[Decimal]
    unit_cost: Mapped[Decimal]


class StockValueRecategorised(Base):
    """A product whose category changed, and when (snapshots before then are corrected)."""

    __table__ = tables.stock_value_recategorised
    product_id: Mapped[int]
    changed_at: Mapped[datetime]


class Shift(Base):
    """A till's shift: opened with a float, closed once by its Z report."""

    __table__ = tables.shifts
    id: Mapped[int]
    till: Mapped[str]
    status: Mapped[str]
    opened_at: Mapped[datetime]
    opened_by: Mapped[int | None]
    opening_float: Mapped[Decimal]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None]
    approver_id: Mapped[int | None]


class ShiftReport(Base):
    """An X or Z report, stored with every figure it shows."""

    __table__ = tables.shift_reports
    id: Mapped[int]
    kind: Mapped[str]
    series: Mapped[str]
    number: Mapped[int]
    shift_id: Mapped[int]
    till: Mapped[str]
    period_start: Mapped[datetime]
    period_end: Mapped[datetime]
    figures: Mapped[str]
    user_id: Mapped[int | None]
    approver_id: Mapped[int | None]
    created_at: Mapped[datetime]
