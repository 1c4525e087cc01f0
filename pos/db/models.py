"""The ShopTill schema as typed SQLAlchemy models. Alembic migrations mirror this file."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.base import Base, Money, Percent, Quantity, UtcDateTime, utcnow

ZERO = Decimal(0)


class User(Base):
    """Someone who works the till. For now the shop's owner."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TaxRate(Base):
    """A tax rate products can carry."""

    __tablename__ = "tax_rates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    percent: Mapped[Decimal] = mapped_column(Percent())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(Base):
    """A group of products: Bakery, Drinks ..."""

    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Product(Base):
    """Something the shop sells. ``on_hand`` is a cache of the stock ledger."""

    __tablename__ = "products"
    __table_args__ = (
        # The quick-pick buttons: a few favourites among up to a million products.
        Index(
            "ix_products_favourite",
            "category_id",
            "name",
            sqlite_where=text("favourite = 1"),  # as SQLAlchemy writes the query
            # PostgreSQL's copy (migration 0003) is partial too, WHERE favourite. It is not
            # declared here: a postgresql_ option makes SQLAlchemy import its PostgreSQL
            # dialect, 60 ms of every start on a till that uses SQLite.
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    #: The name folded to lower case without accents, for search as you type.
    search_key: Mapped[str] = mapped_column(String(120), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    unit: Mapped[str] = mapped_column(String(8))
    price: Mapped[Decimal] = mapped_column(Money())
    cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    tax_rate_id: Mapped[int] = mapped_column(ForeignKey("tax_rates.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    reorder_level: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Barcode(Base):
    """A code printed on a product. A product may carry several; a code belongs to one."""

    __tablename__ = "barcodes"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)


class Sale(Base):
    """A completed sale or refund. Immutable once written (database triggers enforce it)."""

    __tablename__ = "sales"
    __table_args__ = (UniqueConstraint("series", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    series: Mapped[str] = mapped_column(String(10))
    number: Mapped[int] = mapped_column(BigInteger)
    original_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    till: Mapped[str] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3))
    tax_mode: Mapped[str] = mapped_column(String(10))
    subtotal: Mapped[Decimal] = mapped_column(Money())
    discount: Mapped[Decimal] = mapped_column(Money())
    cart_discount_kind: Mapped[str | None] = mapped_column(String(10))
    cart_discount_value: Mapped[Decimal | None] = mapped_column(Money())
    net: Mapped[Decimal] = mapped_column(Money())
    tax: Mapped[Decimal] = mapped_column(Money())
    total: Mapped[Decimal] = mapped_column(Money())
    rounding: Mapped[Decimal] = mapped_column(Money())
    amount_due: Mapped[Decimal] = mapped_column(Money())
    change: Mapped[Decimal] = mapped_column(Money())


class SaleLine(Base):
    """A line of a sale or refund, with the product as it was sold."""

    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    original_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(8))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())
    base: Mapped[Decimal] = mapped_column(Money())
    line_discount: Mapped[Decimal] = mapped_column(Money())
    cart_discount: Mapped[Decimal] = mapped_column(Money())
    net: Mapped[Decimal] = mapped_column(Money())
    tax: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
    tax_name: Mapped[str] = mapped_column(String(60))
    tax_percent: Mapped[Decimal] = mapped_column(Percent())


class SaleTax(Base):
    """A sale's totals at one tax rate."""

    __tablename__ = "sale_taxes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    tax_name: Mapped[str] = mapped_column(String(60))
    tax_percent: Mapped[Decimal] = mapped_column(Percent())
    net: Mapped[Decimal] = mapped_column(Money())
    tax: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())


class Payment(Base):
    """Money taken for a sale (or paid out for a refund)."""

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Money())
    tendered: Mapped[Decimal] = mapped_column(Money())
    change: Mapped[Decimal] = mapped_column(Money())
    reference: Mapped[str] = mapped_column(String(80), default="")


class StockMovement(Base):
    """One change to a product's stock. The ledger is the truth; ``on_hand`` follows it."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_product_id_id", "product_id", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    on_hand_after: Mapped[Decimal] = mapped_column(Quantity())
    kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(200), default="")
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    till: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StoredCart(Base):
    """The open cart of a till, or a parked one, saved on every change."""

    __tablename__ = "carts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    till: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(80), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Setting(Base):
    """One shop setting, its value as JSON."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentCounter(Base):
    """The next number of a document series. Taken in the document's own transaction."""

    __tablename__ = "document_counters"
    series: Mapped[str] = mapped_column(String(10), primary_key=True)
    next_number: Mapped[int] = mapped_column(BigInteger)


class AuditEntry(Base):
    """Append-only log of what was done at the till (voids, no-sale openings, refunds ...)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    till: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="{}")


#: Rows in these tables are never updated or deleted (triggers in the first migration).
APPEND_ONLY_TABLES = (
    "sales",
    "sale_lines",
    "sale_taxes",
    "payments",
    "stock_movements",
    "audit_log",
    "invoices",
)


class Invoice(Base):
    """An invoice issued for a completed sale: its own gapless number (series "I") and the
    buyer's details taken at the counter. Append-only; a reprint shows the same number."""

    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("series", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series: Mapped[str] = mapped_column(String(10))
    number: Mapped[int] = mapped_column(BigInteger)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), unique=True)
    buyer_name: Mapped[str] = mapped_column(String(200))
    buyer_address: Mapped[str] = mapped_column(Text, default="")
    buyer_tax_id: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
